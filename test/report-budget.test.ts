// What a page ships stays small however many articles there are (loaders/report/budget.ts).
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {DATA_LIMIT, fitting, newest, placesOnce, thinSeries} from "../loaders/report/budget.ts";
import {pageData, PAGES} from "../loaders/report/pages.ts";
import {buildReport} from "../loaders/report/report.ts";
import type {ArticleRow, CasualtyRow, Tables, TerritoryRow} from "../loaders/report/types.ts";

const day = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 86400000).toISOString().slice(0, 10);

describe("budget rules", () => {
  test("newest keeps the newest rows in their order, undated last", () => {
    const rows = [{id: 1, date: "2019-01-03"}, {id: 2, date: null}, {id: 3, date: "2019-01-01"}, {id: 4, date: "2019-01-02"}];
    assert.deepEqual(newest(rows, 2).map((r) => r.id), [1, 4]);
    assert.equal(newest(rows, 10), rows);
  });

  test("a thinned series keeps each week's highest figure of each source", () => {
    const points = Array.from({length: 14}, (_, i) => ({series: i % 2 ? "UN" : "monitor", date: day(i + 6), best: 100 + i}));
    const thin = thinSeries(points, 5, (p) => p.series);
    // 2019-01-07 is a Monday: i = 0..6 are one week, 7..13 the next; each source keeps its week's top.
    assert.deepEqual(thin.map((p) => [p.series, p.best]), [["UN", 105], ["monitor", 106], ["UN", 113], ["monitor", 112]].sort((x, y) => points.findIndex((p) => p.best === x[1]) - points.findIndex((p) => p.best === y[1])));
    assert.equal(thinSeries(points, 20, (p) => p.series), points, "under budget, every point stays");
  });

  test("events become one per place and kind, with the number of reports and the first date", () => {
    const events = [
      {place: "A", class: "control", date: "2019-02-02"},
      {place: "A", class: "control", date: "2019-02-01"},
      {place: "a", class: "control", date: "2019-02-05"},
      {place: "A", class: "attack", date: "2019-01-01"},
      {place: "B", class: "control", date: null}
    ];
    const once = placesOnce(events, 3);
    assert.deepEqual(once.map((e) => [e.place.toUpperCase(), e.class, e.date, e.reports, e.last]), [["A", "control", "2019-02-01", 3, "2019-02-05"], ["A", "attack", "2019-01-01", 1, "2019-01-01"], ["B", "control", null, 1, null]]);
    assert.equal(placesOnce(events, 10).length, 5, "under budget, every event stays");
  });

  test("fitting halves a list until its JSON is within the limit, and says so", () => {
    const big = Array.from({length: 4000}, (_, i) => ({date: day(i % 365), text: "x".repeat(400)}));
    const {rows, trim} = fitting(big, 4000, newest, (n) => `the newest ${n}`);
    assert.ok(JSON.stringify(rows).length <= DATA_LIMIT);
    assert.equal(trim?.total, 4000);
    assert.equal(trim?.shown, rows.length);
    assert.match(trim!.rule, /newest \d+/);
  });
});

describe("the report over a very large corpus", () => {
  test("report.json stays within the limit, counts stay whole, and trims are declared", () => {
    const articles: ArticleRow[] = Array.from({length: 5000}, (_, i) => ({id: `a${i}`, title: `t${i}`, outlet: `Outlet ${i % 40}`, published: day(i % 700), url: null, words: 400}));
    const quote = "Air strikes on the town killed at least twelve civilians on Tuesday, a war monitor said, as the offensive pressed on towards the highway. ".repeat(2);
    const casualties: CasualtyRow[] = articles.flatMap((a, i) => [
      {claim_id: `k${i}a`, article_id: a.id, outcome: "killed", count_low: 12, count_best: 12 + i, count_high: null, vague: null, victims: "civilians", start: day((i % 700) - 60), end: a.published, in_scope: true, quote, attributed_to: `Monitor ${i % 12}`},
      {claim_id: `k${i}b`, article_id: a.id, outcome: "killed", count_low: 3, count_best: 3, count_high: 3, vague: null, victims: "civilians", start: a.published, end: a.published, in_scope: true, quote, place: `Town ${i % 500}`}
    ]);
    const territory: TerritoryRow[] = articles.map((a, i) => ({claim_id: `t${i}`, article_id: a.id, action: i % 3 ? "air strike" : "captured", place: `Town ${i % 900}`, lat: 35 + (i % 900) / 1000, lon: 36.5, start: a.published, end: a.published, in_scope: true, quote}));
    const tables: Tables = {articles, casualties, displacement: [], territory, rejected: [], notes: []};
    const report = buildReport(tables);
    assert.ok(JSON.stringify(report).length <= DATA_LIMIT, `report.json weighs ${JSON.stringify(report).length} bytes`);
    assert.equal(report.corpus.claims.casualties, 10000);
    assert.equal(report.counts.events, 5000);
    assert.equal(report.counts.incidents + report.counts.runningTolls, 10000);
    assert.ok(report.trimmed["territory.events"], "the events list says it was cut");
    assert.ok(report.territory.events.length < 5000);
    for (const page of PAGES) {
      const bytes = JSON.stringify(pageData(report, page)).length;
      assert.ok(bytes <= DATA_LIMIT, `the ${page} page's data weighs ${bytes} bytes`);
    }
  });
});
