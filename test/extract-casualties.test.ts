import { test } from "node:test";
import assert from "node:assert/strict";
import { casualtyCandidates } from "../loaders/extract/casualties.ts";

const rows = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims, c.partOf]);

test("active and passive reports of deaths", () => {
  assert.deepEqual(rows("Shelling by jihadists on the city killed two children, state media reported."), [["killed", 2, "children", -1]]);
  assert.deepEqual(rows("Twenty civilians were killed in the raid."), [["killed", 20, "civilians", -1]]);
  assert.deepEqual(rows("The bombardment left 11 civilians dead and dozens wounded."), [["killed", 11, "civilians", -1], ["injured", 24, "people", -1]]);
  assert.deepEqual(rows("The monitor said 17 civilians lost their lives."), [["killed", 17, "civilians", -1]]);
  assert.deepEqual(rows("Two farmers were martyred by a landmine."), [["killed", 2, "civilians", -1]]);
  assert.deepEqual(rows("A car bomb went off, claiming the lives of six people."), [["killed", 6, "people", -1]]);
});

test("totals and their breakdowns", () => {
  assert.deepEqual(rows("The strikes killed 14 people, among them nine civilians."), [["killed", 14, "people", -1], ["killed", 9, "civilians", 0]]);
  assert.deepEqual(rows("Eight civilians, including four children, died in the shelling."), [["killed", 8, "civilians", -1], ["killed", 4, "children", 0]]);
  assert.deepEqual(rows("Clashes left 40 fighters dead, 15 of them soldiers."), [["killed", 40, "combatants", -1], ["killed", 15, "government forces", 0]]);
});

test("death tolls", () => {
  assert.deepEqual(rows("The Observatory put the civilian death toll at 102."), [["killed", 102, "civilians", -1]]);
  assert.deepEqual(rows("The death toll rose to 25, including 10 children."), [["killed", 25, "people", -1], ["killed", 10, "children", 0]]);
});

test("numbers that are not casualties are not tabled", () => {
  assert.deepEqual(rows("Turkey has 12 observation posts in the region and deployed 2,000 troops."), []);
  assert.deepEqual(rows("Five days after the strike, three people were still missing."), []);
  assert.deepEqual(rows("Some 300 fighters were sent to the front."), []);
});
