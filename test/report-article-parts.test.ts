// A very long article's data is cut into files within the page budget, losing nothing.
import assert from "node:assert/strict";
import {test} from "node:test";
import {articleFiles, inParts, parsePartName, partName} from "../loaders/report/article-parts.ts";
import {DATA_LIMIT} from "../loaders/report/budget.ts";
import {segments} from "../loaders/report/spans.ts";

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

test("an article that fits is one file, unchanged", () => {
  const page = {article: {id: "a"}, segments: [{text: "Seven were killed.", claims: ["a:k1"]}], claims: [{claim_id: "a:k1"}], unplaced: []};
  assert.deepEqual(articleFiles("a", page), [{name: "a", data: page}]);
});

test("a 2 MB text (quotes, control characters, astral letters) comes in parts within the budget, with every claim in the first", () => {
  // JSON escapes make a quote mark two bytes and a control character six: the text's length is not its size.
  const sentence = (i: number) => `At least ${i} people were killed in "the strike" \u0001 on 𝒜lpha street. `;
  const text = Array.from({length: 26_000}, (_, i) => sentence(i)).join("") + '"'.repeat(300_000);
  assert.ok(text.length > 2_000_000);
  const claims = Array.from({length: 200}, (_, i) => ({claim_id: `long:k${i}`, quote: sentence(i * 100).trim(), what: "killed"}));
  const page = {article: {id: "long", title: "A long one"}, ...segments(text, claims), claims};
  const files = articleFiles("long", page);
  assert.ok(files.length >= 3, `${files.length} files`);
  for (const f of files) assert.ok(bytes(f.data) <= DATA_LIMIT, `${f.name} is ${bytes(f.data)} bytes`);
  const [first, ...rest] = files.map((f) => f.data as {segments: {text: string}[]; parts?: number; part?: number; claims?: unknown[]});
  assert.equal(first.parts, files.length);
  assert.deepEqual(first.claims, claims);
  assert.deepEqual(rest.map((p) => p.part), files.slice(1).map((_, i) => i + 2));
  assert.equal([first, ...rest].flatMap((p) => p.segments.map((s) => s.text)).join(""), text);
  assert.deepEqual(files.map((f) => f.name), ["long", ...rest.map((p) => `long.part${p.part}`)]);
});

test("a part's file name says its article and part, and an id is never taken for a part", () => {
  assert.deepEqual(parsePartName(partName("004_c3d4", 3)), {id: "004_c3d4", part: 3});
  assert.deepEqual(parsePartName(partName("004_c3d4")), {id: "004_c3d4", part: 1});
  assert.deepEqual(parsePartName("story-part2"), {id: "story-part2", part: 1});
});

test("a single huge piece of text is cut too, never splitting a letter outside the basic plane", () => {
  const page = {segments: [{text: "𝒜".repeat(600_000), claims: []}]};
  const {first, rest} = inParts(page);
  const all = [first, ...rest].flatMap((p) => p.segments);
  assert.ok(all.length > 1);
  for (const s of all) assert.doesNotMatch(s.text, /^[\udc00-\udfff]|[\ud800-\udbff]$/);
  assert.equal(all.map((s) => s.text).join(""), page.segments[0].text);
});
