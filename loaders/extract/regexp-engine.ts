/**
 * How the JavaScript engine runs the rules' regular expressions. By default V8 first compiles each
 * pattern to bytecode for an interpreter and compiles it again to machine code once it has run: the
 * rules are hundreds of long patterns, each run on most sentences, so every one of them is compiled
 * twice, and a run that reads one new article pays for both (measured on one article in a fresh
 * process: 0.74–0.92 s to extract it by default, 0.40–0.44 s compiled once). Setting the flag before
 * the first article is read makes every pattern compiled once, to machine code. It changes speed only,
 * never what a pattern matches.
 */
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";

let set = false;

/**
 * Sets the flag once, from the main thread only, and only when the command line has not set it.
 * Changing a V8 flag in a running process is a last resort: with patterns already run (by the loader
 * of TypeScript, by a test file), a process that ran many test files crashed now and then (a
 * segmentation fault, about one run in five; none in eight with the flag given to node). So `npm test`,
 * `npm run build` and `npm run extract` give `--no-regexp-tier-up` to node, and this only covers
 * processes started otherwise (Framework's data loaders). Worker threads share the process's flags.
 */
export function compileRegExpsOnce(): void {
  if (set || !isMainThread || process.execArgv.includes("--no-regexp-tier-up")) return;
  setFlagsFromString("--no-regexp-tier-up");
  set = true;
}
