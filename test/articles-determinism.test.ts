// Same articles, byte-identical tables, whatever order the files were written or listed in.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { readArticles } from "../loaders/articles/read.ts";
import { badInputs } from "./fixtures/hostile/bad-inputs.ts";

const SEEDS = new URL("../data/articles/", import.meta.url).pathname;
const dirs: string[] = [];

/** Writes seeds + small bad inputs into a fresh folder, in the order given. */
function folderWith(order: (names: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "articles-order-"));
  dirs.push(dir);
  const inputs = new Map(badInputs().filter((b) => b.bytes.length < 1e6).map((b) => [b.name, b]));
  const seeds = readdirSync(SEEDS);
  for (const name of order([...seeds, ...inputs.keys()])) {
    const input = inputs.get(name);
    if (!input) copyFileSync(join(SEEDS, name), join(dir, name));
    else if (input.folder) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), input.bytes);
  }
  // A second copy of a seed under another name: which one is kept must not depend on order either.
  copyFileSync(join(SEEDS, seeds[0]), join(dir, `copy-of-${seeds[0]}`));
  return dir;
}

/** A seeded shuffle, so a failure can be reproduced. */
function shuffled(names: string[], seed: number): string[] {
  const out = [...names];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("reader determinism", () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("gives byte-identical output for files written in different orders", () => {
    const outputs = [
      (n: string[]) => n,
      (n: string[]) => [...n].reverse(),
      (n: string[]) => shuffled(n, 7),
      (n: string[]) => shuffled(n, 2019),
    ].map((order) => JSON.stringify(readArticles(folderWith(order))));
    for (const output of outputs) assert.equal(output, outputs[0]);
  });

  it("gives byte-identical output when read twice", () => {
    const dir = folderWith((n) => n);
    assert.equal(JSON.stringify(readArticles(dir)), JSON.stringify(readArticles(dir)));
  });

  it("lists articles and rejections in file-name order, and keeps the first of two copies", () => {
    const { articles, rejected } = readArticles(folderWith((n) => shuffled(n, 3)));
    const names = (list: { file: string }[]) => list.map((x) => x.file);
    assert.deepEqual(names(articles), [...names(articles)].sort());
    assert.deepEqual(names(rejected), [...names(rejected)].sort());
    const copy = rejected.find((r) => r.file.startsWith("copy-of-"));
    assert.match(copy!.reason, /^same text as '000_/);
  });
});
