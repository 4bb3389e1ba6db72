import {createHash} from "node:crypto";
import type {Article} from "../articles/types.ts";
import type {ArticleRow, CasualtyRow, ClaimTables, DisplacementRow, TerritoryRow} from "../extract/tables.ts";

/** The claims of one article: the unit that is cached and sent between threads. */
export interface ArticleTables {
  article: ArticleRow;
  casualties: CasualtyRow[];
  displacement: DisplacementRow[];
  territory: TerritoryRow[];
}

/** One article's rows out of tables extracted from that article alone. */
export function articleTables(tables: ClaimTables): ArticleTables {
  return {article: tables.articles[0], casualties: tables.casualties, displacement: tables.displacement, territory: tables.territory};
}

/**
 * The claims cache's key for an article: everything the reader made of its file. The text enters
 * through its SHA-256 (the reader's `sha256`), so the key costs a hash of the metadata, not of the text.
 */
export const articleKey = (article: Article) =>
  article.claimsKey ?? createHash("sha256").update(JSON.stringify({...article, text: undefined, claimsKey: undefined})).digest("hex");
