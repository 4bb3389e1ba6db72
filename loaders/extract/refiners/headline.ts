/**
 * The headline restates the lead's figure in other words ("kills nearly 100" over "at least 98"): its
 * casualty figures are kept only when the body gives none of that outcome, so one toll is not tabled
 * twice. When the body is silent, the headline's toll is the article's toll.
 */
import type { Refiner } from "./types.ts";

export const headlineRestatesBody: Refiner = {
  name: "headline",
  refine(rows, ctx) {
    const body = rows.casualties.filter((r) => r.sentence_index !== ctx.headline);
    const dropped = rows.casualties
      .filter((r) => r.sentence_index === ctx.headline && body.some((b) => b.outcome === r.outcome))
      .map((row) => ({ table: "casualties" as const, row, reason: "headline: the body gives this outcome already" }));
    return { rows: { ...rows, casualties: rows.casualties.filter((r) => !dropped.some((d) => d.row === r)) }, dropped };
  },
};
