// Event snippets and one-sentence briefs, written here as news writes them, read and tabled like any article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles } from "../loaders/extract/index.ts";

const BRIEFS: Record<string, string> = {
  "s1.txt": "Rebels seize town\n\nRebels seized control of the town of Tarsa on Tuesday.\n",
  "s2.txt": "Troops retake Ulmar\n\nGovernment troops retook Ulmar from insurgents.\n",
  "s3.txt": "Air strike on Besh\n\nAn air strike hit a market in Besh Tepe, killing 12 people.\n",
  "s4.txt": "Shelling\n\nArtillery shelled the village of Kafr Dael overnight.\n",
  "s5.txt": "Some 8,000 people have fled their villages since fighting began on 3 May, the UN said.\n",
  // Names and figures, few of the commonest words: still English, and a brief over twenty words.
  "s6.txt": "Report\n\nTarsa's sprawling northern outskirts now hold more than 65,000 internally displaced people, many of them evicted more than once from private farmland.\n",
};

test("one-sentence briefs are read, flagged as briefs, and tabled", () => {
  const dir = mkdtempSync(join(tmpdir(), "briefs-"));
  for (const [name, text] of Object.entries(BRIEFS)) writeFileSync(join(dir, name), text);
  const set = readArticles(dir);
  assert.equal(set.rejected.length, 0, JSON.stringify(set.rejected));
  const t = extractArticles(set);
  assert.deepEqual(t.territory.map((r) => [r.article_id, r.action_class, r.place]),
    [["s1", "control", "Tarsa"], ["s2", "control", "Ulmar"], ["s3", "attack", "Besh Tepe"], ["s4", "attack", "Kafr Dael"]]);
  assert.deepEqual(t.casualties.map((r) => [r.article_id, r.count_best]), [["s3", 12]]);
  assert.deepEqual(t.displacement.map((r) => [r.article_id, r.kind, r.count_best]), [["s5", "displaced", 8000], ["s6", "displaced", 65000]]);
  assert.ok(t.articles.filter((a) => a.id !== "s6").every((a) => /brief/.test(a.warnings)), "each short one is flagged as a brief");
  rmSync(dir, { recursive: true, force: true });
});
