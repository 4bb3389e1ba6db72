/**
 * An article's text cut into segments at every claim's quote, so a page can highlight each quote
 * and link it to its claim with DOM text nodes (the text is data, never markup).
 */
export interface Segment {
  text: string;
  /** Claims whose quote covers this segment (empty for plain text). */
  claims: string[];
  /** Claims whose figure or place is this segment ("more than 800", "Morek"); absent when none. */
  figures?: string[];
}

export interface Quoted {
  claim_id: string;
  quote: string;
  quote_start?: number | null;
  quote_end?: number | null;
  /** Where the figure (or place) itself lies in the text, when known. */
  figure_start?: number | null;
  figure_end?: number | null;
}

/** Where a claim's quote sits in the text: its offsets when they fit, else the first occurrence. */
export function locate(text: string, c: Quoted): [number, number] | null {
  const {quote_start: s, quote_end: e} = c;
  if (typeof s === "number" && typeof e === "number" && s >= 0 && e > s && e <= text.length) {
    if (!c.quote || text.slice(s, e) === c.quote) return [s, e];
  }
  if (!c.quote) return null;
  const at = text.indexOf(c.quote);
  if (at >= 0) return [at, at + c.quote.length];
  // Quotes whose white space was normalised: match with any run of white space.
  const pattern = c.quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  const m = pattern ? new RegExp(pattern).exec(text) : null;
  return m ? [m.index, m.index + m[0].length] : null;
}

export function segments(text: string, claims: Quoted[]): {segments: Segment[]; unplaced: string[]} {
  const ranges: Array<{id: string; s: number; e: number}> = [];
  const figures: Array<{id: string; s: number; e: number}> = [];
  const unplaced: string[] = [];
  for (const c of claims) {
    const r = locate(text, c);
    if (r) ranges.push({id: c.claim_id, s: r[0], e: r[1]});
    else unplaced.push(c.claim_id);
    // The figure, when it lies inside the located quote.
    const {figure_start: fs, figure_end: fe} = c;
    if (r && typeof fs === "number" && typeof fe === "number" && fs >= r[0] && fe <= r[1] && fe > fs) figures.push({id: c.claim_id, s: fs, e: fe});
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.s, r.e]), ...figures.flatMap((r) => [r.s, r.e])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    if (s === e) continue;
    const ids = ranges.filter((r) => r.s <= s && r.e >= e).map((r) => r.id);
    const figs = figures.filter((r) => r.s <= s && r.e >= e).map((r) => r.id);
    const last = out.at(-1);
    if (last && last.claims.join() === ids.join() && (last.figures ?? []).join() === figs.join()) last.text += text.slice(s, e);
    else out.push(figs.length ? {text: text.slice(s, e), claims: ids, figures: figs} : {text: text.slice(s, e), claims: ids});
  }
  return {segments: out, unplaced};
}
