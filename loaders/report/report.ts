/** Everything the report's pages show, aggregated from the claim tables (small, whatever the corpus size). */
import * as aq from "arquero";
import {BUDGET, DATA_LIMIT, newest, placesOnce, shrink, thinSeries, type Trim, within} from "./budget.ts";
import {summariseCasualties} from "./casualties.ts";
import {allClaims, claimCounts} from "./claims.ts";
import {summariseDisplacement} from "./displacement.ts";
import {headlines} from "./headlines.ts";
import {loadProfile, type Profile} from "../extract/profile.ts";
import {framing} from "./framing.ts";
import {mapFrame} from "./geography.ts";
import {summariseTerritory} from "./territory.ts";
import type {Tables} from "./types.ts";

const {op} = aq;

/** Quotes in the aggregated data are cut to this many characters; the article page has the full sentence. */
export const QUOTE_CHARS = 200;
export const shortQuote = (q: string) => (q.length > QUOTE_CHARS ? `${q.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : q);

/** Every `quote` in a tree of plain data, shortened: keeps report.json small as the corpus grows. */
function shortenQuotes<T>(x: T): T {
  if (Array.isArray(x)) return x.map(shortenQuotes) as T;
  if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === "quote" && typeof v === "string" ? shortQuote(v) : shortenQuotes(v)])) as T;
  return x;
}

/**
 * The report's data, within DATA_LIMIT bytes of JSON: when the lists at their budgets still weigh
 * more (a very large corpus), the budgets are halved until they fit. The summaries do not depend on
 * the budget, so they are worked out once; only the cuts are made again (at 10,000 articles the
 * budgets are halved four times, and summarising five times took 5 of the build's 35 s).
 */
export function buildReport(t: Tables, profile: Profile = loadProfile()) {
  const whole = summarise(t, profile);
  let budget = BUDGET;
  let report = shortenQuotes(cutToBudget(whole, budget));
  while (JSON.stringify(report).length > DATA_LIMIT && budget.rows > 10) {
    budget = shrink(budget);
    report = shortenQuotes(cutToBudget(whole, budget));
  }
  return report;
}

/** Everything the report says about the whole corpus, before any list is cut to a budget. */
function summarise(t: Tables, profile: Profile) {
  const casualties = summariseCasualties(t.casualties, t.articles);
  const displacement = summariseDisplacement(t.displacement, t.articles);
  const territory = summariseTerritory(t.territory, t.articles);
  // Headlines and counts read the whole summaries; the lists a page ships are then kept within budget.
  const top = headlines(casualties, displacement, territory);
  const counts = {
    events: territory.events.length,
    eventsByClass: Object.fromEntries(["control", "siege", "attack", "other"].map((k) => [k, territory.events.filter((e) => e.class === k).length])),
    undatedEvents: territory.events.filter((e) => !e.date).length,
    captures: territory.captures.length,
    runningTolls: casualties.cumulative.length,
    tollSources: bySource(casualties.cumulative).map((d) => d.source),
    incidents: casualties.incidents.length,
    displacementRunning: displacement.cumulative.length,
    displacementFlows: displacement.flows.length,
    displacementContext: displacement.context.length,
    displacementSources: bySource(displacement.cumulative).length,
    /** Per reporting source: how many running figures, on how many lines (baselines, victims), from when to when. */
    sources: bySource([...casualties.cumulative, ...displacement.cumulative, ...displacement.flows])
  };
  const frame = framing(t, profile);
  const map = mapFrame(profile.data.report, territory.events, undefined, frame.countries);
  return {casualties, displacement, territory, top, counts, frame, corpus: corpusSummary(t), map};
}

/** The report with its lists cut to `budget` (the summaries are only read, never changed). */
function cutToBudget(whole: ReturnType<typeof summarise>, budget: typeof BUDGET) {
  const {casualties, displacement, territory, top, counts, frame} = whole;
  const trimmed: Record<string, Trim> = {};
  const rows = <T extends {date?: string | null}>(key: string, list: T[]) => within(trimmed, key, list, (l) => newest(l, budget.rows), `the newest ${budget.rows}`);
  const points = <T extends {date?: string | null; best: number | null}>(key: string, list: T[], seriesOf: (p: T) => string) =>
    within(trimmed, key, list, (l) => thinSeries(l, budget.points, seriesOf), "each source's highest figure of each week");
  return {
    framing: frame,
    corpus: whole.corpus,
    headlines: top,
    counts,
    trimmed,
    casualties: {
      ...casualties,
      cumulative: points("casualties.cumulative", casualties.cumulative, (p) => p.series),
      incidents: rows("casualties.incidents", casualties.incidents),
      outOfScope: rows("casualties.outOfScope", casualties.outOfScope),
      // Breakdowns ("including 12 children") are not charted: the claims table and article pages list them.
      breakdowns: [],
      undated: casualties.undated.length
    },
    displacement: {
      ...displacement,
      cumulative: points("displacement.cumulative", displacement.cumulative, (p) => p.series),
      flows: points("displacement.flows", displacement.flows, (p) => p.series),
      context: rows("displacement.context", displacement.context),
      outOfScope: rows("displacement.outOfScope", displacement.outOfScope),
      conversions: rows("displacement.conversions", displacement.conversions)
    },
    territory: {
      events: within(trimmed, "territory.events", territory.events, (l) => placesOnce(l, budget.events), "one mark per place and kind of event (its first report)"),
      captures: territory.captures,
      unresolved: within(trimmed, "territory.unresolved", territory.unresolved, (l) => l.slice().sort((a, b) => b.claims - a.claims).slice(0, budget.rows), `the ${budget.rows} most named`)
    },
    map: whole.map
  };
}

export type Report = ReturnType<typeof buildReport>;

/** Reporting sources, most figures first: figures, series and the dates of their first and last. */
export function bySource(points: Array<{source: string; series: string; date: string}>): Array<{source: string; figures: number; series: number; first: string; last: string}> {
  if (!points.length) return [];
  return aq
    .from(points.map(({source, series, date}) => ({source, series, date})))
    .groupby("source")
    .rollup({figures: op.count(), series: op.distinct("series"), first: op.min("date"), last: op.max("date")})
    .orderby(aq.desc("figures"), "source")
    .objects() as ReturnType<typeof bySource>;
}

/** How many articles, outlets, rejected files and claims: the whole corpus, however lists are cut. */
export function corpusSummary(t: Tables) {
  const dates = t.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return {
    articles: t.articles.length,
    rejected: t.rejected.length,
    outlets: [...new Set(t.articles.map((a) => a.outlet).filter(Boolean))].length,
    first_published: dates[0] ?? null,
    last_published: dates.at(-1) ?? null,
    claims: {casualties: t.casualties.length, displacement: t.displacement.length, territory: t.territory.length},
    notes: t.notes
  };
}

/** The articles table for the Sources page: metadata and claim counts, no text. */
export function sourcesTable(t: Tables) {
  const counts = claimCounts(t);
  return t.articles.map((a) => {
    const {warnings, ...meta} = a;
    return {...meta, warnings: warnings ?? [], claims: counts.get(a.id) ?? {casualties: 0, displacement: 0, territory: 0, total: 0}};
  });
}

export {allClaims};
