/** How a reported number is written in the report: its qualifier and range stay with it. */

/**
 * The range a vague phrase stands for when the extractor gave none: at least two of its unit (a
 * plural is more than one) up to the next order of magnitude, as the extractor reads it.
 */
export const VAGUE_RANGES: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  "tens of thousands": [20_000, 99_999],
  "hundreds of thousands": [200_000, 999_999],
  millions: [2_000_000, 9_999_999]
};

/**
 * How a qualifier bounds its figure. A floor ("at least 550", "more than 550") is open above; a
 * ceiling ("up to 300", "fewer than 300") is open below; an approximation is a range: "about X"
 * within 10 % either side, "nearly X" from 90 % of X to X. These widths are this report's
 * convention (no monitor publishes one); the Sources page says so.
 */
export const QUALIFIER_BOUNDS: Record<string, {open?: "up" | "down"; low?: number; high?: number}> = {
  "at least": {open: "up"},
  "more than": {open: "up"},
  over: {open: "up"},
  "up to": {open: "down"},
  "less than": {open: "down"},
  "fewer than": {open: "down"},
  nearly: {low: 0.9, high: 1},
  almost: {low: 0.9, high: 1},
  approximately: {low: 0.9, high: 1.1},
  about: {low: 0.9, high: 1.1},
  around: {low: 0.9, high: 1.1}
};

const NUMBER = new Intl.NumberFormat("en-US");
export const fmt = (n: number) => NUMBER.format(Math.round(n));

export interface Countable {
  count_low?: number | null;
  count_best?: number | null;
  count_high?: number | null;
  qualifier?: string | null;
  vague?: string | null;
}

/**
 * low / best / high for charts, and `open` when the figure is a floor ("up") or a ceiling ("down"):
 * a vague phrase or a stated range gives its range, a qualifier its bound (QUALIFIER_BOUNDS).
 */
export function countRange(c: Countable): {low: number | null; best: number | null; high: number | null; open: "up" | "down" | null} {
  const vague = c.vague ? VAGUE_RANGES[c.vague.toLowerCase()] : undefined;
  const best = c.count_best ?? null;
  const stated = c.count_low != null && c.count_high != null && c.count_low !== c.count_high;
  if (vague || stated || best == null) {
    const low = c.count_low ?? (vague ? vague[0] : best);
    const high = c.count_high ?? (vague ? vague[1] : best);
    return {low, best: best ?? (vague ? null : low), high, open: null};
  }
  const bound = QUALIFIER_BOUNDS[(c.qualifier ?? "").toLowerCase()];
  if (bound?.open) return {low: best, best, high: best, open: bound.open};
  if (bound) return {low: Math.round(best * bound.low!), best, high: Math.round(best * bound.high!), open: null};
  return {low: best, best, high: best, open: null};
}

const QUALIFIER_WORDS: Record<string, string> = {
  "at least": "at least",
  "more than": "more than",
  over: "more than",
  approximately: "about",
  around: "about",
  about: "about",
  nearly: "nearly",
  almost: "nearly",
  "up to": "up to",
  "less than": "fewer than"
};

/** "at least 1,500", "1,000–1,500", "dozens", "about 300" — the number as the source gave it. */
export function describeCount(c: Countable): string {
  const q = c.qualifier && c.qualifier !== "exact" ? QUALIFIER_WORDS[c.qualifier.toLowerCase()] ?? c.qualifier : "";
  // A word ("thousands") is what the source said; any number behind it is the extractor's reading.
  if (c.vague) return c.vague;
  if (c.count_best == null) {
    if (c.vague) return c.vague;
    if (c.count_low != null && c.count_high != null) return `${fmt(c.count_low)}–${fmt(c.count_high)}`;
    if (c.count_low != null) return `at least ${fmt(c.count_low)}`;
    return "an unstated number of";
  }
  if (c.count_low != null && c.count_high != null && c.count_low !== c.count_high && !q) return `${fmt(c.count_low)}–${fmt(c.count_high)}`;
  return `${q ? q + " " : ""}${fmt(c.count_best)}`;
}
