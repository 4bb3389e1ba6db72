import { test } from "node:test";
import assert from "node:assert/strict";
import { territoryCandidates } from "../loaders/extract/territory.ts";

const events = (s: string) => territoryCandidates(s).map((c) => [c.actionClass, c.mention]);

test("one event per place in a list", () => {
  assert.deepEqual(events("Government troops captured the villages of Abu Kamal, Tell Sarah and Deir Hafer on Monday."),
    [["control", "Abu Kamal"], ["control", "Tell Sarah"], ["control", "Deir Hafer"]]);
});

test("objects stop at descriptions and relative clauses", () => {
  assert.deepEqual(events("Rebels retook Tell Sarah, a village that overlooks the road to Homs."), [["control", "Tell Sarah"]]);
  assert.deepEqual(events("Troops seized the town of Abu Kamal in Idlib province."), [["control", "Abu Kamal"]]);
  assert.deepEqual(events("The army captured a dozen hills, extending its control from Hama to Aleppo."), []);
});

test("attacks, sieges and the passive", () => {
  assert.deepEqual(events("Two people died in an air strike on the village of Kafr Bani."), [["attack", "Kafr Bani"]]);
  assert.deepEqual(events("Warplanes pounded Deir Hafer and Tell Sarah overnight."), [["attack", "Deir Hafer"], ["attack", "Tell Sarah"]]);
  assert.deepEqual(events("The town of Abu Kamal was besieged in March."), [["siege", "Abu Kamal"]]);
});

test("intentions and expectations are not events", () => {
  assert.deepEqual(events("If the army captures Tell Sarah, its next target is likely to be Deir Hafer."), []);
  assert.deepEqual(events("Troops are expected to enter Deir Hafer soon."), []);
});
