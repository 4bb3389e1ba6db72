// The build's one pass over every article's data: only what changed is written, what is gone is removed,
// and the published files are the cached ones (scripts/lib/article-pages.ts, publish-articles.ts).
import assert from "node:assert/strict";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {cachedArticleData, writeArticlePages} from "../scripts/lib/article-pages.ts";
import {publishArticles} from "../scripts/lib/publish-articles.ts";
import {projectAt} from "../scripts/lib/freshness.ts";
import {projectRoot} from "../scripts/lib/project-copy.ts";
import {loadCorpus} from "../loaders/report/corpus.ts";

const work = mkdtempSync(join(tmpdir(), "article-data-"));
const articles = join(work, "articles");
const project = projectAt(join(work, "project"));
const seeds = readdirSync(join(projectRoot, "data/articles")).filter((f) => f.endsWith(".txt")).slice(0, 3);
after(() => rmSync(work, {recursive: true, force: true}));

async function write() {
  const before = process.env.ARTICLES_DIR;
  process.env.ARTICLES_DIR = articles;
  try {
    return await writeArticlePages(project, await loadCorpus());
  } finally {
    if (before === undefined) delete process.env.ARTICLES_DIR;
    else process.env.ARTICLES_DIR = before;
  }
}
const inode = (id: string) => statSync(cachedArticleData(project, id)).ino;

test("an article added, removed or unchanged: only its own data file is written or removed", async () => {
  for (const f of seeds.slice(0, 2)) cpSync(join(projectRoot, "data/articles", f), join(articles, f));
  const first = await write();
  assert.equal(first.ids.length, 2);
  assert.equal(first.written, 2, "two new articles: two files");
  const [a, b] = first.ids;
  const kept = inode(a);

  const again = await write();
  assert.equal(again.written, 0, "nothing changed: nothing written");
  assert.equal(inode(a), kept, "the file was not replaced");

  cpSync(join(projectRoot, "data/articles", seeds[2]), join(articles, seeds[2]));
  const added = await write();
  assert.equal(added.ids.length, 3);
  assert.equal(added.written, 1, "one article added: one file");
  assert.equal(inode(a), kept);

  rmSync(join(articles, seeds[0]));
  const removed = await write();
  assert.equal(removed.written, 0);
  const gone = first.ids.find((id) => !removed.ids.includes(id))!;
  assert.ok(!existsSync(cachedArticleData(project, gone)), "the removed article's data is removed");
  assert.ok(existsSync(cachedArticleData(project, removed.ids.includes(a) ? a : b)));

  // Published as the same bytes, at the viewer's address.
  const dist = join(work, "dist");
  publishArticles(project, removed.ids, dist);
  for (const id of removed.ids) assert.equal(readFileSync(join(dist, "_file/data/articles", `${id}.json`), "utf8"), readFileSync(cachedArticleData(project, id), "utf8"));
});
