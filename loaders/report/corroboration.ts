/**
 * How far other sources back each claim, as Airwars grades incidents: "single source", "corroborated"
 * (another independent source reports the same figure: the extractor's cross-article group), or
 * "contested" (another source gives a different figure for the same event: same table, what, place
 * or victims, and period). A source is whoever the figure is attributed to, else the outlet.
 */
import * as aq from "arquero";

const {op} = aq;

export interface Corroborable {
  claim_id: string;
  table: string;
  what: string;
  who: string | null;
  place: string | null;
  start: string | null;
  end: string | null;
  value: number | null;
  /** The extractor's cross-article group: the same claim told by several articles. */
  group_id: string | null;
  /** Who reports it: the attributed source, else the outlet, else the article. */
  reporter: string;
}

export type Corroboration = {sources: number; corroboration: "single source" | "corroborated" | "contested"};

export function corroborate(claims: Corroborable[]): Map<string, Corroboration> {
  const out = new Map<string, Corroboration>();
  if (!claims.length) return out;
  const rows = aq.from(
    claims.map((c) => ({
      claim_id: c.claim_id,
      reporter: c.reporter,
      value: c.value,
      group: c.group_id ?? c.claim_id,
      // The same event: one table, one kind of figure, one place (or group of victims), one period.
      event: c.end || c.start ? [c.table, c.what, c.place ?? c.who ?? "", c.start ?? "", c.end ?? ""].join("|") : c.claim_id
    }))
  );
  const groups = rows.groupby("group").rollup({sources: op.distinct("reporter")});
  const events = rows
    .filter((d: {value: number | null}) => d.value != null)
    .groupby("event")
    .rollup({values: op.distinct("value"), reporters: op.distinct("reporter")});
  const graded = rows.lookup(groups, "group", "sources").lookup(events, "event", "values", "reporters");
  for (const r of graded.objects() as Array<{claim_id: string; sources: number; values?: number; reporters?: number}>) {
    const contested = (r.values ?? 0) > 1 && (r.reporters ?? 0) > 1;
    out.set(r.claim_id, {sources: r.sources, corroboration: contested ? "contested" : r.sources > 1 ? "corroborated" : "single source"});
  }
  return out;
}
