/**
 * A refiner looks at all the rows an article's sentences gave and keeps or drops them, saying why.
 * Refiners run in the order of `index.ts`; each sees what the ones before it kept.
 */
import type { CasualtyRow, DisplacementRow, TerritoryRow } from "../tables.ts";
import type { Gazetteer } from "../gazetteer.ts";

export interface ArticleRows {
  casualties: CasualtyRow[];
  displacement: DisplacementRow[];
  territory: TerritoryRow[];
}

export type Table = keyof ArticleRows;
export type AnyRow = CasualtyRow | DisplacementRow | TerritoryRow;

export interface Dropped {
  table: Table;
  row: AnyRow;
  /** Why, in words an editor reads in `npm run explain`. */
  reason: string;
}

export interface RefineContext {
  gazetteer: Gazetteer;
  /** The sentence index of the headline, or -1 when the text has none. */
  headline: number;
  /** The article's whole text, for what a name is elsewhere in it ("Tarsa fighters", "commander Tarsa"); absent in some callers. */
  text?: string;
}

export interface Refiner {
  /** Its name, as `npm run explain` prints it. */
  name: string;
  refine(rows: ArticleRows, ctx: RefineContext): { rows: ArticleRows; dropped: Dropped[] };
}
