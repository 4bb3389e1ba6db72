import { test } from "node:test";
import assert from "node:assert/strict";
import { figureSegments } from "../loaders/extract/segments.ts";
import { extractArticle } from "../loaders/extract/index.ts";

const at = (s: string, ...words: string[]) => words.map((w) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length }));

test("each figure's stretch ends at the last conjunction before the next figure", () => {
  const s = "Four civilians died in a regime strike in A and three others in a Russian strike on B.";
  const [[a0, a1], [b0, b1]] = figureSegments(s, at(s, "Four civilians", "three others"));
  assert.equal(s.slice(a0, a1), "Four civilians died in a regime strike in A");
  assert.equal(s.slice(b0, b1), " and three others in a Russian strike on B.");
  assert.deepEqual(figureSegments(s, at(s, "Four civilians")), [[0, s.length]]);
});

test("figures in one sentence take their own actor, and victims are never the actor", () => {
  const text = "Strikes hit Idlib\n\nBEIRUT, Aug 29, 2019 - Regime air strikes killed five civilians in one village, and Russian air strikes killed three others in another, monitors said.\n\n" +
    "Clashes killed 70 combatants, 32 of them pro-government forces, the monitor said.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Strikes hit Idlib", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.perpetrator]), [[5, "Syrian government"], [3, "Russia"], [70, null], [32, null]]);
});

test("two actors joined by 'and' are one joint perpetrator, in the order written", async () => {
  const { perpetrator } = await import("../loaders/extract/attribution.ts");
  const { Profile } = await import("../loaders/extract/profile.ts");
  const p = new Profile({ actors: [
    { name: "Lankan government", side: "government", aliases: ["regime", "Lankan"] },
    { name: "Tarsia", side: "ally", aliases: ["Tarsian", "Tarsia"] },
  ] } as never);
  assert.equal(perpetrator("Air strikes by the regime and Tarsia killed 12 people.", p), "Lankan government and Tarsia");
  assert.equal(perpetrator("Tarsian and Lankan warplanes pounded the town.", p), "Tarsia and Lankan government");
  assert.equal(perpetrator("A regime air strike killed four.", p), "Lankan government");
  assert.equal(perpetrator("Tarsian air strikes hit the market, and regime shelling killed two.", p), "Tarsia", "two actors in two clauses are not joint");
});

test("a line that ends on a comma goes on in the next line; a blank line or a full stop ends it", async () => {
  const { splitSentences } = await import("../loaders/extract/sentences.ts");
  const text = "Airstrikes were reported in Tarsa,\n    Ulmar and Qarn. Rebels left.\nA line ends,\n\nThe next paragraph.";
  assert.deepEqual(splitSentences(text).map((s) => [s.text.replace(/\s+/g, " "), s.paragraph]),
    [["Airstrikes were reported in Tarsa, Ulmar and Qarn.", 0], ["Rebels left.", 0], ["A line ends,", 1], ["The next paragraph.", 2]]);
});
