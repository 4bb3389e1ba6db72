// The tables' schema check runs once per article and extractor version: a second load trusts the rows
// that passed, and gives the same tables.
import assert from "node:assert/strict";
import {mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {checkedRows} from "../loaders/report/checked-rows.ts";

test("checked rows: remembered after a save, per cache folder; nothing written when nothing was learnt", () => {
  const dir = mkdtempSync(join(tmpdir(), "checked-"));
  try {
    const first = checkedRows(dir);
    first.save();
    assert.deepEqual(readdirSync(dir), [], "nothing learnt, nothing written");
    assert.equal(first.has("abc"), false);
    first.add("abc");
    first.save();
    const second = checkedRows(dir);
    assert.equal(second.has("abc"), true);
    assert.equal(second.has("def"), false);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("checked rows: a second load of the corpus, with its rows already checked, gives the same tables", async () => {
  const cache = mkdtempSync(join(tmpdir(), "checked-corpus-"));
  const before = process.env.CLAIMS_CACHE_DIR;
  process.env.CLAIMS_CACHE_DIR = cache;
  try {
    const {loadCorpus} = await import("../loaders/report/corpus.ts");
    const first = (await loadCorpus()).tables;
    assert.ok(readdirSync(cache).some((f) => f.startsWith("checked-")), "the checked articles are remembered");
    const second = (await loadCorpus()).tables;
    assert.deepEqual(second, first);
    assert.ok(first.casualties.length > 0);
  } finally {
    if (before === undefined) delete process.env.CLAIMS_CACHE_DIR;
    else process.env.CLAIMS_CACHE_DIR = before;
    rmSync(cache, {recursive: true, force: true});
  }
});
