/**
 * What a page may ship to the browser, whatever the size of the corpus. Under its budget a list goes
 * whole; over it, it is cut by a stated rule, and `trimmed` says how many rows were shown of how many,
 * so the page can say so. Every row stays in the downloads and on its article's page.
 */
import * as aq from "arquero";

const {op} = aq;

export const BUDGET = {
  /** Points of a chart of running totals. */
  points: 600,
  /** Rows of a listing (incidents, context figures, places not on the map...). */
  rows: 300,
  /** Territorial events (marks on the map and rows of the events table). */
  events: 1200,
  /** Rows of the Sources page's table of articles. */
  articles: 1000
};

/** Bytes of JSON a page's data file may weigh (a page loads one such file, plus the small world map). */
export const DATA_LIMIT = 900_000;

/** Half of every budget: for a corpus whose lists still weigh too much at the full budget. */
export const shrink = (b: typeof BUDGET): typeof BUDGET =>
  Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Math.max(10, Math.floor(v / 2))])) as typeof BUDGET;

export interface Trim {
  shown: number;
  total: number;
  /** How the shown rows were chosen, in a phrase a reader understands. */
  rule: string;
}

type Dated = {date?: string | null};
const newer = (a: Dated, b: Dated) => (b.date ?? "").localeCompare(a.date ?? "");

/** The newest `max` rows (undated ones last), in their original order. */
export function newest<T extends Dated>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  const keep = new Set(rows.slice().sort(newer).slice(0, max));
  return rows.filter((r) => keep.has(r));
}

/** Monday of the ISO week of a YYYY-MM-DD date. */
function weekOf(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * A chart's running totals, thinned: each series keeps its highest figure of each week (a running
 * total only grows, so the week's highest is its latest word), then the newest points.
 */
export function thinSeries<T extends Dated & {best: number | null}>(points: T[], max: number, seriesOf: (p: T) => string): T[] {
  if (points.length <= max) return points;
  const weekly = aq
    .from(points.map((p, i) => ({i, series: seriesOf(p), week: p.date ? weekOf(p.date) : "", best: p.best ?? -1})))
    .groupby("series", "week")
    .orderby(aq.desc("best"), "i")
    .filter(() => op.row_number() === 1);
  const kept = new Set(weekly.array("i") as number[]);
  return newest(points.filter((_, i) => kept.has(i)), max);
}

/**
 * Territorial events, one per place and kind of event: the first report, with how many reports
 * there were and the last date. The map draws one mark per place and kind anyway.
 */
export function placesOnce<T extends Dated & {place: string; class: string}>(events: T[], max: number): Array<T & {reports: number; last: string | null}> {
  if (events.length <= max) return events.map((e) => ({...e, reports: 1, last: e.date ?? null}));
  const rows = aq.from(events.map((e, i) => ({i, key: `${e.class}|${e.place.toLowerCase()}`, date: e.date ?? null, order: e.date ?? "\uffff"})));
  // The first report of each place and kind (the earliest dated, else the first listed)...
  const first = rows.groupby("key").orderby("order", "i").filter(() => op.row_number() === 1).select("key", "i");
  // ...with the number of reports, the last date, and where the place first appears in the list.
  const once = rows
    .groupby("key")
    .rollup({reports: op.count(), last: op.max("date"), seen: op.min("i")})
    .lookup(first, "key", "i")
    .orderby("seen")
    .objects()
    .map((o) => { const r = o as {i: number; reports: number; last?: string}; return {...events[r.i], reports: r.reports, last: r.last ?? null}; });
  if (once.length <= max) return once;
  const keep = new Set(once.slice().sort((a, b) => b.reports - a.reports || newer(a, b)).slice(0, max));
  return once.filter((e) => keep.has(e));
}

/**
 * The longest cut of `rows` (at most `max`, then halving) whose JSON stays within `limit` bytes (a
 * whole file's DATA_LIMIT, or what the file's other lists leave of it), and the trim to report when
 * rows were left out.
 */
export function fitting<T>(rows: T[], max: number, cut: (rows: T[], n: number) => T[], rule: (n: number) => string, limit = DATA_LIMIT): {rows: T[]; trim: Trim | null} {
  let n = max;
  let out = cut(rows, n);
  while (n > 10 && JSON.stringify(out).length > limit) out = cut(rows, (n = Math.floor(n / 2)));
  return {rows: out, trim: out.length < rows.length ? {shown: out.length, total: rows.length, rule: rule(n)} : null};
}

/** Applies `cut` to a list and records the trim under `key` when rows were dropped or merged. */
export function within<T, U>(trimmed: Record<string, Trim>, key: string, rows: T[], cut: (rows: T[]) => U[], rule: string): U[] {
  const out = cut(rows);
  if (out.length < rows.length) trimmed[key] = {shown: out.length, total: rows.length, rule};
  return out;
}
