/**
 * The build's claims thread (threads.ts). From the corpus the build sends it (a copy costs about a third
 * of loading it again), it works out every claim once (loaders/report/claims.ts) and writes what reads
 * them: first the Claims list, which `observable build` needs (its first answer), then, while Framework
 * builds, the claims download and every article's data, which only publishing needs (its second).
 */
import {parentPort, workerData} from "node:worker_threads";
import type {loadCorpus} from "../../loaders/report/corpus.ts";
import {writeArticlePages} from "./article-pages.ts";
import {writeDownloads} from "./download-files.ts";
import {writeReportPages} from "./report-pages.ts";
import type {Project} from "./freshness.ts";

const {project} = workerData as {project: Project};
const corpus = await new Promise<Awaited<ReturnType<typeof loadCorpus>>>((resolve) => parentPort!.once("message", resolve));
parentPort!.postMessage({pages: await writeReportPages(project, corpus.tables, ["claims"])});
// While Framework builds: the claims download, then every article's data.
const downloads = await writeDownloads(project, corpus.tables, ["claims"]);
parentPort!.postMessage({...(await writeArticlePages(project, corpus)), downloads});
