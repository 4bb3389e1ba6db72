/**
 * Outlets credited in the page's head: a masthead line ("THE VALLEY TIMES", "The Valley Times" over the
 * story's date), the site's name beside or glued to the title, or opening the first paragraph ("NAX: …").
 */
import { OUTLETS, outletIn, outletNamedBy } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { bareOutletLine, nameBesideDay, nameBesideSite, nameBesideTitle, outletLike } from "./lines.ts";
import { BY_THE_DATED } from "./bylines.ts";
import { firstMatch, named, OUTLET_WORD, plausible, type Page } from "./common.ts";

// A masthead over the story's date: "The Valley Times" / "April 14, 1993".
const DATE_LINE = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})$/;
const MASTHEAD = /^((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|de|of|the)){0,5})(?:\s+\([A-Z][\p{L} ]+\))?$/u;
const TITLE_TAIL = /\s[|–—-]\s([^|–—-]{2,40})$/;
// "U.N.Reuters | Portville | Updated: 14-03-2022": a site's header glued to the title.
export const HEADER_BARS = /^(.{0,200}?)\s*\|\s*[A-Z][\p{L} .'’-]{1,30}\s*\|\s*(?:Updated|Created|Published|Posted)\b/u;
// "Valley Times - At least 9 …", "- The Valley Times - Thursday, May 9": the outlet leading the story.
export const LEAD_CREDIT = /^[-–—]?\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+[-–—]\s+[A-Z]/;
// "29 July 2015 BBC Online", "14 October 2020 [16:08] - TODAY.AZ", "ESAT News (July 12, 2017)": a date line that names the outlet.
const DATED_OUTLET_LINE = /^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s*\[\d{1,2}:\d{2}\])?\s*(?:[-–—]\s*)?((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})|((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*\([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\))$/;

/** A short line of capitalised words just above or below the story's date line ("The Valley Times" / "April 14, 1993"), not the title or a byline. */
function mastheadByDate(top: string[], title: string): string | null {
  for (let i = 0; i < top.length; i++) {
    if (!DATE_LINE.test(top[i])) continue;
    for (const j of [i - 1, i + 1]) {
      const line = top[j];
      if (!line || line.length > 50 || line === title || /^By\s/.test(line)) continue;
      const name = MASTHEAD.exec(line)?.[1].replace(/\s+(?:Foreign|News|Wire)\s+Service$|\s+Staff$/, "");
      if (plausible(name) && !isCountryName(name) && name.split(/\s+/).some((w) => OUTLET_WORD.has(w))) return name;
    }
  }
  return null;
}

/** "Four killed in Tarsa | Valley News": a known outlet after the title's last bar or dash. */
export function titleTail({ title }: Page): string | null {
  const tail = TITLE_TAIL.exec(title);
  return tail ? outletIn(tail[1]) : null;
}

/** "Four killed in Tarsa - Valley Daily Monitor": any name after the title's last bar or dash that reads as an outlet's (it carries an outlet's word). */
export function anyTitleTail({ title }: Page): string | null {
  const tail = TITLE_TAIL.exec(title)?.[1].trim();
  return tail && outletLike(tail) ? named(tail) : null;
}

/** A short line near the top that is, or starts with, an outlet a reader knows; or the whole line in capitals is one. */
export function knownMasthead({ top }: Page): string | null {
  // (After the marks a page puts before it: ">> Reuters", "» Valley Times".)
  for (const line of top.slice(0, 8).map((l) => l.replace(/^[>»•]+\s*/, ""))) {
    if (line.length > 60 || /[.!?]$/.test(line)) continue;
    // (Not a headline that quotes it: "NAX: 5,000 flee Tarsa".)
    const known = OUTLETS.find(([, re]) => { const m = re.exec(line); return !!m && m.index === 0 && !/^:\s+\S/.test(line.slice(m[0].length)); });
    if (known) return known[0];
    // "THE VALLEY TIMES": a masthead in capitals, when the whole line is the outlet's name.
    const caps = !/[a-z]/.test(line) && /[A-Z]{2}/.test(line) ? outletNamedBy(line, true) : null;
    if (caps) return caps;
  }
  return null;
}

/** "NAX: Troops shelled …": a body paragraph that opens with a known outlet and a colon (not the title line, where "NAX: 5,000 flee Tarsa" quotes it). */
export function outletOpensParagraph({ top }: Page): string | null {
  for (const line of top.slice(1, 5)) {
    const lead = /^([A-Z][\w&.'’ -]{1,40}?):\s+[A-Z]/.exec(line);
    const o = lead ? outletNamedBy(lead[1]) : null;
    if (o) return o;
  }
  return null;
}

/** "Al JazeeraGovernment blames …": a site's name glued to the title, on one of the first lines. */
export function gluedToTitle({ top }: Page): string | null {
  for (const line of top.slice(0, 3)) {
    const glued = OUTLETS.find(([name]) => name.length >= 4 && line.startsWith(name) && /^[A-Z][a-z]/.test(line.slice(name.length, name.length + 2)));
    if (glued) return glued[0];
  }
  return null;
}

/** The site's name on a line beside the title. */
export function besideTitle({ top, title }: Page): string | null {
  const name = nameBesideTitle(top.slice(1, 6), title.trim());
  return name ? named(name) : null;
}

/** "29 July 2015 BBC Online", "ESAT News (July 12, 2017)": a date line that names the outlet. */
export function datedMasthead({ top }: Page): string | null {
  const dated = top.slice(0, 8).map((l) => DATED_OUTLET_LINE.exec(l)).find((m) => m && plausible(m[1] ?? m[2]) && !isCountryName(m[1] ?? m[2]));
  return dated ? named(dated[1] ?? dated[2]) : null;
}

/** "The Valley Times" / "April 14, 1993": a masthead just above or below the story's date line. */
export function mastheadOverDate({ top, title }: Page): string | null {
  const mast = mastheadByDate(top.slice(0, 6), title.trim());
  return mast ? named(mast) : null;
}

/** The outlet named on a short line of its own, beside its web address or its day; a byline "By The …" with its day. */
export function outletOnItsOwnLine({ top, bottom, all }: Page): string | null {
  const name = bareOutletLine(top.slice(1, 6), false) ?? nameBesideSite([...top, ...bottom]) ?? nameBesideDay(top.slice(0, 8)) ?? firstMatch(top, BY_THE_DATED) ?? bareOutletLine(all.slice(-5).reverse());
  return name ? named(name) : null;
}
