/**
 * Writes every article's data into Framework's loader cache in one process, before the build.
 * Framework would otherwise start the `[id].json.ts` loader once per article (a Node process and a
 * corpus load each: minutes for a thousand articles). An output already cached is kept: the freshness
 * step has removed every output whose inputs changed. After the build, publish-articles.ts copies
 * these files into dist/ for the article viewer.
 */
import {mkdirSync, readdirSync, rmSync} from "node:fs";
import {dirname, join} from "node:path";
import {writeChanged} from "../../loaders/write-whole.ts";
import {articlePages} from "../../loaders/report/article-page.ts";
import {articleFileTexts} from "../../loaders/report/article-parts.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import type {Project} from "./freshness.ts";

/** Where a file of an article's data is cached (`<id>`, or `<id>.part<k>` for a long text's further parts): the output the `[id].json.ts` loader would write. */
export const cachedArticleData = (project: Project, name: string) => join(project.cache, "data", "articles", `${name}.json`);

/** The article loader, relative to src/: the build keeps its outputs and rewrites only those that changed. */
export const ARTICLE_LOADER = join("data", "articles", "[id].json.ts");

/**
 * Writes every article's data where it changed, and removes the data of articles no longer there;
 * returns every article's id and how many files were written. Adding one article to 10,000 then
 * writes one file, not 10,000 (168 MB). Each file is replaced whole, under a new inode: a published
 * copy linked to the old one (publish-articles.ts) keeps its content.
 */
export async function writeArticlePages(project: Project, corpus?: Awaited<ReturnType<typeof loadCorpus>>): Promise<{ids: string[]; written: number}> {
  const {tables, texts} = corpus ?? (await loadCorpus());
  const ids = tables.articles.map((a) => a.id);
  const dir = dirname(cachedArticleData(project, "x"));
  mkdirSync(dir, {recursive: true});
  const names = new Set<string>();
  let written = 0;
  for (const {id, page} of articlePages(tables, texts)) {
    // Parts first: an article whose first file is there is complete.
    for (const {name, json} of articleFileTexts(id, page).reverse()) {
      names.add(`${name}.json`);
      if (writeChanged(cachedArticleData(project, name), json)) written++;
    }
  }
  for (const file of readdirSync(dir)) if (!names.has(file)) rmSync(join(dir, file), {force: true});
  return {ids, written};
}
