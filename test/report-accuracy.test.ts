// What `npm run accuracy` keeps when a machine lacks some corpus's texts, and how the report reads it.
import assert from "node:assert/strict";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {carryOver, readAccuracy} from "../loaders/report/accuracy.ts";
import {extractorVersion} from "../loaders/pipeline/version.ts";

const before = {
  measured: "2031-03-01", extractor: "old1",
  rows: [
    {corpus: "seeds", table: "overall", tp: 70, fp: 1, fn: 2, P: 0.98, R: 0.97, F1: 0.97},
    {corpus: "corpus-test", table: "casualties", tp: 90, fp: 10, fn: 10, P: 0.9, R: 0.9, F1: 0.9},
    {corpus: "corpus-test", table: "overall", tp: 200, fp: 40, fn: 60, P: 0.83, R: 0.77, F1: 0.8, notes: "texts 300/400, gold 300/400"}
  ]
};

test("a corpus the new run could not score keeps its earlier rows, stamped with their own day and extractor", () => {
  const now = [
    {corpus: "seeds", table: "overall", tp: 72, fp: 0, fn: 0, P: 1, R: 1, F1: 1},
    {corpus: "corpus-test", table: "", notes: "texts 0/400: nothing to score"}
  ];
  const kept = carryOver(before, now);
  assert.deepEqual(kept.map((r) => [r.corpus, r.table, r.F1, r.measured, r.extractor]), [
    ["seeds", "overall", 1, undefined, undefined],
    ["corpus-test", "casualties", 0.9, "2031-03-01", "old1"],
    ["corpus-test", "overall", 0.8, "2031-03-01", "old1"]
  ]);
});

test("a corpus scored again replaces its earlier rows; rows carried twice keep their first stamp", () => {
  const now = [{corpus: "corpus-test", table: "overall", tp: 210, fp: 30, fn: 50, P: 0.875, R: 0.81, F1: 0.84}];
  assert.deepEqual(carryOver(before, now).filter((r) => r.corpus === "corpus-test").map((r) => r.F1), [0.84]);
  const once = carryOver(before, [{corpus: "corpus-test", table: "", notes: "not present"}]);
  const twice = carryOver({measured: "2031-04-01", extractor: "old2", rows: once}, [{corpus: "corpus-test", table: "", notes: "not present"}]);
  assert.deepEqual([...new Set(twice.filter((r) => r.corpus === "corpus-test").map((r) => r.measured))], ["2031-03-01"]);
  // The seeds, not named by the later runs, are carried rather than lost, with the day they were measured.
  assert.ok(twice.some((r) => r.corpus === "seeds" && r.measured === "2031-03-01" && r.extractor === "old1"));
});

test("the report marks only the carried rows as measured with an earlier extractor", () => {
  const file = join(mkdtempSync(join(tmpdir(), "accuracy-")), "accuracy.json");
  const now = [{corpus: "seeds", table: "overall", tp: 72, fp: 0, fn: 0, P: 1, R: 1, F1: 1}, {corpus: "corpus-test", table: "", notes: "not present"}];
  writeFileSync(file, JSON.stringify({measured: "2031-05-01", extractor: extractorVersion(), rows: carryOver(before, now)}));
  const read = readAccuracy(file)!;
  assert.equal(read.stale, true);
  assert.deepEqual(read.rows.map((r) => [r.corpus, r.table, r.measured, r.stale]), [
    ["seeds", "overall", "2031-05-01", false],
    ["corpus-test", "casualties", "2031-03-01", true],
    ["corpus-test", "overall", "2031-03-01", true]
  ]);
  assert.equal(read.rows.find((r) => r.corpus === "corpus-test")!.articles, 300);
});
