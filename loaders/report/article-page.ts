/**
 * What one article's page shows: its metadata, its text cut at its claims' quotes, and its claims.
 * Built for every article in one pass (articlePages), so a corpus of thousands of articles costs one
 * process rather than one per page.
 */
import {allClaims, type Claim} from "./claims.ts";
import {segments} from "./spans.ts";
import type {Tables} from "./types.ts";

export function* articlePages(tables: Tables, texts: Map<string, string>, ids?: Iterable<string>) {
  const claimsOf = new Map<string, Claim[]>();
  for (const c of allClaims(tables)) {
    if (!claimsOf.has(c.article_id)) claimsOf.set(c.article_id, []);
    claimsOf.get(c.article_id)!.push(c);
  }
  const byId = new Map(tables.articles.map((a) => [a.id, a]));
  for (const id of ids ?? byId.keys()) {
    const article = byId.get(id);
    const text = texts.get(id);
    if (!article || text == null) throw new Error(`no article '${id}'`);
    const claims = claimsOf.get(id) ?? [];
    const {segments: parts, unplaced} = segments(text, claims);
    yield {id, page: {article, segments: parts, unplaced, claims}};
  }
}
