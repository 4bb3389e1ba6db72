import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles, writeTables } from "../loaders/extract/index.ts";
import { checkTables, columnsOf } from "../loaders/extract/tables.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

test("every row the seeds give matches its table's schema, field for field", () => {
  const tables = extractArticles(readArticles(join(root, "data/articles")));
  assert.ok(tables.casualties.length && tables.displacement.length && tables.territory.length);
  assert.deepEqual(checkTables(tables), []);
});

test("the schema check names the table, the row and the field", () => {
  const tables = extractArticles(readArticles(join(root, "data/articles")));
  const broken = { ...tables, territory: [{ ...tables.territory[0], geo_precision: "village" as never }, { ...tables.territory[1], extra: 1 }] };
  const problems = checkTables(broken);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^territory\[0\]: geo_precision /);
  assert.match(problems[1], /^territory\[1\]: .*extra/);
});

test("CSV columns follow the schema, and an empty table still has its header", () => {
  const out = mkdtempSync(join(tmpdir(), "tables-"));
  writeTables({ articles: [], casualties: [], displacement: [], territory: [], rejected: [] }, out);
  assert.equal(readFileSync(join(out, "rejected.csv"), "utf8"), "file,reason\n");
  assert.equal(readFileSync(join(out, "territory.csv"), "utf8").trim(), columnsOf("territory").join(","));
});
