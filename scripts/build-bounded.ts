/**
 * `npm run build` with the build's heaps bounded from the corpus's size (lib/heap-limit.ts): runs
 * build.ts in a node given `--max-old-space-size`, which every thread of it shares, since a running
 * process cannot bound its own main thread. A build that runs out of that heap (V8 aborts the process)
 * is run again without the bound. Kept light: it only sizes the folder and waits.
 */
import {spawnSync} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {articlesDir} from "../loaders/report/articles-dir.ts";
import {folderBytes, heapLimitMb} from "./lib/heap-limit.ts";

const limit = heapLimitMb(folderBytes(articlesDir()));
const build = (flags: string[]) =>
  spawnSync(process.execPath, [...process.execArgv, ...flags, join(dirname(fileURLToPath(import.meta.url)), "build.ts"), ...process.argv.slice(2)], {stdio: "inherit"});
let run = build([`--max-old-space-size=${limit}`]);
if (run.signal === "SIGABRT") {
  console.warn(`build: outgrew its heap bound (${limit} MB); building again without one`);
  run = build([]);
}
process.exit(run.status ?? 1);
