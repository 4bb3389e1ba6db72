/**
 * The refiners, in order. Each keeps or drops rows and says why; `npm run explain` prints which
 * refiner dropped a candidate. The order matters: the headline gives way to the body before repeats
 * are merged, and places that are not events are set aside before the same place is merged.
 */
import { killedNotDisplaced } from "./cross-table.ts";
import { headlineRestatesBody } from "./headline.ts";
import { notAPlaceEvent, samePlace } from "./places.ts";
import { restatedPrecisely } from "./restatements.ts";
import { sameFigure } from "./same-figure.ts";
import type { ArticleRows, Dropped, RefineContext, Refiner } from "./types.ts";

export type { ArticleRows, Dropped, RefineContext, Refiner } from "./types.ts";

export const REFINERS: Refiner[] = [headlineRestatesBody, killedNotDisplaced, sameFigure, notAPlaceEvent, samePlace, restatedPrecisely];

/** Runs every refiner in order; returns the rows kept and, for each dropped row, the refiner and why. */
export function refine(rows: ArticleRows, ctx: RefineContext, refiners = REFINERS): { rows: ArticleRows; dropped: Array<Dropped & { refiner: string }> } {
  const dropped: Array<Dropped & { refiner: string }> = [];
  for (const r of refiners) {
    const step = r.refine(rows, ctx);
    rows = step.rows;
    dropped.push(...step.dropped.map((d) => ({ ...d, refiner: r.name })));
  }
  return { rows, dropped };
}
