import { test } from "node:test";
import assert from "node:assert/strict";
import { isWholeWarToll, scopeNote } from "../loaders/extract/scope.ts";
import { extractArticle } from "../loaders/extract/index.ts";

test("another conflict or era is set aside with its reason", () => {
  assert.equal(scopeNote("In its 30-year terror campaign against the Turkish state, more than 40,000 people have been killed.", 2019), "other conflict");
  assert.equal(scopeNote("Air strikes in Yemen killed 20 people.", 2019), "other conflict");
  assert.equal(scopeNote("The 1982 massacre killed thousands.", 1982), "before the war");
  assert.equal(scopeNote("Air strikes killed 20 people in Idlib.", 2019), null);
});

test("the whole war's running toll is background, an offensive's toll is not", () => {
  assert.ok(isWholeWarToll("Syria's nine-year civil war has killed more than 380,000 people since 2011.", 380000));
  assert.ok(isWholeWarToll("The conflict that followed has killed more than 350,000 people.", 350000));
  assert.ok(isWholeWarToll("Activists say 10,000 people have been killed since the uprising against President Assad began.", 10000));
  assert.ok(!isWholeWarToll("The conflict has killed 300 civilians since December.", 300));
  assert.ok(!isWholeWarToll("Since the offensive began in April, 1,000 people have been killed.", 1000));
});

test("set-aside tolls are tabled out of scope with their reason, and their parts follow them", () => {
  const text = "Shelling kills three\n\nBEIRUT, Feb 20, 2023 - Shelling killed three civilians on Saturday.\n\n" +
    "The earthquake and its aftershocks have killed more than 25,000 people in Turkey and Syria, including more than 3,500 in opposition-held areas.\n\n" +
    "The war has killed more than 500,000 people since 2011.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Shelling kills three", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.in_scope, c.scope_note]), [
    [3, true, null], [25000, false, "disaster"], [3500, false, "disaster"], [500000, false, "whole war"],
  ]);
});

test("a disaster's toll is told from a war's", async () => {
  const { isDisasterToll } = await import("../loaders/extract/scope.ts");
  assert.ok(isDisasterToll("the earthquake on Feb. 6 that killed more than ", " people in the two countries."));
  assert.ok(isDisasterToll("More than ", " people died in the floods last spring."));
  assert.ok(!isDisasterToll("Since the earthquake, shelling has killed ", " civilians in the north."));
  assert.ok(!isDisasterToll("Air strikes killed ", " civilians in the market."));
});

test("scope: a sentence whose only cause is a natural disaster sets its figures aside", () => {
  assert.equal(scopeNote("Over 104,000 people were affected after Tropical Cyclone Tarsa made landfall.", 2022), "disaster");
  assert.equal(scopeNote("Floods displaced 2,000 people in Ulmar.", 2022), "disaster");
  // War named beside the disaster keeps the figure in.
  assert.equal(scopeNote("Fighting and floods displaced 2,000 people.", 2022), null);
  assert.equal(scopeNote("Shelling killed five in Tarsa.", 2022), null);
});

test("the year of a past war, named after the figure, dates that war and not the figure", () => {
  const text = "Strikes go on\n\nTARSA, 3 October 2024 - The military said a strike overnight killed 15 Ulmari fighters in Qarn, an area heavily damaged during the last war with the group in 2006.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Strikes go on", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.end, c.in_scope]), [[15, "2024-10-03", true]]);
});
