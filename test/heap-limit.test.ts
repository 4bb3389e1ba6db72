import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {folderBytes, heapLimitMb} from "../scripts/lib/heap-limit.ts";

test("the build's heap bound: a floor for small folders, growing with the text for large ones", () => {
  assert.equal(heapLimitMb(0), 256);
  assert.equal(heapLimitMb(50_000), 256);
  // 10,000 generated articles, about 23 MB: the bound measured to hold (a third above what is live).
  const bench = heapLimitMb(22.95 * 2 ** 20);
  assert.ok(bench > 380 && bench < 420, `bound ${bench} MB`);
  // Each further megabyte of text lets the heap hold 15 MB more, as what the build holds grows with the text.
  assert.ok(Math.abs(heapLimitMb(122.95 * 2 ** 20) - bench - 1500) <= 1);
});

test("the folder's bytes are its files' sizes, and 0 for a folder that is not there", () => {
  const dir = mkdtempSync(join(tmpdir(), "heap-limit-"));
  try {
    writeFileSync(join(dir, "a.txt"), "x".repeat(1000));
    writeFileSync(join(dir, "b.md"), "y".repeat(24));
    assert.equal(folderBytes(dir), 1024);
    assert.equal(folderBytes(join(dir, "missing")), 0);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
