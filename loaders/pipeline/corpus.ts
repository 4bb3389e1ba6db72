/**
 * A whole folder of articles to claim tables, fast on large corpora: files and claims are cached
 * by content hash (and by the reader's and extractor's versions), and articles not seen before are
 * extracted on all cores. The tables are the same as `extractArticles(readArticles(dir))`.
 */
import {createHash} from "node:crypto";
import {join} from "node:path";
import {readArticleFile, readArticles} from "../articles/read.ts";
import type {Article, ArticleSet} from "../articles/types.ts";
import {extractArticles} from "../extract/index.ts";
import type {ClaimTables} from "../extract/tables.ts";
import {articleTables, type ArticleTables} from "./article-tables.ts";
import {cachedFileReader} from "./cached-reader.ts";
import {JsonCache} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";
import {defaultThreads, extractInWorkers} from "./workers.ts";

export interface CorpusOptions {
  /** Folder for cached reads and claims; none means no caching. */
  cacheDir?: string;
  /** Threads for extraction; 1 extracts in this thread. */
  threads?: number;
  /** Called as articles are extracted (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusRun {
  tables: ClaimTables;
  /** What the reader made of the folder: the articles (with their text) and the rejected files. */
  set: ArticleSet;
  stats: {articles: number; rejected: number; fromCache: number; extracted: number; threads: number; bytes: number};
}

/** Starting threads costs about a second; below this many new articles one thread is faster. */
const WORKERS_FROM = 400;

const articleKey = (article: Article) => createHash("sha256").update(JSON.stringify(article)).digest("hex");

export async function extractCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusRun> {
  const {cacheDir, onProgress = () => {}} = options;
  const set = readArticles(dir, cacheDir ? cachedFileReader(cacheDir) : readArticleFile);
  const cache = cacheDir ? new JsonCache<ArticleTables>(join(cacheDir, "claims"), extractorVersion()) : null;
  const total = set.articles.length;
  const results: (ArticleTables | undefined)[] = set.articles.map((a) => cache?.get(articleKey(a)));
  const todo = set.articles.map((a, i) => [a, i] as const).filter(([, i]) => !results[i]);
  let done = total - todo.length;
  onProgress(done, total);

  const threads = todo.length >= WORKERS_FROM ? (options.threads ?? defaultThreads()) : 1;
  const fresh =
    threads > 1
      ? await extractInWorkers(todo.map(([a]) => a), threads, (n) => onProgress((done += n), total))
      : todo.map(([a]) => {
          const r = articleTables(extractArticles({articles: [a], rejected: []}));
          onProgress(++done, total);
          return r;
        });
  fresh.forEach((r, k) => {
    const [article, i] = todo[k];
    results[i] = r;
    cache?.set(articleKey(article), r);
  });

  const ordered = (results as ArticleTables[]).slice().sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const tables: ClaimTables = {
    articles: ordered.map((r) => r.article),
    casualties: ordered.flatMap((r) => r.casualties),
    displacement: ordered.flatMap((r) => r.displacement),
    territory: ordered.flatMap((r) => r.territory),
    rejected: extractArticles({articles: [], rejected: set.rejected}).rejected
  };
  return {
    tables,
    set,
    stats: {articles: total, rejected: set.rejected.length, fromCache: total - todo.length, extracted: todo.length, threads, bytes: set.articles.reduce((n, a) => n + a.bytes, 0)}
  };
}
