// The agreement study writes one annotation as prediction tables: what each kind of fact becomes.
import {test} from "node:test";
import assert from "node:assert/strict";
import {asPrediction} from "../scripts/agreement.ts";

const article = {
  id: "xx-1", published: "2024-05-02", outlet: "Tarsa Post",
  casualties: [{outcome: "killed", count: 7, victims: "civilians", quote: "seven civilians were killed"}, {outcome: "injured", vague: "dozens", optional: true, quote: "dozens were hurt"}],
  displacement: [{kind: "displaced", count: 1200, families: 240, quote: "240 families fled"}],
  territory: [{action: "control", place: "Ulmar", aliases: ["Oulmar"], quote: "rebels took Ulmar"}, {action: "attack", place: "Qarn", in_scope: false, quote: "Qarn was shelled in 1998"}],
};

test("every fact becomes a row of its table, a vague one at the low end of its word's range", () => {
  const p = asPrediction([article], false);
  assert.deepEqual(p.casualties.map((r: any) => [r.outcome, r.count_best, r.vague]), [["killed", 7, null], ["injured", 20, "dozens"]]);
  assert.deepEqual(p.displacement.map((r: any) => [r.kind, r.count_best, r.families]), [["displaced", 1200, 240]]);
  assert.deepEqual(p.territory.map((r: any) => [r.action, r.place, r.place_mention, r.in_scope]), [["control", "Ulmar", "Oulmar", true], ["attack", "Qarn", null, false]]);
  assert.deepEqual(p.articles, [{id: "xx-1", published: "2024-05-02", outlet: "Tarsa Post"}]);
});

test("required facts only leaves out what the annotator marked optional", () => {
  const p = asPrediction([article], true);
  assert.deepEqual(p.casualties.map((r: any) => r.count_best), [7]);
  assert.equal(p.territory.length, 2);
});
