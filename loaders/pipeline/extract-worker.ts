/** A worker thread: extracts the articles it is sent and posts back one result per article, in order. */
import {parentPort} from "node:worker_threads";
import type {Article} from "../articles/types.ts";
import {extractArticles} from "../extract/index.ts";
import {articleTables} from "./article-tables.ts";

parentPort!.on("message", (articles: Article[]) => {
  parentPort!.postMessage(articles.map((article) => articleTables(extractArticles({articles: [article], rejected: []}))));
});
