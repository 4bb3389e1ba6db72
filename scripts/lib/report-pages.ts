/**
 * Writes the report's page data into Framework's loader cache in one pass, before the build: the
 * four pages' shares of one report (loaders/report/pages.ts), the Claims list and the Sources data.
 * Framework would otherwise run a loader for each, and each builds the report or loads the corpus
 * again (20–40 s each for the pages at 10,000 articles). An output already cached is kept: the
 * freshness step has removed every output whose inputs changed. The dev server still runs the loaders.
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {pageData, PAGES} from "../../loaders/report/pages.ts";
import {buildReport} from "../../loaders/report/report.ts";
import {claimsList} from "../../loaders/report/claims-list.ts";
import {sourcesData} from "../../loaders/report/sources-data.ts";
import type {Tables} from "../../loaders/report/types.ts";
import type {Project} from "./freshness.ts";

/** Where a page's data is cached: the output the `pages/[page].json.ts` loader would write. */
export const cachedPageData = (project: Project, page: string) => join(project.cache, "data", "pages", `${page}.json`);

/** Where the Claims index and the Sources data are cached: the outputs of `claims.json.ts` and `articles.json.ts`. */
export const cachedClaimsList = (project: Project) => join(project.cache, "data", "claims.json");
export const cachedSourcesData = (project: Project) => join(project.cache, "data", "articles.json");
/** Where an older part of the Claims list is cached: the output of `claims/[part].json.ts`. */
export const cachedClaimsPart = (project: Project, name: string) => join(project.cache, "data", "claims", `${name}.json`);

/** The names of the older parts the cached Claims index lists (none when it is not cached). */
function indexedParts(project: Project): string[] {
  const file = cachedClaimsList(project);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")).parts as Array<{name: string}>).slice(1).map((p) => p.name) : [];
}

/** What writeReportPages writes: the four pages' data from the report, the Claims list, the Sources data. */
export type ReportPart = "pages" | "claims" | "sources";
export const REPORT_PARTS: readonly ReportPart[] = ["pages", "claims", "sources"];

/**
 * Writes the data of every page not yet cached, from one corpus and one report; returns what it wrote.
 * `parts` limits it to some of them: the build writes the Claims list in the thread that has every
 * claim worked out for the articles' data (scripts/lib/article-thread.ts).
 */
export async function writeReportPages(project: Project, given?: Tables, parts: readonly ReportPart[] = REPORT_PARTS): Promise<string[]> {
  const missing = parts.includes("pages") ? PAGES.filter((page) => !existsSync(cachedPageData(project, page))) : [];
  // The Claims index and its parts come from one cut of the list.
  let claims: ReturnType<typeof claimsList> | null = null;
  const claimsIndex = (tables: Tables) => (claims ??= claimsList(tables)).index;
  const lists = ([["claims", cachedClaimsList(project), claimsIndex], ["sources", cachedSourcesData(project), sourcesData]] as const).filter(([name]) => parts.includes(name));
  // The Claims index and its older parts go together: either missing writes both.
  const partsMissing = indexedParts(project).some((name) => !existsSync(cachedClaimsPart(project, name)));
  const missingLists = lists.filter(([name, file]) => !existsSync(file) || (name === "claims" && partsMissing));
  if (!missing.length && !missingLists.length) return [];
  const tables = given ?? (await loadCorpus()).tables;
  mkdirSync(dirname(cachedPageData(project, "index")), {recursive: true});
  if (missing.length) {
    const report = buildReport(tables);
    for (const page of missing) writeFileSync(cachedPageData(project, page), JSON.stringify(pageData(report, page)));
  }
  for (const [, file, data] of missingLists) writeFileSync(file, JSON.stringify(data(tables)));
  if (missingLists.some(([name]) => name === "claims")) {
    const parts = (claims ??= claimsList(tables)).parts.slice(1);
    if (parts.length) mkdirSync(dirname(cachedClaimsPart(project, parts[0].name)), {recursive: true});
    for (const {name, rows} of parts) writeFileSync(cachedClaimsPart(project, name), JSON.stringify({rows}));
  }
  return [...missing, ...missingLists.map(([name]) => name)];
}

/** After `observable build`: puts the Claims list's older parts beside the page, where it fetches them. */
export function publishClaimsParts(project: Project, dist = join(project.root, "dist")): number {
  const names = indexedParts(project);
  if (names.length) mkdirSync(join(dist, "_file/data/claims"), {recursive: true});
  for (const name of names) copyFileSync(cachedClaimsPart(project, name), join(dist, "_file/data/claims", `${name}.json`));
  return names.length;
}
