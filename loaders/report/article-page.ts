/**
 * What one article's view shows: its metadata, its text cut at its claims' quotes, and its claims,
 * each with the parser rule that read it (what `npm run explain` explains). Built for every article in
 * one pass (articlePages), so a corpus of thousands of articles costs one process rather than one each.
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
  const ruleOf = new Map([...tables.casualties, ...tables.displacement, ...tables.territory].map((r) => [r.claim_id, typeof r.rule === "string" ? r.rule : null]));
  for (const id of ids ?? byId.keys()) {
    const article = byId.get(id);
    const text = texts.get(id);
    if (!article || text == null) throw new Error(`no article '${id}'`);
    const claims = (claimsOf.get(id) ?? []).map((c) => ({...c, rule: ruleOf.get(c.claim_id) ?? null}));
    const {segments: parts, unplaced} = segments(text, claims);
    yield {id, page: {article, segments: parts, unplaced, claims}};
  }
}
