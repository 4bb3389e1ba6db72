/**
 * Writes every article's data into Framework's loader cache in one process, before the build.
 * Framework would otherwise start the `[id].json.ts` loader once per article (a Node process and a
 * corpus load each: minutes for a thousand articles). An output already cached is kept: the freshness
 * step has removed every output whose inputs changed. After the build, publish-articles.ts copies
 * these files into dist/ for the article viewer.
 */
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {articlePages} from "../../loaders/report/article-page.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import type {Project} from "./freshness.ts";

/** Where an article's data is cached: the output the `[id].json.ts` loader would write. */
export const cachedArticleData = (project: Project, id: string) => join(project.cache, "data", "articles", `${id}.json`);

/** Writes the data of every article not yet cached; returns every article's id and how many were written. */
export async function writeArticlePages(project: Project): Promise<{ids: string[]; written: number}> {
  const {tables, texts} = await loadCorpus();
  const ids = tables.articles.map((a) => a.id);
  const missing = ids.filter((id) => !existsSync(cachedArticleData(project, id)));
  if (missing.length) mkdirSync(dirname(cachedArticleData(project, missing[0])), {recursive: true});
  for (const {id, page} of articlePages(tables, texts, missing)) writeFileSync(cachedArticleData(project, id), JSON.stringify(page));
  return {ids, written: missing.length};
}
