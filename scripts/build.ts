/**
 * `npm run build`: the static report in dist/, with no network, always from the current articles.
 * 1. fills Framework's npm cache from node_modules (no CDN), 2. drops cached loader outputs whose
 * inputs changed (content hashes), 3. writes every article's data, the four report pages' data
 * from one report and the downloads, each in one pass, 4. runs
 * `observable build`, 5. publishes each article's data for the one article viewer, with a redirect at
 * each article's old address (no Framework page per article: it would cost ~0.1 s each), and the
 * older parts of the Claims list.
 */
import {spawnSync} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {projectAt, removeStaleOutputs} from "./lib/freshness.ts";
import {fillNpmCache} from "./lib/offline-npm.ts";
import {ARTICLE_LOADER, writeArticlePages} from "./lib/article-pages.ts";
import {publishArticles} from "./lib/publish-articles.ts";
import {publishClaimsParts, writeReportPages} from "./lib/report-pages.ts";
import {writeDownloads} from "./lib/download-files.ts";
import {writeSmallData} from "./lib/small-data.ts";
import {loadCorpus} from "../loaders/report/corpus.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const project = projectAt(root);

let ids: string[] = [];
try {
  await fillNpmCache();
  // (Every article's data is checked below and rewritten only where it changed.)
  const {changed, removed, shared} = removeStaleOutputs(project, [ARTICLE_LOADER]);
  if (changed.length) console.log(`inputs changed for ${changed.length} data loader(s); removed ${removed.length} cached output(s)`);
  else console.log("articles and loaders unchanged: reusing cached loader outputs");
  // One corpus load for everything the build writes ahead of Framework.
  const corpus = await loadCorpus();
  const articles = await writeArticlePages(project, corpus);
  console.log(`checked the data of ${articles.ids.length} article(s) in one pass; ${articles.written} file(s) changed`);
  ids = articles.ids;
  const pages = await writeReportPages(project, corpus.tables);
  if (pages.length) console.log(`wrote the data of the ${pages.join(", ")} page(s) from one report`);
  const downloads = await writeDownloads(project, corpus.tables);
  if (downloads.length) console.log(`wrote ${downloads.length} download(s) in one pass`);
  writeSmallData(project, shared);
} catch (error) {
  // A bad file is listed on the Sources page, never thrown; what reaches here is the set-up itself (a folder missing or unreadable).
  console.error(`build: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}

const result = spawnSync(process.execPath, [join(root, "node_modules/@observablehq/framework/dist/bin/observable.js"), "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
if (result.status !== 0) process.exit(result.status ?? 1);
try {
  publishArticles(project, ids);
  console.log(`published ${ids.length} article(s) for the article viewer`);
  const parts = publishClaimsParts(project);
  if (parts) console.log(`published ${parts} older part(s) of the claims list`);
} catch (error) {
  console.error(`build: could not publish the articles: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}
