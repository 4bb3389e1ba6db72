import assert from "node:assert/strict";
import {test} from "node:test";
import {dealParts, testFiles} from "./suite/parts.ts";

test("every test file is dealt into exactly one part", () => {
  const files = testFiles();
  const parts = dealParts(files, {}, 2);
  assert.deepEqual(parts.flat().sort(), files);
  assert.ok(files.includes("suite-parts.test.ts"), "the folder listing finds this very file");
});

test("the longest files go to different parts, and the rest even the load", () => {
  const seconds = {"a.test.ts": 12, "b.test.ts": 8, "c.test.ts": 3, "d.test.ts": 3, "e.test.ts": 2};
  const parts = dealParts(Object.keys(seconds), seconds, 2);
  assert.deepEqual(parts, [["a.test.ts", "e.test.ts"], ["b.test.ts", "c.test.ts", "d.test.ts"]]);
});

test("a file with no measured time still lands in a part", () => {
  const parts = dealParts(["new.test.ts", "old.test.ts"], {"old.test.ts": 9}, 2);
  assert.deepEqual(parts, [["old.test.ts"], ["new.test.ts"]]);
});
