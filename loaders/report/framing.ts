/**
 * The report's own words about its subject: title, lede, period and countries. They come from the
 * conflict profile when it gives them, else from the data: the countries the placed claims fall in
 * and the period the dated claims cover. So a folder of articles about any war gets a truthful title.
 */
import type {Profile} from "../extract/profile.ts";
import {COUNTRIES} from "../extract/lexicon/countries.ts";
import {countriesNamed, countriesOfPlaces} from "./countries.ts";
import type {Tables} from "./types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthYear = (iso: string) => `${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;

/** "August 2019", "August 2019 – January 2020", or "" with no dates. */
export function periodLabel(start: string | null, end: string | null): string {
  if (!start || !end) return start || end ? monthYear((start ?? end)!) : "";
  return monthYear(start) === monthYear(end) ? monthYear(start) : `${monthYear(start)} – ${monthYear(end)}`;
}

/** "A", "A and B", "A, B and C". */
const listOf = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** First and last date of the in-scope claims (each claim's own period), else of the articles' publication. */
export function dataPeriod(t: Tables): {start: string | null; end: string | null} {
  // The earliest and latest in one pass (sorting every date of 10,000 articles took most of a second).
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  let start: string | null = null, end: string | null = null;
  const widen = (d: string) => {
    if (start === null || d < start) start = d;
    if (end === null || d > end) end = d;
  };
  for (const table of [t.casualties, t.displacement, t.territory])
    for (const c of table) if (c.in_scope !== false && c.date_basis !== "published") for (const d of [c.start, c.end]) if (typeof d === "string" && DAY.test(d)) widen(d);
  if (start === null) for (const a of t.articles) if (a.published) widen(a.published);
  return {start, end};
}

export function framing(t: Tables, profile: Profile) {
  const r = profile.data.report;
  const placed = [...t.territory, ...t.casualties, ...t.displacement].filter((c) => c.in_scope !== false) as Array<{lat?: unknown; lon?: unknown}>;
  // The profile's country; else where the placed claims lie; else the countries most articles name.
  const countries = r.countries.length
    ? r.countries.slice(0, 1)
    : (() => {
        const fromPlaces = countriesOfPlaces(placed.map((c) => ({lat: typeof c.lat === "number" ? c.lat : null, lon: typeof c.lon === "number" ? c.lon : null})));
        if (fromPlaces.length) return fromPlaces.slice(0, 3);
        const quotes = new Map<string, string[]>();
        for (const c of [...t.casualties, ...t.displacement, ...t.territory]) quotes.set(c.article_id, [...(quotes.get(c.article_id) ?? []), c.quote]);
        return countriesNamed(t.articles.map((a) => [a.title, ...(quotes.get(a.id) ?? [])].join(" \n ")), COUNTRIES).slice(0, 3);
      })();
  const fromData = dataPeriod(t);
  const period = {start: r.period?.start ?? fromData.start, end: r.period?.end ?? fromData.end};
  const label = periodLabel(period.start, period.end);
  const subject = [listOf(countries), label].filter(Boolean).join(", ");
  return {
    /** Whether a conflict profile was found (the Sources page says how to add one when not). */
    profile: profile.given,
    name: profile.given ? profile.data.name : null,
    title: r.title ?? (subject ? `${subject}: what the news reported` : "What the news reported"),
    lede: r.lede ?? null,
    territory: r.territory ?? null,
    countries,
    period: {...period, label},
    /** The war's start, when the profile gives it: "since <start>" is the whole war's running total. */
    warStart: profile.data.start ?? null,
    peoplePerFamily: r.people_per_family ?? null
  };
}
export type Framing = ReturnType<typeof framing>;
