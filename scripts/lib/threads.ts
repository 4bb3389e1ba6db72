/**
 * Runs a step of the build in a worker thread, so that the build uses both cores. The thread also gets
 * a larger young generation than `node` starts this one with: the data steps make many short-lived
 * objects, and at 10,000 articles collecting them took a sixth of their time. (Not larger still: three
 * times this held 130 MB more for no measurable time.)
 */
import {fileURLToPath} from "node:url";
import {Worker} from "node:worker_threads";

/** Young generation of a build thread (three times the semi-space: about 21 MB each, where `node` starts with 16). */
const YOUNG_GENERATION_MB = 64;

/**
 * Starts `module` (TypeScript) in a thread with `data` as its workerData. `post` sends it a message;
 * `next()` gives the thread's next message, in the order it posts them, and rejects when the thread
 * throws or stops before posting it.
 */
export function inThread(module: URL, data: Record<string, unknown>) {
  const worker = new Worker(new URL("./thread.mjs", import.meta.url), {
    workerData: {...data, module: fileURLToPath(module)},
    resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}
  });
  const posted: unknown[] = [];
  const waiting: Array<{resolve: (m: unknown) => void; reject: (e: Error) => void}> = [];
  let failed: Error | null = null;
  const fail = (error: Error) => {
    failed ??= error;
    for (const w of waiting.splice(0)) w.reject(failed);
  };
  worker.on("message", (message) => (waiting.length ? waiting.shift()!.resolve(message) : posted.push(message)));
  // A thread out of the heap bound (build-bounded.ts) ends the build as the main thread would, so that it is run again unbounded.
  worker.once("error", (error: Error & {code?: string}) => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? process.abort() : fail(error)));
  worker.once("exit", (code) => fail(new Error(`${fileURLToPath(module)} stopped (exit code ${code}) before it answered`)));
  return {
    post: (message: unknown) => worker.postMessage(message),
    next<T>(): Promise<T> {
      if (posted.length) return Promise.resolve(posted.shift() as T);
      if (failed) return Promise.reject(failed);
      return new Promise<T>((resolve, reject) => waiting.push({resolve: resolve as (m: unknown) => void, reject}));
    }
  };
}
