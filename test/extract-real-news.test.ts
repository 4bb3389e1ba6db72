// Patterns of real news the extractor had missed, on sentences of our own, with sentences that must give nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { casualtyCandidates } from "../loaders/extract/parsers/casualties.ts";
import { displacementCandidates } from "../loaders/extract/parsers/displacement.ts";
import { findQuantities } from "../loaders/extract/quantities.ts";
import { isEarlierEvent, isRecalledEvent, isWholeWarToll, scopeNote } from "../loaders/extract/scope.ts";
import { attributedTo, perpetrator } from "../loaders/extract/attribution.ts";
import { Profile } from "../loaders/extract/profile.ts";
import { repairGluedWords } from "../loaders/articles/repair.ts";

const kills = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims]);
const moves = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
const nums = (s: string) => findQuantities(s).map((q) => [q.low, q.best, q.high]);

test("execution verbs and killings named by a noun", () => {
  assert.deepEqual(kills("The group executed 14 villagers in the square."), [["killed", 14, "civilians"]]);
  assert.deepEqual(kills("Gunmen shot dead three teachers near the school."), [["killed", 3, "civilians"]]);
  assert.deepEqual(kills("A video showed the beheading of two aid workers."), [["killed", 2, "civilians"]]);
  assert.deepEqual(kills("Six more soldiers died of their wounds."), [["killed", 6, "government forces"]]);
});

test("victims named by role, nationality or faith", () => {
  assert.deepEqual(kills("Eleven volunteers were killed when the convoy was hit."), [["killed", 11, "civilians"]]);
  // (A count and one more of the same class are one figure: three.)
  assert.deepEqual(kills("Two journalists and a medic were killed."), [["killed", 3, "civilians"]]);
  assert.deepEqual(kills("The blast killed nine Hazaras at a mosque."), [["killed", 9, "people"]]);
});

test("a reporting clause or an aside between the victims and the verb", () => {
  assert.deepEqual(kills("The raid killed what local officials described as more than 60 fighters."), [["killed", 60, "combatants"]]);
  assert.deepEqual(kills("More than 900 people are estimated to have been killed."), [["killed", 900, "people"]]);
  assert.deepEqual(kills("At least 30 people including women and children were killed in the market."), [["killed", 30, "people"]]);
  assert.deepEqual(kills("Twelve civilians in the camp were killed overnight."), [["killed", 12, "civilians"]]);
});

test("a bare figure takes its class only from an appositive, never from the attacker or the place", () => {
  assert.deepEqual(kills("Army shelling kills 9 in rebel-held town"), [["killed", 9, "people"]]);
  assert.deepEqual(kills("The bombing killed 28, mostly civilians."), [["killed", 28, "civilians"]]);
});

test("one person counted by 'a', only beside a kill verb", () => {
  assert.deepEqual(kills("The shell landed on the market, killing a civilian and injuring four others."), [["killed", 1, "civilians"], ["injured", 4, "civilians"]]);
  assert.deepEqual(kills("A child was killed by the blast."), [["killed", 1, "children"]]);
  assert.deepEqual(kills("A soldier said the town was quiet."), []);
  assert.deepEqual(kills("A woman described how the strike destroyed her home."), []);
});

test("ranges, fractions and ages", () => {
  assert.deepEqual(nums("between 300 and 1,100 people"), [[300, 700, 1100]]);
  assert.deepEqual(nums("from 20,000 to 35,000 residents"), [[20000, 27500, 35000]]);
  assert.deepEqual(nums("12,000-15,000 people"), [[12000, 13500, 15000]]);
  assert.deepEqual(nums("a quarter of a million"), [[250000, 250000, 250000]]);
  assert.deepEqual(nums("Amina, 9, was hurt"), []);
  assert.deepEqual(nums("12 civilians and 3 soldiers"), [[12, 12, 12], [3, 3, 3]]);
});

test("displacement written the ways UN updates write it", () => {
  assert.deepEqual(moves("About 3,000 IDPs in the district were forced to flee again."), [["displaced", 3000]]);
  assert.deepEqual(moves("Some 4,200 people took shelter in schools."), [["displaced", 4200]]);
  assert.deepEqual(moves("Nearly 1,500 people were ordered to evacuate."), [["displaced", 1500]]);
  assert.deepEqual(moves("The new fighting brings to 45,000 the number of people displaced in the region."), [["displaced", 45000]]);
  assert.deepEqual(moves("About 600 people (including 200 children) were evacuated from the town."), [["displaced", 600]]);
  assert.deepEqual(moves("More than 8,000 refugees crossed into the neighbouring country."), [["refugees", 8000]]);
  assert.deepEqual(moves("About 2,000 people were trapped in the old city."), [["at_risk", 2000]]);
  assert.deepEqual(moves("At least 10,000 people are staying in 40 temporary shelters."), [["displaced", 10000]]);
});

test("numbers that are not displacement are not tabled", () => {
  assert.deepEqual(moves("About 1,200 people returned to their homes last week."), []);
  assert.deepEqual(moves("Some 300 people attended the funeral."), []);
  assert.deepEqual(moves("Half of the 4,000 residents are farmers."), []);
});

test("the whole war's toll and earlier events are set aside", () => {
  const syria = new Profile({ country: "Syria", start: "2011-03-15" });
  assert.ok(isWholeWarToll("More than 210,000 people have died in the conflict.", 210000, syria));
  assert.ok(isWholeWarToll("Some 50,000 people have been killed since an uprising against the government.", 50000, syria));
  assert.ok(isWholeWarToll("Monitors recorded 9,000 deaths from March 2011 to June.", 9000, syria));
  assert.ok(!isWholeWarToll("The offensive has killed 420 people since April.", 420, syria));
  assert.ok(isEarlierEvent("2013-08-21", "2017-04-05"));
  assert.ok(!isEarlierEvent("2017-03-30", "2017-04-05"));
  assert.equal(scopeNote("Air strikes in Yemen killed 20 people.", 2019, syria), "other conflict");
  assert.equal(scopeNote("The envoy said in Geneva that 20 people were killed.", 2019, syria), null);
  assert.equal(scopeNote("Air strikes in Yemen killed 20 people.", 2019, new Profile({})), null, "with no profile, no country is another war's");
});

// A capture or attack the story recalls: dated in its own clause by a year alone, or a month and year long before.
test("a territory event dated by its year alone is recalled, not reported", () => {
  const recalled = (s: string, place: string, published: string | null = null, latest: number | null = null) => {
    const at = s.indexOf(place);
    return isRecalledEvent(s, at, at + place.length, published, latest);
  };
  assert.ok(recalled("The militants were pushed out of Tarsa by government troops in 2011.", "Tarsa"));
  assert.ok(recalled("In 2016, the rebels stormed the town of Ulmar.", "Ulmar"));
  assert.ok(recalled("Rebels seized Qarn and Bolo in early 2013.", "Bolo", "2014-05-02"));
  assert.ok(recalled("The army first entered Deir Hafer in December 1996.", "Deir Hafer", null, 1999));
  assert.ok(recalled("The army first entered Deir Hafer in December 1996.", "Deir Hafer", "1998-03-01"));
  // The day's news, or a recent month, keeps its place.
  assert.ok(!recalled("Troops recaptured Tarsa on Tuesday.", "Tarsa", null, 2019));
  assert.ok(!recalled("On 14 June 2019, the rebels seized Kafr Bani.", "Kafr Bani", null, 2019));
  assert.ok(!recalled("The army retook Tell Sarah in March 2019.", "Tell Sarah", null, 2019));
  assert.ok(!recalled("The army retook Tell Sarah in November 2018.", "Tell Sarah", "2019-02-10"));
  assert.ok(!recalled("Rebels seized Qarn in 2018.", "Qarn", "2018-06-01"));
  // Another clause's year dates another event: the loss, the war, the earlier damage.
  assert.ok(!recalled("Last month the militants recaptured Bet Aram, which they first lost in 2012.", "Bet Aram"));
  assert.ok(!recalled("A strike hit Bolo, an area heavily damaged during the last war in 2006.", "Bolo"));
  assert.ok(!recalled("Fighters took Ulmar after the government fell in 2015.", "Ulmar"));
  // A hold or a siege that still lasts is today's.
  assert.ok(!recalled("Rebels have held Tarsa since 2014.", "Tarsa"));
});

test("actors, monitors and sides come from the conflict profile", () => {
  const p = new Profile({ actors: [{ name: "Army of the North", side: "government", aliases: ["AON"] }, { name: "Valley Front", side: "opposition", aliases: ["VF"] }], monitors: [{ name: "Valley Watch", aliases: ["VW"] }] });
  assert.equal(perpetrator("AON air strikes hit the village.", p), "Army of the North");
  assert.equal(perpetrator("The village was shelled by VF.", p), "Valley Front");
  assert.equal(attributedTo("Eight people were killed, VW said.", p), "Valley Watch");
  assert.equal(attributedTo("Eight people were killed, the UN said.", p), "United Nations");
  assert.equal(perpetrator("The vf strikes hit nothing.", p), null, "acronyms keep their case");
});

test("words a PDF broke at a line end are joined when the whole is a word the rules read", () => {
  assert.equal(repairGluedWords("about 3,000 fami-lies were dis- placed").text, "about 3,000 families were displaced");
  // Real compounds stay as written: their whole is no word the rules read.
  const compounds = "pro-government fighters and well-known anti-war activists re-entered the half-empty town";
  assert.deepEqual(repairGluedWords(compounds), { text: compounds, repaired: 0 });
});

test("words glued together by PDF extraction are split, real words are kept", () => {
  assert.equal(repairGluedWords("about 500 peoplewere evacuated").text, "about 500 people were evacuated");
  assert.equal(repairGluedWords("Around1.6 million people").text, "Around 1.6 million people");
  assert.equal(repairGluedWords("someone within the overall toll").repaired, 0);
  // Real words that happen to be two words the rules know stay whole: the quote must read as the article does.
  const whole = "Rising insecurity and infighting forced a deadline; the bulletin said troops overrunning the frontline had overtaken a leftover post downtown.";
  assert.deepEqual(repairGluedWords(whole), { text: whole, repaired: 0 });
  // ...while words a PDF glued together are still split, whichever side the short word is on.
  assert.equal(repairGluedWords("families evacuatedfrom the camp, sincethe attack").text, "families evacuated from the camp, since the attack");
});

test("deaths told by another verb first ('were tortured and killed'), 'were left dead', one person who 'passed away'", () => {
  assert.deepEqual(kills("Twelve villagers were tortured and killed in the raid."), [["killed", 12, "civilians"]]);
  assert.deepEqual(kills("Three attackers were also left dead after the clash, the statement said."), [["killed", 3, "opposition fighters"]]);
  assert.deepEqual(kills("A 76-year-old man has passed away following the air strike on his village."), [["killed", 1, "people"]]);
  // Negative: taken and let go, or taken to hospital, is no death.
  assert.deepEqual(kills("Twelve villagers were abducted and released two days later."), []);
});

test("displacement: '30 families left the camp'; 'an estimated number of N to M people'; 'increased the number of displaced by N'", () => {
  assert.deepEqual(moves("It is reported that 30 families left the camp after the shelling."), [["displaced", 150]]);
  assert.deepEqual(displacementCandidates("Residents spoke of the displacement of an estimated number of 80,000 to 100,000 people.").map((c) => [c.q.low, c.q.high, c.q.qualifier]), [[80000, 100000, "approximately"]]);
  assert.deepEqual(moves("The new offensive has increased the number of displaced by 80,000, officials said."), [["displaced", 80000]]);
  // Negative: fighters who left a camp moved no civilians; a number raised by a share is no count of people.
  assert.deepEqual(moves("About 30 fighters left the camp after the shelling."), []);
  assert.deepEqual(moves("The offensive increased the number of displaced by 40 per cent."), []);
});
