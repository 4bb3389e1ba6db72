import { test } from "node:test";
import assert from "node:assert/strict";
import { isWholeWarDisplacement, isWholeWarToll, scopeNote } from "../loaders/extract/scope.ts";
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
  // A war's weapons keep it in, whatever an operation's name calls up.
  assert.equal(scopeNote("The Earthquake Shield operation said three people were killed in airstrikes by Bolo's warplanes on a store in Tarsa.", 2022), null);
  assert.equal(scopeNote("Artillery killed two in Kolda as floods cut the road.", 2022), null);
  assert.equal(scopeNote("A flood killed two in Kolda and cut the road.", 2022), "disaster");
});

test("the year of a past war, named after the figure, dates that war and not the figure", () => {
  const text = "Strikes go on\n\nTARSA, 3 October 2024 - The military said a strike overnight killed 15 Ulmari fighters in Qarn, an area heavily damaged during the last war with the group in 2006.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Strikes go on", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.end, c.in_scope]), [[15, "2024-10-03", true]]);
});

test("the whole war's displaced, told in passing, are background; a displacement figure given as news is not", () => {
  assert.ok(isWholeWarDisplacement("The fighting has killed tens of thousands and displaced millions.", 2_000_000, true));
  assert.ok(isWholeWarDisplacement("The insurgency has killed 36,000 people and displaced nearly 2 million in the north.", 2_000_000, false));
  assert.ok(isWholeWarDisplacement("The conflict has displaced hundreds of thousands of people.", 200_000, true));
  // News: a figure of its own, with a time of its own or no toll beside it, or of a battle's size.
  assert.ok(!isWholeWarDisplacement("Renewed fighting in the south has displaced more than 180,000 people.", 180_000, false));
  assert.ok(!isWholeWarDisplacement("As of 13 June, the fighting had killed 2,000 and displaced an estimated 1.67 million people.", 1_670_000, false));
  assert.ok(!isWholeWarDisplacement("The fighting has killed 300 and displaced millions since December.", 2_000_000, true));
  assert.ok(!isWholeWarDisplacement("The fighting has killed 30 people and displaced 5,000.", 5_000, false));
});

test("'millions' uprooted beside a toll is the war's size, however far back the war is named; a year is no recent time", () => {
  assert.ok(isWholeWarDisplacement("It has since claimed tens of thousands of lives, displaced millions, and pushed half of Tarsa into hunger.", 2_000_000, true));
  assert.ok(isWholeWarDisplacement("In May 2021, fighting broke out between the army of Tarsa and the Ulmar Front of General Qarn Bolo, leaving thousands dead, displacing millions.", 2_000_000, true));
  assert.ok(isWholeWarDisplacement("The insurgency has been responsible for over 90,000 deaths and the displacement of millions across the north.", 2_000_000, true));
  assert.ok(isWholeWarDisplacement("Violence linked to the rebels has killed thousands and displaced millions across Tarsa since 2016.", 2_000_000, true));
  assert.ok(isWholeWarDisplacement("The needs of the millions who have been displaced due to the ongoing internal conflicts in Tarsa are growing.", 2_000_000, true));
  // News: a figure of its own, a recent time, no toll beside a bare figure.
  assert.ok(!isWholeWarDisplacement("Shelling of Ulmar killed 40 people and displaced 2.1 million last week.", 2_100_000, false));
  assert.ok(!isWholeWarDisplacement("Floods have displaced millions across Tarsa.", 2_000_000, true));
  assert.ok(!isWholeWarDisplacement("The fighting has killed 300 and displaced millions since 3 December.", 2_000_000, true));
});

test("a war's background displacement is tabled out of scope, with its reason", () => {
  const text = "Thousands flee\n\nTARSA, March 3, 2023 - Some 8,000 people have fled their villages since fighting began on 1 March, the UN said.\n\n" +
    "The conflict has killed tens of thousands and displaced millions, the agency added.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Thousands flee", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.displacement.map((d) => [d.count_best, d.in_scope, d.scope_note]), [[8000, true, null], [2_000_000, false, "whole war"]]);
});

test("a war that 'has cost the lives of' or 'has claimed' a war's size of lives: the running total", () => {
  assert.ok(isWholeWarToll("It has cost the lives of more than 210,000 people and forced millions to flee.", 210000));
  assert.ok(isWholeWarToll("The fighting has claimed more than 340,000 lives.", 340000));
  assert.ok(!isWholeWarToll("The battle for Tarsa has cost the lives of at least 63 rebels.", 63));
  assert.ok(!isWholeWarToll("Shelling cost the lives of 12,000 people in Tarsa last month.", 12000));
});

test("an accident told by its verb and a flood told without its noun are no war's toll", async () => {
  const { isDisasterToll } = await import("../loaders/extract/scope.ts");
  assert.ok(isDisasterToll("", " soldiers were killed and nine injured when their armoured truck overturned on the road."));
  assert.ok(!isDisasterToll("", " soldiers were killed when a drone crashed into their post."));
  assert.equal(scopeNote("Almost 90,000 people had to flee their homes after the river burst its banks.", 2024), "disaster");
  assert.equal(scopeNote("Almost 90,000 people had to flee their homes after the fighting reached the river banks.", 2024), null);
});

test("scope: a dam's collapse is a flood told without its noun; a dam blown up in the war is not", () => {
  assert.equal(scopeNote("The collapse of the Ulmar dam sent water through Tarsa, forcing 400,000 residents from their homes.", 2024), "disaster");
  assert.equal(scopeNote("The dam burst after days of rain, forcing 3,000 from their homes.", 2024), "disaster");
  assert.equal(scopeNote("Troops blew up the dam, forcing 3,000 from their homes.", 2024), null);
});

test("a day's figure told before a running total's clause keeps its own scope; the total is the war's", () => {
  const s = "Three medics were killed in a strike on Tuesday, bringing to 140 the number of health workers killed since the war began.";
  assert.ok(!isWholeWarToll(s, 3, undefined, s.indexOf("Three")));
  assert.ok(isWholeWarToll(s, 140, undefined, s.indexOf("140")));
  // Without a running total's clause, the whole sentence is the figure's.
  const t = "Three medics have been killed since the war began.";
  assert.ok(isWholeWarToll(t, 3, undefined, 0));
});
