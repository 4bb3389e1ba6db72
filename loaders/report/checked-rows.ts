/**
 * Which articles' claims have already passed the tables' schemas, for this extractor and these
 * schemas. A build checks every claim of an article once; afterwards (the same article, the same code)
 * its rows are the same rows, and checking 140,000 of them again cost most of a second at 10,000
 * articles. An article with a row that fails is never remembered, so its rows are checked (and left
 * out, with a note) on every build.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {extractorVersion, EXTRACTOR_INPUTS} from "../pipeline/version.ts";
import {writeWhole} from "../write-whole.ts";

// What decides whether a row passes: the rules that made it, and the code that shapes and checks it.
const INPUTS = [...EXTRACTOR_INPUTS, "loaders/report/schema.ts", "loaders/report/corpus.ts", "loaders/report/types.ts", "loaders/extract/tables.ts"];

export interface CheckedRows {
  /** True when this article's rows passed before. */
  has(articleKey: string): boolean;
  /** Remembers that every row of this article passed. */
  add(articleKey: string): void;
  /** Writes what was learnt (nothing when nothing was). */
  save(): void;
}

export function checkedRows(cacheDir: string): CheckedRows {
  const path = join(cacheDir, `checked-${extractorVersion(undefined, INPUTS)}.json`);
  let known: Set<string>;
  try {
    known = new Set(JSON.parse(readFileSync(path, "latin1")) as string[]);
  } catch {
    known = new Set();
  }
  let added = false;
  return {
    has: (key) => known.has(key),
    add: (key) => { if (!known.has(key)) { known.add(key); added = true; } },
    save: () => {
      if (!added) return;
      try {
        writeWhole(path, JSON.stringify([...known]));
      } catch {
        // Only a shortcut: without it the next build checks every row again.
      }
    }
  };
}
