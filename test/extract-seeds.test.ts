/** Runs the extractor on data/articles and scores it with the shared scorer (copied into test/fixtures/eval). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles, writeTables } from "../loaders/extract/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = join(root, "test/fixtures/eval");

test("seed articles score at or above the quality bar", () => {
  const set = readArticles(join(root, "data/articles"));
  const out = mkdtempSync(join(tmpdir(), "extract-seeds-"));
  writeTables(extractArticles(set), out);
  const json = execFileSync(process.execPath, [join(fixtures, "score.mjs"), "--gold", join(fixtures, "seeds.gold.json"), "--pred", out, "--json"], { encoding: "utf8" });
  const r = JSON.parse(json);
  assert.ok(r.overall.f1 >= 0.95, `overall F1 ${r.overall.f1}`);
  for (const [name, t] of Object.entries<any>(r.tables)) {
    if (t.tp + t.fp + t.fn === 0) continue;
    assert.ok(t.f1 >= 0.9, `${name} F1 ${t.f1}`);
    for (const [attr, v] of Object.entries<any>(t.attrs)) assert.ok(v.ok / v.n >= 0.9, `${name}.${attr} ${v.ok}/${v.n}`);
  }
  assert.equal(r.meta.published.ok, r.meta.published.n, "published dates");
  assert.equal(r.meta.outlet.ok, r.meta.outlet.n, "outlets");
});

test("output does not depend on the order of the articles", () => {
  const set = readArticles(join(root, "data/articles"));
  const a = extractArticles(set);
  const b = extractArticles({ ...set, articles: [...set.articles].reverse() });
  assert.deepEqual(b, a);
});

test("repeated paragraphs are tabled once", () => {
  const set = readArticles(join(root, "data/articles"));
  const t = extractArticles(set);
  const keys = t.casualties.map((r) => `${r.article_id}|${r.outcome}|${r.count_best}|${r.vague}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const r of t.casualties) assert.equal(set.articles.find((x) => x.id === r.article_id)!.text.slice(r.quote_start, r.quote_end), r.quote);
});
