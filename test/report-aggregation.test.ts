// The report's aggregations: what the pages chart and the overview's headlines.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, test} from "node:test";
import * as topojson from "topojson-client";
import {summariseCasualties, tollKind} from "../loaders/report/casualties.ts";
import {summariseDisplacement} from "../loaders/report/displacement.ts";
import {headlines} from "../loaders/report/headlines.ts";
import {extentOf, mapFrame, mapLines, readGazetteer} from "../loaders/report/geography.ts";
import {loadProfile} from "../loaders/extract/profile.ts";
import {claimDate} from "../loaders/report/dates.ts";
import {countRange, describeCount} from "../loaders/report/numbers.ts";
import {summariseTerritory} from "../loaders/report/territory.ts";
import {pickCountries, type Topology} from "../loaders/report/topology.ts";
import type {ArticleRow, CasualtyRow, DisplacementRow, TerritoryRow} from "../loaders/report/types.ts";

const article = (id: string, outlet: string | null, published: string | null): ArticleRow => ({id, title: id, outlet, published, url: null, words: 100});
const ARTICLES = [article("a", "Agency A", "2019-08-23"), article("b", "Paper B", "2019-08-29")];

let n = 0;
function toll(over: Partial<CasualtyRow>): CasualtyRow {
  return {claim_id: `c${++n}`, article_id: "a", outcome: "killed", count_low: null, count_best: null, count_high: null, vague: null, victims: "civilians", start: null, end: null, in_scope: true, quote: "q", ...over};
}

describe("casualties", () => {
  test("a toll over more than three days is a running toll; one day, or one place, is an incident", () => {
    assert.equal(tollKind(toll({start: "2019-04-30", end: "2019-08-23"})), "cumulative");
    assert.equal(tollKind(toll({start: "2019-08-28", end: "2019-08-28"})), "incident");
    assert.equal(tollKind(toll({end: "2019-08-29", place: "Maar Shamshah"})), "incident");
    assert.equal(tollKind(toll({end: "2019-08-29"})), "cumulative");
  });

  test("running tolls are points per source, never summed; incidents told twice count once", () => {
    const rows = [
      toll({count_best: 550, start: "2019-04-21", end: "2019-08-29", attributed_to: "United Nations"}),
      toll({count_best: 500, start: "2019-04-21", end: "2019-08-20", attributed_to: "United Nations"}),
      toll({count_best: 800, start: "2019-04-23", end: "2019-08-23", article_id: "a"}),
      toll({count_best: 16, start: "2019-08-28", end: "2019-08-28", group_id: "g1", perpetrator: "Syrian government"}),
      toll({count_best: 17, start: "2019-08-28", end: "2019-08-28", group_id: "g1", article_id: "b", perpetrator: "Syrian government"}),
      toll({count_best: 5, start: "2019-08-28", end: "2019-08-28", part_of: "c-parent", victims: "children"}),
      toll({count_best: 40000, end: "2019-08-29", in_scope: false})
    ];
    const s = summariseCasualties(rows, ARTICLES);
    assert.deepEqual(s.cumulative.map((p) => [p.source, p.best]), [["United Nations", 500], ["Agency A (unattributed)", 800], ["United Nations", 550]]);
    assert.deepEqual(s.incidentsByDay, [{date: "2019-08-28", outcome: "killed", victims: "civilians", best: 17, claims: 1}]);
    assert.deepEqual(s.byPerpetrator.map((p) => [p.perpetrator, p.best, p.incidents]), [["Syrian government", 17, 1]]);
    assert.equal(s.outOfScope.length, 1);
    assert.equal(s.breakdowns.length, 1);
    const h = headlines(s, summariseDisplacement([], ARTICLES), summariseTerritory([], ARTICLES));
    assert.equal(h.civilianToll.value, 550);
    assert.equal(h.civilianToll.label, "550");
    assert.equal(h.civilianToll.source, "United Nations");
  });

  test("numbers keep their qualifier or vague word", () => {
    assert.equal(describeCount({count_best: 800, qualifier: "more than"}), "more than 800");
    assert.equal(describeCount({count_best: 2000, vague: "thousands", qualifier: "approximately"}), "thousands");
    assert.equal(describeCount({count_best: 35, count_low: 30, count_high: 40}), "30–40");
    assert.equal(describeCount({count_best: 1500, qualifier: "at least"}), "at least 1,500");
  });
});

let m = 0;
function moved(over: Partial<DisplacementRow>): DisplacementRow {
  return {claim_id: `d${++m}`, article_id: "a", kind: "displaced", count_best: null, people_best: null, vague: null, start: null, end: null, in_scope: true, quote: "q", ...over};
}

describe("displacement", () => {
  test("families become people with the factor shown; flows, totals and context stay apart", () => {
    const s = summariseDisplacement([
      moved({count_best: 6000, unit: "families", people_best: 42000, start: "2019-04-01", end: "2019-08-23"}),
      moved({count_best: 100, unit: "families", start: "2019-04-01", end: "2019-08-23"}),
      moved({count_best: 20000, people_best: 20000, quote: "have fled towards the border in recent days", end: "2019-08-23"}),
      moved({count_best: 400000, people_best: 400000, start: "2019-04-21", end: "2019-08-29"}),
      moved({kind: "at_risk", count_best: 3000000, people_best: 3000000, end: "2019-08-21"}),
      moved({kind: "population", count_best: 3000000, people_best: 3000000, end: "2020-01-28"})
    ], ARTICLES);
    assert.deepEqual(s.cumulative.map((p) => p.best), [42000, 500, 400000]);
    assert.equal(s.cumulative[0].conversion, "6,000 families × 7 people per family = 42,000 people");
    assert.equal(s.cumulative[1].conversion, "100 families × 5 people per family (assumed) = 500 people");
    assert.deepEqual(s.flows.map((p) => p.best), [20000]);
    assert.deepEqual(s.context.map((p) => p.kind), ["at_risk", "population"]);
    const h = headlines(summariseCasualties([], ARTICLES), s, summariseTerritory([], ARTICLES));
    assert.equal(h.displaced.value, 400000);
    const later = summariseDisplacement([moved({count_best: 400000, people_best: 400000, start: "2019-04-21", end: "2019-08-29"}), moved({count_best: 2000000, count_low: 2000000, count_high: 9999999, people_best: 2000000, vague: "millions", start: "2019-04-21", end: "2019-09-01"})], ARTICLES);
    assert.equal(headlines(summariseCasualties([], ARTICLES), later, summariseTerritory([], ARTICLES)).displaced.value, 400000, "a stated figure heads the page before a later vague word");
  });
});

describe("territory", () => {
  test("first capture of each place, in date order; places without coordinates listed", () => {
    const ev = (over: Partial<TerritoryRow>): TerritoryRow => ({claim_id: `t${over.place}${over.end}`, article_id: "a", action: "captured", place: "X", lat: 35, lon: 36.6, start: null, end: null, quote: "q", ...over});
    const s = summariseTerritory([
      ev({place: "Khan Shaykhun", end: "2019-08-21", lat: 35.44}),
      ev({place: "Khan Shaykhun", end: "2019-08-25", lat: 35.44}),
      ev({place: "Morek", end: "2019-08-23", action: "seized", lat: 35.37}),
      ev({place: "Hish", end: "2019-08-19", action: "air strike"}),
      ev({place: "Latmin", end: "2019-08-23", lat: null, lon: null})
    ], ARTICLES);
    assert.deepEqual(s.captures.map((e) => [e.place, e.date]), [["Khan Shaykhun", "2019-08-21"], ["Latmin", "2019-08-23"], ["Morek", "2019-08-23"]]);
    assert.equal(s.events.find((e) => e.place === "Hish")?.class, "attack");
    assert.deepEqual(s.unresolved.map((u) => u.place), ["Latmin"]);
    const h = headlines(summariseCasualties([], ARTICLES), summariseDisplacement([], ARTICLES), s);
    assert.equal(h.captured.count, 2, "the headline counts only places on the map");
    assert.deepEqual(h.captured.unplaced, ["Latmin"]);
  });

  test("a profile's road runs through its gazetteer places in order, skipping places without coordinates", () => {
    const places = [
      {name: "South", kind: "city", governorate: null, lat: 10, lon: 20},
      {name: "Nowhere", kind: "town", governorate: null, lat: null, lon: null},
      {name: "North", kind: "city", governorate: null, lat: 11, lon: 20.2}
    ];
    const [road, border] = mapLines({countries: [], labels: [], lines: [
      {name: "R1", through: ["South", "Nowhere", "Unknown", "north"], axis: true},
      {name: "the border", label: "the A–B border", through: [], between: ["A", "B"], axis: false}
    ]}, places);
    assert.deepEqual(road.points.map((p) => p.name), ["South", "North"]);
    assert.equal(road.kind, "road");
    assert.deepEqual(border.between, ["A", "B"]);
    assert.equal(border.label, "the A–B border");
  });

  test("the Idlib profile's highway has at least five placed towns, south to north", () => {
    const road = mapFrame(loadProfile().data.report, []).lines.find((l) => l.axis)!;
    assert.ok(road.points.length >= 5);
    for (let i = 1; i < road.points.length; i++) assert.ok(road.points[i].lat > road.points[i - 1].lat - 0.05, `${road.points[i].name} lies north of ${road.points[i - 1].name}`);
  });

  test("with no extent in the profile, the map box holds the places the articles name", () => {
    const e = extentOf([{lat: 13.6, lon: 25.3}, {lat: 15.6, lon: 32.5}, {lat: null, lon: null}])!;
    assert.ok(e.west < 25.3 && e.east > 32.5 && e.south < 13.6 && e.north > 15.6);
    const one = extentOf([{lat: 13.6, lon: 25.3}])!;
    assert.ok(one.east - one.west >= 1 && one.north - one.south >= 1, "a single place still gets its surroundings");
    assert.equal(extentOf([]), null);
    assert.equal(mapFrame({countries: [], labels: [], lines: []}, [{lat: 13.6, lon: 25.3}], readGazetteer()).derived, true);
  });

  test("a cut-down topology draws the same countries as the full one", () => {
    const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
    const small = pickCountries(world, "countries", (g) => ["Syria", "Turkey"].includes(g.properties?.name ?? ""));
    assert.ok(small.arcs.length < world.arcs.length / 10);
    const shape = (t: Topology, name: string) =>
      JSON.stringify((topojson.feature(t as never, t.objects.countries as never) as unknown as {features: Array<{properties: {name: string}; geometry: unknown}>}).features.find((f) => f.properties.name === name)!.geometry);
    assert.equal(shape(small, "Syria"), shape(world, "Syria"));
    assert.equal(shape(small, "Turkey"), shape(world, "Turkey"));
  });
});

describe("single incidents are never counted twice", () => {
  test("a day total and its placed parts, or two articles on one day, give the larger account", () => {
    const rows = [
      toll({count_best: 7, start: "2019-08-29", end: "2019-08-29", article_id: "b"}),
      toll({count_best: 4, end: "2019-08-29", place: "Maar Shamshah", article_id: "b", perpetrator: "Syrian government"}),
      toll({count_best: 3, end: "2019-08-29", place: "Alteh", article_id: "b", perpetrator: "Syrian government"}),
      toll({count_best: 5, start: "2019-08-29", end: "2019-08-29", article_id: "a", place: "Maar Shamshah"}),
      toll({count_best: 2, start: "2019-08-30", end: "2019-08-30", article_id: "a", place: "Ariha"}),
      toll({count_best: 6, start: "2019-08-30", end: "2019-08-30", article_id: "a", place: "Saraqib"})
    ];
    const s = summariseCasualties(rows, ARTICLES);
    assert.deepEqual(s.incidentsByDay.map((d) => [d.date, d.best]), [["2019-08-29", 7], ["2019-08-30", 8]]);
  });

  test("the perpetrator chart breaks down the same account as the by-day total: no death given twice", () => {
    const rows = [
      // One article: seven killed "in regime and Russian strikes", four of them in A by the government, three in B by Russia.
      toll({count_best: 7, start: "2019-08-29", end: "2019-08-29", article_id: "b", perpetrator: "Syrian government and Russia"}),
      toll({count_best: 4, end: "2019-08-29", place: "A", article_id: "b", perpetrator: "Syrian government"}),
      toll({count_best: 3, end: "2019-08-29", place: "B", article_id: "b", perpetrator: "Russia"}),
      // Another day: 23 killed, no place; three of them in C by Russia.
      toll({count_best: 23, start: "2019-08-30", end: "2019-08-30", article_id: "a", perpetrator: "Syrian government and Russia"}),
      toll({count_best: 3, end: "2019-08-30", place: "C", article_id: "a", perpetrator: "Russia"})
    ];
    const s = summariseCasualties(rows, ARTICLES);
    const sum = (xs: Array<{best: number}>) => xs.reduce((a, x) => a + x.best, 0);
    assert.deepEqual(s.incidentsByDay.map((d) => [d.date, d.best]), [["2019-08-29", 7], ["2019-08-30", 23]]);
    assert.equal(sum(s.byPerpetrator.filter((p) => p.outcome === "killed")), 30, "bars add up to the by-day total, not 7 + 7 + 23 + 3");
    assert.deepEqual(Object.fromEntries(s.byPerpetrator.map((p) => [p.perpetrator, p.best])), {"Syrian government and Russia": 20, Russia: 6, "Syrian government": 4});
  });
});

describe("dates of claims in an undated article", () => {
  const undated = {published: null};
  test("a year borrowed from another clause, or a baseline with no end, leaves the claim undated", () => {
    assert.equal(claimDate({start: "2018-04-01", end: "2018-04-30", date_precision: "month", quote: "In its April report, a monitor said 127 civilians had been killed since the 2018 agreement."}, undated), null);
    assert.equal(claimDate({start: "2018-02-01", end: null, date_precision: "month", quote: "Since February 2018, 138,500 people have fled."}, undated), null);
    assert.equal(claimDate({start: null, end: null, quote: "Dozens were killed."}, undated), null);
  });
  test("a date whose year the sentence states beside its month is kept; a dated article dates its claims", () => {
    assert.equal(claimDate({start: "2019-08-29", end: "2019-08-29", date_precision: "day", quote: "On August 29, 2019, ten people were killed."}, undated), "2019-08-29");
    assert.equal(claimDate({start: "2019-04-01", end: "2019-04-30", date_precision: "month", quote: "In April 2019, 300 were killed."}, undated), "2019-04-30");
    assert.equal(claimDate({start: null, end: null, quote: "Ten were killed."}, {published: "2019-08-29"}), "2019-08-29");
  });
});

describe("series and uncertainty", () => {
  test("one source's figures from different baselines are different lines", () => {
    const s = summariseCasualties([
      toll({count_best: 550, start: "2019-04-21", end: "2019-08-29", attributed_to: "United Nations"}),
      toll({count_best: 90, start: "2019-12-01", end: "2019-12-20", attributed_to: "United Nations"}),
      toll({count_best: 600, start: "2019-04-28", end: "2019-09-10", attributed_to: "United Nations"})
    ], ARTICLES);
    const series = new Set(s.cumulative.map((p) => p.series));
    assert.equal(series.size, 2, "since April and since December are two lines");
    assert.ok([...series].some((x) => /since Apr 2019/.test(x)) && [...series].some((x) => /since Dec 2019/.test(x)));
  });

  test("'more than' is a floor open above, 'up to' a ceiling, 'nearly' and 'about' ranges, vague words their range", () => {
    assert.deepEqual(countRange({count_best: 550, qualifier: "more than"}), {low: 550, best: 550, high: 550, open: "up"});
    assert.equal(countRange({count_best: 300, qualifier: "up to"}).open, "down");
    assert.deepEqual(countRange({count_best: 500000, qualifier: "nearly"}), {low: 450000, best: 500000, high: 500000, open: null});
    assert.deepEqual(countRange({count_best: 1000, qualifier: "about"}), {low: 900, best: 1000, high: 1100, open: null});
    assert.deepEqual(countRange({count_best: 2000, count_low: 2000, count_high: 9999, vague: "thousands", qualifier: "approximately"}), {low: 2000, best: 2000, high: 9999, open: null});
  });

  test("a figure of people who fled in recent days is a flow, never a running total", () => {
    const s = summariseDisplacement([moved({count_best: 40000, people_best: 40000, end: "2019-12-20", quote: "40,000 people have fled in the past few days"})], ARTICLES);
    assert.equal(s.flows.length, 1);
    assert.equal(s.cumulative.length, 0);
  });
});
