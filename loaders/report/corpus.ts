/**
 * The claim tables for the report: the article reader plus the extraction library, nothing else.
 * Every report loader starts here, so every page reads the same tables.
 */
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {Article, ArticleSet} from "../articles/types.ts";
import {articlesDir} from "./articles-dir.ts";
import {extractCorpus} from "../pipeline/corpus.ts";
import {articleKey} from "../pipeline/article-tables.ts";
import {checkedRows} from "./checked-rows.ts";
import {TABLE_SCHEMAS, type TableName} from "./schema.ts";
import type {ArticleRow, CasualtyRow, DisplacementRow, Tables, TerritoryRow} from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export {articlesDir} from "./articles-dir.ts";

const asArray = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);
const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === "string" && x.trim() !== "" ? x : null);

/**
 * Gives every claim a stable id, unique across tables, and fills the fields the report relies on.
 * The rows are the extraction's own, made for this load, so they are completed in place: a copy of
 * 140,000 rows of thirty fields each cost about a second at 10,000 articles. (Keys already there keep
 * their place and `claim_id` comes last, as a copy would have them: the downloads keep their bytes.)
 */
function normaliseClaims<T extends {claim_id: string}>(rows: Array<Record<string, unknown>>, prefix: string): T[] {
  const perArticle = new Map<string, number>();
  for (const row of rows) {
    const article = String(row.article_id ?? "");
    const n = (perArticle.get(article) ?? 0) + 1;
    perArticle.set(article, n);
    const given = str(row.claim_id) ?? str(row.id);
    row.claim_id = given ?? `${prefix}-${article}-${n}`;
    row.article_id = article;
    row.start = str(row.start);
    row.end = str(row.end);
    row.in_scope = row.in_scope === false ? false : true;
    row.quote = String(row.quote ?? "");
    row.quote_start = num(row.quote_start);
    row.quote_end = num(row.quote_end);
  }
  return rows as unknown as T[];
}

function articleRows(set: ArticleSet, extracted: Array<Record<string, unknown>>): ArticleRow[] {
  const byId = new Map(extracted.map((a) => [String(a.id), a]));
  return set.articles.map((a: Article) => {
    // (The reader's own bookkeeping, the copy fingerprint and the cache key, is not for readers.)
    const {text, fingerprint, claimsKey, ...meta} = a;
    const x = byId.get(a.id) ?? {};
    return {
      ...meta,
      ...x,
      id: a.id,
      title: str(x.title) ?? a.title,
      outlet: str(x.outlet) ?? a.outlet,
      published: str(x.published) ?? a.published,
      published_inferred: (x.published_inferred as ArticleRow["published_inferred"]) ?? (a.published ? false : null),
      outlet_inferred: (x.outlet_inferred as ArticleRow["outlet_inferred"]) ?? (a.outlet ? false : null),
      url: str(x.url) ?? a.url,
      words: a.words,
      // The reader's warnings (a list), whatever the extractor's table carries under that name.
      warnings: a.warnings
    } as ArticleRow;
  });
}

/** Claim ids are anchors on article pages: make sure no two claims share one. */
function uniqueIds(t: Tables): Tables {
  const seen = new Set<string>();
  for (const row of [...t.casualties, ...t.displacement, ...t.territory]) {
    let id = row.claim_id;
    for (let k = 2; seen.has(id); k++) id = `${row.claim_id}-${k}`;
    row.claim_id = id;
    seen.add(id);
  }
  return t;
}

/**
 * Where every loader of a build shares its cached reads and claims (keyed by content and extractor
 * version, so a stale entry is never read): each loader then extracts only what no other has.
 */
export function pipelineCacheDir(): string {
  return process.env.CLAIMS_CACHE_DIR ? resolve(process.env.CLAIMS_CACHE_DIR) : join(root, ".cache/pipeline");
}

/**
 * The rows that match their table's schema; the others are left out and counted in a note. Rows of an
 * article whose rows all passed before (same extractor, same schemas) are not checked again; `failed`
 * collects the articles with a row that did not pass.
 */
function valid<T extends {article_id: string}>(name: TableName, rows: T[], notes: string[], checked: (articleId: string) => boolean, failed: Set<string>): T[] {
  const ok = rows.filter((r) => {
    if (checked(r.article_id)) return true;
    const pass = TABLE_SCHEMAS[name].safeParse(r).success;
    if (!pass) failed.add(r.article_id);
    return pass;
  });
  if (ok.length < rows.length) notes.push(`${rows.length - ok.length} ${name} row(s) from the extractor did not match the table's schema (loaders/extract/tables.ts) and were left out.`);
  return ok;
}

/** Reads the articles folder and extracts the claim tables (cached by content hash). */
export async function loadCorpus(dir = articlesDir()): Promise<{tables: Tables; texts: Map<string, string>}> {
  const run = await extractCorpus(dir, {cacheDir: pipelineCacheDir()});
  const out = run.tables as unknown as Record<string, unknown>;
  const notes: string[] = [];
  // Each article's rows are checked against the schemas once per extractor and schema version.
  const checked = checkedRows(pipelineCacheDir());
  const keyOf = new Map(run.set.articles.map((a) => [a.id, articleKey(a)]));
  const passed = (id: string) => checked.has(keyOf.get(id) ?? "");
  const failed = new Set<string>();
  const tables: Tables = uniqueIds({
    articles: articleRows(run.set, asArray(out.articles)),
    casualties: valid("casualties", normaliseClaims<CasualtyRow>(asArray(out.casualties), "c"), notes, passed, failed),
    displacement: valid("displacement", normaliseClaims<DisplacementRow>(asArray(out.displacement), "d"), notes, passed, failed),
    territory: valid("territory", normaliseClaims<TerritoryRow>(asArray(out.territory), "t"), notes, passed, failed),
    rejected: asArray<{file: string; reason: string}>(out.rejected),
    notes
  });
  for (const [id, key] of keyOf) if (!failed.has(id)) checked.add(key);
  checked.save();
  return {tables, texts: new Map(run.set.articles.map((a) => [a.id, a.text]))};
}
