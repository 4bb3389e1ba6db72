/**
 * Short lines that name the outlet and nothing else, as pages and wires print them: the name alone
 * ("Valley Press", "» AFP", "TARSA ONLINE"), the name and its own web address ("- Valley Line -
 * valleyline.org -"), the name and the day ("Valley News, March 3, 2023"). A line like that is only
 * taken when the name reads as an outlet's: one a reader knows, or one with an outlet's word in it.
 */
import { OUTLET_WORDS, outletIn } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";

const OUTLET_WORD = new RegExp(String.raw`(?:^|\s)(?:${OUTLET_WORDS.join("|")})(?:\s|$)`, "i");
// An outlet's word ending a one-word name: "Tarsanews", "ValleyPress" (not "Posted" or "Newsletter").
const OUTLET_WORD_INSIDE = /^[A-Za-z\d]{3,}(?:news|times|press|media|online|post|radio|tv)$/i;
// "PRValley", "ValleyTV": capitals run into a word, as brands are written.
const BRAND = /^[A-Z]{2,}[A-Z][a-z]{2,}$|^[A-Z][a-z]+[A-Z]{2,}$/;
// Headings a page prints on a line of its own: "World News", "Latest News", "Staff Reporter".
// ("Press Release", "Breaking News", "Valley News Report": what a page is, not who made it.)
const HEADING = /^(?:World|Latest|Top|Breaking|Related|More|Local|International|Regional|Business|Sports?|Opinion|Politics|Live|Other|Recent|Popular|Trending|Most|Editor|Our|Staff|Special|Photo|Video|Featured|Home|Read|Current|Syndicated|Press\s+Release)\b|\b(?:Reporter|Writer|Correspondent|Staff|Editor|Contributor|Desk|Service|Report|Reports|Update|Updates|Release|Breaking\s+News)s?$/i;

/** Whether a name alone on a line reads as an outlet's: known, or carrying an outlet's word. */
export function outletLike(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 40 || HEADING.test(n) || isCountryName(n)) return false;
  if (outletIn(n)) return true;
  // (A lone outlet word, "News", is a heading.)
  if (!/\s/.test(n) && OUTLET_WORDS.some((w) => w.toLowerCase() === n.toLowerCase())) return false;
  return OUTLET_WORD.test(n) || (!/\s/.test(n) && (OUTLET_WORD_INSIDE.test(n) || BRAND.test(n)));
}

// "» AFP", "- Valley Press", "GAROWE ONLINE": marks a page puts before a name, then the name.
const BARE = /^[>»•|/\\\s–—-]*((?:The\s+)?[\p{Lu}][\p{L}\d&.'’-]*(?:\s+[\p{Lu}][\p{L}\d&.'’-]*){0,3})\s*$/u;

/**
 * The name alone on one of these short lines, as written (the caller tables it under a known outlet's name), or null. `shouted`: whether a name in capitals
 * counts ("VALLEY ONLINE" under the story is its sign-off; above it, as often a caption's credit).
 */
export function bareOutletLine(lines: string[], shouted = true): string | null {
  for (const line of lines) {
    if (line.length > 40 || (!shouted && /^[^a-z]*\s[^a-z]*$/.test(line))) continue;
    const name = BARE.exec(line)?.[1];
    if (name && outletLike(name)) return name;
  }
  return null;
}

// "- The Valley Line - https://valleyline.org -", "Valley News - vnews.co.za": the name, then its own site.
const NAME_AND_SITE = /^[-–—|\s]*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*[-–—|]\s*(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,10}\/?\s*[-–—|]?\s*$/i;

/** A name beside a web address that spells it (whole, or its initial and last word: "vnews" for Valley News). */
export function nameBesideSite(lines: string[]): string | null {
  for (const line of lines) {
    const m = line.length <= 100 ? NAME_AND_SITE.exec(line) : null;
    if (!m) continue;
    const words = m[1].toLowerCase().replace(/[^a-z0-9\s]/g, "").split(/\s+/).filter(Boolean);
    const whole = words.join(""), short = words.length > 1 ? words[0][0] + words.at(-1) : whole;
    if (m[2] === whole || m[2] === short || m[2] === whole.replace(/^the/, "")) return m[1];
  }
  return null;
}

// "Valley News, March 23, 2023", "Valley Press, 19 Jul 2016": the outlet, then the day it filed.
const NAME_AND_DAY = /^((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})$/;

export function nameBesideDay(lines: string[]): string | null {
  for (const line of lines) {
    const name = NAME_AND_DAY.exec(line)?.[1];
    if (name && outletLike(name)) return name;
  }
  return null;
}

/**
 * A site's name glued to the title where a page repeats it: before it ("Valley News Tarsa shelled again") or after a
 * dash or bar ("Tarsa shelled again - Valley Tribune: World"). Only a name that reads as an outlet's.
 */
export function nameBesideTitle(lines: string[], title: string): string | null {
  if (title.length < 15) return null;
  for (const line of lines) {
    if (line === title || line.length > title.length + 60) continue;
    const before = line.endsWith(title) ? line.slice(0, -title.length) : null;
    const after = !before && line.startsWith(title) ? /^\s*[-–—|]\s+([^:|]{2,50})/.exec(line.slice(title.length))?.[1] : null;
    const name = (before ?? after)?.trim().replace(/\s*[-–—|:]$/, "");
    if (name && outletLike(name)) return name;
  }
  return null;
}
