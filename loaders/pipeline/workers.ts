/**
 * Extraction across threads. Articles are independent, so they are dealt to workers in chunks and
 * the results put back in input order: the tables are identical to a single-threaded run.
 */
import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import type {Article} from "../articles/types.ts";
import type {ArticleTables} from "./article-tables.ts";

const CHUNK = 100;

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function extractInWorkers(articles: Article[], threads: number, onDone: (n: number) => void = () => {}): Promise<ArticleTables[]> {
  const results: ArticleTables[] = new Array(articles.length);
  const chunks: [number, Article[]][] = [];
  for (let i = 0; i < articles.length; i += CHUNK) chunks.push([i, articles.slice(i, i + CHUNK)]);
  const workers = Array.from({length: Math.min(threads, chunks.length)}, () => new Worker(new URL("./extract-worker.mjs", import.meta.url)));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let next = chunks.shift(); next; next = chunks.shift()) {
          const [offset, chunk] = next;
          const done: ArticleTables[] = await new Promise((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(chunk);
          });
          worker.removeAllListeners("error");
          done.forEach((r, i) => (results[offset + i] = r));
          onDone(chunk.length);
        }
      })
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
