// "took full control of the town": a place named earlier in the story, read back from the sentences before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles } from "../loaders/extract/index.ts";

function territory(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "back-reference-"));
  try {
    writeFileSync(join(dir, "story.txt"), text);
    return extractArticles(readArticles(dir)).territory.map((r) => [r.action_class, r.place_mention, r.rule]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("'the town' after a place was named stands for that place", () => {
  const rows = territory("Rebels take river town\n\nA rebel convoy surrounded Tarsa on Wednesday night, residents said. " +
    "The fighters took full control of the town on Thursday, a police source said. Aid groups said they were worried about the wounded.\n");
  assert.deepEqual(rows, [["siege", "Tarsa", "territory.siege-verb"], ["control", "Tarsa", "territory.control-verb+the-town"]]);
});

test("'the town' with no place named just before, or naming its own place, reads nothing back", () => {
  assert.deepEqual(territory("Rebels advance\n\nThe fighters took full control of the town on Thursday, a police source said. Officials said more troops were on the way.\n"), []);
  const own = territory("Rebels advance\n\nA convoy surrounded Tarsa on Wednesday, residents said. Later the fighters seized the town of Ulmar, a police source said.\n");
  assert.deepEqual(own.map((r) => r[1]), ["Tarsa", "Ulmar"]);
  // "the capital" alone is the country's capital, not the town named before.
  assert.deepEqual(territory("Rebels advance\n\nA convoy surrounded Tarsa on Wednesday, residents said. The army shelled the capital on Thursday, officials said.\n").map((r) => r[1]), ["Tarsa"]);
});

test("'the city' with no event before stands for the town the same sentence or the one before named", () => {
  // The gazetteer must know the town: an unknown name is not taken for "the city".
  const same = territory("Siege goes on\n\nTraders in Mopti accused the militia of shelling the city, which has been under siege since March, officials said.\n");
  assert.deepEqual(same.filter((r) => r[0] === "siege").map((r) => [r[1], r[2]]), [["Mopti", "territory.under+the-town"]]);
  const before = territory("Siege goes on\n\nFood prices have doubled in Mopti, traders said. The city has been under siege since March, officials said.\n");
  assert.deepEqual(before.map((r) => [r[0], r[1]]), [["siege", "Mopti"]]);
  // A region is not "the city", and a name the gazetteer does not know is not one either.
  assert.deepEqual(territory("Siege goes on\n\nFood prices have doubled in Tarsa, traders said. The city has been under siege since March, officials said.\n"), []);
  assert.deepEqual(territory("Siege goes on\n\nFood prices have doubled across Darfur, traders said. The city has been under siege since March, officials said.\n"), []);
  // "the south of X" is a part of a region; "Tarsa town" is a town because the text says so.
  assert.deepEqual(territory("Siege goes on\n\nFood prices have doubled in the south of Mopti, traders said. The city has been under siege since March, officials said.\n"), []);
  const called = territory("Siege goes on\n\nFood prices have doubled in Tarsa town, traders said. The town has been under siege since March, officials said.\n");
  assert.deepEqual(called.map((r) => [r[0], r[1]]), [["siege", "Tarsa"]]);
});

test("'it' as the whole object of a capture stands for the town named before; never for an attack", () => {
  const rows = territory("Town changes hands\n\nRebels shelled Tarsa last week, residents said. Government forces now occupy it, officials said.\n");
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [["attack", "Tarsa", "territory.attack-verb"], ["control", "Tarsa", "territory.control-verb+the-town"]]);
  // "it" with no town before, "it was", or an attack on "it" (a convoy as likely as a town) reads nothing back.
  assert.deepEqual(territory("Army advances\n\nThe army captured it from the rebels on Monday, officials said.\n"), []);
  assert.deepEqual(territory("Army advances\n\nRebels shelled Tarsa on Sunday, residents said. Drones attacked it again on Monday, officials said.\n").map((r) => r[1]), ["Tarsa"]);
});

test("a nationality before 'town' names no town to refer back to", () => {
  assert.deepEqual(territory("Calm returns\n\nA resident of the Malian town said, \"Now it is calm and government forces fully control it,\" adding that he saw bodies.\n"), []);
  // The town itself, named so, still counts.
  assert.deepEqual(territory("Calm returns\n\nA resident of Mopti town said, \"Now it is calm and government forces fully control it,\" adding that he saw bodies.\n").map((r) => r[1]), ["Mopti"]);
});

test("a country's name before 'town of' says where the town lies: the town named after it is the antecedent", () => {
  const rows = territory("Town deserted\n\nThe key northern Mali town of Tarsa was all but deserted on Monday, residents said. Militants attacked the town on Wednesday, officials said.\n");
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [["attack", "Tarsa"]]);
  // (With no town named, the country is not one.)
  assert.deepEqual(territory("Town deserted\n\nThe key northern Mali town was all but deserted on Monday, residents said. Militants attacked the town on Wednesday, officials said.\n"), []);
});

test("a town headed for ('reinforcements heading for Masyaf') is what 'the town' in the next sentence stands for", () => {
  const rows = territory("Jets strike\n\nThe army sent reinforcements heading for Masyaf, where the barracks stood. However, jets bombed the town, killing two civilians.\n");
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [["attack", "Masyaf"]]);
  // ("campaigned for Masyaf": no going there, no antecedent.)
  assert.deepEqual(territory("Jets strike\n\nResidents campaigned for Masyaf on Sunday, officials said. However, jets bombed the town, killing two civilians.\n"), []);
});

test("'it' after a siege verb stands for the sentence's subject when the gazetteer knows it as a town", () => {
  const rows = territory("Siege goes on\n\nMopti is the last major city in central Mali still under army control and the rebels have laid siege to it since May, officials said.\n");
  assert.deepEqual(rows.filter((r) => r[0] === "siege").map((r) => [r[1], r[2]]), [["Mopti", "territory.siege-verb+the-town"]]);
});

test("'the northwestern town' refers to the name it describes just before it", () => {
  const rows = territory("Town falls\n\nMopti, the central town fell overnight into rebel hands in Mali, the minister said.\n");
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [["control", "Mopti"]]);
});

test("'this coastal capital' stands for the place of the dateline; with no dateline, for the town named before", async () => {
  const { datelinePlace } = await import("../loaders/extract/dateline-place.ts");
  assert.equal(datelinePlace("Report\n\nTARSA, Qarn -- Shells fell."), "Tarsa");
  assert.equal(datelinePlace("Report\n\nNEW TARSA (Valley Radio) - Shells fell."), "New Tarsa");
  assert.equal(datelinePlace("Report\n\nAP - Shells fell."), null);
  assert.equal(datelinePlace("Report\n\nShells fell on Tarsa."), null);
  assert.deepEqual(
    territory("Shelling resumes\n\nTARSA, Qarn -- Rockets fell overnight on this river capital, killing at least six residents.\n\nAid workers in Ulmar said they could not reach the wounded.\n"),
    [["attack", "Tarsa", "territory.fired-at+the-town"]],
  );
});

test("'The towns are A, B and C' names the places an event of the sentence before counted without naming", () => {
  assert.deepEqual(
    territory("Report\n\nTroops recaptured five towns from the insurgents on Friday. The towns include Tarsa, Ulmar and Qarn in the north.\n"),
    [["control", "Tarsa", "territory.named-next"], ["control", "Ulmar", "territory.named-next"], ["control", "Qarn", "territory.named-next"]],
  );
  assert.deepEqual(territory("Report\n\nRebels attacked three villages at dawn. The villages are Tarsa and Ulmar.\n").map((r) => [r[0], r[1]]), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  // No event before: the towns are only named.
  assert.deepEqual(territory("Report\n\nThe minister visited five towns on Friday. The towns are Tarsa and Ulmar.\n"), []);
});

test("control: forces made to leave a place, forced from a capital, control given by an event, 'in \"full\" control of'", async () => {
  const { territoryCandidates } = await import("../loaders/extract/parsers/territory.ts");
  const events = (s: string) => territoryCandidates(s).filter((c) => !c.townOnly).map((c) => [c.actionClass, c.mention]);
  assert.deepEqual(events("Gunmen were pushing army units out of the district capital of Tarsa on 3 June."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Insurgents forced the police to leave the village."), [["control", "the village"]]);
  assert.deepEqual(events("Fighting forced residents to leave Tarsa."), []);
  assert.deepEqual(events("The pullback gave the militia effective control over much of Tarsa's old town."), [["control", "Tarsa"]]);
  assert.deepEqual(events('Officials claimed their forces were in "full" control of Tarsa, a town near the border.'), [["control", "Tarsa"]]);
});

test("'the village' or 'the town' that would land on a capital or a great city read the wrong antecedent: set aside, with the reason", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const article = (body: string) => ({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: null, words: 60, warnings: [], hash: "" }) as never;
  const trace: import("../loaders/extract/index.ts").TraceEntry[] = [];
  const r = extractArticle(article("Officials in Damascus said fighting had spread. Gunmen later took control of the village."), undefined, trace);
  assert.deepEqual(r.territory.map((t) => t.place), []);
  assert.ok(trace.some((t) => t.refiner === "reader" && /would be Damascus, a capital/.test(String(t.dropped))));
  // A small town named before is still what "the town" stands for.
  const small = extractArticle(article("Fighting spread to Kafr Nabl on Monday. Gunmen later took control of the town."));
  assert.deepEqual(small.territory.map((t) => t.place_mention), ["Kafr Nabl"]);
});

test("back reference: a town singled out of a list ('especially Tarsa') is what 'this city' in the next sentence stands for", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const text = "Report\n\nThousands fled towards nearby areas, especially Saraqib. This city has been besieged for weeks by the militia.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.territory.map((t) => [t.action, t.place_mention]), [["besieged", "Saraqib"]]);
});

test("back reference: a dateline filed from near a place ('OUTSIDE TARSA, Qarn --') names the place, not 'Outside Tarsa'", async () => {
  const { datelinePlace } = await import("../loaders/extract/dateline-place.ts");
  assert.equal(datelinePlace("Report\n\nOUTSIDE SARAQIB, Syria -- Soldiers shelled this town for days."), "Saraqib");
  assert.equal(datelinePlace("Report\n\nNEAR SARAQIB, Syria -- Soldiers shelled this town."), "Saraqib");
  assert.equal(datelinePlace("Report\n\nSARAQIB, Syria -- Soldiers shelled this town."), "Saraqib");
});

test("'it' after a conjunction is the town named earlier in the same sentence, past a nationality", () => {
  const rows = territory("Siege lifted\n\nThousands reached safety outside the northern Malian town of Mopti a week after it was besieged by jihadists, officials said.\n");
  assert.deepEqual(rows, [["siege", "Mopti", "territory.passive+the-town"]]);
  // "it" never reaches back to a town of an earlier sentence.
  assert.deepEqual(territory("Siege lifted\n\nThe army held the town of Mopti for a year. Aid workers left when it was attacked by the press.\n")
    .filter((r) => r[0] === "attack"), []);
});

test("'entered the city and raised their flag', 'seizing the town's centre': the town named just before", () => {
  assert.deepEqual(territory("Rebels advance\n\nFighting raged for days around Mopti, residents said. On the fourth day soldiers entered the city and raised their flag.\n"),
    [["control", "Mopti", "territory.control-verb+the-town"]]);
  assert.deepEqual(territory("Rebels advance\n\nFighting raged for days around Mopti, residents said. The rebels were seizing the town's centre by nightfall, witnesses said.\n"),
    [["control", "Mopti", "territory.control-verb+the-town"]]);
  // "the city and Sevare" goes on: the object is a list, and "the city" alone is not read back.
  assert.ok(!territory("Rebels advance\n\nFighting raged for days around Mopti, residents said. On the fourth day soldiers entered the city and Sevare.\n").some((r) => r[1] === "Mopti"));
});

test("'before capturing it': 'it' is the place an event of the same sentence named just before, not one of an earlier sentence", () => {
  const rows = territory("Town falls\n\nRebels shelled Ulmar last year, residents said. Troops besieged and shelled Tarsa for a month before capturing it on Friday.\n");
  assert.deepEqual(rows.filter((r) => r[0] === "control").map((r) => [r[1], r[2]]), [["Tarsa", "territory.control-verb+the-town"]]);
});

test("'an offensive against the Vey capital, Tarsa, capturing it': the name set off after 'capital' is what 'it' stands for", () => {
  const rows = territory("Capital falls\n\nAt dawn the rebels launched an offensive against the Vey capital, Tarsa, capturing it from government troops.\n");
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [["control", "Tarsa"]]);
  // A capital named in passing in an earlier sentence is no antecedent for "the town".
  assert.deepEqual(territory("Report\n\nDiplomats flew to the capital, Tarsa, last week. Rebels later seized the town after heavy fighting.\n"), []);
});

test("a capital's or a great city's airport taken is the airport, not the city; a small town's airfield stands for the town", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const article = (body: string) => ({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: null, words: 60, warnings: [], hash: "" }) as never;
  const places = (body: string) => extractArticle(article(body)).territory.map((t) => [t.action_class, t.place_mention]);
  assert.deepEqual(places("Rebel fighters seized Damascus's airport on Monday, a spokesman said."), [["control", "Damascus Airport"]]);
  assert.deepEqual(places("Militia forces said they took full control of the main airport in Syria's Damascus after a day of fighting."), [["control", "Damascus Airport"]]);
  // The city itself, or a small town's airfield, stays the place.
  assert.deepEqual(places("Rebel fighters seized Damascus on Monday, a spokesman said."), [["control", "Damascus"]]);
  assert.deepEqual(places("Rebel fighters seized Kafr Nabl airport on Monday, a spokesman said."), [["control", "Kafr Nabl"]]);
});

test("'gunmen stormed in and briefly occupied it': the verb that took the place is 'occupied', not the storming before it", () => {
  const rows = territory("Base attacked\n\nA suicide bomber blew himself up at the Tarsa base before gunmen stormed in and briefly occupied it, police said.\n");
  assert.deepEqual(rows.filter((r) => r[0] === "control").map((r) => [r[1], r[2]]), [["Tarsa", "territory.control-verb+the-town"]]);
  // Gunmen who only storm a village still raid it.
  assert.deepEqual(territory("Raid\n\nGunmen stormed the village of Ulmar on Sunday, police said.\n").map((r) => [r[0], r[1]]), [["attack", "Ulmar"]]);
});

test("'It took place in X', 'This happened late Tuesday in X': where the attack the sentence before told happened", () => {
  assert.deepEqual(
    territory("Report\n\nGunmen stormed a church on Sunday, killing six worshippers. It took place in Tarsa, about 60 kilometres south of Ulmar.\n"),
    [["attack", "Tarsa", "territory.happened-in-next"]],
  );
  assert.deepEqual(
    territory("Report\n\nEight civilians were killed when the militia bombed a bunker. This happened late Tuesday night in Qarn, a doctor said.\n"),
    [["attack", "Qarn", "territory.happened-in-next"]],
  );
  // No attack told before: a meeting, a storm.
  assert.deepEqual(territory("Report\n\nThe peace talks ended without agreement. It took place in Bolo.\n"), []);
  assert.deepEqual(territory("Report\n\nA storm destroyed 40 homes and a bridge. It happened in Kafr Bani on Monday.\n"), []);
});

test("'the town' passes over a region an event named after the town, to the town itself", () => {
  const rows = territory("Rebels take border town\n\nRebels seized control of the eastern town of Tarsa, North Kivu — close to the Democratic Republic of Congo's border with Uganda — after two days of fighting. " +
    "About 90 soldiers retreated from the town and crossed the border overnight, officials said.\n");
  assert.deepEqual([...new Set(rows.filter((r) => r[0] === "control").map((r) => r[1]))], ["Tarsa"]);
});

test("a town named only as a landmark for another is not what 'it' stands for", () => {
  const rows = territory("Town emptied\n\nThousands of civilians had fled Tarsa, a town of about 30,000 people, roughly 45 kilometres north of Mopti, after it was bombed and shelled last month, residents said.\n");
  assert.deepEqual(rows.filter((r) => r[0] === "attack").map((r) => r[1]), ["Tarsa"]);
  // Alone, the landmark is still the town: "fighting 20 km south of Mopti … the city".
  const alone = territory("Siege goes on\n\nFood prices have doubled 20 km south of Mopti, traders said. The city has been under siege since March, officials said.\n");
  assert.deepEqual(alone.map((r) => [r[0], r[1]]), [["siege", "Mopti"]]);
});

test("a name an event already tabled counts as a town for 'the city', though the gazetteer does not know it", () => {
  // (The attack four sentences back, beyond the events "the city" may take as its place.)
  const rows = territory("Siege goes on\n\nThe militia renewed attacks on Tarsa using artillery fire on Saturday, residents said. " +
    "Aid groups said food was running short. Prices of flour have tripled, traders said. Schools have been closed since May. " +
    "Its fighters were advancing toward Tarsa to take the city, which has been under siege since March, the militia said.\n");
  assert.deepEqual(rows.filter((r) => r[0] === "siege").map((r) => [r[1], r[2]]), [["Tarsa", "territory.under+the-town"]]);
  // Not tabled before, the unknown name is still no town.
  assert.deepEqual(territory("Siege goes on\n\nIts fighters were advancing toward Tarsa to take the city, which has been under siege since March, the militia said.\n").filter((r) => r[0] === "siege"), []);
});
