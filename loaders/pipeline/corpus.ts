/**
 * A whole folder of articles to claim tables, fast on large corpora: files and claims are cached
 * by content hash (and by the reader's and extractor's versions), and work not done before is spread
 * over all cores: a folder mostly unread is read and extracted in worker threads, a folder already
 * read has only its new claims extracted there. The tables are the same as
 * `extractArticles(readArticles(dir))`.
 */
import {listArticleFiles, readArticleFile, readArticles} from "../articles/read.ts";
import type {ArticleSet} from "../articles/types.ts";
import {extractArticles, rejectedRows} from "../extract/index.ts";
import type {ClaimTables} from "../extract/tables.ts";
import {articleTables, type ArticleTables} from "./article-tables.ts";
import {cachedFileReader, readKeys} from "./cached-reader.ts";
import {ClaimsCache} from "./claims-cache.ts";
import {Snapshot} from "./snapshot.ts";
import {defaultThreads, extractInWorkers, readAndExtractInWorkers} from "./workers.ts";

export interface CorpusOptions {
  /** Folder for cached reads and claims; none means no caching. */
  cacheDir?: string;
  /** Threads for extraction; 1 extracts in this thread. */
  threads?: number;
  /** Called as articles are extracted (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
  /** New files or articles from which worker threads pay for their start (default WORKERS_FROM). */
  workersFrom?: number;
}

export interface CorpusRun {
  tables: ClaimTables;
  /** What the reader made of the folder: the articles (with their text) and the rejected files. */
  set: ArticleSet;
  stats: {articles: number; rejected: number; fromCache: number; extracted: number; threads: number; bytes: number};
}

/**
 * Starting a worker costs about a second, and on two cores it competes with the garbage collector:
 * measured here, one thread is faster up to a few thousand new articles (1,000: 1.9 s against 2.3 s)
 * and two are faster at 10,000 (12.4 s against 14.3 s).
 */
export const WORKERS_FROM = 4000;

const extractOne = (article: ArticleSet["articles"][number]) => articleTables(extractArticles({articles: [article], rejected: []}));

export async function extractCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusRun> {
  const {cacheDir, onProgress = () => {}} = options;
  const allowed = options.threads ?? defaultThreads();
  const files = listArticleFiles(dir);
  // Cheap to tell (bytes and a hash per file): is most of the folder new to the cache?
  const from = options.workersFrom ?? WORKERS_FROM;
  if (!cacheDir) return allowed < 2 || files.length < from ? readHere(dir, files, allowed, options) : readInWorkers(dir, files, allowed, options);
  // With a cache, a file unchanged since the last run (size, time, inode) keeps its key unread, whatever the threads.
  const {keys, unread} = readKeys(cacheDir, dir, files);
  return allowed >= 2 && files.length >= from && unread >= from ? readInWorkers(dir, files, allowed, options, keys) : readHere(dir, files, allowed, options, keys);
}

/** Keeps this run's articles in the snapshot, for the next run to read at once. */
function remember(snapshot: Snapshot | null, keys: Map<string, string> | undefined, articles: ArticleSet["articles"], results: ArticleTables[]) {
  if (!snapshot || !keys) return;
  articles.forEach((a, i) => {
    const key = keys.get(a.file);
    // (Marks an entry already there as still in use, so that it survives the next merge.)
    if (key && !snapshot.article(key)) snapshot.add(key, a, results[i]);
  });
  snapshot.save();
}

/** A folder mostly new: every core reads and extracts; this thread only puts the results together. */
async function readInWorkers(dir: string, files: string[], threads: number, {cacheDir, onProgress = () => {}}: CorpusOptions, keys?: Map<string, string>): Promise<CorpusRun> {
  let done = 0;
  onProgress(0, files.length);
  const results = await readAndExtractInWorkers(dir, files, threads, cacheDir, (n) => onProgress((done += n), files.length));
  const byFile = new Map(files.map((file, i) => [file, results[i]]));
  // The folder-wide checks (the same text twice, an id taken) run here, on what the workers read.
  const set = readArticles(dir, (d, file) => byFile.get(file)?.read ?? readArticleFile(d, file), files);
  const tables = set.articles.map((a) => byFile.get(a.file)?.tables ?? extractOne(a));
  const fromCache = set.articles.filter((a) => byFile.get(a.file)?.fromCache).length;
  remember(cacheDir ? new Snapshot(cacheDir) : null, keys, set.articles, tables);
  return assemble(set, tables, {fromCache, extracted: set.articles.length - fromCache, threads});
}

/** A folder mostly known: read here through the cache, extract what is new (on every core when it is a lot). */
async function readHere(dir: string, files: string[], allowed: number, {cacheDir, onProgress = () => {}, workersFrom = WORKERS_FROM}: CorpusOptions, keys?: Map<string, string>): Promise<CorpusRun> {
  // What the last runs read and extracted comes from the snapshot; anything else from the per-article caches.
  const snapshot = cacheDir ? new Snapshot(cacheDir) : null;
  const fileReader = cacheDir ? cachedFileReader(cacheDir, keys) : readArticleFile;
  const reader = snapshot ? (d: string, file: string) => snapshot.article(keys?.get(file)) ?? fileReader(d, file) : fileReader;
  const set = readArticles(dir, reader, files);
  const cache = cacheDir ? new ClaimsCache(cacheDir) : null;
  const total = set.articles.length;
  const results: (ArticleTables | undefined)[] = set.articles.map((a) => snapshot?.tables(a) ?? cache?.get(a));
  const todo = set.articles.map((a, i) => [a, i] as const).filter(([, i]) => !results[i]);
  let done = total - todo.length;
  onProgress(done, total);

  const threads = todo.length >= workersFrom ? allowed : 1;
  const fresh =
    threads > 1
      ? await extractInWorkers(todo.map(([a]) => a), threads, (n) => onProgress((done += n), total))
      : todo.map(([a]) => {
          const r = extractOne(a);
          onProgress(++done, total);
          return r;
        });
  fresh.forEach((r, k) => {
    const [article, i] = todo[k];
    results[i] = r;
    cache?.set(article, r);
  });
  remember(snapshot, keys, set.articles, results as ArticleTables[]);
  return assemble(set, results as ArticleTables[], {fromCache: total - todo.length, extracted: todo.length, threads});
}

function assemble(set: ArticleSet, results: ArticleTables[], stats: {fromCache: number; extracted: number; threads: number}): CorpusRun {
  const ordered = results.slice().sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const tables: ClaimTables = {
    articles: ordered.map((r) => r.article),
    casualties: ordered.flatMap((r) => r.casualties),
    displacement: ordered.flatMap((r) => r.displacement),
    territory: ordered.flatMap((r) => r.territory),
    // (Not through extractArticles, which would load the gazetteer for no article.)
    rejected: rejectedRows(set.rejected)
  };
  return {tables, set, stats: {articles: set.articles.length, rejected: set.rejected.length, ...stats, bytes: set.articles.reduce((n, a) => n + a.bytes, 0)}};
}
