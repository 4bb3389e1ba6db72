/**
 * Article metadata when the file does not give it: the outlet from credit lines, datelines and agency
 * tags; the published date from a dateline near the top, else from the latest explicit date in the text
 * checked against the weekdays the article mentions. Everything inferred says so and says from what.
 */
import { NEWS_AGENCY_TAG } from "./lexicon/outlets.ts";
import { inferOutlet } from "./outlet.ts";
import type { Article } from "../articles/types.ts";
import { latestPossibleDate } from "../articles/publication-date.ts";
import { dayOf, findDates, iso, parseIso, WEEKDAYS } from "./dates.ts";

export interface ArticleMeta {
  published: string | null;
  published_inferred: boolean;
  /** front matter / dateline / labelled date / latest date in text + weekdays / none */
  published_source: string;
  outlet: string | null;
  outlet_inferred: boolean;
  outlet_source: string;
  /** The credit form that read the outlet (its rule id in `outlet.ts`), so an editor can ask why. */
  outlet_rule: string;
}

// Labelled dates first ("Published 23.08.2019"), then a short line near the top that is mostly a date.
const LABEL = /\b(published|posted|first published|date|updated|last updated|modified)\b\s*(?:on|at)?\s*:?/i;
const TOP_LINES = 8;
const TIME_OF_DAY = /\b\d{1,2}[:.]\d\d\b(?!\s*(?:[-–]|to)\s*\d)|\b(?:GMT|UTC)\b/;

// A wire dateline (see inferPublished), built once rather than for every line read.
// (Also the day before the month, with or without the year, and any outlet's tag before a dash:
// "TARSA, 17 August 2006 — …", "ULMAR, 26 August 2003 (NAX) - …", "QARN, Nov 7 (Valley) – …".)
const WIRE_DATELINE = new RegExp(String.raw`^[A-Z][A-Za-z .'-]{1,40},?(?:\s+[A-Za-z .]{0,20},)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?(?:\s*\((?:${NEWS_AGENCY_TAG})\)|\s*\([A-Z][\w .&/-]{1,30}\)\s*(?:[-—–:]|--)|[.,]?\s*\/\s*[A-Z]{2,10}\s*\/|\s+(?:[-—–]|--)\s)`);

/** The first `n` non-empty lines, trimmed: what splitting the whole text would give, without reading past them. */
function topLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let at = 0; at <= text.length && out.length < n; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    if (line) out.push(line);
    at = end + 1;
  }
  return out;
}

const WEEKDAY_NAME = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?`;
// Before a date that opens its line: nothing but marks and a weekday; or a weekday right before it.
const ONLY_WEEKDAY_BEFORE = new RegExp(String.raw`^[\s|•·:—–-]*(?:${WEEKDAY_NAME}\.?,?\s*)?$`, "i");
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY_NAME}\.?,?\s*$`, "i");
// A line that names its weekday (capitalised, as a page's date line writes it).
const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`);

export function inferPublished(article: Pick<Article, "published" | "text" | "title">): [string | null, string] {
  if (article.published) {
    const d = parseIso(String(article.published)) ?? parseLoose(String(article.published));
    if (d != null) return [iso(d), "front matter"];
  }
  const text = article.text;
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => +m[0]).filter((y) => y >= 1990 && y <= 2035);
  const latestYear = years.length ? Math.max(...years) : null;
  const lines = topLines(text, TOP_LINES);
  let updated: number | null = null;
  const plain: Plain[] = [];
  for (const line of lines) {
    const label = LABEL.exec(line);
    const dates = findDates(line, null, latestYear).filter((d) => d.precision === "day");
    if (!dates.length) continue;
    // "BEIRUT, Aug 23 (Reuters) -": a wire dateline; its year may only be found elsewhere in the text.
    // Also "MOSCOW, January 20. /TASS/." and "ANKARA, Jan 20 - ": a place, a day, then the agency or a dash.
    const wire = WIRE_DATELINE.test(line);
    const labelKind = label?.[1].toLowerCase();
    if (labelKind && /updated|modified/.test(labelKind)) {
      // "Published X | Updated Y": the published one wins when both are there.
      const pub = /published|posted/i.exec(line);
      const d = pub ? findDates(line.slice(pub.index), null, latestYear).find((x) => x.precision === "day") : null;
      if (d) return plain.length ? chosen(plain) : [iso(d.start), "labelled date"];
      updated ??= dates[0].start;
      continue;
    }
    // (A date line above it came first and stays the date, unless it is later: a page's date of the day
    // is never earlier than its story's, so "Saturday, June 10" over "Published June 8" is the day it was saved.)
    if (label || wire) return plain.length && !(label && plain.every((p) => p.day > dates[0].start)) ? chosen(plain) : [iso(dates[0].start), label ? "labelled date" : "dateline"];
    // A full date opening the line ("8 July 2015 Regime forces…", "Wednesday 07 December 2016 135
    // civilians…"), or a weekday and full date after a credit ("… AFP Thursday 16 Jul 2015 At least…"):
    // a dateline even when the scrape joined it to the text that follows.
    const opening = dates.find((d) => d.hasYear && (
      (d.from <= 25 && ONLY_WEEKDAY_BEFORE.test(line.slice(0, d.from))) ||
      (d.from <= 250 && WEEKDAY_BEFORE.test(line.slice(0, d.from)))));
    // A short line that is mostly a date ("August 23, 2019 at 10:15", "Friday 23 August 2019", "2019-08-23").
    const rest = line.slice(0, dates[0].from) + line.slice(dates[0].to);
    // (a sentence ending in a full stop is a caption or the lead, not a dateline)
    const alone = line.length <= 80 && dates[0].hasYear && !/[.!?]["”’]?$/.test(line) && rest.replace(/\b(?:at|on|by|\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|GMT|UTC|[+-]\d+|[A-Z]{2,4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|[\s,|•·:—–()-]/gi, "").length <= 40;
    const weekday = WEEKDAY.test(line);
    if (opening) plain.push({ day: opening.start, timed: TIME_OF_DAY.test(line), alone: alone && opening === dates[0], weekday });
    else if (alone) plain.push({ day: dates[0].start, timed: TIME_OF_DAY.test(line), alone, weekday });
  }
  // Two date lines at the top ("Saturday July 27 2024" / "4 October 2020 16:53 (UTC+04:00)"): the one
  // with a time of day is the story's own stamp; the other is often the site's date of the day it was saved.
  if (plain.length) return chosen(plain);
  if (updated != null) return [iso(updated), "updated date"];
  return inferFromBody(text);
}

/**
 * Among date lines at the top, the first, unless a later one carries a time of day and the first does not,
 * or the first names its weekday and a later one is earlier: the first is then the site's date of the day the
 * page was saved ("Saturday, June 22, 2024" over "Valley News, March 23, 2023"), never earlier than the story's.
 * (A report's title dated after the period it covers keeps its date: it names no weekday.)
 */
// A date line at the top; `alone`: the line is little but the date (not a sentence that opens with one).
type Plain = { day: number; timed: boolean; alone: boolean; weekday: boolean };
const chosen = (plain: Plain[]): [string | null, string] => {
  if (plain[0].timed) return [iso(plain[0].day), "dateline"];
  const timed = plain.find((d) => d.timed);
  if (timed) return [iso(timed.day), "dateline"];
  const earlier = plain[0].weekday ? plain.slice(1).find((d) => d.alone && d.day < plain[0].day) : undefined;
  return [iso((earlier ?? plain[0]).day), "dateline"];
};

/** Loose front-matter dates ("23 Aug 2019", "August 23, 2019"). */
function parseLoose(s: string): number | null {
  const d = findDates(s, null, null).find((x) => x.precision === "day" && x.hasYear);
  return d ? d.start : null;
}

// Every full date holds its year's digits: a text without any has none, and is not scanned for dates.
const YEAR_DIGITS = /(?:19|20)\d\d/;

/**
 * No dateline: the article is usually published on the day of, or within days after, its latest
 * explicit date (with a year). Weekdays it mentions ("said on Friday") must fall between that date and
 * publication, so take the earliest day that makes the most of them consistent.
 */
function inferFromBody(text: string): [string | null, string] {
  if (!YEAR_DIGITS.test(text)) return [null, "none"];
  const full = findDates(text, null, null).filter((d) => d.precision === "day" && d.hasYear);
  if (!full.length) return [null, "none"];
  let latest = Math.max(...full.map((d) => d.start));
  // "As of 17 November" after "14 November 2021": a data cut-off without its year, weeks after the latest
  // full date, is the same year's; the article cannot predate it. (Other later days may be plans: "the vote on 21 January".)
  const year = +iso(latest)!.slice(0, 4);
  for (const d of findDates(text, null, year))
    if (d.precision === "day" && !d.hasYear && d.start > latest && d.start - latest <= 62 && /\bas (?:of|at|on)\s+$/i.test(text.slice(Math.max(0, d.from - 10), d.from))) latest = d.start;
  const mentioned = [...text.matchAll(/\b(?<!next |coming )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)].map((m) => WEEKDAYS[m[1].toLowerCase()]);
  let best = latest, bestScore = -1;
  for (let p = latest; p <= latest + 6; p++) {
    let score = 0;
    for (const w of mentioned) {
      const back = (((new Date(p * 864e5).getUTCDay() - w) % 7) + 7) % 7;
      if (p - back >= latest - 1) score++;
    }
    if (score > bestScore) { bestScore = score; best = p; }
  }
  return [iso(best), mentioned.length ? "latest date in text, checked against weekdays" : "latest date in text"];
}

export function articleMeta(article: Article): ArticleMeta {
  let [published, published_source] = inferPublished(article);
  // A date read from the text that lies in the future is a forecast or a typo, never the publication date.
  if (published && published_source !== "front matter" && published > latestPossibleDate()) [published, published_source] = [null, `none (the ${published_source} gives ${published}, a date in the future)`];
  const [outlet, outlet_source, outlet_rule] = inferOutlet(article);
  return {
    published,
    published_inferred: published_source !== "front matter" && published !== null,
    published_source,
    outlet,
    outlet_inferred: outlet_source !== "front matter" && outlet !== null,
    outlet_source,
    outlet_rule,
  };
}

export { dayOf };
