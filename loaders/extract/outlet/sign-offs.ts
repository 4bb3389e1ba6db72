/**
 * Outlets credited at the edges of the story: a credit line ("Source: AFP", "(c) 2019 Reuters", "Reprinted
 * from …"), a sign-off ending the last paragraph ("… the war went on. (AFP)", "— AFP", "… the law. REUTERS"), or
 * the outlet's name alone on the last line.
 */
import { NEWS_AGENCY_TAG, outletIn } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { firstMatch, MAX_LINE, named, oncePerPage, plausible, type Page } from "./common.ts";

// ("/ Source: The Valley Wire", "Source: Valley Agency (VA) |": a mark before, a bar after.)
const SOURCE_LINE = /^(?:[/|–—-]\s*)?\[?(?:Source|Sources|Copyright|©|\(c\))\s*[:»]?\s*(?:\d{4}\s*)?(.{2,80}?)\]?(?:\s*\|)?$/i;
// The publisher's rights over the text, or the paper a text is reprinted from: "No part of this publication may be
// reproduced without the written permission of NAX.", "Reprinted from VN/ Valley News".
const RIGHTS_NOTICE = /\bwithout (?:the )?(?:prior )?(?:express )?written (?:permission|consent) (?:of|from) (?:the )?([A-Z][\w&.'’-]*(?:[^\S\n]+[A-Z][\w&.'’-]*){0,3}?)\s*\.?\s*$/;
const REPRINT_LINE = /^(?:Reprinted|Republished|Reproduced)(?: with permission)? from:?\s+([A-Z][\w&.'’/ -]{1,50}?)\s*\.?$/;
// "… the war went on. (AFP)", "… in the north. - BERNAMA-XINHUA", "— AFP": an agency signing off a paragraph.
// ("– Nax-AFP": a national agency relaying a wire's story signs with both, kept whole.)
// (Agencies sign off in capitals too: "BERNAMA-XINHUA".)
// ("… the toll rose. (Valley Daily News/Xinhua)", "(NAX/AFP)": a paper or agency carrying a wire's story signs with both, kept whole.)
// ("… on July 22.-NAX": the sign-off glued to the last full stop.)
const SIGNED_PARAGRAPH = new RegExp(String.raw`(?:\((${NEWS_AGENCY_TAG})\)|\(([A-Z][\w .&'’-]{1,30}?\/\s?(?:${NEWS_AGENCY_TAG})|(?:${NEWS_AGENCY_TAG})\/[A-Z][\w.&-]{1,20})\)|(?:\s|(?<=\.))[-—–]{1,2}\s*(?:[A-Z]+-)?((?:[A-Z][a-z]+-)?(?:${NEWS_AGENCY_TAG}|${NEWS_AGENCY_TAG.toUpperCase()})))\s*$`);
// "Publisher Valley News Service": an archive's record of who published it.
const PUBLISHER_LINE = /^Publisher\s*:?\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})$/;
// "… the toll rose to 40. Source: Valley News": a credit at the end of the last paragraph.
const TRAILING_SOURCE = /[.!?"”]\s+Source\s*:\s*((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s*$/u;
// "From The Valley Courier, Dec. 9", "Today from Valley Online:", "News – Valley Times".
const FROM_LINE = /^(?:Today\s+)?[Ff]rom\s+((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|:|\s[-–—]\s|$)/;
const SIGN_OFF = /^(?:News|Report|Reporting|Story)\s+[–—-]\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*$/;
// "Article from: The Valley Post", "- Role, Valley News": an archive's or an author box's credit.
const ARTICLE_FROM = /^(?:[-–]\s*)?(?:Article from|Role)\s*[:,]\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$/;
// "… help quell the attacks. BY VALLEY NATION": an outlet signing in capitals.
const CAPS_BY_SIGN_OFF = /[.!?]["”’]?\s+BY\s+([A-Z][A-Z&.]+(?:\s+[A-Z][A-Z&.]+){0,3})\s*$/;
// "… since the fighting began in June. EFE": an agency's name alone after the paragraph's last sentence.
// ("… the law. REUTERS": the agency in capitals, as papers print its copy.)
// ("… residents said. /TASS/": an agency's tag between slashes, as some agencies sign.)
const TRAILING_AGENCY = new RegExp(String.raw`[.!?]["”’]?\s+(?:(${NEWS_AGENCY_TAG}|${NEWS_AGENCY_TAG.toUpperCase()})|\/(${NEWS_AGENCY_TAG}|${NEWS_AGENCY_TAG.toUpperCase()})\/\.?)\s*$`);
// A line that is only an outlet's name with its word ("Valley Media", "Tarsa News"), or an agency code
// with its partner's ("IANS/DPA").
// ("ENDS", "MORE": a wire's end marks, not its name; "JN": a writer's initials.)
const OUTLET_LINE = /^(?!(?:END|ENDS|MORE|TOP|PHOTO|VIDEO|READ|AD)$)((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:News|Media|Online|Times|Post|TV|Radio)|[A-Z]{3,8}(?=$|\/)|[A-Z]{2}(?=\/))(?:\/[A-Z]{2,8})?$/;
const NEWSROOM_LINE = /^([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+Newsroom$/;

const creditLine = oncePerPage(({ lines }) => firstMatch(lines, SOURCE_LINE));
const agencyCode = (tag: string) => NEWS_AGENCY_TAG.split("|").find((t) => t.toUpperCase() === tag.toUpperCase());

/** The publisher's own credit line naming a known outlet: "Source: TRTWorld and agencies", "(c) 2019 Reuters". */
export function knownCreditLine(page: Page): string | null {
  const credit = creditLine(page);
  return credit ? outletIn(credit) : null;
}

/** The publisher's rights over the text, or the paper it is reprinted from, near the end. */
export function rightsNotice({ bottom }: Page): string | null {
  const rights = firstMatch(bottom, RIGHTS_NOTICE) ?? firstMatch(bottom, REPRINT_LINE);
  return rights && !isCountryName(rights.replace(/\.$/, "")) ? named(rights.replace(/\.$/, "")) : null;
}

/** Reuters' own credit at the end of its copy: "Reporting by …; Editing by …". */
export function reutersCredit({ text }: Page): string | null {
  return /reporting by/i.test(text) && /\bReporting by\b[^\n]*\bEditing by\b/i.test(text) ? "Reuters" : null;
}

// The last line, without the dash an agency's sign-off may open with, when it is short enough to be only a name.
const lastLine = ({ lines }: Page) => { const last = lines.at(-1); return last && last.length <= 40 ? last.replace(/^[-—–]+\s*/, "") : null; };

/** "Valley Media", "Tarsa News", "–IANS/DPA": an outlet's name with its word, or an agency's code, alone on the last line. */
export function outletOnLastLine(page: Page): string | null {
  const bare = lastLine(page);
  const signed = bare ? OUTLET_LINE.exec(bare) : null;
  return signed && plausible(signed[1]) && !isCountryName(signed[1]) ? named(signed[1]) : null;
}

/** "DMG Newsroom": the outlet's newsroom as the byline, near the top or at the end. */
export function newsroom({ top, bottom }: Page): string | null {
  const name = firstMatch([...top.slice(0, 6), ...bottom], NEWSROOM_LINE);
  return name ? named(name) : null;
}

/** "… since the fighting began in June. EFE": an agency's name after the last sentence. */
export function agencyAfterLastSentence({ lines }: Page): string | null {
  const last = lines.at(-1);
  const m = last ? TRAILING_AGENCY.exec(last) : null;
  const tag = m ? m[1] ?? m[2] : undefined;
  return tag ? outletIn(tag) ?? NEWS_AGENCY_TAG.split("|").find((t) => t.toUpperCase() === tag) ?? tag : null;
}

/** A known outlet, or an agency's code, alone on the last line. */
export function knownOnLastLine(page: Page): string | null {
  const bare = lastLine(page);
  return bare ? outletIn(bare) ?? NEWS_AGENCY_TAG.split("|").find((t) => t === bare) ?? null : null;
}

/** An agency signing off one of the last paragraphs: "(AFP)", "- BERNAMA-XINHUA", "(Valley Daily News/Xinhua)". */
export function signedParagraph({ all }: Page): string | null {
  // (A long last paragraph too: only its end can carry the sign-off.)
  for (const line of all.slice(-4).map((l) => l.slice(-MAX_LINE))) {
    const m = SIGNED_PARAGRAPH.exec(line);
    if (m?.[2]) return m[2];
    const tag = m?.slice(1).find(Boolean);
    if (tag && /^[A-Z][a-z]+-/.test(tag)) return tag;
    if (tag) return outletIn(tag) ?? agencyCode(tag) ?? tag;
  }
  return null;
}

/** "Article from: The Valley Post": an archive's or an author box's credit. */
export function archiveCredit({ top }: Page): string | null {
  const archived = firstMatch(top, ARTICLE_FROM);
  return archived && plausible(archived) ? named(archived) : null;
}

/** "… help quell the attacks. BY VALLEY NATION": an outlet signing in capitals, tabled in mixed case. */
export function capsSignOff({ all }: Page): string | null {
  const capsBy = all.slice(-3).map((l) => CAPS_BY_SIGN_OFF.exec(l.slice(-120))).find(Boolean);
  return capsBy ? named(capsBy[1]).replace(/\b([A-Z])([A-Z]+)\b/g, (_, a, b) => a + b.toLowerCase()) : null;
}

// "This article originally appeared on The Valley Post", "This story was first published by Valley News": a
// republished story credits the outlet that wrote it.
const FIRST_PUBLISHED = /^(?:This|The)\s+(?:article|story|report|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|by|at)\s+((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)(?:\s+(?:on|in)\s+[A-Z0-9][^.]{0,30})?\.?$/;

/** A republished story's credit to the outlet that first ran it, on the first or last lines. */
export function firstPublishedBy({ top, bottom }: Page): string | null {
  const name = firstMatch([...bottom, ...top.slice(0, 4)], FIRST_PUBLISHED);
  return name ? named(name.replace(/^the\s/, "The ").replace(/\.$/, "")) : null;
}

/** "Publisher Valley News Service": an archive's record, in the publisher's own words (not shortened to its owner's name). */
export function publisherLine({ top }: Page): string | null {
  return firstMatch(top, PUBLISHER_LINE);
}

/** "… the toll rose to 40. Source: Valley News": a credit at the end of the last paragraph. */
export function trailingSource({ all }: Page): string | null {
  const trailing = TRAILING_SOURCE.exec(all.at(-1)?.slice(-120) ?? "")?.[1];
  return trailing && plausible(trailing) && !isCountryName(trailing) ? named(trailing) : null;
}

const fromLine = oncePerPage(({ top, bottom }) => firstMatch([...top, ...bottom], FROM_LINE) ?? firstMatch(bottom, SIGN_OFF));

/**
 * "From Herald Wire Services" under the masthead "The Valley Herald …": the paper's wire desk; the paper, whose
 * name opens a line at the top and ends on the desk's first word, is the outlet.
 */
export function paperOfWireDesk(page: Page): string | null {
  const from = fromLine(page);
  const deskWord = from ? /^([A-Z][a-z]+)\s+(?:Wire|News)\s+(?:Services?|Reports)$/.exec(from)?.[1] : undefined;
  const paper = deskWord ? new RegExp(String.raw`^(?!(?:From|By)\s)((?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}${deskWord})(?:\s|$)`) : null;
  const desk = paper ? firstMatch(page.top.slice(0, 6), paper) : null;
  return desk ? named(desk) : null;
}

/** "From The Valley Courier, Dec. 9", "News – Valley Times": a from-line or a sign-off naming the outlet. */
export function fromOutlet(page: Page): string | null {
  const from = fromLine(page);
  return from ? named(from) : null;
}

/** "Copyright © valleynews 2022": any credit line's name, without the sign and the year. */
export function anyCreditLine(page: Page): string | null {
  // ("Copyright 2021 Valley Media Group. All rights reserved.": the notice after the name is not the name.)
  const credited = creditLine(page)?.replace(/[.,]?\s*All\s+rights\s+reserved\.?\s*$/i, "").replace(/^[©\s]+|(?:\s*\d{4})+\s*$/g, "").trim();
  return credited && credited.length <= 60 && /^[\p{L}][\p{L}\p{N} .,&'’/()-]*$/u.test(credited) ? credited : null;
}
