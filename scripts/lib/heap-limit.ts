/**
 * How far the build's heaps may grow, from the size of the articles' text. Unbounded, V8 lets a heap grow
 * to twice what is live between full collections, and further while a busy machine starves its concurrent
 * marking: cold builds of 10,000 articles peaked at 1.1 GB (1.8 GB once on a starved machine). Bounded at
 * the figure below, 0.96-0.97 GB: it collects before it passes the bound. Live at 10,000 articles (22.95 MB of text), the main thread holds at
 * most 300 MB (while it puts the extraction's results together) and the claims thread 280 MB, about
 * 13 bytes per byte of text over what the code holds: the bound leaves a third more. A build or thread
 * that outgrows it anyway is run again unbounded (build-bounded.ts, threads.ts): slower, never failed.
 */
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";

/** Below this a bound saves nothing worth the risk of collecting often: small corpora peak well under it. */
const FLOOR_MB = 256;

export function heapLimitMb(textBytes: number): number {
  return Math.max(FLOOR_MB, Math.round(64 + (15 * textBytes) / 2 ** 20));
}

/** The bytes of the files in `dir` (sizes only: nothing is read; a folder that cannot be read, 0: the build will say why). */
export function folderBytes(dir: string): number {
  let bytes = 0;
  try {
    for (const file of readdirSync(dir)) bytes += statSync(join(dir, file), {throwIfNoEntry: false})?.size ?? 0;
  } catch {
    return 0;
  }
  return bytes;
}
