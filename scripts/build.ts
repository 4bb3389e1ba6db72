/**
 * `npm run build`: the static report in dist/, with no network, always from the current articles.
 * 1. fills Framework's npm cache from node_modules (no CDN), 2. drops cached loader outputs whose
 * inputs changed (content hashes), 3. writes the four report pages' data from one report and the Claims
 * list, each in one pass, on two threads (the claims in a second one), 4. runs `observable build` while
 * this thread writes the downloads and the other the claims download and every article's data,
 * 5. publishes the downloads at fixed addresses and each article's data for the one article viewer,
 * with a redirect at each article's old address (no Framework page per article: it would cost ~0.1 s
 * each), and the older parts of the Claims list.
 */
import {spawn} from "node:child_process";
import {setFlagsFromString} from "node:v8";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {projectAt, removeStaleOutputs} from "./lib/freshness.ts";
import {fillNpmCache} from "./lib/offline-npm.ts";
import {ARTICLE_LOADER} from "./lib/article-pages.ts";
import {publishArticles} from "./lib/publish-articles.ts";
import {publishDownloads} from "./lib/publish-downloads.ts";
import {publishClaimsParts, writeReportPages} from "./lib/report-pages.ts";
import {writeDownloads} from "./lib/download-files.ts";
import {writeSmallData} from "./lib/small-data.ts";
import {loadCorpus} from "../loaders/report/corpus.ts";
import {TABLES} from "../src/data/downloads/tables.ts";
import {inThread} from "./lib/threads.ts";
import {collectGarbage} from "./lib/collect.ts";
import {childPeak, ownPeakMb} from "./lib/peak-memory.ts";

// The heap may grow to twice what is live between full collections, not V8's default of up to four times:
// at 10,000 articles the two threads otherwise hold 600 MB of garbage between them, for a second more of
// collecting. (Set before the claims thread starts, which shares the flag.)
setFlagsFromString("--heap-growing-percent=100");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const project = projectAt(root);

// The claims thread works out every claim, for the Claims list, the claims download and every article's
// data, while this thread writes the rest; the articles' data, needed only to publish, is written while
// Framework builds. Started first: its start overlaps the set-up below.
const claims = inThread(new URL("./lib/claims-thread.ts", import.meta.url), {project});
type Written = {pages: string[]};
let tables: Awaited<ReturnType<typeof loadCorpus>>["tables"] | undefined;
try {
  await fillNpmCache();
  // (Every article's data is checked below and rewritten only where it changed.)
  const {changed, removed, shared} = removeStaleOutputs(project, [ARTICLE_LOADER]);
  if (changed.length) console.log(`inputs changed for ${changed.length} data loader(s); removed ${removed.length} cached output(s)`);
  else console.log("articles and loaders unchanged: reusing cached loader outputs");
  // One corpus load for everything this thread writes; the claims thread loads its own once this one has
  // brought the snapshot up to date.
  ({tables} = await loadCorpus());
  // What extracting new articles left behind (at 10,000 new articles, some 300 MB of garbage) goes before the
  // claims thread loads its own corpus beside this one: the build's peak comes while both threads hold theirs.
  collectGarbage();
  claims.post("load");
  const here = await writeReportPages(project, tables, ["pages", "sources"]);
  writeSmallData(project, shared);
  const pages = [...here, ...(await claims.next<Written>()).pages];
  if (pages.length) console.log(`wrote the data of the ${pages.join(", ")} page(s) from one report`);
} catch (error) {
  // A bad file is listed on the Sources page, never thrown; what reaches here is the set-up itself (a folder missing or unreadable).
  console.error(`build: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}

// Not spawnSync: the claims thread keeps writing the articles' data while Framework builds.
const frameworkPeak = childPeak();
const framework = spawn(process.execPath, [...frameworkPeak.execArgv, join(root, "node_modules/@observablehq/framework/dist/bin/observable.js"), "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, ...frameworkPeak.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
// Taken now, so that a failure while Framework builds is not an unhandled rejection meanwhile.
const articles = claims.next<{ids: string[]; written: number; downloads: string[]}>();
articles.catch(() => {});
// The downloads are no Framework files (src/components/download-address.js): written here while it builds.
let downloads: string[] = [];
try {
  downloads = await writeDownloads(project, tables, TABLES.filter((table) => table !== "claims"));
} catch (error) {
  console.error(`build: could not write the downloads: ${(error as Error).message.split("\n")[0]}`);
  process.exitCode = 1;
}
// This thread has nothing left to do until Framework is done: what it holds is let go now, while the claims
// thread still writes every article's data.
tables = undefined;
collectGarbage();
const status = await new Promise<number | null>((resolve) => framework.once("close", resolve).once("error", () => resolve(null)));
const frameworkPeakMb = frameworkPeak.peak();
if (status !== 0) process.exit(status ?? 1);
try {
  const {ids, written, downloads: claimsDownloads} = await articles;
  console.log(`checked the data of ${ids.length} article(s) in one pass; ${written} file(s) changed`);
  downloads.push(...claimsDownloads);
  if (downloads.length) console.log(`wrote ${downloads.length} download(s) in one pass while Framework built`);
  console.log(`published ${publishDownloads(project)} download(s) at their fixed addresses`);
  publishArticles(project, ids);
  console.log(`published ${ids.length} article(s) for the article viewer`);
  const parts = publishClaimsParts(project);
  if (parts) console.log(`published ${parts} older part(s) of the claims list`);
  console.log(`peak memory: this process ${ownPeakMb()} MB (both threads), Framework ${frameworkPeakMb === null ? "not known" : `${frameworkPeakMb} MB`}`);
} catch (error) {
  console.error(`build: could not publish the articles: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}
