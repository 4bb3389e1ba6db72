/**
 * Writes the downloads (every claim table as CSV and JSON, src/data/downloads/) into Framework's
 * loader cache in one pass, while Framework builds (publish-downloads.ts puts them in dist/ after). Framework would otherwise run the two download loaders
 * once per table and format, twelve processes that each load the whole corpus (about 5 s each at
 * 10,000 articles). An output already cached is kept: the freshness step has removed every output
 * whose inputs changed. The dev server still runs the loaders themselves.
 */
import {existsSync, mkdirSync} from "node:fs";
import {writeWholeChunks} from "../../loaders/write-whole.ts";
import {dirname, join} from "node:path";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {downloadChunks, FORMATS, TABLES} from "../../src/data/downloads/tables.ts";
import type {Tables} from "../../loaders/report/types.ts";
import type {Project} from "./freshness.ts";

/** Where a download is cached: the output its loader would write. */
export const cachedDownload = (project: Project, table: string, format: string) => join(project.cache, "data", "downloads", `${table}.${format}`);

/** Writes every download (of `tables`, all by default) not yet cached, from one corpus load; returns the files written. */
export async function writeDownloads(project: Project, given?: Tables, tables: readonly string[] = TABLES): Promise<string[]> {
  const missing = tables.flatMap((table) => FORMATS.map((format) => ({table, format}))).filter(({table, format}) => !existsSync(cachedDownload(project, table, format)));
  if (!missing.length) return [];
  const rows = given ?? (await loadCorpus()).tables;
  mkdirSync(dirname(cachedDownload(project, "articles", "csv")), {recursive: true});
  // Written whole, under a new name: the published download is a hard link to this file, never changed in place.
  // (Written as it is made, never held whole: the largest is about 100 MB at 10,000 articles.)
  for (const {table, format} of missing) writeWholeChunks(cachedDownload(project, table, format), downloadChunks(rows, table, format));
  return missing.map(({table, format}) => `${table}.${format}`);
}
