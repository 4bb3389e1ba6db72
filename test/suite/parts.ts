// Splits the unit-test files into a few parts, each run in one process.
//
// Why: every test file run on its own pays about 1.5 s before its first assertion (node, the
// TypeScript loader, the rules, V8 compiling the patterns). Across 45 files that was half the
// suite. A part pays it once, and the parts run side by side on the machine's cores.
//
// Every `test/*.test.ts` file is in exactly one part, found by listing the folder, so a new test
// file is run without being registered anywhere. Files are dealt out longest first, by the
// seconds each took on its own (`weights.json`; a file not listed there counts as 1.5 s).
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {compileRegExpsOnce} from "../../loaders/extract/regexp-engine.ts";

const TEST_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_SECONDS = 1.5;

export function testFiles(dir = TEST_DIR): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(".test.ts")).sort();
}

/** Deals files into `count` parts, longest first onto the lightest part: deterministic. */
export function dealParts(files: string[], seconds: Record<string, number>, count: number): string[][] {
  const parts = Array.from({length: count}, () => ({files: [] as string[], load: 0}));
  const weight = (file: string) => seconds[file] ?? DEFAULT_SECONDS;
  const ordered = [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  for (const file of ordered) {
    const lightest = parts.reduce((best, part) => (part.load < best.load ? part : best));
    lightest.files.push(file);
    lightest.load += weight(file);
  }
  return parts.map((part) => part.files.sort());
}

export function measuredSeconds(): Record<string, number> {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "weights.json"), "utf8"));
}

/** Imports the files of part `index` (0-based) of `count`; their tests run in this process. */
export async function runPart(index: number, count: number): Promise<void> {
  // `npm test` gives node the pattern-engine flag (loaders/extract/regexp-engine.ts). Started without
  // it, the extractor would set it when first imported, and a file that ran patterns before that
  // import would leave them on V8's interpreter for good (a pathological 100k-character text took
  // 5.7 s instead of 0.8 s): so it is set here, before any file loads.
  compileRegExpsOnce();
  const part = dealParts(testFiles(), measuredSeconds(), count)[index];
  for (const file of part) await import(join(TEST_DIR, file));
}
