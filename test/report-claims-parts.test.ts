// The Claims list in parts: every claim in exactly one part, each part within its bytes, the index's
// facets pointing at the parts that hold each value, and the page's choice of parts for its filters.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {join} from "node:path";
import {test} from "node:test";
import {claimsIndex, claimsList, claimsPart, cutIntoParts, listedClaims} from "../loaders/report/claims-list.ts";
import {loadCorpus} from "../loaders/report/corpus.ts";
import {claimsPartHref, matchingParts} from "../src/components/claims-parts.js";

const {tables} = await loadCorpus();
const SMALL = 12_000; // bytes: cuts the seed corpus's claims into several parts

test("parts hold every claim once, newest first, each within its bytes", () => {
  const rows = listedClaims(tables);
  const parts = cutIntoParts(rows, SMALL);
  assert.ok(parts.length > 2, `${parts.length} parts`);
  assert.deepEqual(parts.flat().map((r) => r.claim_id), rows.map((r) => r.claim_id));
  for (const p of parts) assert.ok(JSON.stringify(p).length <= SMALL || p.length === 1);
  const dated = parts.flat().map((r) => r.date).filter(Boolean);
  assert.deepEqual(dated, [...dated].sort().reverse(), "newest first");
  assert.ok(new Set(rows.map((r) => r.claim_id)).size === rows.length);
});

test("the index counts every claim, dates each part, and its facets name the parts that hold each value", () => {
  const index = claimsIndex(tables, SMALL);
  const parts = claimsList(tables, SMALL).parts.map((p) => p.rows);
  assert.equal(index.total, listedClaims(tables).length);
  assert.deepEqual(index.parts.map((p) => p.claims), parts.map((p) => p.length));
  for (const facet of ["table", "source", "place", "perpetrator"] as const) {
    for (const {value, count, parts: holding} of index.facets[facet]) {
      const actual = parts.flatMap((rows, i) => rows.some((r) => r[facet] === value) ? [i] : []);
      assert.deepEqual(holding, actual, `${facet} ${value}`);
      assert.equal(count, parts.flat().filter((r) => r[facet] === value).length);
    }
  }
  assert.deepEqual(claimsPart(tables, "part2", SMALL), parts[1]);
  assert.equal(claimsPart(tables, "part999", SMALL), null);
  assert.equal(claimsPart(tables, "../claims", SMALL), null);
});

test("the page loads only the parts that can hold what its filters ask for", () => {
  const index = claimsIndex(tables, SMALL);
  const parts = claimsList(tables, SMALL).parts.map((p) => p.rows);
  assert.deepEqual(matchingParts(index, {}), index.parts.map((_, i) => i));
  const place = index.facets.place.at(-1)!.value;
  const holding = parts.flatMap((rows, i) => rows.some((r) => r.place === place) ? [i] : []);
  assert.deepEqual(matchingParts(index, {place}), holding);
  assert.deepEqual(matchingParts(index, {place: "No Such Place"}), []);
  // A date range keeps the parts whose dates overlap it, and no part of only undated claims.
  const dated = index.parts.filter((p) => p.newest != null);
  const one = dated.at(-1)!;
  const inRange = matchingParts(index, {from: one.oldest, to: one.oldest});
  assert.ok(inRange.includes(index.parts.indexOf(one)));
  for (const i of inRange) assert.ok(index.parts[i].newest! >= one.oldest! && index.parts[i].oldest! <= one.oldest!);
  assert.equal(claimsPartHref("part2", "v1"), "./_file/data/claims/part2.json?v=v1");
});

test("the dev server's part loader prints the part the build writes", () => {
  const out = (part: string) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join("src", "data", "claims", "[part].json.ts"), "--part", part], {encoding: "utf8", maxBuffer: 1 << 26}));
  assert.deepEqual(out("part1").rows, claimsPart(tables, "part1"));
  assert.deepEqual(out("part77"), {rows: null});
});
