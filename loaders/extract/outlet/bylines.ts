/**
 * Outlets credited in a byline: an agency as the writer ("By AFP"), the outlet's staff ("By Valley News
 * staff"), a writer and her outlet ("Jane Smith, Valley News", "GUY SMITH of Reuters").
 */
import { NEWS_AGENCY_TAG, outletIn } from "../lexicon/outlets.ts";
import { firstMatch, hasOutletWord, named, OUTLET_WORD, PERSON_ROLE, plausible, type Page } from "./common.ts";

// "Ukraine Politics — by Kyiv Post": an outlet that signs as a byline.
const BY_OUTLET = /[-—–|]\s*by\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$/;
// "By AFP", "By Reuters": a byline that is one name is an agency; people have two.
// ("By NAX," with the comma the page left.)
const AGENCY_BYLINE = /^By\s+([A-Z][\w&.-]{1,20}?)\s*[,.]?$/;
// "By AFP - Aug 28,2024 - Last updated at …": an agency's byline, then the page's dates.
// ("By AFP Time of article published …": the page's own words for its dates.)
const AGENCY_BYLINE_DATED = new RegExp(String.raw`^By\s+(${NEWS_AGENCY_TAG})(?:\s*[-–—|]\s*[A-Z][a-z]{2,8}\.?\s+\d|\s+(?:Time|Published|Updated|Posted|Last\s+updated)\b)`);
// "By The Valley Post 11 March 2023": a byline that starts with "The" is no person, and the day follows it.
export const BY_THE_DATED = /^By\s+(The\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b/;
// "May 22, 2000|The Washington Post": an archive's date, then the paper.
// ("March 2, 1994|By Valley Times News Service": the paper as the byline.)
// ("July 2, 2001|From the Associated Press": a wire's story the paper printed.)
const DATE_BAR_OUTLET = /^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*\|\s*(?:(?:By|From)\s+)?((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$/;
// "ADF STAFF", "Kathy Smith, Associated Press Writer", "Jane Smith - The Valley Star": the outlet in a byline.
const STAFF_BYLINE = /^([A-Z][A-Z&.\s-]{1,30}?)\s+STAFF$/;
// "By Valley News staff", "By NAX Staff in Tarsa": the outlet's staff as the byline (not "By Jane Smith Staff Writer").
const BY_STAFF = /^By\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+[Ss]taff\b(?!\s+(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Mm]ember))/;
const WRITER_BYLINE = /^(?:[^,]{2,40},\s*)?((?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)\s+(?:(?:Staff\s+)?(?:Writer|Correspondent|Reporter)|Foreign Service|News Service|Wire Service)$/;
// "Jane Smith, Valley News, in Tarsa", "Jane Smith, Valley Herald on": a reporter's line of her own, her name then her outlet's.
const NAME_COMMA_OUTLET = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2},\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?:,\s+in\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|\s+on)?$/u;
const NAME_DASH_OUTLET = /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+[-–—|]\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$/;
// "Sky News 2014.02.02 11:55": an outlet and the time it filed.
const OUTLET_AND_TIME = /^((?:[A-Z][\w&.-]*\s){1,4})\d{4}[.-]\d{2}[.-]\d{2}\b/;
// "AAP / Conflict and War": an acronym and the section it filed to.
const ACRONYM_SECTION = /^([A-Z]{2,6})\s+\/\s+[A-Z][a-z]/;
// "GUY SMITH of Reuters": a byline naming the writer's outlet.
const BYLINE_OF = /^[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,2}\s+of\s+((?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$/;
// "By Jane Smith, AP Monday, June 14", "By Staff reporter , Valley Online": a byline, then its outlet.
const BYLINE_COMMA = /(?:^|\|\s*)By\s+[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3}\s*,\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?=\.?\s*$|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s+\d|\d|View|Updated|Published)\b)/;
// "By ADAM BROWN Associated Press": a name in capitals, then the outlet.
const BYLINE_CAPS = /^By\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}\s+([A-Z][a-z].{1,60})$/;

/** A byline that names an outlet rather than a person, on one of the first lines. */
export function outletByline({ top }: Page): string | null {
  const byline = firstMatch(top, AGENCY_BYLINE) ?? firstMatch(top, AGENCY_BYLINE_DATED) ?? firstMatch(top, DATE_BAR_OUTLET) ?? firstMatch(top, ACRONYM_SECTION) ?? firstMatch(top, STAFF_BYLINE) ?? firstMatch(top, BY_STAFF) ??
    firstMatch(top, WRITER_BYLINE) ?? firstMatch(top, NAME_DASH_OUTLET) ?? firstMatch(top, OUTLET_AND_TIME)?.trim() ?? null;
  return byline ? named(byline.replace(/^the\s/, "The ")) : null;
}

/** "Jane Smith, Valley News, in Tarsa": a reporter's line, when the name after hers is known or ends on an outlet's word (not "Jane Smith, Press Officer"). */
export function reporterAndOutlet({ lines }: Page): string | null {
  const name = lines.map((l) => (l.length <= 80 ? NAME_COMMA_OUTLET.exec(l)?.[1] : undefined))
    .find((n) => n && !PERSON_ROLE.test(n) && (outletIn(n) || OUTLET_WORD.has(n.split(/\s+/).at(-1)!)));
  return name ? named(name) : null;
}

// "Written by Jane Smith for The Valley Observer", "By Jane Smith for Valley News": a writer and the outlet she wrote for.
const WRITER_FOR = /^(?:(?:Written|Reported)\s+by|By)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+for\s+((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)\.?$/;

/** A writer's line that names the outlet she wrote for, when the name is known or ends on an outlet's word. */
export function writerForOutlet({ top }: Page): string | null {
  const name = top.map((l) => (l.length <= 120 ? WRITER_FOR.exec(l)?.[1] : undefined)).find((n) => plausible(n) && (outletIn(n) || hasOutletWord(n)));
  return name ? named(name.replace(/^the\s/, "The ").replace(/\.$/, "")) : null;
}

/** "Ukraine Politics — by Kyiv Post": an outlet that signs as a byline. */
export function byOutletAtEnd({ top }: Page): string | null {
  const by = firstMatch(top, BY_OUTLET);
  return by ? named(by) : null;
}

/** "GUY SMITH of Reuters". */
export function writerOfOutlet({ top }: Page): string | null {
  const writer = firstMatch(top, BYLINE_OF);
  return writer ? named(writer) : null;
}

/** "By ADAM BROWN Associated Press": a name in capitals, then a known outlet. */
export function capsBylineOutlet(line: string): string | null {
  const caps = /^By\s/.test(line) ? BYLINE_CAPS.exec(line.slice(0, 120)) : null;
  return caps ? outletIn(caps[1]) : null;
}

/** "By Los Angeles Times", "|By Valley Times": a byline that is an outlet's name. */
export function bylineIsOutlet(line: string): string | null {
  const byOutlet = /(?:^[-–—]?\s*|\|\s*)By\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$/.exec(line.slice(0, 120));
  return byOutlet && !PERSON_ROLE.test(byOutlet[1]) && hasOutletWord(byOutlet[1]) ? byOutlet[1] : null;
}

/** "By Jane Smith, AP Monday, June 14": a byline, then its outlet (known, an acronym, or holding an outlet's word). */
export function bylineThenOutlet(line: string): string | null {
  const comma = /(?:^|\|\s*)By\s/.test(line) ? BYLINE_COMMA.exec(line.slice(0, 160)) : null;
  return comma && plausible(comma[1]) && (outletIn(comma[1]) || hasOutletWord(comma[1]) || /^[A-Z]{2,6}$/.test(comma[1])) ? comma[1] : null;
}
