// Where the dead were, when no event of the sentence names a place: a town the gazetteer knows, named "in" or "near".
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles } from "../loaders/extract/index.ts";

function read(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "casualty-place-"));
  try {
    writeFileSync(join(dir, "story.txt"), `Report\n\n${text}\n`);
    const t = extractArticles(readArticles(dir));
    return { casualties: t.casualties.map((r) => [r.outcome, r.count_best, r.place]), territory: t.territory.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("casualty place: a known town named 'in' or 'near' places the dead, and makes no territory event", () => {
  // (Real towns: the gazetteer decides. Our own sentences.)
  assert.deepEqual(read("Unidentified gunmen shot dead a shopkeeper in Saraqib on Monday evening, residents said."), { casualties: [["killed", 1, "Saraqib"]], territory: 0 });
  assert.deepEqual(read("Two traders were slightly hurt near Ariha, a witness said."), { casualties: [["injured", 2, "Ariha"]], territory: 0 });
});

test("casualty place: not where someone spoke, was treated or buried, nor a month", () => {
  assert.deepEqual(read("Activists in Beledweyne said five fighters were killed overnight.").casualties, [["killed", 5, null]]);
  assert.deepEqual(read("Three wounded soldiers were treated at a hospital in Beledweyne.").casualties, [["injured", 3, null]]);
  assert.deepEqual(read("The fighting, which began in March, has killed 40 people.").casualties, [["killed", 40, null]]);
});

test("casualty place: a total split between two places is placed in neither", () => {
  assert.deepEqual(read("The death toll reached 57, with 32 civilians killed in Saraqib and 25 in Ariha.").casualties, [["killed", 57, null], ["killed", 32, "Saraqib"], ["killed", 25, "Ariha"]]);
  // One part in one place leaves the total where the sentence put it.
  assert.deepEqual(read("Fighting killed 40 people in Saraqib, with 30 killed in the old market.").casualties, [["killed", 40, "Saraqib"], ["killed", 30, "Saraqib"]]);
});
