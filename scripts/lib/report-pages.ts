/**
 * Writes the four report pages' data (loaders/report/pages.ts) into Framework's loader cache in one
 * pass, before the build. Framework would otherwise run `pages/[page].json.ts` once per page, and each
 * run builds the whole report again (20–40 s each at 10,000 articles). An output already cached is
 * kept: the freshness step has removed every output whose inputs changed. The dev server still runs
 * the loader itself, page by page.
 */
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {pageData, PAGES} from "../../loaders/report/pages.ts";
import {buildReport} from "../../loaders/report/report.ts";
import type {Project} from "./freshness.ts";

/** Where a page's data is cached: the output the `pages/[page].json.ts` loader would write. */
export const cachedPageData = (project: Project, page: string) => join(project.cache, "data", "pages", `${page}.json`);

/** Writes the data of every page not yet cached, from one report; returns the pages written. */
export async function writeReportPages(project: Project): Promise<string[]> {
  const missing = PAGES.filter((page) => !existsSync(cachedPageData(project, page)));
  if (!missing.length) return [];
  const report = buildReport((await loadCorpus()).tables);
  mkdirSync(dirname(cachedPageData(project, missing[0])), {recursive: true});
  for (const page of missing) writeFileSync(cachedPageData(project, page), JSON.stringify(pageData(report, page)));
  return missing;
}
