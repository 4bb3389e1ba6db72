/**
 * Outlets credited in a dateline, the line that opens a wire story: the agency's tag in brackets
 * ("BEIRUT, Aug 23 (Reuters) -"), between slashes ("DUBAI, October 14. /TASS/."), between bars, or bare
 * after the date ("COLOMBO, Jan 2 AFP -").
 */
import { NEWS_AGENCY_TAG, outletIn } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { firstMatch, hasOutletWord, named, tidy, type Page } from "./common.ts";
import { outletLike } from "./lines.ts";

// "BEIRUT, Aug 23 (Reuters) -", "GAZA, Sunday, April 7, 2024 (WAFA) –".
// The tag is followed by a dash, or the place is in capitals: "Moscow, the capital (pop. 12m)" is no dateline.
// Also "KABUL (AT News):", "MOSCOW (UrduPoint News / Sputnik - 13th November, 2022)", "(CNN) —", and a tag
// that carries its own date ("Portville, (NAX - Valley Wire - 24th Oct, 2024)").
const DATELINE_TAG = /^(?:[A-Z][\p{L} .'’-]{1,40},[^()\n]{0,40}?\(([A-Z][^()]{1,60})\)\s*(?:[-—–:]|--)|[A-Z][\p{Lu} .'’-]{1,40},?[^()\n]{0,40}?\(([A-Z][^()]{1,60})\)|\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–:]|--)|[A-Z][\p{L} .'’-]{1,40},?[^()\n]{0,40}?\(([A-Z][^()]{1,60}?\d{4})\))/u;
// "(Reuters) -", "(dpa/GNA) –" (an agency and its partner), and "(MENAFN) Five people…" opening the story.
// ("( Reuters ) -" with spaces inside, "(EFE).-" with a full stop.)
const KNOWN_TAG = new RegExp(String.raw`\(\s*(${NEWS_AGENCY_TAG})(?:[/-][A-Z]{2,8})?\s*\)\s*(?:[-—–]|--|\.\s*[-—–])|^\((${NEWS_AGENCY_TAG})\)\s+[A-Z]`);
// "Peshawar, Aug 12 (PTI) Around 55,000…", "Dushanbe (Tajikistan) (AFP)": a dateline, then the agency's tag.
const DATELINE_AGENCY = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,40}(?:\s*\([A-Z][\p{L} ]{1,30}\))?,?[^()\n]{0,40}?\(\s*(${NEWS_AGENCY_TAG})\s*\)\s*(?:$|[A-Z“"])`, "u");
// "TARSA, Jan. 2 (NAX) - …": a place in capitals, its day, the tag and a dash, the wire's own dateline, trusted before a name
// seen lower down; also after a title the page glued to it ("Four killed in Tarsa [02/01/2019] TARSA, Jan. 2 (NAX) - …").
const CAPS_DATELINE_TAG = /(?:^|[\s\]])\p{Lu}{2}[\p{Lu} .'’-]{1,40},[^()\n]{0,30}?\d{1,2}(?:,?\s*\d{4})?\s*\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–]|--)\s/u;
// "(MENAFN- Ukrinform)": a syndicator, and the outlet it carries.
// ("MENAFN - NAX) …": the same with its opening bracket lost.)
const SYNDICATED = /^\(?MENAFN\s*-\s*([A-Z][\w .&-]{1,30}?)\s*\)/;
// "COLOMBO, Jan 2 AFP - …": the agency in the dateline without brackets.
const BARE_TAG = new RegExp(String.raw`^[A-Z][\p{Lu} .'’-]{1,40},[^()\n]{0,25}?\s(${NEWS_AGENCY_TAG})\s*(?:[-—–]|--)\s`, "u");
// "DUBAI, October 14. /TASS/."
const SLASH_TAG = /^[A-Z][\p{L} .'’-]{1,40},[^/\n]{0,30}\/\s*([A-Z][\w .-]{1,20}?)\s*\//u;
// "Ituri, DRC | THE INDEPENDENT | Authorities …"
const PIPE_TAG = /^[^|\n]{2,40}\|\s*([A-Z][A-Z .'&-]{2,40}[A-Z])\s*\|/;
// "Aden (South24)": a line that is only a place and a tag. (Not "Gao (Mali)": a country is no outlet.)
const PLACE_TAG_LINE = /^[A-Z][\p{L} .'’-]{1,30}?\s*\(([A-Z][\w .&/-]{1,30})\)\s*[-—–:]?$/u;
// "Addis Ababa June 30,2021 (ENA) The Chairperson": a dateline with its date, then the tag.
const DATED_TAG = /^[A-Z][\p{L} .'’-]{1,40},?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s*\d{4}\s*\(([A-Z][\w .&/-]{1,30})\)/u;
// "New York, Jan 10 (IBNS) The number …", "Adre, May 18( Darfur 24)": the date without its year, then the tag.
export const DATED_TAG_NO_YEAR = /^[A-Z][\p{L} .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\(\s*([A-Z][\w .&/-]{1,30}?)\s*\)\s*(?:[A-Z“"]|$)/u;
// "Tarsa, NewsValley:": a place, then an outlet whose name is one word with a capital inside.
export const PLACE_CAMEL_COLON = /^[A-Z][\p{L} .'’-]{1,30},\s*([A-Z][a-z]+[A-Z][\w]+)\s*:/u;
// "Portville, April 9, IRNA -- At least": a dateline in mixed case, then an agency's name and a dash.
// "Tarsa (Valley Wire) - One civilian was killed": a place in mixed case, then the outlet's tag and a dash.
export const PLACE_TAG_DASH = /^[A-Z][\p{L}'’-]{1,30}(?:\s[A-Z][\p{L}'’-]{1,30})?(?:\s*\/\s*[A-Z][\p{L}'’-]{1,30})?\s*\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–]|--)\s*[A-Z]/u;
// "TARSA, August 17, Valley Times – According to …": the outlet after the dateline's date.
export const DATED_OUTLET_DASH = /^[A-Z][\p{Lu} .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:[-—–]|--)\s/u;
// "YEREVAN, OCTOBER 9, ARMENPRESS. Reporters …": an agency in capitals after a dateline in capitals.
export const CAPS_DATELINE_AGENCY = /^[A-Z]{3,}[A-Z .'’-]*,\s+[A-Z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+([A-Z][A-Za-z&-]{2,20})\.\s/;
// "(January 26, Colombo, Valley Guardian) The army …": a bracketed dateline that ends on the outlet.
export const BRACKET_DATELINE = /^\([A-Z][a-z]+\.?\s+\d{1,2},\s+[A-Z][\p{L} .'’-]{1,30},\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)/u;
export const MIXED_BARE_TAG = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(${NEWS_AGENCY_TAG})\s*(?:[-—–]|--)\s`, "u");
// "PORTVILLE, Ruritania, Sept. 28 Valley:": a dateline with its day, then the outlet and a colon.
const DATELINE_COLON = /^[A-Z][\p{Lu} .'’-]{1,40},[^:\n]{0,40}?\b\d{1,2}\s+([A-Z][\w.&-]{1,20}(?:\s+[A-Z][\w.&-]+){0,2}):\s/u;
// "Tarsa, SANA-Three farmers were injured": a place, a comma and an agency's name with its dash.
export const PLACE_AGENCY_DASH = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,40},\s*(${NEWS_AGENCY_TAG})\s*[-—–]\s*[A-Z]`, "u");
// "Valley News/ Israeli airstrike killed …": the outlet, a slash, then the story.
const LEAD_SLASH = /^((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s?\/\s+[A-Z]/;

// "TARSA, Ruritania {NAX} Troops …": a tag in curly brackets, read as in round ones.
const asTagged = (head: string) => (head.includes("{") ? head.replace(/\{([A-Z][\w .&/-]{1,30})\}/, "($1)") : head);
// "PORTVILLE (Ruritania), April 20 (NAX) —": the country in brackets is the dateline's, not a tag.
const withoutCountryTags = (line: string) => (line.includes("(") ? line.replace(/\s*\(([A-Z][\p{L} ]{1,30})\)/gu, (m, name: string) => (isCountryName(name) ? "" : m)) : line);

/** A known agency's tag in a dateline on one of the first lines: "(Reuters) -", "Peshawar, Aug 12 (PTI)", "(MENAFN- Ukrinform)". */
export function agencyTag({ top }: Page): string | null {
  for (const line of top) {
    const head = asTagged(line.slice(0, 200)), bracket = head.includes("(");
    // (The bracketed forms are tried only on a line with a bracket: their patterns backtrack a long way before failing.)
    const m = (bracket ? KNOWN_TAG.exec(head) : null) ?? BARE_TAG.exec(head) ?? (bracket ? DATELINE_AGENCY.exec(head) ?? SYNDICATED.exec(line.slice(0, 120)) : null);
    const tag = m?.slice(1).find(Boolean) ?? (bracket ? CAPS_DATELINE_TAG.exec(head)?.[1] : undefined);
    if (tag && !isCountryName(tag)) return named(tag);
  }
  return null;
}

/** "Portville, Ruritania | Xinhua | …": a known outlet between bars. */
export function knownBetweenBars({ top }: Page): string | null {
  for (const line of top) {
    const bar = /^[^|\n]{2,40}\|\s*([^|\n]{2,30}?)\s*\|/.exec(line);
    const o = bar ? outletIn(bar[1]) : null;
    if (o) return o;
  }
  return null;
}

/** "By Jane Doe | Valley Times | 12 January 2022": a name between bars on a byline that reads as an outlet's. */
export function outletBetweenBars({ top }: Page): string | null {
  for (const line of top.slice(0, 6)) {
    const bar = /^By\s[^|\n]{2,40}\|\s*([^|\n]{2,30}?)\s*\|/.exec(line);
    if (bar && outletLike(bar[1])) return named(bar[1]);
  }
  return null;
}

/** "Aden (South24)": a line that is only a place and a tag that looks like an outlet's (an acronym, a digit, a capital inside a word or an outlet's word; "(Maputo)" is a place). */
export function placeAndTag({ top }: Page): string | null {
  const placeTag = firstMatch(top.slice(0, 6), PLACE_TAG_LINE);
  return placeTag && !isCountryName(placeTag) && (/\d|^[A-Z]{2,}|[a-z][A-Z]/.test(placeTag) || hasOutletWord(placeTag)) ? named(placeTag) : null;
}

/** Any tag in a dateline, known or not: in brackets, between slashes or bars, or before a colon. */
// "(Map: Valley Monitor, May 2)", "(Photo: A. Writer)": a picture's credit in brackets is not the page's outlet.
const PICTURE_CREDIT = /^(?:Map|Photo|Photograph|Picture|Pic|Image|Graphic|Illustration|Video|Footage|Screenshot|Screengrab|File|Credit|Courtesy)\b/i;

export function anyTag({ top }: Page): string | null {
  const colon = firstMatch(top.slice(0, 6), DATELINE_COLON);
  const tag = firstMatch(top.map(withoutCountryTags), DATELINE_TAG) ?? firstMatch(top, DATED_TAG) ?? firstMatch(top, SLASH_TAG) ?? firstMatch(top, PIPE_TAG) ??
    (colon && !isCountryName(colon) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Minister|Officials?)$/.test(colon) ? colon : null);
  if (!tag || PICTURE_CREDIT.test(tag)) return null;
  return /\s[-/]\s/.test(tag) ? tidy(tag) : outletIn(tag) ?? tidy(tag);
}

/** "Valley News/ Israeli airstrike killed …": an outlet's name, a slash, then the story. */
export function leadSlash({ top }: Page): string | null {
  const slash = top.slice(0, 4).map((l) => LEAD_SLASH.exec(l)).find((m) => m && (outletIn(m[1]) || hasOutletWord(m[1])));
  return slash ? named(slash[1]) : null;
}
