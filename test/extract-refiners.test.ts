import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, type TraceEntry } from "../loaders/extract/index.ts";
import { REFINERS } from "../loaders/extract/refiners/index.ts";
import { useProfile } from "../loaders/extract/profile.ts";
import { Gazetteer } from "../loaders/extract/gazetteer.ts";

const article = (title: string, body: string) => ({ id: "a", file: "a.txt", title, text: `${title}\n\n${body}`, url: null, outlet: null, published: null, words: 60, warnings: [], hash: "" }) as never;
const run = (title: string, body: string) => { const trace: TraceEntry[] = []; return { ...extractArticle(article(title, body), undefined, trace), trace }; };
const droppedBy = (trace: TraceEntry[], refiner: string) => trace.filter((t) => t.refiner === refiner).map((t) => t.mention);

test("the refiners run in one documented order", () => {
  assert.deepEqual(REFINERS.map((r) => r.name), ["headline", "killed-not-displaced", "same-figure", "not-a-place-event", "same-place", "restated-precisely"]);
});

test("same figure: a repeat is dropped and a part that pointed to it points to the kept row", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Shelling killed 12 people on Monday, a monitor said. Medics said the shelling killed 12 people, including five children.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.part_of]), [[12, null], [5, r.casualties[0].id]]);
  assert.deepEqual(droppedBy(r.trace, "same-figure"), ["12"]);
});

test("same figure: in an undated article, a later figure whose sentence names its own day is another event", () => {
  const r = run("Report", "A bomb exploded on Tuesday in the market of Tarsa, killing 22 people, police said. It was the worst attack since May 2021, when a bomber killed 22 people in a cafe.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.date_basis]), [[22, "none"], [22, "explicit"]]);
  // Still one figure: the same count told again with no day of its own.
  const again = run("Report", "A bomb exploded on Tuesday in the market of Tarsa, killing 22 people, police said. Medics said the bomb killed 22 people.");
  assert.deepEqual(again.casualties.map((c) => c.count_best), [22]);
});

test("same figure: a figure dated only by the paper takes the day its repeat names", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Gunmen killed 12 people in Tarsa, officials said. Residents said the gunmen killed 12 people on Sunday night.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.end, c.date_basis]), [[12, "2021-05-02", "relative"]]);
  // A repeat with no day of its own leaves the paper's date.
  const bare = run("Report", "TOWN, May 3, 2021 - Gunmen killed 12 people in Tarsa, officials said. Residents said the gunmen killed 12 people.");
  assert.deepEqual(bare.casualties.map((c) => [c.count_best, c.end, c.date_basis]), [[12, "2021-05-03", "published"]]);
});

test("headline: its figure gives way to the body's, and stands when the body has none", () => {
  assert.deepEqual(run("Strike kills nearly 100", "TOWN, May 3, 2021 - A strike on a market killed at least 98 people on Monday, officials said.").casualties.map((c) => c.count_best), [98]);
  assert.deepEqual(run("Strike kills 40 in market", "TOWN, May 3, 2021 - A strike hit the market on Monday, officials said, and rescuers were searching the rubble.").casualties.map((c) => c.count_best), [40]);
});

test("killed, not displaced: one figure is one claim", () => {
  const r = run("Report", "TOWN, May 3, 2021 - A strike killed 10 people in a camp sheltering displaced families on Monday, medics said.");
  assert.deepEqual([r.casualties.length, r.displacement.length], [1, 0]);
});

test("places: regions and countries are not place events; one event per place", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Aircraft struck Tarsa and Ulmar Province on Monday and bombed Tarsa again, officials said. Troops also shelled Kenya.");
  assert.deepEqual(r.territory.map((t) => [t.action_class, t.place]), [["attack", "Tarsa"]]);
  assert.deepEqual(droppedBy(r.trace, "not-a-place-event").sort(), ["Kenya", "Ulmar"]);
  assert.deepEqual(droppedBy(r.trace, "same-place"), ["Tarsa"]);
});

test("restated precisely: a vague lead and a precise body are one toll, unless victims or source differ", () => {
  const same = run("Report", "TOWN, Sunday, May 2, 2021 - Scores of civilians were killed on Saturday in air raids, a monitor said. At least 51 civilians were killed on Saturday in the raids, the monitor said.");
  assert.deepEqual(same.casualties.map((c) => c.count_best), [51]);
  const other = run("Report", "TOWN, Sunday, May 2, 2021 - Hundreds of people were killed on Saturday, residents said. The UN said 550 civilians were killed on Saturday.");
  assert.equal(other.casualties.length, 2);
});

test("places: a province named before its name, and a long country name, are not place events", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Fighters attacked a checkpoint in the mountainous province of Daykar on Monday. Rebels attacked in the eastern Democratic Republic of the Congo.");
  assert.deepEqual(r.territory, []);
  assert.deepEqual(droppedBy(r.trace, "not-a-place-event"), ["Daykar", "Democratic Republic"]);
});

test("same figure: the same number of other victims is another figure", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Gunmen killed eight police officers on Monday, officials said. Eight assailants were also killed, they said.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.victims]), [[8, "government forces"], [8, "opposition fighters"]]);
});

test("same figure: fighters of no named side and one side's fighters, the same number, are one figure; civilians are not", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Air strikes killed 14 rebel fighters near Tarsa on Monday, a monitor said. Most of the 14 fighters killed in the strikes were foreigners, it said.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.victims]), [[14, "opposition fighters"]]);
  // The same number of civilians is another figure.
  const two = run("Report", "TOWN, May 3, 2021 - Air strikes killed 14 fighters near Tarsa on Monday, a monitor said. Shelling of Ulmar killed 14 civilians, it said.");
  assert.deepEqual(two.casualties.map((c) => [c.count_best, c.victims]), [[14, "combatants"], [14, "civilians"]]);
});

test("same figure: 'a fourth man was killed' is one of the four the article tables, not another death", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Four people were killed in an air strike on Tarsa on Monday, medics said. Three died at the scene, and a fourth man was killed in the same strike as he ran, they said.");
  assert.deepEqual(r.casualties.filter((c) => !c.part_of).map((c) => c.count_best).sort(), [3, 4]);
  assert.ok(!r.casualties.some((c) => c.count_best === 1), "the fourth man is one of the four");
  assert.deepEqual(droppedBy(r.trace, "same-figure").filter((m) => m === "a"), ["a"]);
  // With no toll of four tabled, the fourth death stays; nor is a fourth wounded one of four killed.
  const alone = run("Report", "TOWN, May 3, 2021 - Three soldiers were killed in a blast in Ulmar on Monday. A fourth soldier was wounded in the same attack, officials said.");
  assert.deepEqual(alone.casualties.map((c) => [c.outcome, c.count_best]), [["killed", 3], ["injured", 1]]);
});

test("places: Gaza City is a city, not the country named Gaza", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Artillery renewed its shelling of the southwestern neighbourhoods of Gaza City on Monday.");
  // The mention keeps "City" (gold and readers write "Gaza City"); the resolver reads it as the town.
  assert.deepEqual(r.territory.map((t) => t.place_mention), ["Gaza City"]);
});

test("same figure: 'two other soldiers' is a new figure, not a repeat", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Two soldiers died when their vehicle struck a mine on Monday, officials said. Two other soldiers were killed in an ambush on Monday, they said.");
  assert.deepEqual(r.casualties.map((c) => c.count_best), [2, 2]);
});

test("headline: a place the headline shortens is the body's place", () => {
  const r = run("Air strike on Besh", "An air strike hit a market in Besh Tepe on Monday, killing 12 people, medics said.");
  assert.deepEqual(r.territory.map((t) => t.place), ["Besh Tepe"]);
  assert.deepEqual(droppedBy(r.trace, "headline"), ["Besh"]);
});

test("headline: a displacement figure the body gives again is the body's, even read as another kind", () => {
  const r = run("Agency prepares for up to 90,000 refugees", "The agency said some 12,000 people have fled into the neighbouring country, and that it is preparing for up to 90,000 in the next six months, officials said on Monday.");
  assert.deepEqual(r.displacement.map((d) => [d.kind, d.count_best]), [["refugees", 12000], ["projected", 90000]]);
  assert.deepEqual(droppedBy(r.trace, "headline"), ["up to 90,000"]);
  // A headline figure the body does not give stays.
  const alone = run("Fighting uproots 5,000 in the north", "Fighting continued in the north on Monday, officials said, and aid groups warned of shortages.");
  assert.deepEqual(alone.displacement.map((d) => [d.kind, d.count_best]), [["displaced", 5000]]);
});

test("places: a name the gazetteer knows only as a region is no place struck; a region taken stays", () => {
  const struck = run("Strikes hit", "Drones struck Borno on Monday, killing four people in Nigeria, officials said.");
  assert.deepEqual(struck.territory.map((r) => r.place_mention), []);
  assert.ok(droppedBy(struck.trace, "not-a-place-event").includes("Borno"));
  const taken = run("Town falls", "Rebels captured Borno on Monday in Nigeria, officials said.");
  assert.deepEqual(taken.territory.map((r) => [r.action_class, r.place_mention]), [["control", "Borno"]]);
});

test("same figure: the same toll on two days the text names apart is two events", () => {
  const r = run("Report", "TOWN, May 3, 2021 - A car bomb killed 22 people in the market on Monday, police said. It was the worst attack since March 4, when a suicide bomber blew himself up in a cafe, killing 22 people.");
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.end]), [[22, "2021-05-03"], [22, "2021-03-04"]]);
  // The same toll restated on the same day is one claim.
  const same = run("Report", "TOWN, May 3, 2021 - A car bomb killed 22 people in the market on Monday, police said. The bomb, which went off on Monday, killed 22 people, a doctor said.");
  assert.deepEqual(same.casualties.map((c) => c.count_best), [22]);
});

test("places: a region's namesake the text calls a town is a town struck", () => {
  const r = run("Strike", "An air strike has killed at least ten people in Borno, a town in Nigeria, officials said.");
  assert.deepEqual(r.territory.map((t) => [t.action_class, t.place_mention]), [["attack", "Borno"]]);
});

test("places: a part of a country ('Southern Lebanon', 'North-East Nigeria') is no place struck; a compass-led region's own name stays", () => {
  const r = run("Strike", "Two people were killed in a drone strike on a car in Southern Lebanon on Monday, officials said.");
  assert.deepEqual(r.territory.map((t) => t.place_mention), []);
  assert.ok(droppedBy(r.trace, "not-a-place-event").includes("Southern Lebanon"));
  const kivu = run("Shelling", "Rebels shelled North Tarsa on Monday, officials said.");
  assert.deepEqual(kivu.territory.map((t) => t.place_mention), ["North Tarsa"]);
});

test("same figure: equal figures of other victims joined by 'and' in one sentence are two; a repeat in another sentence is one", () => {
  const two = run("Report", "The blast wounded two soldiers and two rangers on Monday, officials said.");
  assert.deepEqual(two.casualties.map((c) => [c.outcome, c.count_best]), [["injured", 2], ["injured", 2]]);
  const one = run("Report", "Two people were killed in Tarsa on Monday. Officials said two people were killed and three were hurt.");
  assert.deepEqual(one.casualties.filter((c) => c.outcome === "killed").map((c) => c.count_best), [2]);
});

test("not-a-place-event: in a title-case headline a capital says nothing of a name, so an unknown capitalised word is no place; a list of places is no headline", async () => {
  const { isTitleCase } = await import("../loaders/extract/refiners/places.ts");
  assert.equal(isTitleCase("Truck Bombing In Tarsa Kills At Least 17, Wounds Dozens"), true);
  assert.equal(isTitleCase("Drone Strike On Car In Southern Qarn"), true);
  assert.equal(isTitleCase("Troops took Tarsa, Ulmar, Upper Qarn, Lower Qarn and Bolo on Monday."), false);
  assert.equal(isTitleCase("Rebels shelled Tarsa on Monday, killing five people."), false);
  // Style books that keep small words in lower case capitalise every long one.
  assert.equal(isTitleCase("Night Airstrikes on Houses in Tarsa, Ulmar Village Leave Dozens Dead"), true);
  assert.equal(isTitleCase("Qarni Shelling Scatters Tarsa Refugees"), true);
  assert.equal(isTitleCase("Tarsa, Ulmar, Upper Qarn, Lower Qarn and Bolo were shelled."), false);
  const { territory, trace } = run("Tarsa Truck Bombing Kills at Least 17, Hurts Dozens", "Officials said the blast happened at noon.");
  assert.deepEqual(territory, []);
  assert.ok(trace.some((t) => t.table === "territory" && t.mention === "Least" && t.refiner === "not-a-place-event"));
});

test("same figure: two equal parts of one total, place by place, are two groups", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Gunmen killed at least 11 people on Monday, four in the village of Tarsa and four in the nearby village of Ulmar, officials said.");
  assert.deepEqual(r.casualties.map((c) => c.count_best), [11, 4, 4]);
  assert.deepEqual(r.casualties.slice(1).map((c) => c.part_of), [r.casualties[0].id, r.casualties[0].id]);
  // The same figure told again in the next sentence is still one claim.
  const again = run("Report", "TOWN, May 3, 2021 - Gunmen killed 11 people on Monday, officials said. Medics said 11 people were killed.");
  assert.deepEqual(again.casualties.map((c) => c.count_best), [11]);
});

test("same figure: equal figures each told with its own verb in one sentence are two events", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Four soldiers were killed in clashes on Monday, while four others died when their truck struck a mine, an official said.");
  assert.deepEqual(r.casualties.map((c) => c.count_best), [4, 4]);
  // One toll told twice, the second time with its verb first, stays one.
  const once = run("Report", "TOWN, May 3, 2021 - Four soldiers were killed on Monday, the army said, adding that the attack killed four soldiers at a checkpoint.");
  assert.deepEqual(once.casualties.map((c) => c.count_best), [4]);
});

test("not-a-place-event: a town that owns a named place or a region is not the place; one that owns an unnamed part of itself is", () => {
  const part = run("Report", "TOWN, May 3, 2021 - Airstrikes hit densely populated areas in Tarsa's central district on Monday, officials said.");
  assert.deepEqual(part.territory.map((t) => t.place_mention), ["Tarsa"]);
  const named = run("Report", "TOWN, May 3, 2021 - Airstrikes hit Tarsa's Ulmar camp on Monday, officials said.");
  assert.ok(!named.territory.some((t) => t.place_mention === "Tarsa"));
});

test("not-a-place-event: a district struck stays (ACLED tables it at district precision); a province struck does not", () => {
  const r = run("Report", "KABUL, May 3, 2021 - Gunmen attacked police posts in Khash Rod district of Afghanistan on Monday, officials said. Jets also struck Ulmar Province.");
  assert.deepEqual(r.territory.map((t) => [t.action_class, t.place_mention, t.acled_geo_precision]), [["attack", "Khash Rod", 2]]);
});

test("not-a-place-event: an area named only as where another place of the sentence lies, or where counted villages lie, is not struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Gunmen stormed Tarsa village, Ulmar local government area, on Monday, killing nine people."), ["Tarsa"]);
  assert.deepEqual(places("The airstrike targeted Kafr Bani in the Ulmar district on Monday, killing three civilians."), ["Kafr Bani"]);
  assert.deepEqual(places("Houses were burned in Bet Aram village, Qarn district, Bolo, Northwest region, on Monday."), ["Bet Aram"]);
  assert.deepEqual(places("Bandits killed seven people in attacks on two villages of Ulmar Local Government Area on Monday."), []);
  assert.deepEqual(places("Rebels launched an attack on a village in Ulmar District on Monday night, killing 18 people."), []);
  // A district struck alone, or uncounted villages in listed districts, stay.
  assert.deepEqual(places("Gunmen attacked police posts in Ulmar district on Monday, officials said."), ["Ulmar"]);
  assert.deepEqual(places("Insurgents attacked villages in Ulmar and Qarn districts on Monday, killing 12 people."), ["Ulmar", "Qarn"]);
});

test("not-a-place-event: names after one town joined by a bare comma ('the town of Tarsa, Ulmar, Qarn') say where it lies", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("This morning there was an attack on the town of Tarsa, Ulmar, Qarn."), ["Tarsa"]);
  assert.deepEqual(places("Rebels killed nine people during a night attack in a remote village in Kafr Bani, Ulmar in the east of the country."), ["Kafr Bani"]);
  assert.deepEqual(places("Also an attack was made in Bet Aram village, Ulmar West — two women were killed."), ["Bet Aram"]);
  assert.deepEqual(places("Three civilians were killed in an artillery attack on Tarsa, part of Greater Ulmar, a source said."), ["Tarsa"]);
  // A list goes on with "and", or gives each name its own kind: every name is a place.
  assert.deepEqual(places("Rebels attacked the town of Tarsa, Ulmar and Qarn on Monday."), ["Tarsa", "Ulmar", "Qarn"]);
  assert.deepEqual(places("Rebels shelled Tarsa, Ulmar, Qarn and Bolo on Monday."), ["Tarsa", "Ulmar", "Qarn", "Bolo"]);
  assert.deepEqual(places("Troops captured Tarsa town, Ulmar village, Qarn village, and other areas on Monday."), ["Tarsa", "Ulmar", "Qarn"]);
});

test("not-a-place-event: a name that owns a newsroom, a ministry or a command, or that speaks, is no place struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Four people were injured in the attack on a truck in Tarsa, the Ulmar radio station reported."), ["Tarsa"]);
  assert.deepEqual(places("Two men were killed in a new strike on Bet Aram on Friday, the Qarn health ministry spokesman told reporters."), ["Bet Aram"]);
  assert.deepEqual(places("Troops attacked Kafr Bani on Monday, the Bolo Public Relations (BPR) confirmed."), ["Kafr Bani"]);
  assert.deepEqual(places("Jets bombed rebel positions in Tell Sarah with bombs landing near the Ulmar Operations Command on Monday."), ["Tell Sarah"]);
  // A place then the speaker stays: "Rebels shelled Tarsa, officials said".
  assert.deepEqual(places("Rebels shelled Tarsa on Monday, Ulmar officials said."), ["Tarsa"]);
});

test("not-a-place-event: water, a front line and a border between two countries are no place struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Rebels attacked two oil tankers in the Tarsa Sea on Monday."), []);
  assert.deepEqual(places("A drone targeted a civilian car near the Ulmar River on Monday, wounding two."), []);
  assert.deepEqual(places("Insurgents have stepped up their attacks on the islands of the Lake Qarn basin."), []);
  assert.deepEqual(places("Troops started heavy shelling on the Line of Control on Monday."), []);
  assert.deepEqual(places("Rebels ambushed an army convoy near the Peru-Bolivia border on Monday."), []);
  // A town by the water stays.
  assert.deepEqual(places("A drone targeted a civilian car in Bet Aram, near the Ulmar River, on Monday."), ["Bet Aram"]);
});

test("not-a-place-event: where the attackers are based ('fired by the militia stationed in Tarsa') is no place struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("A house in Bet Aram was hit by a mortar shell fired by the militia stationed in Tell Sarah on Monday."), ["Bet Aram"]);
  assert.deepEqual(places("Homes were targeted with artillery shells by the rebel fighters stationed in the area of Qarn on Monday."), []);
  // A force based somewhere, attacked, is struck there.
  assert.deepEqual(places("Rebels attacked the battalion based in Ulmar on Monday."), ["Ulmar"]);
});

test("headline: a total clearly above every figure the body gives is the headline's own claim", () => {
  const r = run("Two civilians killed, ten wounded in shelling of Tarsa", "TARSA, May 3, 2021 - One civilian was killed and seven were wounded in the morning, the mayor said. In the evening one more civilian was killed and three were wounded.");
  assert.deepEqual(r.casualties.map((c) => [c.outcome, c.count_best]).filter(([, n]) => n === 2 || n === 10), [["killed", 2], ["injured", 10]]);
  // A headline that rounds the body's figure still gives way to it.
  assert.deepEqual(run("Strike kills nearly 100", "TOWN, May 3, 2021 - A strike on a market killed at least 98 people on Monday, officials said.").casualties.map((c) => c.count_best), [98]);
});

test("same figure: one person told apart by age is another person ('a 50-year-old man was killed … a man of 63 died')", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const at = (text: string) => extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${text}`, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never).casualties.length;
  assert.equal(at("Shelling hit the village of Tarsa. A 50-year-old man was killed. Later a man of 63 years old died in the same street."), 2);
  // the same person told twice, with the same age, is one figure
  assert.equal(at("Shelling hit the village of Tarsa. A 50-year-old man was killed. Officials said the 50-year-old man was killed near his home."), 1);
});

test("people of one country who fled for safety in another are refugees; safety found in a town of their own is not a crossing", () => {
  const kinds = (body: string) => run("Report", body).displacement.map((d) => [d.kind, d.people_best]);
  assert.deepEqual(kinds("Over 12,000 Ethiopians have fled the fighting in the northern region for safety in Sudan."), [["refugees", 12000]]);
  assert.deepEqual(kinds("Over 12,000 Ethiopians have fled the fighting in the northern region for safety in the town of Gondar."), [["displaced", 12000]]);
});

test("people killed as they fled are dead, not displaced", () => {
  const r = run("Report", "Last Friday, 18 residents fleeing the border village of Tarsa -- including 11 children -- were killed when a missile hit their van. Thousands of people fleeing the fighting arrived in Ulmar.");
  assert.deepEqual(r.casualties.map((c) => [c.outcome, c.count_best, c.victims]), [["killed", 18, "civilians"], ["killed", 11, "children"]]);
  assert.deepEqual(r.displacement.map((d) => [d.kind, d.people_best]), [["displaced", 2000]]);
});

test("not-a-place-event: a name the article gives fighters, weapons, a group's kind or a person's title is the group or the man, not a place struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Jets carried out strikes on Vandari in Bolo on Monday, killing 12 people. The army said it had hit Vandari weapons stored in homes."), ["Bolo"]);
  assert.deepEqual(places("Drones struck Vandari on Monday, the army said. The Vandari-backed militia denied it."), []);
  assert.deepEqual(places("The army was targeting Kessa – a group blamed for attacks on police – on Monday, officials said."), []);
  assert.deepEqual(places("The office of the aid group Lumen was looted on Monday, its staff said."), []);
  assert.deepEqual(places("Troops killed commander Dalo Fenn and a child on Sunday. The army said Fenn was targeted because he led a rocket unit."), []);
  // A name the article also puts people in is a town, whoever is called after it.
  assert.deepEqual(places("Gunmen attacked Darub on Monday, killing nine people. Mr Darub, a local elder, said many were killed in Darub."), ["Darub"]);
  assert.deepEqual(places("Rebels shelled Tarsa on Monday. Tarsa fighters had held out in Tarsa for weeks."), ["Tarsa"]);
});

test("not-a-place-event: a source that speaks after a name ('…, the agency said') does not make the name a group", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Air strikes were reported in Vandari, Kessa and Dalofe, the agency said."), ["Vandari", "Kessa", "Dalofe"]);
  assert.deepEqual(places("Militants shelled Dalofe on Monday, the monitoring group reported."), ["Dalofe"]);
  // An apposition that says what the name is still makes it a group.
  assert.deepEqual(places("Troops shelled Dalofe on Monday. Dalofe, the armed group, denied losses."), []);
});

test("not-a-place-event: a photo's caption (a file photo, a credited picture) and a video player's text are no report of a place struck", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - Officials gave no toll. ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("File photo: soldiers clear a house torched by insurgents in Tarsa, northern Bolo."), []);
  assert.deepEqual(places("A house burned in an attack on Ulmar village [Jo Qarni/AFP]"), []);
  assert.deepEqual(places("Rescuers search the rubble after an air strike on Kafr Bani (AP Photo/Sami Tell)"), []);
  assert.deepEqual(places("Try refreshing your browser, or Five killed in Deir Hafer air strikes Back to video"), []);
  // The body's own sentence, and a bracket that is no credit, stay.
  assert.deepEqual(places("Insurgents torched houses in Tarsa on Monday, residents said."), ["Tarsa"]);
  assert.deepEqual(places("Gunmen attacked Ulmar village on Monday [updated 3/5]"), ["Ulmar"]);
});

test("not-a-place-event: a building is no place; the town that owns it or holds it is ('Tarsa’s International Airport', 'the Qarni restaurant in Ulmar')", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Mortar shells struck Tarsa’s International Airport on Monday, police said."), ["Tarsa"]);
  assert.deepEqual(places("A bomber blew himself up outside the Qarni restaurant in Ulmar on Monday."), ["Ulmar"]);
  assert.deepEqual(places("Drones struck the Presidential Palace on Monday, officials said."), []);
  assert.deepEqual(places("Five people were killed when a drone struck near the Faculty of Engineering on Monday."), []);
  assert.deepEqual(places("Rebels shelled the Social Insurance Hospital on Monday."), []);
  // A building named after its town keeps the town's name.
  assert.deepEqual(places("Rebels shelled Bolo Airport on Monday."), ["Bolo Airport"]);
  assert.deepEqual(places("Jets bombed Tarsa hospital on Monday."), ["Tarsa"]);
});

test("not-a-place-event: a name after a role ('photographer Lena Vossberg') or a title with a particle inside ('General Omar bin Qarnawi') is a person", () => {
  const places = (body: string) => run("Report", `TOWN, May 3, 2021 - Officials gave no toll. ${body}`).territory.map((t) => t.place_mention);
  assert.deepEqual(places("Witnessed by photographer Lena Vossberg, the town was retaken by rebels in June."), []);
  assert.deepEqual(places("The blast came hours before an assassination attempt on the army chief, General Omar bin Qarnawi, which also took place in Tarsa."), []);
  // A town a person is named after stays a town when the article puts anything in or from it.
  assert.deepEqual(places("Rebels captured the town of Dalo on Monday. Photographer Ana Dalo said residents fled from Dalo."), ["Dalo"]);
});

test("not-a-place-event: what the article says a name is elsewhere (actorNotPlace), read only at the name's own words", async () => {
  const { actorNotPlace } = await import("../loaders/extract/refiners/places.ts");
  // An armed group: its members after the name, "-backed", an apposition, or a kind of group before it.
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa. Tarsa fighters fled."), "group");
  assert.equal(actorNotPlace("Tarsa", "Tarsa-backed units hit it, and jets struck Tarsa."), "group");
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa, a militant group founded in 2009."), "group");
  assert.equal(actorNotPlace("Tarsa", "Jets struck the militia Tarsa overnight."), "group");
  // ("Tarsa, a group, said": a group that speaks after the name is the story's source, not what the name is.)
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa, the agency said."), null);
  // A person: a title before the name, with up to three names between.
  assert.equal(actorNotPlace("Ulmar", "Drones hit Ulmar after commander Qarn Ulmar spoke."), "person");
  // Anything in, at or near the name makes it a place, whatever else the article says of it.
  assert.equal(actorNotPlace("Tarsa", "Tarsa fighters were killed in Tarsa on Monday."), null);
  // ...but "near the bases of Tarsa forces" is where the group's men are.
  assert.equal(actorNotPlace("Tarsa", "Tarsa fighters struck from near Tarsa forces."), "group");
  // A name inside a longer word is not the name: "Tarsan fighters" says nothing of Tarsa.
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa. Tarsan fighters fled."), null);
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa. The militia Tarsalo fled."), null);
  // A name the article says nothing else of, and a name too short to judge.
  assert.equal(actorNotPlace("Tarsa", "Jets struck Tarsa on Monday."), null);
  assert.equal(actorNotPlace("Ta", "Ta fighters fled."), null);
});

test("not a place event: a county taken or struck is tabled as a district is; a province taken or struck is a region", () => {
  const places = (body: string) => run("Report", body).territory.map((t) => [t.action_class, t.place_mention]);
  assert.deepEqual(places("The rebels said on Monday they had captured Tarsa county in Bolo state."), [["control", "Tarsa"]]);
  assert.deepEqual(places("The army said on Monday it had conducted airstrikes in Tarsa County in Bolo state."), [["attack", "Tarsa County"]]);
  assert.deepEqual(places("The rebels said on Monday they had shelled Tarsa province."), []);
  assert.deepEqual(places("The rebels said on Monday they had captured Tarsa province."), []);
});

test("refugees: once the article has told refugees abroad, later bare 'refugees' stay refugees; a later clause's crossing is another group's", () => {
  const kinds = (body: string) => run("Report", body).displacement.map((d) => [d.kind, d.count_best]);
  assert.deepEqual(kinds("Some 2,000 Tarsan refugees crossed into Ulmaria this week, the agency said. In Qarn, more than 14,000 refugees have been registered, it said."), [["refugees", 2000], ["refugees", 14000]]);
  // Without refugees abroad before, bare refugees in a town are news's word for the displaced at home.
  assert.deepEqual(kinds("In Qarn, more than 14,000 refugees have been registered, the agency said."), [["displaced", 14000]]);
  assert.deepEqual(kinds("It says more than 1,000 people fled their homes, and many refugees in a nearby camp returned to Ulmaria."), [["displaced", 1000]]);
});

test("a country's other name that the text calls a village is a village the gazetteer does not hold, not the country", () => {
  const attacks = (body: string) => run("Report", body).territory.map((t) => [t.action_class, t.place, t.lat === null]);
  // ("Viti" is another name of Fiji; here it is a village.)
  assert.deepEqual(attacks("Rebels launched an attack on army positions in the village of Viti, killing six civilians."), [["attack", "Viti", true]]);
  // Negative: the country named by its other name, with no settlement word, is still the country, not a place event.
  assert.deepEqual(attacks("Rebels launched an attack on army positions in Viti, killing six civilians."), []);
});

test("'shelled the X district of Y': a part of a city the gazetteer does not hold, beside the city, is tabled once, at the city", () => {
  const places = (body: string) => run("Report", body).territory.map((t) => [t.action_class, t.place_mention]);
  assert.deepEqual(places("Troops shelled the Velorsky district of Saraqib on Monday, injuring at least 23 people."), [["attack", "Saraqib"]]);
  // Negative: beside a name the gazetteer does not know as a city, both stay; two places joined by "and" both stay.
  assert.deepEqual(places("Troops shelled the Velorsky district of Ulmarabad on Monday, injuring at least 23 people."), [["attack", "Velorsky"], ["attack", "Ulmarabad"]]);
  assert.deepEqual(places("Troops shelled the village of Velorsk and the city of Saraqib on Monday."), [["attack", "Velorsk"], ["attack", "Saraqib"]]);
});

test("same figure: one person killed in each of two places named apart is two figures; a sentence naming both places is one", () => {
  const two = run("Report", "A man was killed in shelling on Tarsa. A woman was killed in an air strike on Kolda.");
  assert.deepEqual(two.casualties.map((c) => [c.count_best, c.place]), [[1, "Tarsa"], [1, "Kolda"]]);
  const one = run("Report", "One person was killed in shelling on Tarsa. The shelling killed one person in Kolda, a quarter of Tarsa.");
  assert.deepEqual(one.casualties.map((c) => [c.count_best, c.place]), [[1, "Tarsa"]]);
  assert.equal(droppedBy(one.trace, "same-figure").length, 1);
  // A lead that places the death in a country, then the body's town: one figure.
  const lead = run("Report", "Gunmen killed one policeman in northern Kenya. One policeman was killed in Kolda town on Thursday.");
  assert.equal(lead.casualties.length, 1);
});

test("a part that crossed a border makes refugees of the part, not of the whole; a small region taken by the verb stays", () => {
  const moved = run("Report", "The fighting has forced some 900,000 people from their homes, including 200,000 who crossed into neighbouring countries.").displacement.map((d) => [d.kind, d.count_best]);
  assert.deepEqual(moved, [["displaced", 900000], ["refugees", 200000]]);
  const taken = (body: string) => run("Report", body).territory.filter((t) => t.action_class === "control").map((t) => t.place_mention);
  assert.deepEqual(taken("The army retook Tarsa region, north of Ulmar, on Friday."), ["Tarsa"]);
  assert.deepEqual(taken("Insurgents have overrun a military base in the southern Tarsa region."), []);
});

test("same figure: a headline run into its lead with no stops is one figure, however many 'and's stand between", () => {
  const r = run("Report", "At least 23 killed in market bombing Gunmen bombed the Tarsa market on Friday killing 23 shoppers and wounding 60 the police said The bomb that killed at least 23 shoppers also hurt dozens of others.");
  assert.deepEqual(r.casualties.filter((c) => c.outcome === "killed").map((c) => c.count_best), [23]);
  // Two verbs of one deed before the figure: "executed and crucified nine" repeats the headline's nine.
  const deed = run("Report", "Rebels shoot 6 hostages in Kolda Radio Kolda Monday The rebels have beaten and executed six hostages at the camp an aid worker said.");
  assert.deepEqual(deed.casualties.map((c) => c.count_best), [6]);
});

test("not-a-place-event: a region's name the sentence later calls a town is struck as a town", () => {
  // (Read with no profile, as a corpus of many wars is: one war's country says nothing of where this one is.)
  useProfile(null);
  try {
    const gaz = Gazetteer.fromFile();
    const places = (body: string) => extractArticle(article("Report", `TOWN, May 3, 2021 - ${body}`), gaz).territory.map((t) => t.place_mention);
    assert.deepEqual(places("Rockets on a school in Nabatieh killed two pupils, the city's mayor said."), ["Nabatieh"]);
    assert.deepEqual(places("Rockets on a school in Nabatieh killed two pupils, a minister said."), []);
  } finally {
    useProfile();
  }
});

test("not-a-place-event: an unnamed place taken in a named region keeps the region, at its precision; struck, it does not", () => {
  const taken = run("Report", "DAKAR, May 3, 2021 - Insurgents seized a district in Kolda region on Monday, officials said.");
  assert.deepEqual(taken.territory.map((t) => [t.action_class, t.place, t.geo_precision]), [["control", "Kolda", "region"]]);
  const struck = run("Report", "DAKAR, May 3, 2021 - Jets bombed a village in Kolda region on Monday, officials said.");
  assert.deepEqual(struck.territory.map((t) => t.place), []);
});

test("places: an unnamed town taken in a region named after a compass word keeps the region ('a town in the northern Tarsa region')", () => {
  const t = run("Report", "Federal forces have liberated a town in the northern Tarsa region, the government said.");
  assert.deepEqual(t.territory.map((r) => [r.action_class, r.place_mention]), [["control", "Tarsa"]]);
  // With no word saying the name is a region's, the name may be a country's: nothing is read.
  assert.deepEqual(run("Report", "Federal forces have liberated a town in northern Tarsa, the government said.").territory.map((r) => r.place_mention), []);
});

test("same figure: 'Two adults were also killed' after two children killed is another figure", () => {
  const t = run("Report", "News came of two teenage boys being beheaded in Tarsa on Sunday. Two adults were also killed.");
  assert.deepEqual(t.casualties.map((r) => [r.outcome, r.count_best, r.victims]), [["killed", 2, "children"], ["killed", 2, "people"]]);
  // Said again with no such word, the same two are one figure.
  const again = run("Report", "Two boys were killed in Tarsa on Sunday. The two children were killed by gunmen, a witness said.");
  assert.deepEqual(again.casualties.map((r) => [r.outcome, r.count_best]), [["killed", 2]]);
});

test("'X's Y district': a part of a town is placed at the town that owns it", () => {
  const places = (body: string) => run("Report", body).territory.map((t) => [t.action_class, t.place_mention, t.place]);
  // A district the gazetteer does not hold, and a neighbourhood (Saraqib is a town the gazetteer holds).
  assert.deepEqual(places("A drone hit a bakery in Saraqib's Velorsky district on Friday."), [["attack", "Velorsky", "Saraqib"]]);
  assert.deepEqual(places("Shells landed in Saraqib's eastern Qarnabad neighbourhood on Friday."), [["attack", "Qarnabad", "Saraqib"]]);
  // Negative: an owner the gazetteer does not know as a town leaves the name as it was.
  assert.deepEqual(places("A drone hit a bakery in Bolo's Velorsky district on Friday."), [["attack", "Velorsky", "Velorsky"]]);
});

test("'the city' right after a place an event of the same sentence named is that place; a part of a city is not", () => {
  const places = (body: string) => run("Report", body).territory.map((t) => [t.action_class, t.place_mention]);
  assert.deepEqual(places("Rebels stormed Saraqib at dawn, and by evening the army conceded it had lost the city."), [["attack", "Saraqib"], ["control", "Saraqib"]]);
  // Negative: "the city" after the city's parts is not one of the parts.
  assert.deepEqual(places("Mortar rounds fell on the Qarnabad and Velorsky neighbourhoods in the city.").filter(([, m]) => m === "the city"), []);
});

test("same figure: one person named as a part of a toll is not the one a later toll of its own counts", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Shelling killed 11 civilians in Tarsa on Monday, including a teacher, medics said. A mortar round in Ulmar left one person dead and four hurt.");
  assert.deepEqual(r.casualties.map((c) => [c.outcome, c.count_best, !!c.part_of]), [["killed", 11, false], ["killed", 1, true], ["killed", 1, false], ["injured", 4, false]]);
  // A part told again as a part is still one: the lead's "including a teacher" and the body's "among the dead was a teacher".
  const again = run("Report", "TOWN, May 3, 2021 - Shelling killed 11 civilians in Tarsa on Monday, including a teacher. Shelling killed 11 civilians in Tarsa, including a teacher, medics said.");
  assert.deepEqual(again.casualties.map((c) => [c.count_best, !!c.part_of]), [[11, false], [1, true]]);
});

test("places: 'the commune' is the place a distance described, though the gazetteer does not know it; not the landmark", () => {
  const r = run("Report", "TOWN, May 3, 2021 - Residents cheered the troops in Kolvenu, some 40 km from Ulmar, after the commune was freed from the insurgents.");
  assert.deepEqual(r.territory.map((t) => [t.action_class, t.place_mention]), [["control", "Kolvenu"]]);
});
