import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuantities } from "../loaders/extract/quantities.ts";

const one = (s: string) => { const q = findQuantities(s); assert.equal(q.length, 1, `one quantity in "${s}": ${JSON.stringify(q)}`); return q[0]; };

test("qualifiers are kept and set the range", () => {
  assert.deepEqual([one("at least 14 soldiers").qualifier, one("at least 14 soldiers").low], ["at least", 14]);
  assert.equal(one("more than 1,250 people").best, 1250);
  assert.equal(one("more than 1,250 people").qualifier, "more than");
  assert.equal(one("over 90 fighters").qualifier, "more than");
  assert.equal(one("nearly 60,000 residents").high, 60000);
  assert.equal(one("an estimated 2.5 million people").best, 2_500_000);
  assert.equal(one("up to 40 families").qualifier, "up to");
  // Humanitarian tables' short forms: "approx. 8,400 people", "circa 300".
  assert.deepEqual([one("approx. 8,400 people").qualifier, one("approx. 8,400 people").text], ["approximately", "approx. 8,400"]);
  assert.equal(one("circa 300 families").qualifier, "approximately");
});

test("South Asian grouping in lakhs: '2,50,000' is 250,000, '12,00,000' is 1.2 million", () => {
  assert.equal(one("around 2,50,000 people").best, 250_000);
  assert.equal(one("12,00,000 people").best, 1_200_000);
  assert.equal(one("1,200,000 people").best, 1_200_000);
  // (A decimal comma with two digits after it is no lakh.)
  assert.deepEqual(findQuantities("a score of 2,50 points").map((q) => q.best), []);
});

test("number words, dozens and halves", () => {
  assert.equal(one("twenty-three villagers").best, 23);
  assert.equal(one("two dozen rebels").best, 24);
  assert.equal(one("half a million people").best, 500_000);
  assert.equal(one("one hundred and five people").best, 105);
});

test("vague amounts read conservatively, typo included", () => {
  const t = one("Tens of thousands of people");
  assert.deepEqual([t.vague, t.best, t.high], ["tens of thousands", 20000, 99999]);
  assert.equal(one("ten of thousands of people").vague, "tens of thousands");
  assert.equal(one("hundreds of thousands of civilians").best, 200000);
  assert.equal(one("dozens of lives").best, 24);
});

test("years and hyphenated measures are not quantities", () => {
  assert.equal(findQuantities("in 2018 the 150-member body met").length, 0);
});

test("a day of the month is a date, not a count", () => {
  assert.deepEqual(findQuantities("an earthquake on Feb. 6 that killed 43,000 people").map((q) => q.best), [43000]);
  assert.deepEqual(findQuantities("on 6 February, 12 people died").map((q) => q.best), [12]);
  assert.deepEqual(findQuantities("on March 3rd, 7 people died").map((q) => q.best), [7]);
  // Both ends of a span of days are days.
  assert.deepEqual(findQuantities("Between March 12 and 19, 1,450 people were hurt").map((q) => q.best), [1450]);
  assert.deepEqual(findQuantities("from 4 to 11 June, 60 families fled").map((q) => q.best), [60]);
  // A month-like word that is not a month leaves the number alone, and so does a span with no month.
  assert.deepEqual(findQuantities("the Market 5 bus").map((q) => q.best), [5]);
  assert.deepEqual(findQuantities("In May, 20 and then 30 people fled").map((q) => q.best), [20, 30]);
});

test("a family counted by its members", () => {
  assert.equal(one("a mother and her three children").best, 4);
  assert.equal(one("a father and his 2 sons").best, 3);
  assert.equal(one("a couple and their five children").best, 7);
  assert.equal(one("a woman and two of her children").best, 3);
});

test("thousands grouped by spaces or dots, and a year-like figure with a qualifier", () => {
  const q = (s: string) => findQuantities(s).map((x) => [x.best, x.low, x.high]);
  assert.deepEqual(q("Between 10 000 and 20 000 refugees arrived."), [[15000, 10000, 20000]]);
  assert.deepEqual(q("Over 100.000 people have been displaced."), [[100000, 100000, null]]);
  assert.deepEqual(q("Inflation reached 2.5 million percent."), [[2500000, 2500000, 2500000]]);
  assert.deepEqual(q("More than 2000 injured in the clashes of 2019."), [[2000, 2000, null]]);
});

test("two figures joined by 'to' are a range when they count what follows; not a change, not days", () => {
  const q = (s: string) => findQuantities(s).map((x) => [x.low, x.best, x.high]);
  assert.deepEqual(q("Officials expect 15,000 to 40,000 people to arrive."), [[15000, 27500, 40000]]);
  assert.deepEqual(q("Some 200 to 300 families left."), [[200, 250, 300]]);
  // A change, days of a month, and a second figure far larger than the first are two figures.
  assert.equal(findQuantities("The toll rose 12 to 19 people.").length, 2);
  assert.equal(findQuantities("Clashes on 4 to 6 June killed nine.").filter((x) => x.best === 4 && x.high === 6).length, 0);
  assert.equal(findQuantities("It grew from one camp of 20 to 5,000 people.").filter((x) => x.high === 5000 && x.low === 20).length, 0);
  // "from … to" after a verb of change is a change too: the figures before and after, not a range.
  assert.deepEqual(q("The number of displaced rose from 12,000 to 30,000 this month."), [[12000, 12000, 12000], [30000, 30000, 30000]]);
  assert.deepEqual(q("The toll has increased from 40 to 52."), [[40, 40, 40], [52, 52, 52]]);
  assert.deepEqual(q("Officials counted from 40 to 52 dead."), [[40, 46, 52]]);
});

test("a share of a million, with or without its article", () => {
  assert.equal(one("a quarter of a million people").best, 250_000);
  assert.equal(one("an estimated quarter of a million people").best, 250_000);
  assert.equal(one("half a million refugees").best, 500_000);
  // "a quarter of the town" is no figure.
  assert.deepEqual(findQuantities("a quarter of the town was hit"), []);
});

test("a thousands comma broken by a space before '000' is one figure; other commas still part figures", () => {
  const q = (s: string) => findQuantities(s).map((x) => x.best);
  assert.deepEqual(q("about 35, 000 Tarsan refugees"), [35000]);
  assert.deepEqual(q("Of the 12, 300 were children"), [12, 300]);
});

test("a decimal comma before million: '1,481 million' is 1.481 million", () => {
  assert.deepEqual(findQuantities("more than 2,375 million displaced").map((x) => x.best), [2375000]);
  assert.deepEqual(findQuantities("1,500 people").map((x) => x.best), [1500]);
});

test("an age is no count, however it is hyphenated; a count beside an age still is", () => {
  assert.deepEqual(findQuantities("The 35 year old man was shot."), []);
  assert.deepEqual(findQuantities("Her eight month-old baby slept."), []);
  assert.deepEqual(findQuantities("A 12-year-old boy was hurt."), []);
  assert.deepEqual(findQuantities("Some 40 children under five years old were treated.").map((q) => q.best), [40]);
});

test("a number that names a thing is no count ('runway number#2', 'Unit No. 4')", () => {
  assert.deepEqual(findQuantities("The runway number#2 was destroyed.").map((q) => q.text), []);
  assert.deepEqual(findQuantities("Battalion No. 4 lost 30 men.").map((q) => q.text), ["30"]);
  assert.deepEqual(findQuantities("raising the number to 5,000").map((q) => q.text), ["5,000"]);
});

test("a number that is part of a name ('District 2', 'Camp 4') is no figure; a count after a name with its comma lost is", () => {
  const figures = (s: string) => findQuantities(s).map((q) => q.best);
  assert.deepEqual(figures("The troops advanced upon the area known as District 2, while others cut the roads."), []);
  assert.deepEqual(figures("Shells fell on Camp 4 and the market."), []);
  assert.deepEqual(figures("In Tarsa District 5 civilians were killed."), [5]);
  assert.deepEqual(figures("The district 2 people fled from was shelled."), [2]);
});

test("a figure with the larger one it may reach, as an aside, is one quantity: its own figure, and the larger as its high", () => {
  const q = (s: string) => findQuantities(s).map((x) => [x.text, x.low, x.best, x.high, x.vague]);
  assert.deepEqual(q("Dozens, perhaps hundreds, of people"), [["Dozens, perhaps hundreds,", 24, 24, 999, "dozens"]]);
  assert.deepEqual(q("some 20, possibly 30, civilians"), [["some 20, possibly 30,", null, 20, 30, null]]);
  // Two figures in a list are two.
  assert.equal(findQuantities("20, 30 and 40 people").length, 3);
});

test("quantities: a clock time is not a count, even with its colon lost", () => {
  const texts = (s: string) => findQuantities(s).map((q) => q.text);
  assert.deepEqual(texts("The gunmen attacked the base at around 330 am and five soldiers died."), ["five"]);
  assert.deepEqual(texts("Shelling began at 5 pm and at 7 a.m. the next day 40 people had fled."), ["40"]);
  assert.deepEqual(texts("The raid at 0400 GMT killed 12 people."), ["12"]);
  // A count before "am" as a verb is still a count: "I am" never follows a bare number in news, but "12 among" does.
  assert.deepEqual(texts("12 among the dead were children."), ["12"]);
});

test("millions and billions written short; a whole number only before the people it counts", () => {
  assert.equal(one("more than 1.9m internally displaced people").best, 1_900_000);
  assert.equal(one("1.6m of whom fled").best, 1_600_000);
  assert.equal(one("3m people fled").best, 3_000_000);
  assert.equal(one("a 2.5bn budget").best, 2_500_000_000);
  // Negative: a distance, and money.
  assert.deepEqual(findQuantities("a 300m tunnel"), []);
  assert.deepEqual(findQuantities("a $2bn loan"), []);
});
