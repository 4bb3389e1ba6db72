/**
 * Work across threads. Items (articles, or file names) are independent, so they are dealt to workers
 * in chunks and the results put back in input order: the tables are identical to a single-threaded run.
 */
import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import type {Article} from "../articles/types.ts";
import type {ArticleTables} from "./article-tables.ts";
import {runJob, type FileResult, type WorkerJob} from "./jobs.ts";
import {workerScript} from "./worker-script.ts";

const CHUNK = 50;
// Extraction makes many short-lived strings: a larger young generation means fewer, cheaper collections.
const YOUNG_GENERATION_MB = 64;

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Runs the chunks on `threads` threads: this one and threads - 1 workers, all taking chunks from one
 * queue (on two cores, a second worker would only compete with this idle thread and the collector).
 */
async function inWorkers<I, O>(items: I[], threads: number, job: (chunk: I[]) => WorkerJob, onDone: (n: number) => void): Promise<O[]> {
  const results: O[] = new Array(items.length);
  const chunks: [number, I[]][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push([i, items.slice(i, i + CHUNK)]);
  const store = (offset: number, done: O[], n: number) => {
    done.forEach((r, i) => (results[offset + i] = r));
    onDone(n);
  };
  const workers = Array.from({length: Math.max(0, Math.min(threads - 1, chunks.length - 1))}, () => new Worker(workerScript(), {resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}}));
  try {
    // Each worker has two chunks in hand: when it finishes one while this thread is busy with its own
    // chunk, it starts the next at once instead of waiting to be fed (measured: idle a fifth of the run).
    const inWorker = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const inHand: [number, I[]][] = [];
        const feed = () => {
          const next = chunks.shift();
          if (next) { inHand.push(next); worker.postMessage(job(next[1])); }
        };
        worker.on("message", (done: O[]) => {
          const [offset, chunk] = inHand.shift()!;
          store(offset, done, chunk.length);
          feed();
          if (!inHand.length) resolve();
        });
        worker.once("error", reject);
        feed();
        feed();
        if (!inHand.length) resolve();
      });
    const here = async () => {
      // Yield between chunks so that the workers' results are taken in and they are fed again.
      for (let next = chunks.shift(); next; next = chunks.shift()) {
        await new Promise((resolve) => setImmediate(resolve));
        store(next[0], runJob(job(next[1])) as O[], next[1].length);
      }
    };
    await Promise.all([...workers.map(inWorker), here()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** Extracts articles already read. */
export const extractInWorkers = (articles: Article[], threads: number, onDone: (n: number) => void = () => {}) =>
  inWorkers<Article, ArticleTables>(articles, threads, (chunk) => ({articles: chunk}), onDone);

/** Reads and extracts files of `dir` (through the caches in `cacheDir`, when given). */
export const readAndExtractInWorkers = (dir: string, files: string[], threads: number, cacheDir: string | undefined, onDone: (n: number) => void = () => {}) =>
  inWorkers<string, FileResult>(files, threads, (chunk) => ({dir, files: chunk, cacheDir}), onDone);
