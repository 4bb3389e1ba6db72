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
import {articleFiles} from "../../loaders/report/article-parts.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import type {Project} from "./freshness.ts";

/** Where a file of an article's data is cached (`<id>`, or `<id>.part<k>` for a long text's further parts): the output the `[id].json.ts` loader would write. */
export const cachedArticleData = (project: Project, name: string) => join(project.cache, "data", "articles", `${name}.json`);

/** Writes the data of every article not yet cached; returns every article's id and how many were written. */
export async function writeArticlePages(project: Project, corpus?: Awaited<ReturnType<typeof loadCorpus>>): Promise<{ids: string[]; written: number}> {
  const {tables, texts} = corpus ?? (await loadCorpus());
  const ids = tables.articles.map((a) => a.id);
  const missing = ids.filter((id) => !existsSync(cachedArticleData(project, id)));
  if (missing.length) mkdirSync(dirname(cachedArticleData(project, missing[0])), {recursive: true});
  // Parts first: an article whose first file exists is complete.
  for (const {id, page} of articlePages(tables, texts, missing)) {
    for (const {name, data} of articleFiles(id, page).reverse()) writeFileSync(cachedArticleData(project, name), JSON.stringify(data));
  }
  return {ids, written: missing.length};
}
