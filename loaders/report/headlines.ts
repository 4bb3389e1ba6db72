/**
 * The overview's headline figures, each one claim with its quote, source and date: never a sum.
 * "Latest" means the claim whose period ends last; ties go to the larger figure.
 */
import {compareDates, formatDate} from "./dates.ts";
import type {CasualtySummary, TollPoint} from "./casualties.ts";
import type {DisplacementPoint, DisplacementSummary} from "./displacement.ts";
import type {TerritoryEvent, TerritorySummary} from "./territory.ts";

export interface Headline {
  key: "civilian-toll" | "displaced" | "places-captured";
  /** The number as a machine reads it (data-value in the DOM). */
  value: number | null;
  /** The number as the source wrote it: "more than 1,500". */
  label: string;
  low: number | null;
  high: number | null;
  date: string | null;
  date_label: string;
  /** The count's baseline: the date it runs from ("since late April"), when the claim gives one. */
  since: string | null;
  since_label: string;
  source: string | null;
  outlet: string | null;
  claim_id: string | null;
  article_id: string | null;
  quote: string | null;
}

/** The latest figure, preferring one stated in numerals ("400,000") to a vague word ("millions"). */
function latest<T extends {date: string; best: number | null; claim_id: string; vague?: string | null}>(rows: T[]): T | null {
  const numeric = rows.filter((r) => r.best != null);
  const stated = numeric.filter((r) => !r.vague);
  const pool = stated.length ? stated : numeric.length ? numeric : rows;
  return [...pool].sort((a, b) => -compareDates(a.date, b.date) || (b.best ?? 0) - (a.best ?? 0) || a.claim_id.localeCompare(b.claim_id))[0] ?? null;
}

const none = (key: Headline["key"]): Headline => ({key, value: null, label: "none reported", low: null, high: null, date: null, date_label: "", since: null, since_label: "", source: null, outlet: null, claim_id: null, article_id: null, quote: null});

function fromPoint(key: Headline["key"], p: TollPoint | DisplacementPoint | null): Headline {
  if (!p) return none(key);
  return {key, value: p.best, label: p.label, low: p.low, high: p.high, date: p.date, date_label: formatDate(p.date), since: p.start && p.start < p.date ? p.start : null, since_label: p.start && p.start < p.date ? formatDate(p.start) : "", source: p.source, outlet: p.outlet, claim_id: p.claim_id, article_id: p.article_id, quote: p.quote};
}

export function headlines(c: CasualtySummary, d: DisplacementSummary, t: TerritorySummary): {
  civilianToll: Headline;
  displaced: Headline;
  captured: {count: number; places: TerritoryEvent[]; first: string | null; last: string | null; unplaced: string[]};
} {
  const civilian = c.cumulative.filter((p) => p.outcome === "killed" && (p.victims === "civilians" || p.victims === "children"));
  const civiliansOnly = civilian.filter((p) => p.victims === "civilians");
  // A headline never rests on a place the gazetteer could not find: those are counted apart.
  const captures = t.captures.filter((e) => e.lat != null && e.lon != null);
  const unplaced = t.captures.filter((e) => e.lat == null || e.lon == null);
  return {
    civilianToll: fromPoint("civilian-toll", latest(civiliansOnly.length ? civiliansOnly : civilian)),
    displaced: fromPoint("displaced", latest(d.cumulative)),
    captured: {
      count: captures.length,
      places: captures,
      first: captures[0]?.date ?? null,
      last: captures.at(-1)?.date ?? null,
      unplaced: unplaced.map((e) => e.place)
    }
  };
}
