/**
 * The unit of work of the pipeline, done the same way in a worker thread or in the main thread: sent
 * articles, extract them; sent file names, read them too (through the caches when there are any), so
 * that a cold folder is read on every core.
 */
import {readArticleFile} from "../articles/read.ts";
import type {Article, RejectedFile} from "../articles/types.ts";
import {extractArticles} from "../extract/index.ts";
import {articleTables, type ArticleTables} from "./article-tables.ts";
import {cachedFileReader} from "./cached-reader.ts";
import {ClaimsCache} from "./claims-cache.ts";

export type WorkerJob = {articles: Article[]} | {dir: string; files: string[]; cacheDir?: string};
export interface FileResult {
  read: Article | RejectedFile;
  tables: ArticleTables | null;
  fromCache: boolean;
}

const extract = (article: Article) => articleTables(extractArticles({articles: [article], rejected: []}));

let caches: {dir: string; read: ReturnType<typeof cachedFileReader>; claims: ClaimsCache} | null = null;

function readAndExtract(dir: string, file: string, cacheDir?: string): FileResult {
  if (cacheDir && caches?.dir !== cacheDir) caches = {dir: cacheDir, read: cachedFileReader(cacheDir), claims: new ClaimsCache(cacheDir)};
  const read = cacheDir ? caches!.read(dir, file) : readArticleFile(dir, file);
  if ("reason" in read) return {read, tables: null, fromCache: false};
  const known = cacheDir ? caches!.claims.get(read) : undefined;
  if (known) return {read, tables: known, fromCache: true};
  const tables = extract(read);
  if (cacheDir) caches!.claims.set(read, tables);
  return {read, tables, fromCache: false};
}

/** One result per item of the job, in order. */
export const runJob = (job: WorkerJob): ArticleTables[] | FileResult[] =>
  "articles" in job ? job.articles.map(extract) : job.files.map((file) => readAndExtract(job.dir, file, job.cacheDir));
