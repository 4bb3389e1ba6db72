/**
 * The headline restates the lead's figure in other words ("kills nearly 100" over "at least 98"): its
 * casualty figures are kept only when the body gives none of that outcome, so one toll is not tabled
 * twice. When the body is silent, the headline's toll is the article's toll. A headline's place
 * shortened from the body's ("Besh" for "Besh Tepe") is the body's place.
 */
import type { Refiner } from "./types.ts";

/** Two counts within a tenth of each other. */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b);

export const headlineRestatesBody: Refiner = {
  name: "headline",
  refine(rows, ctx) {
    const body = rows.casualties.filter((r) => r.sentence_index !== ctx.headline);
    // ("Two killed, ten wounded" over a body that gives one and seven, then one and three: the headline's
    // is the day's total, which no sentence of the body gives; kept when clearly above every body figure.)
    const above = (r: (typeof body)[number]) => r.count_best != null && !r.vague && body.every((b) => b.outcome !== r.outcome || (b.count_best != null && r.count_best! > 1.2 * b.count_best));
    const dropped = rows.casualties
      .filter((r) => r.sentence_index === ctx.headline && body.some((b) => b.outcome === r.outcome) && !above(r))
      .map((row) => ({ table: "casualties" as const, row, reason: "headline: the body gives this outcome already" }));
    // Displacement the same way: a headline figure the body gives again (same kind, or the same count
    // read another way: "up to 200,000 refugees" over "preparing for up to 200,000") is the body's.
    const moved = rows.displacement.filter((r) => r.sentence_index !== ctx.headline);
    const movedAgain = rows.displacement
      .filter((r) => r.sentence_index === ctx.headline && moved.some((b) => b.kind === r.kind || near(b.people_best, r.people_best)))
      .map((row) => ({ table: "displacement" as const, row, reason: "headline: the body gives this figure already" }));
    const places = rows.territory.filter((r) => r.sentence_index !== ctx.headline);
    const shortened = rows.territory
      .filter((r) => r.sentence_index === ctx.headline && places.some((b) => b.action_class === r.action_class && b.place !== r.place && b.place.startsWith(`${r.place} `)))
      .map((row) => ({ table: "territory" as const, row, reason: "headline: the body names this place in full" }));
    return {
      rows: {
        ...rows, casualties: rows.casualties.filter((r) => !dropped.some((d) => d.row === r)), territory: rows.territory.filter((r) => !shortened.some((d) => d.row === r)),
        displacement: rows.displacement.filter((r) => !movedAgain.some((d) => d.row === r)),
      },
      dropped: [...dropped, ...movedAgain, ...shortened],
    };
  },
};
