/** How a reported number is written in the report: its qualifier and range stay with it. */

/** The range a vague phrase stands for (the eval contract's ranges). */
export const VAGUE_RANGES: Record<string, [number, number]> = {
  dozens: [20, 99],
  scores: [20, 99],
  hundreds: [100, 999],
  thousands: [1_000, 9_999],
  "tens of thousands": [10_000, 99_999],
  "hundreds of thousands": [100_000, 999_999],
  millions: [1_000_000, 9_999_999]
};

export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export interface Countable {
  count_low?: number | null;
  count_best?: number | null;
  count_high?: number | null;
  qualifier?: string | null;
  vague?: string | null;
}

/** low / best / high for charts: a vague phrase gives its range, an "at least" gives no high. */
export function countRange(c: Countable): {low: number | null; best: number | null; high: number | null} {
  const vague = c.vague ? VAGUE_RANGES[c.vague.toLowerCase()] : undefined;
  const best = c.count_best ?? null;
  const low = c.count_low ?? (vague ? vague[0] : best);
  const high = c.count_high ?? (vague && best == null ? vague[1] : best);
  return {low, best: best ?? (vague ? null : low), high};
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
