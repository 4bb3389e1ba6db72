// The conflict is data: with the Idlib profile the seeds give today's headlines; with no profile the
// same tables still give a titled report framed on the places they name.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {loadProfile, Profile} from "../loaders/extract/profile.ts";
import {loadCorpus} from "../loaders/report/corpus.ts";
import {buildReport} from "../loaders/report/report.ts";

const {tables} = await loadCorpus();

describe("the Idlib profile and the seed articles", () => {
  const report = buildReport(tables, loadProfile());
  test("the headline figures are today's, each one claim with its source", () => {
    assert.equal(report.headlines.civilianToll.label, "more than 550");
    assert.equal(report.headlines.civilianToll.source, "United Nations");
    assert.equal(report.headlines.displaced.label, "more than 400,000");
    assert.equal(report.headlines.captured.count + report.headlines.captured.unplaced.length, 9, "nine places reported captured in all");
    assert.ok(report.headlines.captured.places.every((p) => p.lat != null), "the headline counts only places on the map");
  });
  test("title, lede, period and map come from the profile", () => {
    const r = loadProfile().data.report;
    assert.equal(report.framing.title, r.title);
    assert.equal(report.framing.lede, r.lede);
    assert.equal(report.framing.period.label, "April 2019 – March 2020");
    assert.deepEqual(report.map.extent, r.extent);
    assert.ok(report.map.lines.some((l) => l.axis && l.points.length >= 5), "the profile's highway is drawn through its towns");
  });
});

describe("no profile", () => {
  const report = buildReport(tables, new Profile({}));
  test("the title names the country the placed claims lie in and the period they cover", () => {
    assert.equal(report.framing.profile, false);
    assert.deepEqual(report.framing.countries, ["Syria"]);
    assert.match(report.framing.title, /^Syria, \w+ \d{4} – \w+ \d{4}: what the news reported$/);
    assert.equal(report.framing.lede, null);
  });
  test("the map is framed on the resolved places and draws no road or border it was not given", () => {
    const placed = report.territory.events.filter((e) => e.lat != null && e.lon != null);
    const e = report.map.extent!;
    assert.equal(report.map.basis, "places");
    const inside = placed.filter((p) => p.lon! >= e.west && p.lon! <= e.east && p.lat! >= e.south && p.lat! <= e.north);
    assert.ok(inside.length >= placed.length * 0.9, `${inside.length} of ${placed.length} placed events inside the box`);
    assert.deepEqual(report.map.lines, []);
  });
  test("the headlines are the same figures: they come from the data, not the profile", () => {
    assert.equal(report.headlines.civilianToll.label, "more than 550");
    assert.equal(report.headlines.displaced.label, "more than 400,000");
  });
});
