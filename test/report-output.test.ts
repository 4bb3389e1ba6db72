// What readers download and what the article pages show: CSV guarded against formulas, quotes located.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {csvParse} from "d3-dsv";
import {safeCell, toCsv} from "../loaders/report/csv.ts";
import {checkRows, columnsOf} from "../loaders/report/schema.ts";
import {corroborate, type Corroborable} from "../loaders/report/corroboration.ts";
import {segments} from "../loaders/report/spans.ts";
import {articlePages} from "../loaders/report/article-page.ts";

describe("CSV downloads", () => {
  test("cells a spreadsheet would run as formulas get a leading quote; numbers stay numbers", () => {
    assert.equal(safeCell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
    for (const s of ["+1", "-cmd", "@SUM(A1)", "\tx", "\rx"]) assert.equal(safeCell(s), `'${s}`);
    assert.equal(safeCell(-5), -5);
    assert.equal(safeCell(1500), 1500);
    assert.equal(safeCell("Maarat al-Numan"), "Maarat al-Numan");
    assert.equal(safeCell(null), null);
    const csv = toCsv([{id: "a", count: -3, quote: "=cmd|' /C calc'!A0", list: ["x"]}, {id: "b", extra: true}]);
    const rows = csvParse(csv);
    assert.deepEqual(rows.columns, ["id", "count", "quote", "list", "extra"]);
    assert.equal(rows[0].count, "-3");
    assert.equal(rows[0].quote, "'=cmd|' /C calc'!A0");
    assert.equal(rows[0].list, '["x"]');
    assert.equal(rows[1].extra, "true");
  });
});

describe("table schemas", () => {
  test("an empty table downloads with its header, the schema's columns first", () => {
    assert.equal(toCsv([], columnsOf("rejected")), "file,reason\n");
    const csv = toCsv([{reason: "binary", file: "x.bin", extra: 1}], columnsOf("rejected"));
    assert.equal(csv.split("\n")[0], "file,reason,extra");
  });

  test("a row missing a column the report relies on is named, with its table", () => {
    assert.throws(() => checkRows("claims", [{claim_id: "a"}]), /claims row 1: table/);
    assert.throws(() => checkRows("casualties", [{claim_id: "a", article_id: "b", start: "2019-8-1", end: null, in_scope: true, quote: "q", quote_start: 0, quote_end: 1, outcome: "killed", count_best: 3}]), /casualties row 1: .*start: Invalid string/);
  });
});

describe("article spans", () => {
  const text = "First sentence here. At least 12 civilians were killed on Friday. Regime forces seized Morek.";
  test("segments cover the text exactly and carry the claims of each quote", () => {
    const {segments: parts, unplaced} = segments(text, [
      {claim_id: "k1", quote: "At least 12 civilians were killed on Friday."},
      {claim_id: "k2", quote: "At least 12 civilians were killed on Friday.", quote_start: 21, quote_end: 65},
      {claim_id: "t1", quote: "Regime forces seized Morek."},
      {claim_id: "x", quote: "A sentence that is not there."}
    ]);
    assert.equal(parts.map((p) => p.text).join(""), text);
    assert.deepEqual(parts.map((p) => p.claims), [[], ["k1", "k2"], [], ["t1"]]);
    assert.deepEqual(unplaced, ["x"]);
  });

  test("overlapping quotes split into pieces, each linked to every claim covering it", () => {
    const {segments: parts} = segments("abcdefghij", [
      {claim_id: "a", quote: "bcdef"},
      {claim_id: "b", quote: "efgh"}
    ]);
    assert.deepEqual(parts, [
      {text: "a", claims: []},
      {text: "bcd", claims: ["a"]},
      {text: "ef", claims: ["a", "b"]},
      {text: "gh", claims: ["b"]},
      {text: "ij", claims: []}
    ]);
  });

  test("a claim's figure is its own segment inside its sentence, so the page highlights the number, not the sentence", () => {
    const {segments: parts} = segments(text, [{claim_id: "k1", quote: "At least 12 civilians were killed on Friday.", quote_start: 21, quote_end: 65, figure_start: 21, figure_end: 32}]);
    assert.deepEqual(parts.map((p) => [p.text, p.claims, p.figures ?? []]), [
      ["First sentence here. ", [], []],
      ["At least 12", ["k1"], ["k1"]],
      [" civilians were killed on Friday.", ["k1"], []],
      [" Regime forces seized Morek.", [], []]
    ]);
  });

  test("a quote whose white space differs from the text is still found", () => {
    const {segments: parts, unplaced} = segments("Troops  entered\nSaraqib on Tuesday.", [{claim_id: "t", quote: "Troops entered Saraqib"}]);
    assert.deepEqual(unplaced, []);
    assert.deepEqual(parts[0], {text: "Troops  entered\nSaraqib", claims: ["t"]});
  });
});

describe("corroboration", () => {
  const claim = (over: Partial<Corroborable>): Corroborable => ({claim_id: "x", table: "casualties", what: "killed", who: "civilians", place: "Ariha", start: "2019-08-28", end: "2019-08-28", value: 12, group_id: null, reporter: "Monitor A", ...over});
  test("the same figure from two sources is corroborated, a different one contested, a lone one single source", () => {
    const graded = corroborate([
      claim({claim_id: "a1", group_id: "g", reporter: "Monitor A"}),
      claim({claim_id: "b1", group_id: "g", reporter: "Agency B"}),
      claim({claim_id: "c1", group_id: "g", reporter: "Agency B"}),
      claim({claim_id: "d1", place: "Saraqib", value: 5, reporter: "Monitor A"}),
      claim({claim_id: "e1", place: "Saraqib", value: 9, reporter: "Agency B"}),
      claim({claim_id: "f1", place: "Kafr Nabl", reporter: "Monitor A"})
    ]);
    assert.deepEqual(graded.get("a1"), {sources: 2, corroboration: "corroborated"});
    assert.equal(graded.get("c1")?.sources, 2, "one source telling it twice is still two sources in all, not three");
    assert.equal(graded.get("d1")?.corroboration, "contested");
    assert.equal(graded.get("e1")?.corroboration, "contested");
    assert.deepEqual(graded.get("f1"), {sources: 1, corroboration: "single source"});
  });
});

describe("an article's view", () => {
  test("lists each claim with the rule that read it, its text cut at the claim's quote", () => {
    const text = "Seven civilians were killed on Tuesday, rescuers said. Talks went on.";
    const quote = "Seven civilians were killed on Tuesday, rescuers said.";
    const tables = {
      articles: [{id: "a", title: "Strike", outlet: "Wire", published: "2020-01-28", url: null, words: 11}],
      casualties: [{claim_id: "a:k0", article_id: "a", rule: "casualty.verb-before", outcome: "killed", count_low: 7, count_best: 7, count_high: 7, vague: null, victims: "civilians", start: "2020-01-28", end: "2020-01-28", quote, quote_start: 0, quote_end: quote.length}],
      displacement: [], territory: [], rejected: [], notes: []
    };
    const [{id, page}] = [...articlePages(tables, new Map([["a", text]]), ["a"])];
    assert.equal(id, "a");
    assert.deepEqual(page.claims.map((c) => [c.claim_id, c.rule, c.what]), [["a:k0", "casualty.verb-before", "killed"]]);
    assert.deepEqual(page.segments.map((s) => [s.text, s.claims]), [[quote, ["a:k0"]], [" Talks went on.", []]]);
    assert.throws(() => [...articlePages(tables, new Map([["a", text]]), ["b"])], /no article 'b'/);
  });
});
