// The build writes each download in pieces, as it is made (an 80 MB download held whole took 200 MB at
// 10,000 articles). The pieces must make exactly the text the loaders print whole: the JSON of
// JSON.stringify(rows, null, 1) and the CSV of d3-dsv, across the batches and across the writer's 1 MB
// flushes, with characters of more than one byte on either side of them.
import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormatRows} from "d3-dsv";
import {csvChunks, safeCell} from "../loaders/report/csv.ts";
import {writeWholeChunks} from "../loaders/write-whole.ts";
import {downloadChunks, downloadText} from "../src/data/downloads/tables.ts";
import type {Tables} from "../loaders/report/types.ts";

// Rows that test the edges: line breaks and quotes inside values, nested lists and objects, empty
// ones, a formula to guard, characters outside one byte, a column only some rows have.
const odd = (i: number): Record<string, unknown> => ({
  claim_id: `k${i}`, article_id: `a-${i % 7}`, quote: i % 3 ? `Shelling hit Tarsa, "again",\nsaid Qarn’s mayor — ${i} ☂ 𝔘lmar` : "=SUM(A1)",
  count_best: i % 5 ? i : null, in_scope: i % 2 === 0, parts: i % 4 ? [i, {of: "Bolo"}] : [], extra: i % 11 ? undefined : {}, note: i % 13 ? undefined : "",
});

test("a download written in pieces is byte for byte the text made whole", () => {
  const rows = Array.from({length: 4321}, (_, i) => odd(i));
  const tables = {articles: [], casualties: rows, displacement: [], territory: [], rejected: []} as unknown as Tables;
  const json = [...downloadChunks(tables, "casualties", "json")].join("");
  assert.equal(json, JSON.stringify(rows, null, 1));
  const csv = [...downloadChunks(tables, "casualties", "csv")].join("");
  assert.equal(csv, downloadText(tables, "casualties", "csv"));
  // More than one batch, and the same as formatting every row at once.
  assert.ok([...csvChunks(rows)].length > 2);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  assert.equal([...csvChunks(rows)].join(""), csvFormatRows([columns, ...rows.map((r) => columns.map((c) => safeCell(r[c])))] as string[][]));
  // An empty table: "[]", and a CSV of its header alone.
  const empty = {articles: [], casualties: [], displacement: [], territory: [], rejected: []} as unknown as Tables;
  assert.equal([...downloadChunks(empty, "territory", "json")].join(""), "[]");
  assert.match([...downloadChunks(empty, "territory", "csv")].join(""), /^rule,[^\n]*,place_mention,[^\n]*\n$/);
});

test("writeWholeChunks writes every piece, in order, across its flushes, and leaves no temporary file", () => {
  const dir = mkdtempSync(join(tmpdir(), "chunks-"));
  try {
    // Pieces of odd sizes around the 1 MB flush, with characters of two, three and four bytes.
    const pieces = Array.from({length: 40}, (_, i) => `${i}:` + "é☂𝔘x".repeat(20_000 + i * 997));
    const file = join(dir, "claims.json");
    writeWholeChunks(file, pieces);
    assert.equal(readFileSync(file, "utf8"), pieces.join(""));
    // Less than one flush: the last piece is written at the close.
    writeWholeChunks(file, ["[", "\"Qarn\"", "]"]);
    assert.equal(readFileSync(file, "utf8"), '["Qarn"]');
    writeWholeChunks(file, []);
    assert.equal(readFileSync(file, "utf8"), "");
    assert.deepEqual(readdirSync(dir), ["claims.json"]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
