// Worker threads do not inherit tsx's module hooks on Node 20, so a build thread starts as plain
// JavaScript and loads its TypeScript body (workerData.module) through tsx's API.
import {workerData} from "node:worker_threads";
import {tsImport} from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
