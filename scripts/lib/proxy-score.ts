/**
 * Scores the extractor on an annotated proxy corpus (a folder of articles plus annotations.json, see
 * its `_conventions`): the three measures the extractor is judged by on articles outside this
 * repository. Shared by `npm run heldout` and the tests.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {readArticles} from "../../loaders/articles/read.ts";
import {extractArticles, type ArticleRow, type CasualtyRow} from "../../loaders/extract/index.ts";

export interface Annotation {
  published: string | null;
  civilian_toll: number | string | null;
  killed_claims_expected: number;
}

export interface ArticleScore {
  id: string;
  gold: Annotation;
  /** null when the file was rejected or missing. */
  article: ArticleRow | null;
  killed: CasualtyRow[];
  tollFound: boolean | null;
  dateRight: boolean | null;
}

export interface ProxyScore {
  articles: ArticleScore[];
  rejected: Array<{file: string; reason: string}>;
  tollRecall: number;
  tollN: number;
  dateAccuracy: number;
  dateN: number;
  killedPerArticle: number;
  killedInScopePerArticle: number;
  killedTopPerArticle: number;
  killedInScopeTopPerArticle: number;
  expectedPerArticle: number;
  /** Articles with no date near the top that were given one anyway, of how many. */
  falseDates: number;
  undatedN: number;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/\bof$/, "").trim();
export const tollFound = (toll: number | string, rows: CasualtyRow[]) =>
  typeof toll === "number"
    ? rows.some((r) => r.count_best === toll)
    : rows.some((r) => r.vague != null && (norm(r.vague) === norm(toll) || norm(r.vague).includes(norm(toll))));

export function scoreProxy(dir: string): ProxyScore {
  const raw = JSON.parse(readFileSync(join(dir, "annotations.json"), "utf8")) as Record<string, Annotation>;
  const gold = Object.entries(raw).filter(([id]) => !id.startsWith("_"));
  const set = readArticles(dir);
  const tables = extractArticles(set);
  const byId = new Map(tables.articles.map((a) => [a.id, a]));
  const articles: ArticleScore[] = gold.map(([id, g]) => {
    const article = byId.get(id) ?? null;
    const killed = tables.casualties.filter((r) => r.article_id === id && r.outcome === "killed");
    return {
      id, gold: g, article, killed,
      tollFound: g.civilian_toll == null ? null : article ? tollFound(g.civilian_toll, killed) : false,
      dateRight: g.published == null ? null : article?.published === g.published
    };
  });
  const read = articles.filter((a) => a.article);
  const share = (xs: Array<boolean | null>) => {
    const scored = xs.filter((x): x is boolean => x !== null);
    return {n: scored.length, rate: scored.length ? scored.filter(Boolean).length / scored.length : 1};
  };
  const perArticle = (keep: (r: CasualtyRow) => boolean) => read.reduce((n, a) => n + a.killed.filter(keep).length, 0) / Math.max(read.length, 1);
  const toll = share(articles.map((a) => a.tollFound));
  const date = share(articles.map((a) => a.dateRight));
  const undated = read.filter((a) => a.gold.published == null);
  return {
    articles,
    rejected: set.rejected.filter((r) => raw[r.file.replace(/\.[^.]+$/, "")]),
    tollRecall: toll.rate, tollN: toll.n,
    dateAccuracy: date.rate, dateN: date.n,
    killedPerArticle: perArticle(() => true),
    killedInScopePerArticle: perArticle((r) => r.in_scope),
    killedTopPerArticle: perArticle((r) => !r.part_of),
    killedInScopeTopPerArticle: perArticle((r) => r.in_scope && !r.part_of),
    expectedPerArticle: articles.reduce((n, a) => n + a.gold.killed_claims_expected, 0) / Math.max(articles.length, 1),
    falseDates: undated.filter((a) => a.article!.published != null).length,
    undatedN: undated.length
  };
}
