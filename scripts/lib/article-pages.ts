/**
 * Writes every article page's data into Framework's loader cache in one process, before the build.
 * Framework would otherwise start the `[id].json.ts` loader once per article (a Node process and a
 * corpus load each: minutes for a thousand articles). An output already cached is kept: the freshness
 * step has removed every output whose inputs changed.
 */
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {articlePages} from "../../loaders/report/article-page.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import type {Project} from "./freshness.ts";

// Ids that are plain file names; any other goes through the loader, which Framework names itself.
const PLAIN_ID = /^[A-Za-z0-9._-]+$/;

export async function writeArticlePages(project: Project): Promise<number> {
  const outputOf = (id: string) => join(project.cache, "data", "articles", `${id}.json`);
  const {tables, texts} = await loadCorpus();
  const missing = tables.articles.map((a) => a.id).filter((id) => PLAIN_ID.test(id) && !existsSync(outputOf(id)));
  if (!missing.length) return 0;
  mkdirSync(dirname(outputOf(missing[0])), {recursive: true});
  for (const {id, page} of articlePages(tables, texts, missing)) writeFileSync(outputOf(id), JSON.stringify(page));
  return missing.length;
}
