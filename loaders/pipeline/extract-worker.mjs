// Worker threads do not inherit tsx's module hooks on Node 20, so the worker starts as plain
// JavaScript and loads its TypeScript body through tsx's API.
import {tsImport} from "tsx/esm/api";

await tsImport("./extract-worker.ts", import.meta.url);
