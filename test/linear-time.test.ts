// Every text-processing step takes time in proportion to its input: generated pathological texts
// (runs of every punctuation mark, white space, digits, quotes, brackets; deep and wide markup) at
// 10k, 100k and 1M characters. A step whose time grows with the square of its input (a pattern that
// backtracks over a run) takes 100 times longer for 10 times the text, and fails here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeArticleBytes } from "../loaders/articles/decode.ts";
import { splitFrontMatter } from "../loaders/articles/front-matter.ts";
import { looseFingerprint, parseArticle } from "../loaders/articles/read.ts";
import { ArticleError, type Article } from "../loaders/articles/types.ts";
import { extractArticles } from "../loaders/extract/index.ts";
import { htmlToArticle } from "../loaders/ingest/html-article.ts";
import { pathologicalPages, RUN_UNITS, runText } from "./fixtures/hostile/pathological.ts";

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** Ten times the text may take at most this many times longer (linear is 10; quadratic 100). */
const MAX_GROWTH = 30;
/** Times below this are start-up and noise, not growth. */
const FLOOR_MS = 25;
/** No step may take longer than this on 1M characters, even on a busy machine. */
const BUDGET_MS = 5000;

const asArticle = (text: string): Article => ({ id: "fuzz", file: "fuzz.txt", format: "txt", title: "TEST FIXTURE", outlet: null, published: null, url: null, text, words: 0, sha256: "", bytes: text.length, warnings: [] });

/** Runs `step`, ignoring the refusals a step is allowed to make; returns milliseconds. */
function timed(step: () => unknown): number {
  const start = performance.now();
  try {
    step();
  } catch (e) {
    if (!(e instanceof ArticleError)) throw e;
  }
  return performance.now() - start;
}

/** Times a step on growing sizes; fails on faster-than-linear growth, or a blown budget at the largest. */
function assertLinear(label: string, step: (size: number) => unknown, timings: string[], sizes: readonly number[] = SIZES): void {
  const ms = sizes.map((size) => timed(() => step(size)));
  timings.push(`${label.padEnd(44)} ${SIZES.map((size) => (sizes.includes(size) ? ms[sizes.indexOf(size)].toFixed(0) : "").padStart(6)).join(" ")} ms`);
  for (let i = 1; i < sizes.length; i++) {
    const growth = Math.max(ms[i], FLOOR_MS) / Math.max(ms[i - 1], FLOOR_MS);
    assert.ok(growth <= MAX_GROWTH * (sizes[i] / sizes[i - 1] / 10), `${label}: ${sizes[i - 1]} → ${sizes[i]} characters took ${ms[i - 1].toFixed(0)} → ${ms[i].toFixed(0)} ms (×${growth.toFixed(0)})`);
  }
  assert.ok(ms.at(-1)! <= BUDGET_MS, `${label}: ${sizes.at(-1)} characters took ${ms.at(-1)!.toFixed(0)} ms (budget ${BUDGET_MS})`);
}

/** Every unit's run in one text: `size` characters in all, each run an equal share. */
const allRuns = (size: number) => RUN_UNITS.map((unit) => runText(unit, Math.floor(size / RUN_UNITS.length))).join("\n");

const STEPS: Record<string, (text: string) => unknown> = {
  decoding: (text) => decodeArticleBytes(Buffer.from(text), { maxBytes: 8 * 1024 * 1024 }),
  "front matter": (text) => splitFrontMatter(`---\ntitle: TEST FIXTURE\n---\n${text}`),
  "reader checks": (text) => parseArticle("fuzz.txt", text, text.length),
  "duplicate fingerprint": (text) => looseFingerprint(text),
  extraction: (text) => extractArticles({ articles: [asArticle(text)], rejected: [] }),
};

describe("linear time on pathological input", { timeout: 120_000 }, () => {
  const timings: string[] = [`${"step / input".padEnd(44)} ${SIZES.map((s) => `${s / 1000}k`.padStart(6)).join(" ")}`];

  // Each run alone at 10k and 100k characters (a pattern quadratic in one run grows ×100 there), then
  // all of them in one text of 100k and 1M characters (the largest file the reader accepts is 2 MB).
  for (const [name, step] of Object.entries(STEPS)) {
    it(`${name}: runs of every punctuation mark, white space, digits`, () => {
      for (const unit of RUN_UNITS) assertLinear(`${name}, run of ${JSON.stringify(unit)}`, (size) => step(runText(unit, size)), timings, SIZES.slice(0, 2));
      assertLinear(`${name}, all runs in one text`, (size) => step(allRuns(size)), timings, SIZES.slice(1));
    });
  }

  it("front matter: a YAML block of 1M characters", () => {
    for (const unit of ["a", " ", '"', "'", "[", "{", ":", "- ", "#"]) {
      assertLinear(`YAML title, run of ${JSON.stringify(unit)}`, (size) => splitFrontMatter(`---\ntitle: ${unit.repeat(size / unit.length)}\n---\nText.\n`), timings);
    }
  });

  it("ingest: saved pages nested deep or wide", () => {
    for (const kind of Object.keys(pathologicalPages(10))) {
      assertLinear(`ingest, ${kind}`, (size) => htmlToArticle(pathologicalPages(size)[kind]), timings);
    }
  });

  it("prints the timings", () => {
    console.log(timings.join("\n"));
  });
});
