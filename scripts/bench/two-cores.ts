/**
 * What two cores can give on this machine, measured in the same run as our two threads, so that
 * "1.4× on two threads" can be read against what any split of the work could reach here.
 *
 * - `splitInHalves` and `sideBySide`: our extraction as two separate processes, each on half the
 *   folder, with nothing shared and nothing copied back: the ceiling for splitting this work, threads or not.
 * - `arithmeticLoop`: a loop that knows nothing of ours, on one and on two worker threads: do the two
 *   cores run side by side at all? (A loop that splits text into words and makes small objects, as an
 *   extractor does, was tried as a third reference: from one run to the next it took 1.7 to 2.8 s for
 *   the same work, too unsteady to divide by.)
 */
import {spawn} from "node:child_process";
import {linkSync, mkdirSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {Worker} from "node:worker_threads";

/** Two folders of hard links, each holding every other file of `dir`, so both halves are alike. */
export function splitInHalves(dir: string, into: string): [string, string] {
  const halves: [string, string] = [join(into, "half-a"), join(into, "half-b")];
  for (const h of halves) {
    rmSync(h, {recursive: true, force: true});
    mkdirSync(h, {recursive: true});
  }
  readdirSync(dir)
    .sort()
    .forEach((name, i) => linkSync(join(dir, name), join(halves[i % 2], name)));
  return halves;
}

/**
 * Runs `argvs` (measure.ts runs) as Node processes at once; the slowest one's own `seconds`, timed as the
 * one-thread figure is (from the corpus read to the tables, not the process's start or its hashing after).
 */
export async function sideBySide(argvs: string[][], cwd: string): Promise<number> {
  const seconds = await Promise.all(
    argvs.map(
      (argv) =>
        new Promise<number>((resolve, reject) => {
          // (Their progress lines would interleave: only the end of a failing one's errors is shown.)
          const child = spawn(process.execPath, argv, {cwd, stdio: ["ignore", "pipe", "pipe"]});
          let out = "", errors = "";
          child.stdout!.on("data", (d: Buffer) => (out = (out + d).slice(-4000)));
          child.stderr!.on("data", (d: Buffer) => (errors = (errors + d).slice(-2000)));
          child.once("error", reject);
          child.once("exit", (code) =>
            code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!).seconds) : reject(new Error(`${argv.join(" ")} exited with ${code}:\n${errors}`))
          );
        })
    )
  );
  return Math.max(...seconds);
}

// The loop runs in a worker from source text, so it needs no file of its own.
const LOOP = String.raw`
const {parentPort, workerData} = require("node:worker_threads");
const start = performance.now();
let x = 0;
for (let i = 0; i < workerData.n; i++) x = (x * 1103515245 + 12345) | 0;
parentPort.postMessage([performance.now() - start, x]);
`;

// The time of the slowest thread, each timed from inside (a thread's start is not the loop's work).
function runLoop(n: number, threads: number): Promise<number> {
  return Promise.all(
    Array.from({length: threads}, () => new Promise<number>((resolve, reject) => {
      const w = new Worker(LOOP, {eval: true, workerData: {n}});
      w.once("message", ([ms]: [number, number]) => resolve(ms / 1000));
      w.once("error", reject);
    }))
  ).then((times) => Math.max(...times));
}

/**
 * How much more work two threads get through than one: the same work per thread, so the ratio is
 * 2 × (time on one) / (time on two). Best of `repeat` each, about half a second a run.
 */
export async function arithmeticLoop(repeat = 3): Promise<number> {
  let one = Infinity, two = Infinity;
  for (let i = 0; i < repeat; i++) {
    one = Math.min(one, await runLoop(6e7, 1));
    two = Math.min(two, await runLoop(6e7, 2));
  }
  return (2 * one) / two;
}
