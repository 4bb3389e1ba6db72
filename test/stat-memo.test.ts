// A file's value (digest, cache key) is kept while the file is unchanged, and worked out again the moment it changes.
import assert from "node:assert/strict";
import {lstatSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {StatMemo} from "../loaders/stat-memo.ts";

function folder() {
  const dir = mkdtempSync(join(tmpdir(), "stat-memo-"));
  const file = join(dir, "a.txt");
  writeFileSync(file, "Shelling hit Tarsa.");
  return {dir, file};
}

test("an unchanged file keeps its value across runs without being worked out again", () => {
  const {dir, file} = folder();
  let worked = 0;
  const first = new StatMemo<string>();
  assert.equal(first.valueOf("a.txt", lstatSync(file), () => `v${++worked}`), "v1");
  assert.equal(first.changed, true);
  // What was saved, read back by the next run.
  const next = new StatMemo<string>(JSON.parse(JSON.stringify(first)));
  assert.equal(next.valueOf("a.txt", lstatSync(file), () => `v${++worked}`), "v1");
  assert.equal(worked, 1);
  assert.equal(next.remembered("a.txt"), true);
  assert.equal(next.changed, false);
  rmSync(dir, {recursive: true});
});

test("a file rewritten, even to the same size, is worked out again", () => {
  const {dir, file} = folder();
  const first = new StatMemo<string>();
  first.valueOf("a.txt", lstatSync(file), () => "old");
  writeFileSync(file, "Shelling hit Ulmar.");
  // Another modification time, whatever the clock's resolution.
  utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
  const next = new StatMemo<string>(first.toJSON());
  assert.equal(next.valueOf("a.txt", lstatSync(file), () => "new"), "new");
  assert.equal(next.remembered("a.txt"), false);
  assert.equal(next.changed, true);
  rmSync(dir, {recursive: true});
});

test("a file gone is forgotten, and a value that could not be worked out is not remembered", () => {
  const {dir, file} = folder();
  const first = new StatMemo<string>();
  first.valueOf("a.txt", lstatSync(file), () => "v");
  first.valueOf("b.txt", lstatSync(file), () => "w");
  const next = new StatMemo<string>(first.toJSON());
  next.valueOf("a.txt", lstatSync(file), () => "again");
  assert.equal(next.changed, true, "b.txt went");
  assert.deepEqual(Object.keys(next.toJSON()), ["a.txt"]);
  const unreadable = new StatMemo<string>();
  assert.equal(unreadable.valueOf("c.txt", lstatSync(file), () => null), null);
  assert.deepEqual(unreadable.toJSON(), {});
  rmSync(dir, {recursive: true});
});

test("a saved file in another shape is ignored: every file is worked out once", () => {
  const {dir, file} = folder();
  const old = new StatMemo<string>({"a.txt": {size: 19, mtimeMs: 1, ino: 2, key: "stale"}, "b.txt": "junk"});
  assert.equal(old.valueOf("a.txt", lstatSync(file), () => "fresh"), "fresh");
  assert.equal(new StatMemo<string>("not an object").changed, false);
  rmSync(dir, {recursive: true});
});
