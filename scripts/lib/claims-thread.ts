/**
 * The build's claims thread (threads.ts). Once the build has read the articles (and extracted any new
 * ones), it loads the corpus itself from the pipeline's snapshot, rather than being sent a copy: a copy
 * holds every repeated text once per row (the snapshot shares them), about 40 MB more at 10,000 articles,
 * and serialising it took another 200 MB for a moment. It works out every claim once
 * (loaders/report/claims.ts) and writes what reads them: first the Claims list, which `observable build`
 * needs (its first answer), then, while Framework builds, the claims download and every article's data,
 * which only publishing needs (its second).
 */
import {parentPort, workerData} from "node:worker_threads";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {writeArticlePages} from "./article-pages.ts";
import {writeDownloads} from "./download-files.ts";
import {writeReportPages} from "./report-pages.ts";
import type {Project} from "./freshness.ts";

const {project} = workerData as {project: Project};
// (Told when to load: after the build's own load has brought the snapshot up to date, so this one only reads it.)
await new Promise((resolve) => parentPort!.once("message", resolve));
const corpus = await loadCorpus();
parentPort!.postMessage({pages: await writeReportPages(project, corpus.tables, ["claims"])});
// While Framework builds: the claims download, then every article's data.
const downloads = await writeDownloads(project, corpus.tables, ["claims"]);
parentPort!.postMessage({...(await writeArticlePages(project, corpus)), downloads});
