import { test } from "node:test";
import assert from "node:assert/strict";
import { objectPlaces, territoryCandidates } from "../loaders/extract/parsers/territory.ts";
import { isCountryName } from "../loaders/extract/lexicon/countries.ts";

// The events a sentence tells whatever its places are ("killed in X" alone waits for the gazetteer: townOnly).
const events = (s: string) => territoryCandidates(s).filter((c) => !c.townOnly).map((c) => [c.actionClass, c.mention]);

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

// One sentence of our own for each way news writes a territorial event, and the cases that are not one.
test("control: describing words before a kind, particles, Persian and accented names", () => {
  assert.deepEqual(events("Militia fighters took control of the holy town of Bet Aram on Sunday."), [["control", "Bet Aram"]]);
  assert.deepEqual(events("Troops have recaptured the port town of Vila do Mar, an insurgent stronghold."), [["control", "Vila do Mar"]]);
  assert.deepEqual(events("The insurgents have taken control of Sar-e Pol district in Jowzan province and Pul-e Alam district."), [["control", "Sar-e Pol"], ["control", "Pul-e Alam"]]);
  assert.deepEqual(events("Rebels captured Chiùre and Macaneta on Monday."), [["control", "Chiùre"], ["control", "Macaneta"]]);
  assert.deepEqual(events("The army cleared the villages of Tel Hamra, Kani Sor and Bardarash as well as a monastery."), [["control", "Tel Hamra"], ["control", "Kani Sor"], ["control", "Bardarash"]]);
});

test("control: sites in a town, losses, lists, the passive and headlines", () => {
  assert.deepEqual(events("Forces on Monday retook a government complex in the city of Tamar from the militants."), [["control", "Tamar"]]);
  assert.deepEqual(events("The general said the army had lost Oyam, Tensa and Ruvo (Ruwo) to the alliance."), [["control", "Oyam"], ["control", "Tensa"], ["control", "Ruvo"]]);
  assert.deepEqual(events("The army said it had lost contact with Oyam."), [], "a loss with no 'to' is not a capture");
  assert.deepEqual(events("The liberated villages are Arman, Besh Tepe and Tal Bir."), [["control", "Arman"], ["control", "Besh Tepe"], ["control", "Tal Bir"]]);
  assert.deepEqual(events("Oyam, Tensa and Ruvo City were completely controlled by the alliance."), [["control", "Oyam"], ["control", "Tensa"], ["control", "Ruvo City"]]);
  assert.deepEqual(events("The Bakool village is among several villages liberated in the operation."), [["control", "Bakool"]]);
  assert.deepEqual(events("Army Retakes Taroba, Capital Of The East"), [["control", "Taroba"]]);
});

test("attacks: where the thing hit lies, fire at a place, what an attack did", () => {
  assert.deepEqual(events("Aircraft bombed several homes in Beit Amra and Tal Nour areas, east of the city."), [["attack", "Beit Amra"], ["attack", "Tal Nour"]]);
  assert.deepEqual(events("Drones targeted the Hassan family's house in the vicinity of Al-Nour Hospital in Kafr Dael."), [["attack", "Kafr Dael"]]);
  assert.deepEqual(events("Its fighters attacked enemy troops near the border village of Ras Tana."), [["attack", "Ras Tana"]]);
  assert.deepEqual(events("Artillery also fired rockets at the Aran town of Melik."), [["attack", "Melik"]]);
  assert.deepEqual(events("A drone attack injured a woman and a man in the village of Petrivka."), [["attack", "Petrivka"]]);
  assert.deepEqual(events("Civilians were killed in an occupation bombing of Beit Amra."), [["attack", "Beit Amra"]]);
  // ("The town" itself came under fire: the town named before, read back by the extractor.)
  assert.deepEqual(events("The town came under heavy fire near the localities of Ras Tana and Wadi Lil."), [["attack", "Ras Tana"], ["attack", "Wadi Lil"], ["attack", "The town"]]);
});

test("sieges: the noun with who imposed it", () => {
  assert.deepEqual(events("The latest attack came amid a siege imposed by the militia on El Tawil for two months."), [["siege", "El Tawil"]]);
});

test("not places: nationalities, actors, title-case words, appositions and plans", () => {
  assert.deepEqual(events("It accused the army of shelling Azerbaijani villages close to the front."), []);
  assert.deepEqual(events("The group said it launched attacks on Israeli troops and positions."), []);
  assert.deepEqual(events("Forces Regained Over 28 Villages Since Start Of Battle"), []);
  assert.deepEqual(events("Rebels entered Taroba, the provincial capital of North Lanka, after troops withdrew."), [["control", "Taroba"]]);
  assert.deepEqual(events("There are fears of an imminent attack on Kodal, a town hosting the displaced."), []);
  assert.deepEqual(events("The group continues to carry out attacks in Mogara, the capital."), []);
  assert.deepEqual(events("His house in western Tamar has been occupied by a militia."), []);
  assert.deepEqual(events("The two leaders struck a deal in Genova on Monday."), []);
  assert.deepEqual(events("Its forces surrounded the Jabal area of northern Sarda."), [["siege", "Jabal"]]);
});

test("control: occupation, control with words around it, an actor before the noun, a nationality before the name", () => {
  assert.deepEqual(events("The rebels occupy Tarsa, Ulmar and Besh Tepe."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Besh Tepe"]]);
  assert.deepEqual(events("Militants gained nearly complete control of the northern city of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("He later accepted the FNL takeover of Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Regime forces captured the Sudanese Tarsa town on Monday."), [["control", "Tarsa"]]);
});

test("attacks: what fell where, what was dropped, where shelling was concentrated", () => {
  assert.deepEqual(events("Two rockets fell on the Delta neighbourhood of the city."), [["attack", "Delta"]]);
  assert.deepEqual(events("A jet dropped three bombs on Nyaung Tet village."), [["attack", "Nyaung Tet"]]);
  assert.deepEqual(events("The shelling was concentrated on Tarsa, officials said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A drone strike over the central Lankan town of Ulmar killed four."), [["attack", "Ulmar"]]);
});

test("not places: hyphenated adjectives, nationalities at the end, institutions, compass points, title-case kinds", () => {
  assert.deepEqual(events("Strikes killed 30, the Hamas-run health ministry said."), []);
  assert.deepEqual(events("Soldiers were killed in an attack in the West African nation."), []);
  assert.deepEqual(events("Two soldiers were killed in an attack on Tuesday, the Ministry of Defence said."), []);
  assert.deepEqual(events("Sixteen were killed in an attack in the Far North."), []);
  assert.deepEqual(events("Troops Fire on Artsakh Villages"), []);
});

test("control: a nationality the name reader refuses is skipped; occupation is tabled as control", () => {
  assert.deepEqual(events("Regime forces captured the Syrian Tarsa town on Saturday."), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("The rebels occupy Tarsa.").map((c) => c.action), ["took control"]);
});

test("adjectives and places passed over are not read", () => {
  assert.deepEqual(events("Fighters attacked enemy sites in the occupied Tarsa Farms."), [["attack", "Tarsa Farms"]], "'the occupied X' is not a capture");
  assert.deepEqual(events("Shelling targeting the village of Ulmar in the Besh district wounded two."), [["attack", "Ulmar"]], "the attack reads the village, not the district past it");
  assert.deepEqual(events("The strike targeted north of Ulmar city in the Tarsa valley."), [["attack", "Ulmar"]]);
});

test("not places: a group named before what it owns that was struck ('a Qarnist installation', 'Qarnist weapons')", () => {
  assert.deepEqual(events("The army said it hit a Qarnist installation and killed two senior fighters."), []);
  assert.deepEqual(events("Jets launched strikes against Qarnist weapons and rocket launchers overnight."), []);
  assert.deepEqual(events("The army said it targeted a Qarnist weapons depot on Monday."), []);
  assert.deepEqual(events("The drone struck a Qarnist compound in Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An air strike targeted a Qarnist arms storage site in Ulmar."), [["attack", "Ulmar"]]);
  // A town struck stays.
  assert.deepEqual(events("The drone struck Tarsa on Monday, killing two."), [["attack", "Tarsa"]]);
});

test("the forms the extraction issue lists: compound heads, relative passives, edges, time between verb and place, sieges that remain, withdrawals", () => {
  assert.deepEqual(events("Troops captured the towns and villages of Tarsa, Ulmar and Besh Tepe."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Besh Tepe"]]);
  assert.deepEqual(events("The fighting reached Tarsa, which was taken by the army on Friday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Shells struck a market on the edge of Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Rebels captured on Monday the port of Besh Tepe."), [["control", "Besh Tepe"]]);
  assert.deepEqual(events("Tarsa remained encircled by government forces."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("The army drove the militants out of Ulmar in a dawn assault."), [["control", "Ulmar"]]);
  assert.deepEqual(territoryCandidates("Troops withdrew from Tarsa, allowing the rebels to take it.").map((c) => [c.actionClass, c.mention, c.action]), [["control", "Tarsa", "lost control"]]);
  assert.deepEqual(events("The militants pushed the army out of the headlines in Nov."), []);
  assert.deepEqual(events("Kurdish forces were attacked."), []);
});

test("more forms: under siege or shelling, damage done in a place, possessives, lists of villages of a sector, plans near the verb only", () => {
  assert.deepEqual(events("The city of Tarsa, which has been under shelling for weeks, was quiet."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Ulmar remained under siege by government forces."), [["siege", "Ulmar"]]);
  assert.deepEqual(events("Several residential houses were burned in Besh Tepe."), [["attack", "Besh Tepe"]]);
  assert.deepEqual(events("Missiles were fired into Tarsa City’s streets."), [["attack", "Tarsa City"]]);
  assert.deepEqual(events("Troops shelled posts along the line in Dhara, Suda and Trava villages of Karin sector."), [["attack", "Dhara"], ["attack", "Suda"], ["attack", "Trava"]]);
  assert.deepEqual(events("Prosecutors are investigating as a potential war crime an air strike on the regional capital Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("There are fears of a possible attack on Ulmar."), []);
  assert.deepEqual(events("The towns of Tarsa and Ulmar had also been struck."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The killings took place on Saturday in the villages of Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
});

test("a site near a town taken is not the town taken", () => {
  assert.deepEqual(events("Militants overran an army base near Tarsa on Monday."), []);
  assert.deepEqual(events("Troops retook the government complex in Tarsa on Monday."), [["control", "Tarsa"]]);
});

test("news as usually written: passive expulsions, appositions before a verb, advances to the outskirts, present control", () => {
  assert.deepEqual(events("Fighters were driven out of Tarsa after a week of fighting."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar, a town of 20,000 people, was shelled on Monday."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The army pushed into the outskirts of Tarsa."), [], "reaching the outskirts is not taking the town");
  assert.deepEqual(events("The rebels now control Tarsa and the surrounding villages."), [["control", "Tarsa"]]);
});

test("territory: control over, lists of fallen districts with their provinces, villages of a region, a district in a province, attacks that go on", () => {
  assert.deepEqual(events("Troops regained control over the settlements of Tarsa, Ulmar and part of the village of Bilad."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Bilad"]]);
  assert.deepEqual(events("The fallen districts are Tarsa in Ulmar, Qarn in Bilad, and Sidra districts in Kefa province."),
    [["control", "Tarsa"], ["control", "Qarn"], ["control", "Sidra"]]);
  assert.deepEqual(events("The army liberated Tarsa, Ulmar and Qarn villages of Bilad, Sidra and Kefa."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"], ["control", "Sidra"], ["control", "Kefa"]]);
  assert.deepEqual(events("Meanwhile, Tarsa district in Ulmar was briefly captured by the insurgents."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Artillery continued to pummel the Tarsa region overnight."), [["attack", "Tarsa"]]);
  // Negatives: a plan, and a list with no event.
  assert.deepEqual(events("The rebels could regain control over Tarsa next week."), []);
  assert.deepEqual(events("The districts are Tarsa in Ulmar and Qarn in Bilad."), []);
});

test("territory: an adverb before a past-tense verb, and two verbs sharing one object", () => {
  assert.deepEqual(events("Troops recently overran the rebels' camp in Tarsa village, sources said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels stormed and occupied Ulmar last month."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Jets shelled and bombed Qarn overnight."), [["attack", "Qarn"]]);
  // Negatives: the participle after a determiner is an adjective, not an event.
  assert.deepEqual(events("The recently captured Tarsa was quiet."), []);
  assert.deepEqual(events("Residents of the newly liberated Ulmar returned."), []);
});

test("territory: the place of the dead in an attack, a long attacker, a second 'in'", () => {
  assert.deepEqual(events("At least nine civilians were killed in Tarsa in shelling attacks on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("TV reported 11 airstrikes by the warplanes of the coalition backing the government forces on rebel positions in Ulmar district."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("A drone strike killed six people in a tent in Qarn, medics said."), [["attack", "Qarn"]]);
  // Negatives: killed in a place with no attack named; killed in clashes is not an attack on the place.
  assert.deepEqual(events("Two men were killed in Tarsa last year, police said."), []);
  assert.deepEqual(events("Three fighters were killed in Ulmar in clashes with the army."), []);
});

test("territory: in the hands of, declared liberated, pulled out of, lost control of, bombs dropped on, strikes continued on", () => {
  assert.deepEqual(events("Tarsa is now in the hands of the rebels, residents said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army declared Ulmar fully liberated on Sunday."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Troops pulled out of Qarn overnight."), [["control", "Qarn"]]);
  assert.deepEqual(events("The army lost control of Bilad after a week of fighting."), [["control", "Bilad"]]);
  assert.deepEqual(events("Barrel bombs were dropped on Sidra at dawn."), [["attack", "Sidra"]]);
  assert.deepEqual(events("Air strikes continued on Kefa for a third day."), [["attack", "Kefa"]]);
  // Negatives: a decision in someone's hands, a declaration that is not about a place, a loss that is not territory.
  assert.deepEqual(events("The decision is now in the hands of the council."), []);
  assert.deepEqual(events("The government declared a state of emergency in the north."), []);
  assert.deepEqual(events("The army lost three tanks near the river."), []);
});

test("territory: unnamed villages in a named area, 'overtook', an air strike 'was carried out on'", () => {
  assert.deepEqual(events("Militants have taken over several villages in Tarsa district."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militants overtook Ulmar after a brief gunfight."), [["control", "Ulmar"]]);
  assert.deepEqual(events("An airstrike was carried out on Qarn at noon."), [["attack", "Qarn"]]);
  // Negatives: villages near a place are not the place; a car overtaken is not territory.
  assert.deepEqual(events("The rebels took control of several villages east of Tarsa."), []);
  assert.deepEqual(events("The convoy overtook a truck on the highway."), []);
});

test("territory: villages taken in a province are not the province taken", () => {
  assert.deepEqual(events("Troops captured three small villages in Tarsa, as they continued their assault."), []);
});

test("territory: buildings stand in their towns, a subject with an adverb, ports named with two words, campaigns, fighting one's way in, managed to liberate", () => {
  assert.deepEqual(events("In Tarsa, the Bilal Mosque was struck by seven missiles, injuring a girl."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Ulmar’s Abbots Mosque was hit by five missiles."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Qarn District in Bilad province also came under air attack, the channel said."), [["attack", "Qarn"]]);
  assert.deepEqual(events("Sidra came under heavy fire overnight."), [["attack", "Sidra"]], "coming under fire is an attack, not a capture");
  assert.deepEqual(events("The strikes hit the Red Sea port of Kefa and the major port of Sidra."), [["attack", "Kefa"], ["attack", "Sidra"]]);
  assert.deepEqual(events("The army launched intensive shelling operations on the city of Dilla."), [["attack", "Dilla"]]);
  assert.deepEqual(events("The rebels fought their way into Tarsa city after weeks of fighting."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The paramilitaries consolidated their control over the Ulmar area."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Troops managed to liberate the town of Qarn on Friday."), [["control", "Qarn"]]);
  assert.deepEqual(events("A drone struck a car travelling through Bilad, killing two."), [["attack", "Bilad"]]);
  // Negatives: an aim is not an event; a building with no town given stays as named.
  assert.deepEqual(events("Troops hope to liberate the town of Qarn soon."), []);
  assert.deepEqual(events("The Al-Nour Hospital was shelled on Monday."), [["attack", "Al-Nour Hospital"]]);
});

test("territory: names led by a compass word are names; a compass word before a country is not a place", () => {
  assert.deepEqual(events("Militias captured North Tarsa and Upper Ulmar on Monday."), [["control", "North Tarsa"], ["control", "Upper Ulmar"]]);
  assert.deepEqual(events("Thousands fled besieged East Qarn last week."), [["siege", "East Qarn"]]);
  assert.deepEqual(events("Jets bombed Eastern Syria overnight."), []);
});

test("territory: a place described as under siege in an aside", () => {
  assert.deepEqual(events("Shelling of Tarsa, under siege since February 4, killed dozens."), [["attack", "Tarsa"], ["siege", "Tarsa"]]);
  assert.deepEqual(events("The minister, under fire from critics, resigned."), []);
});

test("territory: items with their own day, a city that fell, a flag raised, control taken on a day, villages named after their number, districts in cities", () => {
  assert.deepEqual(events("Forces took control of Tarsa early on Wednesday and Ulmar on Tuesday."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The city of Qarn fell Monday morning, residents said."), [["control", "Qarn"]]);
  assert.deepEqual(events("After days of fighting, Tarsa fell."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Soldiers raised the national flag in the village of Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("The rebels took control Monday of Bilad, a town in the east."), [["control", "Bilad"]]);
  assert.deepEqual(events("Artillery shelled two nearby villages, Tarsa and Ulmar, overnight."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Troops liberated several districts in the cities of Qarn and Bilad."), [["control", "Qarn"], ["control", "Bilad"]]);
  // Negatives: other things fall.
  assert.deepEqual(events("Stocks fell on Monday."), []);
  assert.deepEqual(events("Prices fell after the announcement."), []);
});

test("territory: killings in a named village are an attack on it; shells that rained down on a place", () => {
  assert.deepEqual(events("In April, 41 people were murdered in Tarsa village, officials said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Others were massacred in the village of Ulmar on 21 February."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Mortar shells rained down Monday on Qarn, killing scores."), [["attack", "Qarn"]]);
  // Negative: killed in a town with no village or attack named stays a casualty only.
  assert.deepEqual(events("Two men were killed in Tarsa last year, police said."), []);
});

test("territory: villages named after their number, inside a list", () => {
  assert.deepEqual(events("Artillery shelled Tarsa and two nearby villages, Ulmar and Qarn, overnight."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
});

test("territory: a list of places that came under air strikes", () => {
  assert.deepEqual(events("Over the past day, Tarsa, Ulmar, and Qarn came under enemy air strikes."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
});

test("territory: control stated as news, re-established control, a site captured in its town", () => {
  assert.deepEqual(events("The army now has complete control of the Tarsa township, officials said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The government says it has largely reestablished control over the capital of Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Rebels released photos of the capture of the Northeast Command in Qarn."), [["control", "Qarn"]]);
  // Negative: control of a body that is no place.
  assert.deepEqual(events("The party has control of the council."), []);
});

test("territory: strongholds at named places, reclaimed", () => {
  assert.deepEqual(events("Troops captured major rebel strongholds at Tarsa and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("They had reclaimed Qarn after the army withdrew."), [["control", "Qarn"]]);
  assert.deepEqual(events("The minister reclaimed his seat."), []);
});

test("attacks: a building hit stands in its town; a captured building is not its town captured", () => {
  assert.deepEqual(events("The Qarn Hospital in Tarsa was directly hit by a missile."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A clinic near Ulmar was also hit on Monday."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("A school on the outskirts of Ulmar was struck."), [["attack", "Ulmar"]]);
  // The buildings' towns listed: each one was hit; people at a list of towns are no buildings.
  assert.deepEqual(events("Army posts at Bolo and Qarn had been targeted, the ministry said."), [["attack", "Bolo"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Clinics in Tarsa, Ulmar and Bet Aram were hit overnight."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Bet Aram"]]);
  assert.deepEqual(events("Talks at Bolo and Qarn were held in March."), []);
  // A subject list whose items each carry their kind: "the town of A and the villages of B and C".
  assert.deepEqual(events("The settlement of Tarsa, the villages of Ulmar and Qarn came under an attack by drones."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The town of Bolo and the villages of Tell Sarah and Kafr Bani were captured by the rebels."), [["control", "Bolo"], ["control", "Tell Sarah"], ["control", "Kafr Bani"]]);
  // (A district the list lies in, before it, is not an item.)
  assert.deepEqual(events("In the Bolo district, the villages of Ulmar and Qarn came under fire."), [["attack", "Ulmar"], ["attack", "Qarn"]]);
  // (Nor a name after a preposition: where the fighters came from.)
  assert.deepEqual(events("Fighters from Tarsa and the villages of Ulmar and Qarn were captured."), [["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The mayor of Tarsa and the governor of Bolo were received in the capital."), []);
  assert.deepEqual(events("His office in Tarsa was captured by the militia."), []);
  assert.deepEqual(events("Fighting in Tarsa was shelled."), []);
  // The region after a comma only says where the town lies: "a church in Tarsa, Bolo Territory".
  assert.deepEqual(events("A mosque in Tarsa, Bolo Territory was attacked by unknown gunmen on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Houses in Ulmar, Qarn district were burned by the attackers."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("His office in Tarsa, Bolo district was captured by the militia."), []);
  // A camp named for what it shelters: "the Bet Aram cattle camp", "the Tarsa displacement camp".
  assert.deepEqual(events("The Bet Aram cattle camp in the Bolo district was attacked by armed youth."), [["attack", "Bet Aram"]]);
  assert.deepEqual(events("The Tarsa displacement camp was shelled on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The cattle camp was attacked by armed youth."), []);
});

test("attacks: fears, gerunds and nouns are not attacks; shells that were landing are", () => {
  // An attack named with "an" whose own verb is "would" has not happened.
  assert.deepEqual(events("An attack on Tarsa port would displace 400,000 people."), []);
  assert.deepEqual(events("Agencies warned that an assault on Ulmar, which borders the sea, would cripple aid."), []);
  assert.deepEqual(events("An air strike on Tarsa killed five people, and the toll could rise."), [["attack", "Tarsa"]]);
  // "bombing raids", "raids are": the words of an attack as nouns, with no place as their object.
  assert.deepEqual(events("Refugees fleeing bombing raids are arriving in this city in neighbouring Ulmar."), []);
  assert.deepEqual(events("Jets were bombing Tarsa."), [["attack", "Tarsa"]]);
  // People at the head of a sentence are no place.
  assert.deepEqual(events("Civilians are under attack in this conflict."), []);
  assert.deepEqual(events("Heavy shells were landing in Tarsa, just west of Ulmar."), [["attack", "Tarsa"]]);
});

test("control and sieges: places left in a side's hands, 'the town' as a subject, parts of a place, the besieged city", () => {
  const all = (s: string) => territoryCandidates(s).map((c) => [c.actionClass, c.mention, !!c.refersBack]);
  assert.deepEqual(events("The army withdrew, leaving Tarsa in the hands of the rebels."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa city has collapsed into the hands of the rebels."), [["control", "Tarsa"]]);
  assert.deepEqual(events("She left her children in the hands of relatives."), []);
  assert.deepEqual(all("After a week of fighting, the local capital fell to the rebels."), [["control", "the local capital", true]]);
  assert.deepEqual(all("The town was captured after a long battle."), [["control", "The town", true]]);
  // A bare "the capital" is the country's, not a town named before.
  assert.deepEqual(all("The capital fell to the rebels."), []);
  assert.deepEqual(events("Forces have taken control of a portion of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels seized the whole of Tarsa."), [["control", "Tarsa"]]);
  // "the besieged Tarsa city of Ulmar": Ulmar, in Tarsa; "Ulmar town of Qarn district": Ulmar, in Qarn.
  assert.deepEqual(events("Attacks hit the besieged Tarsa city of Ulmar."), [["siege", "Ulmar"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Rebels captured Ulmar town of Qarn district."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Gunmen staged an attack on Tarsa village of Ulmar local government area."), [["attack", "Tarsa"]]);
  assert.deepEqual(all("Aid cannot reach the besieged port city."), [["siege", "the besieged port", true]]);
});

test("attacks: where an attack took place, ambushes, killings in a village, houses torched, artillery fired, the day between attack and place", () => {
  assert.deepEqual(events("The bombing, which took place in Tarsa, killed five."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The ambush took place on Monday in Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Residents described the killings in the village of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Bandits torched more than 70 houses in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Police fired artillery and machine-guns at Tarsa and other villages."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An attack on Tuesday in the town of Tarsa killed six."), [["attack", "Tarsa"]]);
  // Negatives: a budget "destroys" nothing in a place; killings in a year or a report are no place.
  assert.deepEqual(events("The government destroyed 20 houses in a budget cut."), []);
  assert.deepEqual(events("The killings in 2015 shocked the country."), []);
});

test("control: 'managed to retake control of' a place", () => {
  assert.deepEqual(events("Troops managed to retake control of the town of Tarsa on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels were able to seize full control over Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Officials managed to take control of the budget."), []);
});

test("places: a list after a colon, a region's possession, a building's owner, 'restored' a town", () => {
  assert.deepEqual(events("The army liberated the following villages: Tarsa, Ulmar, and Qarn in the Kholo region."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The army launched an air strike in Ulmar Region's Tarsa Township."), [["attack", "Tarsa"]]); // a township is named without its kind, as a district is
  assert.deepEqual(events("Warplanes struck Tarsa's Central Mosque."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Jets targeted the Qarn People's Republic."), [["attack", "Qarn People's Republic"]]);
  assert.deepEqual(events("The army said its forces restored Tarsa city, the provincial capital."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army restored order in the capital."), []);
});

test("attacks: a town's suburbs pounded, a base at a place with an aside, an air strike that landed", () => {
  assert.deepEqual(events("Occasional mortar fire from both sides pounded Tarsa's suburbs Thursday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The main base at Ulmar, in the northern part of the Tarsa enclave, was hit by at least 10 shells."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The air strike landed on Tarsa migrant detention center."), [["attack", "Tarsa"]]);
  // A person's possession is no place.
  assert.deepEqual(events("Gunmen attacked John's car."), []);
});

test("attacks: killings of people in a named village, a sentence that opens with where its dead were, where an incident happened", () => {
  assert.deepEqual(events("Gunmen killed six men in Tarsa village in the north."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Ulmar, eight people reportedly died."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("In the central town of Tarsa, a strike killed four."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The incident happened near Qarn on Monday."), [["attack", "Qarn"]]);
  // A month, or a place where nobody died, is no attack.
  assert.deepEqual(events("In March, 20 people died."), []);
  assert.deepEqual(events("In Tarsa, officials met."), []);
  assert.deepEqual(events("Gunmen killed six men in 2019."), []);
});

test("raiders who storm a village attack it; troops who storm a town take it", () => {
  assert.deepEqual(events("Dozens of armed attackers on motorbikes stormed the village of Tarsa on Saturday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Bandits stormed Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Government troops stormed Ulmar."), [["control", "Ulmar"]]);
});

test("control: places a side is now in control of, in lists with their regions and 'as well as'", () => {
  assert.deepEqual(events("The rebels were now in control of the Tarsa and Ulmar districts in Shabwa as well as the Qarn district in Marib."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The army is firmly in control of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("He was in control of the budget."), []);
});

test("control: a town described before 'which fell', control announced, lists that go on after each item's district", () => {
  assert.deepEqual(events("Rebels took five capitals, including Tarsa, the sixth-largest city in the country, which fell to the group on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels claimed fresh gains, announcing control over Tarsa and Ulmar, both south of Qarn."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The army liberated the following villages: Tarsa and Ulmar in the Kholo district, and the villages of Dalo and Besh in the Mur region."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Dalo"], ["control", "Besh"]]);
});

test("sieges: the name a besieged capital or town describes, and 'the besieged enclave' read back", () => {
  const all = (s: string) => territoryCandidates(s).map((c) => [c.actionClass, c.mention, !!c.refersBack]);
  assert.deepEqual(events("Aid reached Tarsa, the besieged Ruritanian capital, on Monday."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Residents of Tarsa, a town besieged for months by jihadists, fled."), [["siege", "Tarsa"]]);
  assert.deepEqual(all("People trapped in the besieged enclave fled."), [["siege", "the besieged enclave", true]]);
  // A besieged group of people is no place.
  assert.deepEqual(events("Rebels, the besieged defenders of the town, held out."), []);
});

test("habits and preparations are not one attack", () => {
  assert.deepEqual(events("Its fighters frequently carry out bombings against targets in Tarsa and other towns."), []);
  assert.deepEqual(events("The group prepared for its attacks in Tarsa."), []);
  assert.deepEqual(events("Jets bombed Tarsa again on Monday."), [["attack", "Tarsa"]]);
});

test("compass words alone name no place", () => {
  assert.deepEqual(events("Militias stormed a UN base in Southern Central Africa Republic, killing one peacekeeper."), []);
  assert.deepEqual(events("Rebels took Upper Nile."), [["control", "Upper Nile"]]);
});

test("attacks: the dead of a place 'yesterday by' an attack, a rural part of a municipality, 'in the town of X, killing', an attack that was near a place", () => {
  assert.deepEqual(events("Twelve people were killed and 67 wounded in Tarsa yesterday by mortar attacks."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack happened early Sunday in a rural part of the Ulmar municipality."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Guerrillas clashed with police just east of Qarn, in the town of Tarsa, killing six."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack was near an office in Tarsa village."), [["attack", "Tarsa"]]);
  // A death by accident is no attack on a place.
  assert.deepEqual(events("He was killed in a car crash yesterday by the river."), []);
});

test("a place named with its kind, then something else before 'leaving', is no attack", () => {
  assert.deepEqual(events("Another observation post in the town of Tarsa was also surrounded in August, leaving two posts inside."), [["siege", "Tarsa"]]);
});

test("sieges said as a state: 'are surrounding', 'from besieged X', 'after an 11-day siege'", () => {
  assert.deepEqual(events("The rebels are surrounding Tarsa, a hub near the border."), [["siege", "Tarsa"]]);
  // An attempt before the adjective is the people's, not the siege's.
  assert.deepEqual(events("Fighters tried to escape from surrounded Tarsa overnight."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("The rebels said they had taken the eastern town of Tarsa after a 40 -day siege."), [["control", "Tarsa"], ["siege", "Tarsa"]]);
  // An adjective is no siege, nor is a plan.
  assert.deepEqual(events("The surrounding villages of Tarsa were calm."), []);
  assert.deepEqual(events("The rebels tried to surround Tarsa."), []);
  assert.deepEqual(events("The talks came after a long siege of rhetoric."), []);
});

test("raiders who invade a village attack it; troops who invade a town enter it", () => {
  assert.deepEqual(territoryCandidates("Bandits invaded Tarsa village on Sunday, killing six.").map((c) => [c.actionClass, c.mention, c.rule]), [["attack", "Tarsa", "territory.stormed-by-raiders"]]);
  assert.deepEqual(territoryCandidates("Troops invaded the town of Tarsa on Monday.").map((c) => [c.actionClass, c.action]), [["control", "entered"]]);
});

test("a town's quarters stand for the town: its community's areas, its suburbs, its centre", () => {
  assert.deepEqual(events("Artillery bombarded Christian areas of Tarsa overnight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Tarsa's southern suburbs were pounded by jets."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The centre of Tarsa is being hit by rockets."), [["attack", "Tarsa"]]);
  // A family's house is no town, and a community alone names no place.
  assert.deepEqual(events("The Hassan family's house was hit."), []);
  assert.deepEqual(events("Militias shelled Christian areas."), []);
});

test("control told by its flag, by 'today', by 'completing their control', and lists after 'the territories … :'", () => {
  assert.deepEqual(events("Officials say their flag is flying over Tarsa once again."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The group mounted its flags in Tarsa town on Friday."), [["control", "Tarsa"]]);
  // A flag at a rally, or waved by people, takes no town.
  assert.deepEqual(events("Protesters raised flags at the rally in Tarsa."), []);
  assert.deepEqual(events("After regaining control today of the districts of Tarsa and Ulmar, and completing their control of Qarn, troops advanced."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Troops liberated the territories held by the rebels: Tarsa, Ulmar villages (Qarn district), Bilad, and Kefa villages (Sidra district)."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Bilad"], ["control", "Kefa"]]);
  // "completing their training" takes nothing.
  assert.deepEqual(events("The recruits were completing their training in Tarsa."), []);
});

test("'by taking the town of X' is a capture; a gerund subject and 'taking refuge' are not", () => {
  assert.deepEqual(events("By taking the town of Tarsa, east of the capital, the army dealt the rebels a setback."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Taking the town of Tarsa would be hard."), []);
  assert.deepEqual(events("Thousands Taking Refuge in Tarsa Camps"), []);
  assert.deepEqual(events("Rebels seized part of Tarsa."), [["control", "Tarsa"]]);
});

test("a place the relative clause after it says was taken, besieged or hit", () => {
  assert.deepEqual(territoryCandidates("Ulmar lies near the border town of Tarsa that government forces retook earlier this month.").map((c) => [c.actionClass, c.mention, c.rule]),
    [["control", "Tarsa", "territory.relative-object"]]);
  assert.deepEqual(events("Tarsa, which the rebels shelled in May, is calm again."), [["attack", "Tarsa"]]);
  // "that" introducing what someone said, or a relative whose verb is no event, takes nothing back.
  assert.deepEqual(events("Tarsa, which the rebels hope to capture, is calm."), []);
  assert.deepEqual(events("Officials in Tarsa said that the talks would resume."), []);
});

test("an apposition saying how many live there stands between a town and its siege", () => {
  assert.deepEqual(events("Its capital, Tarsa, home to around two million people, has been under siege since May."), [["siege", "Tarsa"]]);
});

test("bombs set off in a place are attacks on it; an explosion at a factory or a gas blast is an accident", () => {
  assert.deepEqual(events("A car bomb exploded today outside a public market in the mostly Shiite neighbourhood of New Tarsa, police said."), [["attack", "New Tarsa"]]);
  assert.deepEqual(events("At least four people died in a powerful blast in Tarsa’s Ulmar area on Wednesday."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Two others were killed in the city of Tarsa, the governor said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An explosion at a fireworks factory in Tarsa killed three workers."), []);
  assert.deepEqual(events("A gas blast in Tarsa injured two."), []);
  // "New" leads a name, and is none alone.
  assert.deepEqual(events("New clashes in the region killed five."), []);
});

test("a neighbourhood in a town is ground in the town; 'Sheikh Said' is one name in a list", () => {
  assert.deepEqual(events("Troops have entered a neighbourhood in West Tarsa."), [["control", "West Tarsa"]]);
  assert.deepEqual(events("Troops entered the suburbs."), []);
  assert.deepEqual(events("Troops retook the districts of Tarsa, Sheikh Said, al-Ulmar and Qarn."),
    [["control", "Tarsa"], ["control", "Sheikh Said"], ["control", "al-Ulmar"], ["control", "Qarn"]]);
  // "Said" after another name is still the verb.
  assert.deepEqual(events("Officials in Tarsa Said Rebels Fled"), []);
});

test("attacks: a remote village, 'the attack came … in X', 'targetted', a facility named with a nationality", () => {
  assert.deepEqual(events("Rustlers opened fire on a congregation in remote Tarsa village on Friday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack came on Wednesday night in the isolated village of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen targetted the Tarsa and Ulmar villages."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("An air raid near the European Hospital in Tarsa killed 28 people."), [["attack", "Tarsa"]]);
  // "came as talks began in X" places talks, not an attack.
  assert.deepEqual(events("The attack came as talks began in Tarsa."), []);
});

test("sieges and attacks of a subject across a first predicate, of the place of 'where', and of a name in quotes", () => {
  assert.deepEqual(events("Tarsa is the rebels' last stronghold in the west and has been under siege for the past seven weeks."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa, where more than 60,000 residents have been besieged for nearly a year, food ran out."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("A convoy returning from Tarsa\", a town besieged for months by jihadists, was ambushed."), [["siege", "Tarsa"]]);
  // A person is no place, and "where" after a place where something else happened names no siege.
  assert.deepEqual(events("He is a farmer and was shot on Monday."), []);
  assert.deepEqual(events("Officials in Tarsa, where talks were held, said the road was cut off."), []);
});

test("control announced or claimed ('announced their control over X', 'claimed full control of Y'); fighting one's way into a town is entering it", () => {
  assert.deepEqual(territoryCandidates("The militia had announced their control over the Tarsa area near Ulmar.").map((c) => [c.actionClass, c.mention]), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army claimed full control of Tarsa on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("The rebels fought their way into Tarsa city on Sunday.").map((c) => [c.actionClass, c.action]), [["control", "entered"]]);
  // Control of something that is no place takes nothing.
  assert.deepEqual(events("He claimed their control of the media was total."), []);
});

test("'Port' leads a name ('Port Sudan'), and a long apposition may stand between a town and its verb", () => {
  assert.deepEqual(events("Port Tarsa, the temporary seat of the government and the country's main commercial port, was attacked on Tuesday by drones."), [["attack", "Port Tarsa"]]);
  assert.deepEqual(events("Drones struck Port Sudan overnight."), [["attack", "Port Sudan"]]);
});

test("a place owned by a town with a describing word between ('Tarsa's upscale Ulmar district')", () => {
  assert.deepEqual(events("Three officers were wounded in a bombing near their patrol in Tarsa's upscale Ulmar district."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Shelling killed 15 people in Tarsa's central Qarn camp."), [["attack", "Qarn"]]);
  // "Tarsa's main market": a part of the town is the town.
  assert.deepEqual(events("Rebels shelled Tarsa's main market."), [["attack", "Tarsa"]]);
});

test("a name the reporting verb follows is the source, not another place; terrorists who storm a village attack it", () => {
  assert.deepEqual(territoryCandidates("Attackers on motorbikes stormed the village of Tarsa on Saturday evening, Valley Radio reported.").map((c) => [c.actionClass, c.mention, c.rule]),
    [["attack", "Tarsa", "territory.stormed-by-raiders"]]);
  assert.deepEqual(events("Nine terrorists stormed the village of Tarsa at 2am."), [["attack", "Tarsa"]]);
  // A list that ends before "officials said" keeps all its places.
  assert.deepEqual(events("Troops captured Tarsa, Ulmar and Qarn, officials said."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
});

test("people who move into a town take no ground; fighters who do, do", () => {
  assert.deepEqual(events("At least 100,000 people have moved into Tarsa, the most southerly city."), []);
  assert.deepEqual(events("Refugees entered Tarsa on Monday."), []);
  assert.deepEqual(events("Rebel fighters entered Tarsa on Monday."), [["control", "Tarsa"]]);
});

test("a passive 'pulled out of' moves things, not a force", () => {
  assert.deepEqual(events("Five bodies were pulled out of the river near the town of Tarsa."), []);
  assert.deepEqual(events("Troops pulled out of Tarsa on Monday."), [["control", "Tarsa"]]);
});

test("killers or weapons between the dead and their place make it an attack; killing with no attacker named does not", () => {
  assert.deepEqual(events("Seven civilians were killed by artillery in Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Nine villagers were killed by armed bandits in Tarsa community of Ulmar district."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Suicide bomber kills 3 in Tarsa"), [["attack", "Tarsa"]]);
  assert.deepEqual(events("He was killed by police in Tarsa."), []);
  assert.deepEqual(events("Five people were killed in Tarsa on Monday."), []);
});

test("a hedge on the toll leaves the attack it names with 'the'; a hedge on the capture does not", () => {
  assert.deepEqual(events("As many as 40 people may have died in the attack on Tarsa, a source said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army may have captured Tarsa."), []);
  assert.deepEqual(events("Rebels could launch the attack on Tarsa."), []);
});

test("control held as a past state ('were in control of'); a region with its kind in lower case owns the place after it", () => {
  assert.deepEqual(events("By Friday the rebels were in control of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels captured a police station in western Ulmar state's Tarsa township."), [["control", "Tarsa"]]);
});

test("lists: 'have fallen back to', a capital named before its name, a building in a town as a later item, a distance between items", () => {
  assert.deepEqual(events("The regional capital Tarsa, Ulmar, Qarn have fallen back to government troops."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Then Tarsa and Ulmar fell to the rebels."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Jihadists attacked Tarsa and Ulmar villages as well as an IDP camp in Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The strikes targeted a neighborhood in Tarsa and a house in the town of Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The bombing was carried out in Tarsa, about 60 kilometres south of Bolo, and Ulmar, 25 kilometres to the west."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Troops shelled Tarsa, 20 km from Bolo, which residents fled."), [["attack", "Tarsa"]]);
});

test("'a small town called X' names X; 'At X, they killed six' places the dead", () => {
  assert.deepEqual(events("The attack occurred near a small town called Tarsa in the centre."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("At nearby Ulmar village, gunmen killed two men."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("At Tarsa, officials said the talks would resume."), []);
});

test("sieges said with an adjective ('under a dual siege'), of places listed with the region they lie in, and of a subject past its relative clause", () => {
  assert.deepEqual(events("Tarsa has been under a dual siege since May."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("The cities of Tarsa and Ulmar in Bolo have been under siege by the rebels since May."), [["siege", "Tarsa"], ["siege", "Ulmar"]]);
  // The relative clause names Bolo only to say where the city lies: the siege is of "the city" named before.
  assert.deepEqual(territoryCandidates("The city, which lies 70km to the west of Bolo, has been under siege for five months.").map((c) => [c.actionClass, c.mention, c.refersBack]), [["siege", "The city", true]]);
  assert.deepEqual(territoryCandidates("The city’s population, once up to 300,000 people, has been under siege since May.").map((c) => [c.actionClass, c.mention, c.refersBack]), [["siege", "The city", true]]);
  assert.deepEqual(events("The strategic city of Tarsa, 12 kilometers to the south of Ulmar, was also attacked overnight."), [["attack", "Tarsa"]]);
});

test("attacks: damage an attack did ('damaged by a Russian airstrike'), a building hit in a named quarter or near a town, a list of things hit", () => {
  assert.deepEqual(events("A hospital in the port city of Tarsa has been severely damaged by a Russian airstrike."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Homes in Tarsa were destroyed by fire."), []);
  assert.deepEqual(events("On 3 May, the Ulmar School in Qarn neighbourhood in Tarsa, was hit by the military."), [["attack", "Qarn"]]);
  assert.deepEqual(events("The hospital near Tarsa in the northern province of Bolo was struck by three missiles."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Missiles hit a hospital, a school and other locations in the rebel-held town of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rockets slammed into a crowded market and other parts of Tarsa on Thursday."), [["attack", "Tarsa"]]);
});

test("attacks: 'at least' is no place word, a capital named after its word, a port city owned by its country, a bombing 'detonated by'", () => {
  assert.deepEqual(events("Blasts killed at least six people Friday in a displaced persons camp on the outskirts of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Mortar shells struck a camp near the presidential palace in the capital Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Warplanes hit a palace in Bolo's Red Sea port city of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack, which allegedly took place near the small town of Tarsa, killed four."), [["attack", "Tarsa"]]);
});

test("control: a place's holder said with 'under' ('came under government control', 'is now under the control of')", () => {
  assert.deepEqual(events("Tarsa came under government control on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa is now under the control of the army."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Civilians are under government control."), []);
  assert.deepEqual(events("The area remains under heavy fire."), []);
});

test("control: 'had already taken X' and its longer forms, 'went on to capture', 'reestablish control over'; 'taken to hospital' is none", () => {
  assert.deepEqual(events("They had already taken Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militants have taken control of Tarsa district in Bolo province and Ulmar district in Vey province."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The wounded have been taken to hospital in Tarsa."), []);
  assert.deepEqual(events("They have taken refuge in Tarsa."), []);
  assert.deepEqual(events("Troops overran the town and then went on to capture the garrison town of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Forces reestablish control over the whole of Greater Tarsa."), [["control", "Greater Tarsa"]]);
});

test("control lists: capitals described between items, counted towns after a dash, unnamed items before a named one, quoted names, 'the town of X' as a new item", () => {
  assert.deepEqual(events("The rebels took several provincial capitals over the weekend — Tarsa, the capital of the southern province of Bolo, Ulmar, the capital of the northern province, and Qarn, the capital of Vey province."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The rebels seized another two towns – Tarsa and Ulmar – in the north."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Troops have liberated a number of villages, strategic heights and Tarsa town."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army liberated the villages of “Tarsa“, “Ulmar” and “Qarn” in the city of Bolo."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("They captured Tarsa, the town of Ulmar and Qarn."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Troops shelled Tarsa, the provincial capital, on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("They liberated the city of Tarsa and the town of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
});

test("control: an administrative centre that fell, a name ending in a single capital ('Mrauk-U'), a township's name without 'Township', 'after seizing X', a rebel capital", () => {
  assert.deepEqual(events("The northern administrative centre of Tarsa fell on Friday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Prices fell on Friday."), []);
  assert.deepEqual(events("Rebels captured a police headquarters in Tarsa-U Township on Monday."), [["control", "Tarsa-U"]]);
  assert.deepEqual(events("They continue to attack after seizing Tarsa Town on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("If they hold out after capturing Tarsa, they will move on."), []);
  assert.deepEqual(events("Forces captured the rebel capital of Tarsa yesterday."), [["control", "Tarsa"]]);
});

test("sieges and losses: a besieged capital between dashes, 'beseiged' as often misspelt, 'losing control of', an aside of direction, plural owners and districts of a town", () => {
  assert.deepEqual(events("Ulmar lies halfway between Tarsa – the besieged state capital – and Qarn."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Rebel forces beseiged Tarsa for weeks."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("The army suffered defeats, losing control of the town of Tarsa in Bolo State."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Residents fear losing their homes in Tarsa."), []);
  assert.deepEqual(events("The village of Tarsa, directly to the southeast, was liberated."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army captured the Ulmar Tigers' northern stronghold of Tarsa on Friday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels seized eastern and central districts of Tarsa on Monday."), [["control", "Tarsa"]]);
});

test("attacks: the dead of a place when the attack is told at the end of the clause; a suicide attacker who blew himself up", () => {
  assert.deepEqual(events("Officials said 12 people had been killed in Tarsa and four elsewhere in Ulmar in air strikes."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Five people were killed in Tarsa on Monday, police said, in a dispute over land."), []);
  assert.deepEqual(events("A suicide attacker blew himself up near the market in Tarsa."), [["attack", "Tarsa"]]);
});

test("attacks: the dead of a town's quarter, a day between the dead and their place, a post named by its town, a note that a source could not verify", () => {
  assert.deepEqual(events("Six people were killed on Wednesday night in the Tarsa neighbourhood southeast of Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Five people were killed on Monday in Tarsa."), []);
  assert.deepEqual(events("A complex attack targeted the military detachment of Tarsa in the province of Bolo."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Reports, which the agency could not independently verify, said planes bombed Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Planes could bomb Tarsa."), []);
});

test("control: a place held across a first predicate when its taker is named, 'burst into', 'under our control'; a siege laid to 'it', the sentence's subject", () => {
  assert.deepEqual(events("Tarsa is home to several thousand people and was seized by unidentified jihadists on Friday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa is a pleasant town and was captured in many songs."), []);
  assert.deepEqual(events("Gunmen burst into the main town of Tarsa and began exchanging shots."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa is now under our control, the spokesman said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels have laid siege to it since May."), [["siege", "it"]]);
});

test("attacks and control: killers named 'separatists', residents of a village killed, 'pummelled', villages in flames or torched, 'the loss of X', 'after conquering X'", () => {
  assert.deepEqual(events("They were killed by separatists in Tarsa on their way back from Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen attacked on Friday night, killing residents of Tarsa village in Bolo province."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, Ulmar and Qarn were in flames."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Her heart was in flames."), []);
  assert.deepEqual(events("Tarsa was torched by the militia."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The loss of the strategic city of Tarsa comes as a blow."), [["control", "Tarsa"]]);
  assert.deepEqual(events("He described the loss of his home."), []);
  assert.deepEqual(events("Troops met resistance after conquering Tarsa."), [["control", "Tarsa"]]);
});

test("attacks: the dead 'at' a village, a town's city hall attacked; 'the city hall' refers back to no city", () => {
  assert.deepEqual(events("The jihadists killed 14 people at Tarsa in Bolo province."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("They killed 14 people at least, officials said."), []);
  assert.deepEqual(events("Gunmen attacked the city hall of Tarsa on Saturday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen attacked the city hall on Saturday."), []);
});

test("a fall told with its time ('fell overnight into rebel hands'), sectors and territories listed, an area named with who controls it, shells that fall on a town", () => {
  assert.deepEqual(events("Tarsa fell overnight into rebel hands, the minister said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels pounded the sectors of Tarsa, Ulmar and Qarn in the north."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The forces are shelling the territories of Tarsa and Ulmar districts this morning."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The rebels said they had bombarded the Bolo-controlled area of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Artillery shells fall on Tarsa by day and by night."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Prices fall on Monday."), []);
});

test("attacks said with 'subject', a barrage fired towards a town, a capital named after its owner's word, a shell that smashed into a quarter, a house belonging to a family in a quarter", () => {
  assert.deepEqual(events("The units are subjecting to intensive artillery fire Tarsa settlement, Ulmar and Qarn villages of Bolo region."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Forces subjected Tarsa to heavy shelling overnight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("He was subjected to questioning."), []);
  assert.deepEqual(events("Militants launched a barrage of rockets towards Tarsa in the north."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rockets hit residential areas in Bolo's regional capital, Tarsa, and the city of Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("It was unclear who fired the shell that smashed into Tarsa's western neighbourhood of Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The first strike targeted a house belonging to the Al-Qarni family in the Tarsa neighborhood."), [["attack", "Tarsa"]]);
});

test("control: sections of a city seized, places 'now fully under' a side's control, a side that 'had full control of' a town", () => {
  assert.deepEqual(events("Rebel forces yesterday seized major sections of the city of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The villages of Tarsa and Ulmar in the Bolo Region are now fully under Vey control."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Government forces had full control of Tarsa, a spokesman said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("She had full control of her life."), []);
});

test("attacks: the dead of a place set inside a named region, strikes 'reported from' places, an incident 'that happened in' a town, what was hit 'of' whom; clashes are fighting, not a place struck", () => {
  assert.deepEqual(events("At least 9 villagers were killed early on Friday at Tarsa in Qarn province."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Two soldiers were killed in Tarsa, Ulmar district, on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Two soldiers were killed in Qarn province on Monday."), []);
  assert.deepEqual(events("Two soldiers were killed in Tarsa in the north."), []);
  assert.deepEqual(events("Missile strikes were reported from Tarsa, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Shelling was reported in Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Clashes were reported in Tarsa."), []);
  assert.deepEqual(events("Heavy clashes in Tarsa left two dead."), []);
  assert.deepEqual(events("Four people were hurt in the incident that happened in the Tarsa town near the border."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Mortar fire hit the shelters of displaced families in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An air strike that hit the village of Tarsa in southern Qarn killed one."), [["attack", "Tarsa"]]);
});

test("the capital of a country named by its people's word, with no name after it", () => {
  const nations = (s: string) => territoryCandidates(s).map((c) => [c.actionClass, c.mention, c.nation]);
  assert.deepEqual(nations("Rebels took control of the Vey capital on Monday."), [["control", "the Vey capital", "Vey"]]);
  assert.deepEqual(nations("Fighting continued in the besieged Malawian capital."), [["siege", "the besieged Malawian capital", "Malawian"]]);
  assert.deepEqual(nations("Rebels took control of the Vey capital, Tarsa."), [["control", "Tarsa", undefined]]);
  assert.deepEqual(nations("Rebels took control of the capital on Monday."), []);
});

test("sieges: a relative clause 'which had previously been under siege', 'lay siege' without 'to', a siege that continues, a back-reference set beside its region's capital", () => {
  assert.deepEqual(events("Militias pushed the garrison out of the town of Tarsa, which had previously been under siege for two years."), [["control", "Tarsa"], ["siege", "Tarsa"]]);
  assert.deepEqual(events("Loyalist units continue to lay siege the hill town of Tarsa."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Militias have been besieging the city, the capital of Qarn state, since spring."), [["siege", "Qarn"]]);
  // A siege planned, or an attack that continues, is still no event.
  assert.deepEqual(events("Forces plan to lay siege to Tarsa."), []);
  assert.deepEqual(events("They vowed they would continue to attack Tarsa."), []);
});

test("a relative clause tells its own event: the plan before it is not its, and a name after 'to' and a verb is its subject", () => {
  assert.deepEqual(events("The army is trying to win back Tarsa, which fell into militia hands in June."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels plan to attack Tarsa, which could fall soon."), []);
  assert.deepEqual(events("Aid reached Ulmar after it was sent to Tarsa, which lies near the border."), []);
});

test("control: people who move are no force taking ground, even with where they came from between; an entry prevented is none, and no 'the town' is read for them", () => {
  assert.deepEqual(events("On Friday, a Valley Radio reporter entered the town alongside militia units."), []);
  assert.deepEqual(events("Aid convoys entered Tarsa without trouble."), []);
  assert.deepEqual(events("Already 501 households (1,824 individuals) from Tarsa and Ulmar entered Qarn."), []);
  assert.deepEqual(events("Guards stopped the convoy from entering the town."), []);
  assert.deepEqual(events("A few hundred families have withdrawn from Tarsa to stay safe."), []);
  assert.deepEqual(events("Taking the town would be hard."), []);
  assert.deepEqual(events("Residents said troops entered Tarsa on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops withdrew from Tarsa on Monday."), [["control", "Tarsa"]]);
});

test("a newsroom or the United Nations is never the place taken or struck", () => {
  assert.deepEqual(events("Medics told Valley Radio that troops stormed a school."), []);
  assert.deepEqual(events("Medics told Reuters that troops stormed a school."), []);
  assert.deepEqual(events("Troops took the United Nations safe area of Tarsa."), [["control", "Tarsa"]]);
});

test("attacks: 'the raid took place on X', a target set off by commas after 'attack', the next place of the dead with its own count", () => {
  assert.deepEqual(events("The raid took place on Tarsa, on the road to Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack took place on Monday."), []);
  assert.deepEqual(events("The raid, on Tarsa camp, 12 km west of Ulmar, took place before dawn."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Officials said 14 people had been killed in the village of Tarsa and 26 in Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  // The first place not an attack's, the next is not either.
  assert.deepEqual(events("Five people were killed in Tarsa and 26 in Ulmar."), []);
});

test("'killed in X' with no attack or settlement said is proposed for the gazetteer to confirm as a town", () => {
  const c = territoryCandidates("Two people were killed in Tarsa on Monday.");
  assert.deepEqual(c.map((x) => [x.actionClass, x.mention, x.townOnly]), [["attack", "Tarsa", true]]);
  assert.deepEqual(territoryCandidates("Two people were killed in Tarsa village on Monday.").map((x) => x.townOnly), [undefined]);
});

test("a raid is an attack, not ground taken: an entry followed by burning, looting, abducting or killing with blades", () => {
  assert.deepEqual(events("Militants entered Tarsa at dawn and had time to set several houses on fire."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The gang stormed the hill village of Tarsa, firing at random and burning down huts."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Fighters entered Tarsa where they killed villagers with machetes."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Troops entered Tarsa on Monday after heavy fighting."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Soldiers and militiamen supported by armour entered Tarsa."), [["control", "Tarsa"]]);
});

test("attacks: a bomb that detonated at a market, attacks launched 'simultaneously on' sites near a village, the dead of an attack told earlier in the sentence", () => {
  assert.deepEqual(events("A car bomb detonated in a crowd of shoppers at the Tarsa market, killing nine."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The raids were launched simultaneously on two posts located near the village of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In a second strike on Friday, three people were killed and several wounded in Tarsa, east of Ulmar."), [["attack", "Tarsa"]]);
});

test("attacks: 'claimed the lives of' people in a place, fire that poured down on a capital named with its owner, forces sent to shell a town, places that bore the brunt, an arms depot of a force, a town named before in a locative, a feared assault is none", () => {
  assert.deepEqual(events("Air raids claimed the lives of at least 17 Qarnis in the old quarter of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rocket fire poured down on the edge of the rebel region's capital, Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army sent gunboats to shell the town of Tarsa on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army used the money to build schools in Tarsa."), []);
  assert.deepEqual(events("Three villages -- Tarsa, Ulmar and Qarn -- bore the brunt of the shelling."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Militias shelled a depot belonging to Ulmar's forces in Tarsa district."), [["attack", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("Gunmen fired crude mortars at a barracks in the town, killing four.").map((c) => [c.actionClass, c.mention, c.refersBack]), [["attack", "the town", true]]);
  assert.deepEqual(territoryCandidates("Three residents were killed in night shelling in Vey's capital.").map((c) => [c.actionClass, c.nation]), [["attack", "Vey"]]);
  assert.deepEqual(events("Traders feared an impending militia assault on Tarsa."), []);
});

test("sieges: 'this besieged city' of the dateline, a blockade a town has undergone, a palace surrounded in its town, 'a siege in X', a degree before 'the entire town'; land around a place is no siege", () => {
  assert.deepEqual(territoryCandidates("Families in this besieged city who could not leave are sheltering in basements.").map((c) => [c.actionClass, c.mention, c.refersBack]), [["siege", "this besieged city", true]]);
  assert.deepEqual(events("Since March, Tarsa, a town of 25,000, has endured a blockade by militias."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Militias surrounded the governor's palace in Tarsa on Friday."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Troops moved to end an extremist-inspired siege in southern Tarsa city."), [["siege", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("The militia encircled almost the whole river town.").map((c) => [c.actionClass, c.refersBack]), [["siege", true]]);
  assert.deepEqual(events("Tarsa is surrounded by mountains."), []);
  assert.deepEqual(events("Hills surrounded the village of Tarsa."), []);
  assert.deepEqual(events("Tarsa was surrounded by rebel fighters."), [["siege", "Tarsa"]]);
});

test("control: the means told before what was won ('used armoured columns to seize control of'), a nearby town named after a comma, a share of a place in a list, the name after 'the provincial capital', forces that abandoned a place, a loss told with 'after losing', a flag raised in the passive, 'recaptured control of', a place and its surrounding areas", () => {
  assert.deepEqual(events("The fighters used armoured columns to seize control of the camp and a nearby town, Tarsa, west of the capital."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Militias pushed east, seizing several hamlets and much of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels seized around two-thirds of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militia overran the regional capital, the city of Tarsa, with little fighting."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Army units abandoned the center of the Tarsa district overnight."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Residents abandoned Tarsa."), []);
  assert.deepEqual(events("The garrison fell back after losing Tarsa, its final bastion on the plain."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The company reported losing Tarsa, its biggest client."), []);
  assert.deepEqual(events("The flag had been raised over the centre of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("They had recaptured control of the little lake port of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The town of Tarsa and its surrounding villages have been retaken."), [["control", "Tarsa"]]);
});

test("attacks: one house destroyed in a place (not by a storm), a suicide bomber who detonated at a base, a strike 'next to' a gate in a town, a town that 'witnessed' airstrikes", () => {
  assert.deepEqual(events("The militia killed two farmers at dawn and destroyed a house in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The storm destroyed a house in Tarsa."), []);
  assert.deepEqual(events("He bought a house in Tarsa."), []);
  assert.deepEqual(events("A suicide bomber detonated at the Tarsa checkpoint before a second attacker opened fire."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The strike hit next to the gate of a school in the town of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The clinic in Tarsa witnessed heavy strikes on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Tarsa saw heavy shelling overnight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Residents saw airstrikes from afar."), []);
});

test("'told X that …' opens what was said: X is no place a relative clause took", () => {
  assert.deepEqual(events("An officer told Valley Radio that they have retaken three villages."), []);
  assert.deepEqual(events("One resident told The Tarsa Times that shells had hit residential wards."), []);
  assert.deepEqual(events("Rawah lies near the border town of Tarsa that the army retook from the rebels."), [["control", "Tarsa"]]);
});

test("a port city named with its article's particle ('the port city of al-Tarsa')", () => {
  assert.deepEqual(events("Strikes hit a palace in Qarn's Red Sea port city of al-Tarsa."), [["attack", "al-Tarsa"]]);
});

test("attacks: explosives dropped on a station in a town, a gang that rampaged through a quarter, a town listed after 'including' as a town, residents of a place killed by shelling; 'the town of X, Y' names X", () => {
  assert.deepEqual(events("A quadcopter dropped explosives on an army post in the town of Tarsa on Friday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A militia rampaged through the Tarsa quarter, looting shops."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The raids came as gunboats pounded the coast, including the port city of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Families left after nine residents of Tarsa were killed by shelling on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Residents of Tarsa said it was quiet."), []);
  assert.deepEqual(objectPlaces("the town of Tarsa, Qarn, marking the time.", 0).map((p) => p.mention)[0], "Tarsa");
  assert.deepEqual(objectPlaces("another town on the highway, Tarsa.", 0).map((p) => p.mention), ["Tarsa"]);
});

test("a denial is no event: 'officials denied that rebels had taken X'", () => {
  assert.deepEqual(events("The ministry denied that insurgents had seized Tarsa."), []);
  assert.deepEqual(events("Rebels took control of Tarsa, officials said."), [["control", "Tarsa"]]);
});

test("attacks and control: artillery attacks 'have also been reported' in a place, an attack on a town police post of X, a landmine detonated in a village, troops that marched into a town", () => {
  assert.deepEqual(events("Mortar attacks have also been reported in Tarsa, a hamlet near Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A failed raid by 30 gunmen on a town police post of Tarsa left one officer dead."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Militants detonated a roadside bomb in Tarsa village on Friday."), [["attack", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("Government soldiers marched into the hill town of Tarsa on Monday.").map((c) => [c.actionClass, c.action, c.mention]), [["control", "entered", "Tarsa"]]);
  assert.deepEqual(events("Raiders claimed the lives of 7 herders in Tarsa village of Ulmar Local Government Area."), [["attack", "Tarsa"]]);
});

test("the dead of a place said after a first 'in' ('killed in a house in Tarsa village'); killed 'in a clash' or 'in the fighting' is no attack", () => {
  assert.deepEqual(events("Five people were killed in a house in Tarsa village."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Four guards were killed in a clash with militias near the village of Tarsa."), []);
  assert.deepEqual(events("Two gunmen were killed in a gunbattle with police in Tarsa village."), []);
});

test("'cut off' is no siege: roads, power and contact are cut off; a siege is said as one", () => {
  assert.deepEqual(events("Rebels cut off the road to Tarsa on Monday."), []);
  assert.deepEqual(events("Tarsa was cut off from the rest of the country after the power failed."), []);
  assert.deepEqual(events("Rebels blockaded Tarsa on Monday."), [["siege", "Tarsa"]]);
});

test("attacks a place 'suffered' or 'endured'; losses suffered and a force's suffering are none", () => {
  assert.deepEqual(events("The town of Tarsa has suffered repeated attacks over the past week."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Ulmar endured nightly bombardment for a month."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Tarsa suffered heavy losses."), []);
  assert.deepEqual(events("The army suffered repeated attacks near the river."), []);
});

test("sieges: a place taken after a siege was besieged; 'It has been besieged' is the place just named", () => {
  assert.deepEqual(events("Ulmar came under rebel control on Sunday after months of siege."), [["control", "Ulmar"], ["siege", "Ulmar"]]);
  // (A siege broken is no siege laid that day: see "a siege broken, lifted or ended".)
  assert.deepEqual(events("Rebels seized Tarsa after breaking the siege of Ulmar."), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("It has been besieged since 2019.").map((c) => [c.actionClass, c.refersBack]), [["siege", true]]);
  assert.deepEqual(territoryCandidates("It was surrounded by controversy."), []);
});

test("headlines in the bare present: 'Rebels Seize X', 'Troops encircle Y'; never a plan, a title-case noun or a body sentence", () => {
  assert.deepEqual(events("Rebels Seize Tarsa After Heavy Fighting"), [["control", "Tarsa"]]);
  assert.deepEqual(events("Militia fighters encircle Ulmar as talks stall"), [["siege", "Ulmar"]]);
  assert.deepEqual(events("Rebels take over Tarsa"), [["control", "Tarsa"]]);
  // A comma list in title case is the rest of the headline, not more places.
  assert.deepEqual(events("Rebels Encircle Tarsa, Escalating Crisis"), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Rebels vow to take Tarsa"), []);
  assert.deepEqual(territoryCandidates("Drone Strike On Car Near Tarsa").filter((c) => c.rule === "territory.headline-verb"), []);
  assert.deepEqual(events("Each spring the herders take Tarsa road to the hills."), []);
});

test("sieges: 'under rebel siege', 'left the city under siege', people 'surrounded in' a place", () => {
  assert.deepEqual(events("Aid reached Tarsa and Ulmar, which are under rebel siege in the north."), [["siege", "Tarsa"], ["siege", "Ulmar"]]);
  assert.deepEqual(territoryCandidates("Gangs stormed the town in a takeover that has left the city under siege.").filter((c) => c.actionClass === "siege").map((c) => [c.mention, c.refersBack]), [["the city", true]]);
  assert.deepEqual(events("The war has left Tarsa under a crippling blockade."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Fighters left Tarsa under cover of darkness."), []);
  assert.deepEqual(events("Some units were completely surrounded in the city of Tarsa but escaped."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Civilians were surrounded in panic."), []);
});

test("attack lists: an item described by a relative clause, a counted object then a colon, 'the communities of', 'Barangay X'; raids said as swarmed, looted, torched", () => {
  assert.deepEqual(events("Insurgents attacked Tarsa, which is the seat of the post, and the villages of Ulmar and Qarn.").map((e) => e[1]), ["Tarsa", "Ulmar", "Qarn"]);
  assert.deepEqual(events("Insurgents raided two islands off the coast: Tarsa and Ulmar.").map((e) => e[1]), ["Tarsa", "Ulmar"]);
  assert.deepEqual(events("Gunmen attacked the police outpost in Barangay Tarsa and Barangay Ulmar.").map((e) => e[1]), ["Tarsa", "Ulmar"]);
  assert.deepEqual(events("Gunmen looted homes in the communities of Tarsa and Ulmar before sunrise."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Armed militants swarmed Tarsa village at night."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen looted shops."), []);
  // A relative clause that ends the list is no item.
  assert.deepEqual(events("Rebels shelled Tarsa, which is home to 3,000 people, on Monday.").map((e) => e[1]), ["Tarsa"]);
});

test("control: a place that owns the noun ('since Tarsa's fall to the rebels', 'the city's takeover by'), 'now controlled two-thirds of'; a fall feared or supposed is none", () => {
  assert.deepEqual(events("Thousands have fled since Tarsa's fall to the rebels."), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("Aid stopped after the city's takeover by the militia.").map((c) => [c.actionClass, c.mention, c.refersBack]), [["control", "the city", true]]);
  assert.deepEqual(events("The monitor said the militia now controlled around two-thirds of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa's fall would be a blow to the government."), []);
  assert.deepEqual(events("Officials feared Tarsa's capture."), []);
});

test("a fronted place where a statement was made is no place of the dead ('In Tarsa, the ministry said …'); one where the dead were is", () => {
  assert.deepEqual(events("In Tarsa, the health ministry said a soldier and 13 civilians were killed."), []);
  assert.deepEqual(events("At Tarsa, rebels claimed they had killed more than 100 soldiers."), []);
  assert.deepEqual(events("In Tarsa, eight people died when shells hit a market, officials said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa, gunmen killed six people."), [["attack", "Tarsa"]]);
});

test("attacks: a list that ends 'and other areas', an attack that levelled a building in a place, 'the worst hit was X'", () => {
  assert.deepEqual(events("Tarsa, Ulmar, Qarn and other areas were targeted by air strikes since the morning.").map((e) => e[1]), ["Tarsa", "Ulmar", "Qarn"]);
  assert.deepEqual(events("The monitor said Tarsa and two other villages 30 miles southwest of Ulmar were bombarded."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Airstrikes levelled a two-storey building in Tarsa early today."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The worst-hit areas were Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The worst hit was Tarsa, where 15 people died.").filter((e) => e[1] === "Tarsa").length, 1);
  // Weather destroys too.
  assert.deepEqual(events("Floods destroyed a bridge in Tarsa."), []);
});

test("control: places counted in a passive or a fall, named in the next sentence; 'declared full liberation of X'; 'famine-hit X'; the centre of the village", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const article = (body: string) => ({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: null, words: 60, warnings: [], hash: "" }) as never;
  const named = (body: string) => extractArticle(article(body)).territory.map((t) => [t.action_class, t.place_mention]);
  assert.deepEqual(named("Sources said nine more districts were captured by the rebels on Sunday. The districts include Tarsa, Ulmar and Qarn."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(named("Five villages fell to the militia overnight. The villages are Tarsa and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(named("Five villages held a meeting. The villages are Tarsa and Ulmar."), []);
  assert.deepEqual(events("The prime minister declared full liberation of the city of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militia said it took control of famine-hit Tarsa camp.").filter((e) => e[0] === "control"), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("Troops have seized the center of the village.").map((c) => [c.actionClass, c.refersBack]), [["control", true]]);
});

test("an opening clause's attempt is its own, the main clause's event counts; forces encircled in a town; 'Internally Displaced Persons camp' and 'X Local Government Area'", () => {
  assert.deepEqual(events("During its failed attempts to defend its bases, the army bombarded Tarsa town and villages nearby."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In a bid to capture Ulmar, troops shelled Tarsa.").filter((e) => e[1] === "Tarsa"), [["attack", "Tarsa"]]);
  assert.deepEqual(events("During talks, rebels said they would attack Tarsa."), []);
  assert.deepEqual(events("Its forces are encircling militia units in the town of Tarsa."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Troops surrounded the soldiers in panic."), []);
  assert.deepEqual(events("Gunmen attacked a military base and Internally Displaced Persons camp in Tarsa town."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The latest attack happened in Tarsa Local Government Area of Ulmar State."), [["attack", "Tarsa"]]);
});

test("attacks: houses burnt in named villages, explosives thrown at a station in a town, killing N in a village; plural nouns opening a sentence are no places", () => {
  assert.deepEqual(events("The houses of the displaced were burnt in the outlying villages of Tarsa and Ulmar by militants.").map((e) => e[1]), ["Tarsa", "Ulmar"]);
  assert.deepEqual(events("Guerrillas threw four explosive devices towards the police station in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A day after killing at least 17 in the nearby village of Tarsa, militants struck again.").filter((e) => e[1] === "Tarsa").length, 1);
  assert.deepEqual(events("Houses were torched in the night."), []);
  assert.deepEqual(events("Crops were burned in protest."), []);
});

test("sieges a place's people faced ('Tarsa's 300,000 residents have faced a siege'); 'under the most intensive shelling'", () => {
  assert.deepEqual(events("For two years, Tarsa's 300,000 residents have faced a devastating siege by jihadist fighters."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Tarsa's people faced a hard winter."), []);
  assert.deepEqual(events("Tarsa is currently under the most intensive shelling by the enemy."), [["attack", "Tarsa"]]);
});

test("places described then named: 'Qarn's second-largest city, Tarsa', 'the president's home town of Ulmar', 'the nearby location of X'", () => {
  assert.deepEqual(events("Militants captured Qarn's second-largest city, Tarsa, and the president's home town of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The rebels said they had captured Tarsa and the nearby location of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Troops entered Qarn's largest city on Monday."), []);
});

test("who dominates a place describes it: 'Kuki-dominated X', 'the Kurdish-majority town of Y'", () => {
  assert.deepEqual(events("Two vehicles were burnt down in Ruritan-dominated Tarsa district."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rebels shelled the Ruritan-majority town of Tarsa."), [["attack", "Tarsa"]]);
});

test("places a count named later in the same sentence ('…increased to 15, they are A, B and C'); 'were able to control X'; 'the Qarni capital Tarsa'; apps are no places", () => {
  assert.deepEqual(events("The number of villages that have been controlled by the army since yesterday increased to 4, they are Tarsa, Ulmar, al-Qarn and Bolo.").map((e) => e[1]), ["Tarsa", "Ulmar", "al-Qarn", "Bolo"]);
  assert.deepEqual(events("The militia attacked three villages on Monday, namely Tarsa, Ulmar and Qarn.").map((e) => e[0]), ["attack", "attack", "attack"]);
  assert.deepEqual(events("He visited three towns, they are Tarsa and Ulmar."), []);
  assert.deepEqual(events("Troops were able to control Tarsa village after violent clashes."), [["control", "Tarsa"]]);
  assert.deepEqual(events("They were able to control the fire."), []);
  assert.deepEqual(events("The army regained control of the Sudanese capital Khartoum last month."), [["control", "Khartoum"]]);
  assert.deepEqual(events("Residents told VOA via WhatsApp that troops took control of both villages, which had been under militant control."), []);
});

test("attacks: damage done in a fronted place ('In X, a rocket launcher damaged homes'), forces that damaged buildings in X, a place burnt to the ground; a group's snipers are no place; weather and tyres are no attack", () => {
  assert.deepEqual(events("In Tarsa, a multiple rocket launcher damaged private dwellings."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa of the Ulmar community, the soldiers injured two civilians and destroyed houses.").filter((e) => e[1] === "Tarsa"), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army damaged residential buildings and outbuildings in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The militia came last Wednesday and burnt Tarsa to the ground."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Helicopters fired at Ruritan snipers on rooftops in the Tarsa neighbourhood."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Protesters burned tyres in Tarsa."), []);
  assert.deepEqual(events("In Tarsa, the floods destroyed a bridge."), []);
});

test("sieges: 'Tarsa, a besieged city in the north' describes the name before it", () => {
  assert.deepEqual(events("This is what passes for life in Tarsa, a besieged city in northern Qarn."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("He bought a besieged city map."), []);
});

test("'attacks', 'strikes', 'raids' followed by 'in' are nouns, left to the noun parser; followed by a name they are verbs", async () => {
  const { attackVerb } = await import("../loaders/extract/parsers/territory/attack.ts");
  assert.deepEqual(attackVerb("The latest attacks in four towns near Tarsa left six dead."), []);
  assert.deepEqual(attackVerb("Russia strikes Tarsa as talks stall").map((c) => c.mention), ["Tarsa"]);
});

test("control: 'relinquished control of', 'secured control of', 'repelled X from the town of Y', a people forced to withdraw, towns that fell listed after a colon; a repelled attack is none", () => {
  assert.deepEqual(events("Troops have relinquished control of the villages of Tarsa and Ulmar, northwest of Qarn.").map((e) => e[1]), ["Tarsa", "Ulmar"]);
  assert.deepEqual(events("Militants secured control of Tarsa and Ulmar villages without resistance."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Government forces repelled the militia from the town of Tarsa on Tuesday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The operation forced the Ruritans to withdraw from most of Tarsa district."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Four rebel-held towns have fallen to the army over the last two days: Tarsa, Ulmar, Qarn and Bolo.").map((e) => e[1]), ["Tarsa", "Ulmar", "Qarn", "Bolo"]);
  assert.deepEqual(events("The army repelled an attack from Tarsa."), []);
  assert.deepEqual(events("Fighting forced residents to leave Tarsa."), []);
  assert.deepEqual(events("Officials visited four towns: Tarsa and Ulmar."), []);
});

test("attacks: 'the communities, A, B and C', people killed after raiders stormed a village, a drone sent to a place, 'the villages of A and B, where airstrikes hit'; troops sent are no attack", () => {
  assert.deepEqual(events("The gunmen attacked the communities, Tarsa, Ulmar and Qarn, riding on motorcycles.").map((e) => e[1]), ["Tarsa", "Ulmar", "Qarn"]);
  assert.deepEqual(events("20 people were reported killed after suspected militants stormed Tarsa village."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Early in the morning, troops sent a drone to the Tarsa community."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Residents fled the villages of Tarsa and Ulmar, where airstrikes hit, warning others."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The army stormed Tarsa on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("They sent troops to Tarsa."), []);
});

test("control: tanks 'pushed further into' towns; the Persian join written with spaces ('Bagh e Sherkat')", () => {
  assert.deepEqual(events("Tanks pushed further into the three towns of Tarsa, Ulmar, and Qarn, in the east of Bolo.").map((e) => e[1]), ["Tarsa", "Ulmar", "Qarn"]);
  // (The name is the point here; fighters who storm a place are read as attacking it, see "stormed" below.)
  assert.deepEqual(events("The insurgents stormed Tarsa e Ulmar area two weeks ago.").map((e) => e[1]), ["Tarsa e Ulmar"]);
});

test("control: a dash aside between the subject and its verb hedges nothing; 'a strategic city whose brief fall to …'; 'the two other towns now claimed by troops'", () => {
  assert.deepEqual(events("Rebels led by a former general -- accused by aid agencies of recruiting child soldiers -- seized Tarsa in late June."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Authorities have a tenuous hold on Tarsa, a strategic city whose brief fall to the rebels last week was a blow."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa and Ulmar are the two other towns now claimed by federal troops."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Tarsa is the town claimed by both sides."), []);
  assert.deepEqual(events("Officials accused the rebels of planning to seize Tarsa."), []);
});

test("a toll told place by place: each place was attacked", () => {
  assert.deepEqual(events("Attackers on motorbikes killed at least 15 people, four in the village of Tarsa and four in the nearby village of Ulmar."),
    [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Strikes on Saturday killed two medics in the south, including one in Tarsa and another in Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  // With no attack and no settlement said, a place waits for the gazetteer to know it as a town.
  assert.ok(territoryCandidates("The outbreak killed nine people, four in Tarsa and five in Ulmar.").every((c) => c.townOnly));
  // Not a toll: no one was killed, or the dead were a flood's.
  assert.deepEqual(events("Officials counted 40 shelters, 20 in Tarsa and 20 in Ulmar."), []);
  assert.deepEqual(events("The floods killed nine people, four in the village of Tarsa and five in Ulmar."), []);
});

test("an incursion into a place is an attack on it", () => {
  assert.deepEqual(events("Two people were abducted in an armed incursion in the village of Tarsa."), [["attack", "Tarsa"]]);
});

test("a speaker named after a place, with a role, is no second place", () => {
  assert.deepEqual(events("The strike hit the town of Tarsa, Ivan Ulmarov, the regional governor, said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Troops captured Tarsa, Qarn and Ulmar, the army said."), [["control", "Tarsa"], ["control", "Qarn"], ["control", "Ulmar"]]);
});

test("sieges: taken 'following' a siege; 'its near neighbour X'; a title cut short is no place", () => {
  assert.deepEqual(events("Rebels have taken control of the garrison town of Tarsa following a weeks-long siege, sources said."), [["control", "Tarsa"], ["siege", "Tarsa"]]);
  assert.deepEqual(events("Troops surrounded its near neighbour Ulmar, Col. Ivan Tarsov said."), [["siege", "Ulmar"]]);
  // Not a siege: a siege that follows the capture is not said to have come before it.
  assert.deepEqual(events("Rebels took Tarsa, and a siege of Ulmar followed."), [["control", "Tarsa"], ["siege", "Ulmar"]]);
});

test("control: took charge of, securing; forces cleared out of a list of towns", () => {
  assert.deepEqual(events("Troops took charge of the eastern town of Tarsa on Wednesday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels arrived after securing Tarsa and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The militants have been cleared out of Tarsa, Ulmar and Qarn towns, the statement said."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  // Not control: securing what is no place, a charge that is no place.
  assert.deepEqual(events("The envoy said the talks were securing a ceasefire."), []);
  assert.deepEqual(events("She took charge of the investigation."), []);
});

test("lists: the places within a place after 'including'; a settlement numbered after its parent stays in the list", () => {
  assert.deepEqual(events("Shells hit Tarsa, including Ulmar, Qarn and Bolo, the governor said."),
    [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"], ["attack", "Bolo"]]);
  assert.deepEqual(events("Insurgents attacked the villages of Tarsa, Ulmar 2, Qarn and Bolo."),
    [["attack", "Tarsa"], ["attack", "Ulmar 2"], ["attack", "Qarn"], ["attack", "Bolo"]]);
  // Not places: what follows "including" after no place, and a number that counts rather than names.
  assert.deepEqual(events("The strikes killed several commanders, including Ivan Tarsov."), []);
  assert.deepEqual(events("Troops attacked Tarsa 3 times on Monday."), [["attack", "Tarsa"]]);
});

test("control: a list named by its kind with a bare participle; 'has just been'; 'now controlled by'; 'which they now control'; 'led to their control of'", () => {
  assert.deepEqual(events("Tarsa, Ulmar and Qarn towns also liberated and cleared of the rebels, the statement said."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The army said Bolo district has just been seized."), [["control", "Bolo"]]);
  assert.deepEqual(events("The town of Tarsa, now controlled by the rebels, lies on the highway."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, which the rebels now control, lies on the highway."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The assault led to their control of Ulmar village in the south."), [["control", "Ulmar"]]);
  assert.deepEqual(events("The rebels overran and looted Tarsa on Sunday."), [["control", "Tarsa"], ["attack", "Tarsa"]]);
  // Not control: towns named with no participle after them, a place held before and now, control that did not follow.
  assert.deepEqual(events("Tarsa and Ulmar towns lie on the highway."), []);
  assert.deepEqual(events("The talks led to their control of the budget."), []);
});

test("sieges: a garrison surrounded where it stands; a quoted participle", () => {
  assert.deepEqual(events("The army in Tarsa has been surrounded by rebel fighters."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Some units were \"completely surrounded\" in the city of Tarsa but managed to escape."), [["siege", "Tarsa"]]);
  // Not a siege: a force in a place that did something else, a ring of hills.
  assert.deepEqual(events("The army in Tarsa has been reinforced by two brigades."), []);
  assert.deepEqual(events("The troops in Tarsa are surrounded by mountains."), []);
});

test("attacks: how and when between the verb and its places; areas 'like' A and B; villages 'caught in attacks'; places named after a colon once counted", () => {
  assert.deepEqual(events("Warplanes struck intensively this noon the villages of Tarsa and Ulmar in the north."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Residents saw the army using airstrikes in civilian-populated areas like Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Families fled Bolo, Ulmar and Qarn villages, which have been caught in attacks by the army."), [["attack", "Bolo"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Insurgents attacked three islands close to the coast: Tarsa, Qarn, and Vamo."), [["attack", "Tarsa"], ["attack", "Qarn"], ["attack", "Vamo"]]);
  assert.deepEqual(events("Army bases in the north face unrelenting attacks, and Tarsa faced heavy shelling overnight."), [["attack", "Tarsa"]]);
  // Not attacks: "like" after no word for places, a person caught in traffic, a count with no colon list.
  assert.deepEqual(events("Rebels shelled positions, and leaders like Ivan Tarsov condemned it."), []);
  assert.deepEqual(events("Tarsa, who was caught in traffic, arrived late."), []);
});

test("a base named after its town is in that town; 'the besieged regional capital, X' names X", () => {
  assert.deepEqual(events("Militants attacked and took control of the Tarsa army base on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels broke through in two towns east of the besieged regional capital, Tarsa, officials said."), [["siege", "Tarsa"]]);
  // Not a place: a town's army that did something elsewhere is no base taken.
  assert.deepEqual(events("The Tarsa army said it shelled Ulmar."), [["attack", "Ulmar"]]);
});

test("control: a force that has left a place; 'took the town of X'", () => {
  assert.deepEqual(events("Government troops have left the Tarsa settlement, the ministry said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militants took the town of Tarsa after troops retreated."), [["control", "Tarsa"]]);
  // Not control: soldiers who left for somewhere, a town's people taken, a bare "took".
  assert.deepEqual(events("Soldiers have left Tarsa for the front."), []);
  assert.deepEqual(events("Rebels took the town's residents hostage."), []);
  assert.deepEqual(events("Tarsa took part in the talks."), []);
});

test("people who moved into a camp, told across a first predicate, took nothing", () => {
  assert.deepEqual(events("On Monday some 141 families from Tarsa passed through the screening site and moved into Ulmar camp."), []);
  // A force that did the same took the place.
  assert.deepEqual(events("Rebels stormed the checkpoint and moved into Tarsa."), [["control", "Tarsa"]]);
});

test("control: a force said to have control of a place", () => {
  assert.deepEqual(events("A spokesman said northern forces had control of Tarsa and areas of the eastern region."), [["control", "Tarsa"]]);
  // Not a place held by a force: a government's control of a budget.
  assert.deepEqual(events("The government has control of the budget."), []);
});

test("lists: the places' word, its participle, then the list ('the towns attacked since January include A and B')", () => {
  assert.deepEqual(events("The towns attacked since mid-January include Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The villages struck by the jets were Tarsa, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  // Not attacks: towns hit by a storm.
  assert.deepEqual(events("The towns hit hardest by the storm were Tarsa and Ulmar."), []);
});

test("attacks: 'the attack took place in A, B and C'; attacks against civilians in communes; the incursion of fighters into X; a barrage at a named check post; raiders who entered a village; a town taken after days of bombardment", () => {
  assert.deepEqual(events("The attack overnight Wednesday took place in Tarsa, Ulmar and Bolo, the administrator said."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Bolo"]]);
  assert.deepEqual(events("Armed groups carried out attacks against civilians in the communes of Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The toll of the incursion of ADF fighters into the village of Tarsa has increased."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attackers launched a barrage of gunfire at the Tarsa check post."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Militants raided the sub-district's Tarsa village, wounding a resident."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen entered the village of Tarsa on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("After three days of bombardment, troops and militiamen entered Tarsa, the monitor said."), [["control", "Tarsa"], ["attack", "Tarsa"]]);
  // Not attacks: an attack that took place at a time, an army that entered with its militias, talks before an entry.
  assert.deepEqual(events("The attack took place last year, officials said."), []);
  assert.deepEqual(events("Troops and militiamen entered Tarsa, the monitor said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("After the talks, troops entered Tarsa."), [["control", "Tarsa"]]);
});

test("attacks: a car bomb near a market; a village that suffered a terrorist attack; a school in a camp; Persian '-i' names; a capitalised participle is no place", () => {
  assert.deepEqual(events("A parked car exploded near a popular market in central Tarsa on Sunday, killing 11 people."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The village of Tarsa suffered a \"cowardly and barbaric\" terrorist attack, the governor said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The strike killed nine people at Asma school in Tarsa City's Ulmar refugee camp."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The helicopters struck a village in Dasht-i Bolo district on Monday."), [["attack", "Dasht-i Bolo"]]);
  // Not places or attacks: a capitalised participle, a company's loss, a heart attack.
  assert.deepEqual(events("An airstrike hit a wedding party in the province on Tuesday, Killing 11 civilians."), []);
  assert.deepEqual(events("The company suffered a major loss."), []);
  assert.deepEqual(events("Tarsa suffered a heart attack."), []);
});

test("attacks: a town's part named by its owner ('areas in Tarsa's central district'); 'which witnessed intense shelling'; a shell fired by troops that landed; two halves of a village named once", () => {
  assert.deepEqual(events("Airstrikes hit densely populated areas in Tarsa's central district."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Tarsa and Ulmar which witnessed intense shelling remained tense."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("A shell fired by the troops landed on their home in Tarsa village."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Jets bombed the villages of Tarsa, Um Bolo East and West, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Um Bolo East"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  // Still two places: a compass word that opens the next name.
  assert.deepEqual(events("Jets bombed Ulmar East and West Tarsa."), [["attack", "Ulmar East"], ["attack", "West Tarsa"]]);
});

test("subjects: a place after a leading 'When' or 'Once'; a distance aside that ends on another name; weekdays cut short are no places", () => {
  assert.deepEqual(events("When Tarsa fell to the rebels, it gave them control of the road."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, nine miles east of the capital, Ulmar, fell to government forces in March."), [["control", "Tarsa"]]);
  assert.deepEqual(events("At least 23 soldiers were killed after militants attacked Tarsa town in the region, Sun: sources"), [["attack", "Tarsa"]]);
  // The other name of the aside is where the distance is measured from, not the place.
  assert.deepEqual(events("For five days, the city of Tarsa, Ulmar Oblast, has been under fire.").map((e) => e[1]).includes("Tarsa"), true);
});

test("control: two lists of towns joined by 'plus', then a bare participle with its adverb", () => {
  assert.deepEqual(events("Tarsa, Ulmar, Qarn towns plus Bolo, Vamo and surrounding areas fully cleared of the rebels."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"], ["control", "Bolo"], ["control", "Vamo"]]);
  // Not control: areas said to be something else.
  assert.deepEqual(events("Tarsa and Ulmar areas fully covered by snow."), []);
});

test("headlines: a describing word before the place ('Troops recapture strategic X ridgeline'); high ground named with its kind", () => {
  assert.deepEqual(events("Indian troops recapture strategic Tarsa ridgeline"), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops recaptured the Tarsa ridgeline on Monday."), [["control", "Tarsa"]]);
  // Not control: clearing rubble, a headline whose verb is a plan.
  assert.deepEqual(events("Crews were clearing the rubble in Tarsa."), []);
  assert.deepEqual(events("Rebels vow to take strategic Tarsa ridgeline"), []);
});

test("a list of places named as communities or municipalities before their verb ('A, B, and C communities also came under fire')", () => {
  assert.deepEqual(events("Besides the town itself, the Tarsa, Ulmar, and Qarn communities also came under fire."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The Tarsa and Ulmar municipalities were shelled overnight."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  // a community of people, not a place
  assert.deepEqual(events("The international community also came under fire for its silence."), []);
});

test("a town described as one in an apposition before 'fell' fell; anything else that fell did not; 'won control of'", () => {
  assert.deepEqual(events("Ulmar, a crossroads town near the border, fell on Saturday, the ministry said."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Prices, a worry for the town, fell on Monday."), []);
  assert.deepEqual(events("Rebel troops won control of the town of Ulmar after a week of fighting."), [["control", "Ulmar"]]);
});

test("a unit's headquarters or base in a town stands for the town ('seized the headquarters of the 22nd Division in the town of X')", () => {
  assert.deepEqual(events("Militants seized the headquarters of the army's 12th Infantry Division in the town of Ulmar after a long siege."), [["control", "Ulmar"], ["siege", "Ulmar"]]);
  assert.deepEqual(events("Rebels overran the base of the 5th Brigade at Tarsa."), [["control", "Tarsa"]]);
  // a headquarters of an organisation somewhere unnamed is no place
  assert.deepEqual(events("Rebels seized the headquarters of the ruling party on Monday."), []);
});

test("a place fronted with 'In X,' where a weapon hit something and hurt people, or a named rocket launcher did damage; weather does not", () => {
  assert.deepEqual(events("In Tarsa, a drone hit a car, injuring two men."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Ulmar, a Tornado multiple rocket launcher damaged three houses."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("In Ulmar, a tornado destroyed three houses."), []);
  assert.deepEqual(events("In Tarsa, the news hit the markets hard."), []);
});

test("a list of more than twenty places before 'came under fire' is read whole", () => {
  const names = Array.from({ length: 24 }, (_, i) => `Tarsa${"abcdefghijklmnopqrstuvwxyz"[i]}ivka`);
  const s = `${names.join(", ")} came under enemy fire.`;
  assert.equal(events(s).length, 24);
});

test("a speaker named after a place, with a role that names an office, is no place ('…, Ivan Tarsov, the minister for the Republic of Ruritania, said')", () => {
  assert.deepEqual(events("Six people were killed in a bombing of the town of Tarsa, Ivan Tarsov, the state minister for the Republic of Ulmar, said."), [["attack", "Tarsa"]]);
});

test("a village or town named as such in a sentence that counts the dead of an attack is where the attack was; fighting, a hospital or a speaker's office is not", () => {
  assert.deepEqual(events("A farm worker in the village of Tarsa, Qarn region, was killed late on Friday in artillery shelling."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rebels blew up an armoured truck near the village of Tarsa, killing three soldiers."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("He was treated at a hospital in the town of Tarsa after being wounded in an attack."), []);
  assert.deepEqual(events("Two soldiers were killed in a clash with rebels near the village of Tarsa."), []);
  assert.deepEqual(events("\"We received six bodies after the raids,\" said the head of the health directorate in the nearby town of Tarsa."), []);
  assert.deepEqual(events("Residents who fled to a camp in the town of Tarsa said shelling had killed two relatives."), []);
});

test("when an attack happened may stand between its verb and its place ('occurred at 6 a.m. on Tuesday in X'); an attack that happened as something else did names no place", () => {
  assert.deepEqual(events("The attack occurred at 12:15 p.m. in the Shiite neighbourhood of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Another attack had taken place on Monday in Tarsa, killing four soldiers."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The raid happened on 13 February, 2025, in Tarsa, a village in the west."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack happened as the market in Tarsa was packed with shoppers."), []);
});

test("a bare weekday between a control verb and its place ('took over Wednesday X'), but not a weekday and a comma before a speaker", () => {
  assert.deepEqual(events("Rebels took over Wednesday Tarsa district west of the capital."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa came under heavy bombardment by government forces on Saturday, Ivan Ulmarov told reporters."), [["attack", "Tarsa"]]);
});

test("'When X fell,' tells a fall, kept only if the gazetteer knows X as a town; 'when the regime fell' is no place", () => {
  assert.deepEqual(territoryCandidates("When Tarsa fell, we walked into an empty city.").map((c) => [c.actionClass, c.mention, !!c.townOnly]), [["control", "Tarsa", true]]);
  assert.deepEqual(territoryCandidates("When the regime fell, people danced in the streets.").length, 0);
  assert.deepEqual(territoryCandidates("After the town fell, rebels executed prisoners.").length, 0);
});

test("villages pillaged and convoys ambushed in a place are attacks on it; a place that 'came under \"heavy bombardment\"' too", () => {
  assert.deepEqual(events("They pillaged the villages of Tarsa, Ulmar and Qarn entirely."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Militiamen ambushed an army convoy in Tarsa on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events('The city of Tarsa came under "heavy bombardment" on Saturday.'), [["attack", "Tarsa"]]);
});

test("'in Tarsa, Qarn district' and 'in Tarsa, Ulmar, killing' name one place and where it lies; 'A, B and C' and 'A, B, and in C' are lists", () => {
  assert.deepEqual(events("Gunmen attacked soldiers in Tarsa, Qarn district, on Friday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The group ambushed a convoy in Tarsa, Ulmar, killing five."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Warplanes bombed Tarsa, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Witnesses reported attacks in Tarsa, Ulmar, and in the hills."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
});

test("'was martyred in X' places the dead as 'was killed in X' does", () => {
  assert.deepEqual(territoryCandidates("A border guard was martyred in Tarsa in Qarn province after gunmen opened fire.").map((c) => [c.actionClass, c.mention]), [["attack", "Tarsa"]]);
});

test("'the northeast Tarsanian town of X'; 'X was exposed to heavy bombardment'", () => {
  assert.deepEqual(events("A missile hit the northeast Tarsanian town of Ulmar on Monday."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The city of Tarsa in Qarn province was exposed to similar bombardment on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Workers were exposed to fire risks."), []);
});

test("an organisation's name before what was hit is no place: the place is where the thing hit stood", () => {
  assert.deepEqual(events("The airstrike targeted a Tarsan Workers’ Party (TWP) vehicle near Ulmar village in Qarn sub-district."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Militants lobbed a grenade at a Central Reserve Police Force (CRPF) bunker near a crowded market in Tarsa, injuring 11 civilians."), [["attack", "Tarsa"]]);
  // (a police station named by its town stays the town)
  assert.deepEqual(events("Rebels attacked Tarsa Police Station."), [["attack", "Tarsa"]]);
});

test("an offensive on named towns attacks them; an offensive in a region or against a group is a campaign, not a place event", () => {
  assert.deepEqual(events('Rebels launched a "major counter-offensive" on the northern towns of Tarsa, Ulmar and Qarn.'), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The army launched an offensive against militants in the Tarsa valley."), []);
  assert.deepEqual(events("The army continued its offensive in western Tarsa this week."), []);
});

test("militants who swept through villages attacked them; the town a list of villages lies near is not one of them", () => {
  assert.deepEqual(events("Militants swept through Tarsa, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The villages of Tarsa, Ulmar and Qarn near Bolo were bombed by planes."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
});

test("'the following towns;' lists with where each lies ('Tarsa at the border, Ulmar in the south and Qarn'); an island named as such", () => {
  assert.deepEqual(events("Rebels have taken full control of the following towns; Tarsa at the Tarsa-Ulmar border, Ulmar in the south and Qarn in the east after a fierce battle."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Rebels have invaded the island of Tarsa."), [["control", "Tarsa"]]);
  // ("on the border of A and B districts" names the districts, no more places of the list)
  assert.deepEqual(events("The incident took place in Tarsa village on the border of Ulmar and Qarn districts."), [["attack", "Tarsa"]]);
});

test("a list set in 'the X Region of Y' keeps its villages; 'the (adjoining) town of X'; 'Bolo's other principal town, X'", () => {
  assert.deepEqual(events("The villages of Tarsa, Ulmar, Qarn, and Bolo in the Kefa Region of Sidra are now fully under Ruritanian control."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"], ["control", "Bolo"]]);
  assert.deepEqual(events("We have taken the town of Tarsa and the (adjoining) town of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The army has control of Tarsa and Bolo's other principal town, Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
});

test("people taken hostage, a person's remains, and a front 'for the Liberation of X' are no place taken", () => {
  assert.deepEqual(events("They took Tarsov hostage, but met troops on the way."), []);
  assert.deepEqual(events("The remains of Ivan Tarsov was taken by his comrades."), []);
  assert.deepEqual(events("Forces of the Alliance for the Liberation of Tarsa crossed the river at Ulmar."), []);
  assert.deepEqual(events("Troops celebrated the liberation of Tarsa."), [["control", "Tarsa"]]);
});

test("each ;-clause of an official's list names its own place ('According to the governor, in the village of A, … was injured; in the village of B, … was killed')", () => {
  assert.deepEqual(events("According to the governor, in the village of Tarsa, Ulmar municipality, a 70-year-old man was injured; in the village of Qarn, Bolo municipality, three men were injured; in the village of Kefa, a 53-year-old man was killed."), [["attack", "Tarsa"], ["attack", "Qarn"], ["attack", "Kefa"]]);
  assert.deepEqual(events("According to the governor, in Tarsa the ministry said six were killed; in Ulmar, talks went on."), []);
});

test("a place 'subjected to shelling'; a 'territorial community' named as such (a Ukrainian municipality)", () => {
  assert.deepEqual(events("Tarsa was subjected to shelling."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The detainees were subjected to torture."), []);
  assert.deepEqual(events("The Tarsa territorial community came under artillery fire."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In the Tarsa territorial community, a 38-year-old woman was killed."), [["attack", "Tarsa"]]);
});

test("places named between dashes before 'fell'; 'reclaimed control over'; more places after a passive verb ('were liberated, as well as the villages of C and D')", () => {
  assert.deepEqual(events("Three more provincial capitals -- the cities of Tarsa, Ulmar and Qarn -- fell to the rebels in recent hours."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Fighters reclaimed control over the villages of Tarsa and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The villages of Tarsa and Ulmar were liberated, as well as the villages of Qarn and Bolo."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"], ["control", "Bolo"]]);
  assert.deepEqual(events("Tarsa was shelled, as well as its outskirts."), [["attack", "Tarsa"]]);
});

test("'The attack was on X village'; 'After raiding the village of X'; 'the village of X was looted'; an attack 'in retaliation' names no place", () => {
  assert.deepEqual(events("The attack was on Tarsa village, some 20 km from the town."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("After raiding the village of Tarsa, the gunmen fled."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The village of Tarsa was looted and burned."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The attack was in retaliation for Monday's raid."), []);
});

test("lists: places after 'such as' once control of them was regained", () => {
  assert.deepEqual(events("The army regained control of key villages such as Tarsa, Ulmar, and Qarn in Bolo territory."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  // Places only named as examples of where people live are not taken.
  assert.deepEqual(events("Residents of villages such as Tarsa and Ulmar returned home."), []);
});

test("control: the capitals of named provinces, each where it lies", () => {
  assert.deepEqual(events("On Tuesday, the militants overran the capitals of Tarsa in the north, Ulmar in the west and Qarn, a day's drive from Bolo."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("Envoys met in the capitals of Tarsa and Ulmar."), []);
});

test("control: 'the retaking of'; a place's description without its article ends the list", () => {
  assert.deepEqual(events("Troops celebrated the retaking of Tarsa, capital of Bolo state."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels captured Tarsa, provincial capital of Bolo, and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  // A plan to retake is no event.
  assert.deepEqual(events("Generals said they could attempt the retaking of Tarsa."), []);
});

test("two verbs joined by 'and' share the place after the second", () => {
  assert.deepEqual(events("Troops besieged and shelled Tarsa for almost a month."), [["siege", "Tarsa"], ["attack", "Tarsa"]]);
  assert.deepEqual(events("Troops encircled and bombarded the city of Tarsa."), [["siege", "Tarsa"], ["attack", "Tarsa"]]);
  // A second verb whose object is people, not a place: nothing besieged.
  assert.deepEqual(events("Rebels surrounded and killed Ulmari herders."), []);
});

test("hopes, wishes and threats are not events", () => {
  assert.deepEqual(events("YPG Hopes to Eventually Surround Tarsa Before Invading It"), []);
  assert.deepEqual(events("Rebels want to take Ulmar before the rains."), []);
  assert.deepEqual(events("In addition, there are threats of missile strikes in Tarsa community."), []);
  assert.deepEqual(events("Missile strikes hit Tarsa community."), [["attack", "Tarsa"]]);
});

test("control: fighters chased or routed out of a place", () => {
  assert.deepEqual(events("Soldiers chased hundreds of the extremists out of the town of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Police chased the thieves from the market."), []);
});

test("stormed: raiders' villages each attacked, a post stormed in a place is an attack there, an army storming a town takes it", () => {
  assert.deepEqual(events("The terrorists first stormed the remote villages of Tarsa, Kote, Uda Lawanti and Ulmar, all in the Bolo area, around 9:30 p.m., killing 15 people."), [["attack", "Tarsa"], ["attack", "Kote"], ["attack", "Uda Lawanti"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Fighters stormed a security checkpoint in Tarsa district."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rebels stormed the army barracks in Tarsa early Friday."), [["attack", "Tarsa"]]);
  // A post stormed and held, and a town stormed by an army, are taken.
  assert.deepEqual(events("Rebels stormed the army base in Tarsa and occupied it.").slice(0, 1), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops stormed the towns of Tarsa and Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  // A checkpoint or post overrun in a place: the post is lost, the place attacked; a town overrun is taken.
  assert.deepEqual(events("Insurgents overran an army checkpoint in the district of Ulmar on Monday, killing five soldiers."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Militants overran a police post in Bet Aram overnight."), [["attack", "Bet Aram"]]);
  assert.deepEqual(events("Rebels overran the town of Qarn on Monday."), [["control", "Qarn"]]);
  // The area set at the head of a sentence whose raiders stormed a building there: attacked, not taken.
  // (Its action too: "stormed" alone would read as a capture.)
  assert.deepEqual(territoryCandidates("In the Tell Sarah area of Ulmar, gunmen stormed a police station, triggering a long gun battle.").map((c) => [c.action, c.actionClass, c.mention]), [["attacked", "attack", "Tell Sarah"]]);
});

test("a participle set off by commas after a place, with who did it", () => {
  assert.deepEqual(events("The northern town of Tarsa, seized by militants last week, was all but deserted on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar, shelled by the army for weeks, is in ruins."), [["attack", "Ulmar"]]);
  // Floods and critics are no war.
  assert.deepEqual(events("Tarsa, hit by floods in May, is rebuilding."), []);
  assert.deepEqual(events("The minister, attacked by critics, resigned."), []);
});

test("attacks: carried out by someone, then where; one that also took place somewhere", () => {
  assert.deepEqual(events("The attack was carried out by several armed men Monday night in Tarsa area of Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Another attack also took place in Tarsa on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An attack could take place in Tarsa."), []);
  // "An attack was made in X", "another attack was recorded in Y": the same, in a plainer or a report's voice.
  assert.deepEqual(events("He said an attack was made in Bolo village on Sunday."), [["attack", "Bolo"]]);
  assert.deepEqual(events("Another attack was recorded in Ulmar on 23 August."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The minister made an attack on his rivals."), []);
  // Fire across a truce line, told as a breach of it.
  assert.deepEqual(events("At about 5.30 a.m. the army initiated unprovoked ceasefire violation in Tarsa sector of Bolo district."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("He warned that any ceasefire violation in Tarsa would be answered."), []);
});

test("attacks: a massacre perpetrated in a place; an incident only reported there is not said to be one", () => {
  assert.deepEqual(events("The massacre was perpetrated in Tarsa, a locality in the north."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A traffic incident was reported in Tarsa."), []);
});

test("control: towns listed after a gerund's 'including'; posts counted across places are no place taken", () => {
  assert.deepEqual(events("The advance is significant, with rebels seizing several towns west of Bolo in recent weeks, including Tarsa, Ulmar, and Qarn."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The group said it seized six positions in Tarsa, Ulmar and Qarn townships."), []);
  assert.deepEqual(events("Rebels seized the army base in Tarsa."), [["control", "Tarsa"]]);
});

test("attacks: firing across a line in a named sector; a town named after a compass point and its country", () => {
  assert.deepEqual(events("Five civilians were killed in heavy cross-border firing in the Tarsa sector."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The firing of the minister in Tarsa surprised many."), []);
  assert.deepEqual(events("Israeli airstrikes hit the south Lebanon town of Ulmar."), [["attack", "Ulmar"]]);
});

test("control: 'regained the control of', as translated copy writes it", () => {
  assert.deepEqual(events("Troops regained the control of the Tarsa neighborhood in the western city of Ulmar.").slice(0, 1), [["control", "Tarsa"]]);
});

test("stormed: a storming told by its dead is a raid, unless an army stormed", () => {
  assert.deepEqual(events("Last week, insurgents stormed Tarsa, killing dozens of people."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army stormed the rebel-held town of Tarsa on Tuesday, killing 30 rebels."), [["control", "Tarsa"]]);
});

test("stormed: fighters who storm a place attack it; an army's storming, one held after, or 'stormed into' takes it", () => {
  assert.deepEqual(events("It was learnt that the group had stormed a remote village, Tarsa in Ulmar area, on Saturday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Troops stormed Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels stormed into Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels stormed and occupied the strategic town of Tarsa."), [["control", "Tarsa"]]);
});

test("a bloc left is no place: 'withdrew from the Economic Community of …'", () => {
  assert.deepEqual(events("The three nations withdrew from the Economic Community of West African States."), []);
  assert.deepEqual(events("Troops withdrew from the town of Tarsa."), [["control", "Tarsa"]]);
});

test("attacks counted and reported in a place; a harassment in towns listed; 'took place' takes nothing; 'claiming control of'", () => {
  assert.deepEqual(events("Two attacks have been reported in Tarsa, the district that borders Ulmar."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Fighting was reported in Tarsa."), []);
  assert.deepEqual(events("The harassment took place in various municipalities of Bolo, such as Tarsa, Ulmar and Qarn."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("The rally took place in several towns, such as Tarsa and Ulmar."), []);
  assert.deepEqual(events("Rebels attacked, a day after claiming control of Tarsa."), [["control", "Tarsa"]]);
});

test("a force that lost a place gave it up; villages people fled from are not said to be attacked", () => {
  assert.deepEqual(events("In October, the army lost Tarsa, its last stronghold in the region."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The party lost Tarsa in the elections."), []);
  assert.deepEqual(events("The attacks have forced residents from 24 villages to flee their homes, including Tarsa, Ulmar and Qarn."), []);
  assert.deepEqual(events("Air strikes hit several villages, including Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
});

test("control: a place 'placed under our control'", () => {
  assert.deepEqual(events("The city of Tarsa was placed under our control."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The schools were placed under the control of the ministry."), []);
});

test("control: a past hold on most of a place; two compass words joined before one name", () => {
  assert.deepEqual(events("By then rebels controlled most of eastern and central Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The company controlled most of the market in Tarsa."), []);
  assert.deepEqual(events("Shells hit northern and western Tarsa."), [["attack", "Tarsa"]]);
});

test("control: rebels dislodged from villages", () => {
  assert.deepEqual(events("The army also dislodged the rebels from the villages of Tarsa, Ulmar, and Qarn in the south of Bolo."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
});

test("a community's word before a named neighbourhood", () => {
  assert.deepEqual(events("Mortars hit the mainly Shiite Tarsa neighborhood shortly after noon."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Kurdish Tarsa fighters attacked."), []);
});

test("attacks: an aside on the dead before where they died; a long attacker; strikes 'led by' a coalition", () => {
  assert.deepEqual(events("Gunmen killed 12 villagers, most of them women, in Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army killed 12 fighters, including two commanders, in clashes near Tarsa."), []);
  assert.deepEqual(events("An airstrike by the Ulmar-backed, Qarn-led coalition fighting in the north killed 12 civilians in the coastal city of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("At least 19 people were killed Saturday in airstrikes led by the coalition in the port city of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The talks led by the coalition in the port city of Tarsa ended."), []);
});

test("attacks: the formal 'City of X'; a market or a city's district named before its town; harm told after a fronted district", () => {
  assert.deepEqual(events("A drone struck a police car carrying three officers in the City of Tarsa on Saturday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Drones bombed the Ulmar market in the town of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Glide bombs hit the Ulmar district in the city of Tarsa.").sort(), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("In Tarsa district, they shot dead 23 people after checking their papers."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In the Tarsa community, a private home burned down after being hit by a drone."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa, the minister was hit by criticism."), []);
  assert.deepEqual(events("In Tarsa district, the council met and nobody died."), []);
  assert.deepEqual(events("A strike overnight killed 15 Ulmar fighters in Tarsa, an area heavily damaged."), [["attack", "Tarsa"]]);
});

test("attacks: fire opened on the residents of villages; a fronted district with an aside, then what the bomb did; a statement is no scene", () => {
  assert.deepEqual(events("Gunmen open fire on residents of the villages of Tarsa, Ulmar and Qarn, killing several people."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("In Tarsa, another mainly Shiite district in eastern Ulmar, a car bomb tore through a street, killing at least five civilians."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa, the governor said militants were killing people."), []);
  assert.deepEqual(events("The residents of Tarsa voted on Sunday."), []);
});

test("attacks: no strike in a bargain struck, a battered town described, or a group's record of attacks; bases of any owner", () => {
  assert.deepEqual(events("Talks resumed after an agreement was struck in Tarsa."), []);
  assert.deepEqual(events("The army imposed a new curfew in battered Tarsa."), []);
  assert.deepEqual(events("Artillery battered Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The group has been blamed for a series of attacks in Tarsa."), []);
  assert.deepEqual(events("The group claimed the attack in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Soldiers shelled bases belonging to the Ulmar Brigade and another militant group in Tarsa on Friday."), [["attack", "Tarsa"]]);
});

test("lists: cities recaptured 'from' a force, including A and B; items placed by a compass word or a border before the next", () => {
  assert.deepEqual(events("The army has managed to recapture key cities in the state from the rebels, including Tarsa, Ulmar, and the strategic Qarn area."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(events("The army plans to recapture key cities, including Tarsa and Ulmar."), []);
  assert.deepEqual(events("Aircraft pounded rebel sites in Tarsa town in western Bolo and Ulmar town in eastern Bolo."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The attacks hit the villages of Tarsa and Ulmar near the border, and the district of Qarn in the north."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
});

test("places: a hub, an 'opposition-controlled' village, a school in a compass part of a town, a strike's time before its drone", () => {
  assert.deepEqual(events("Troops seized the key logistics hub of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("A missile hit the opposition-controlled Tarsa village."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An airstrike on the Halwa school in northern Tarsa killed eight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Two men were killed in a strike carried out on Tuesday by a combat drone from the army in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The Tarsa hub of the company closed."), []);
});

test("subjects: two towns and how far they lie, then retaken; a name in a name at the head; fled their besieged stronghold", () => {
  assert.deepEqual(events("Tarsa and Ulmar, less than 20 miles from the border, were retaken after a two-day operation."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Tarsa II in Ulmar was attacked twice."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Forces in Ulmar were attacked."), []);
  assert.deepEqual(events("Ten fighters were killed as they tried to flee their besieged stronghold of Tarsa."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("They fled the surrounded villages."), []);
});

test("a town's fall told as a time with its day; the worst hit 'by the shelling'", () => {
  assert.deepEqual(territoryCandidates("The roads closed after Tarsa fell on Tuesday.").map((c) => [c.actionClass, c.mention]), [["control", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("When the regime fell on Tuesday, people danced.").map((c) => [c.actionClass, c.mention]), []);
  assert.deepEqual(events("The worst hit by the shelling is Tarsa village."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The worst hit by the floods is Tarsa."), []);
});

test("a list of places hit, each item opened by a dash and 'In X,' with its dead", () => {
  assert.deepEqual(events("None of the people hit were fighters: - In Tarsa, 12 members of one family were killed. - In Ulmar, 10 civilians were killed."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The army - in Tarsa, says the report - lost 12 men."), []);
});

test("a hospital named by its town, in a district: the town is hit", () => {
  assert.ok(events("Shells hit an overcrowded Tarsa hospital in Ulmar district on Monday.").some(([, p]) => p === "Tarsa"));
  assert.ok(!events("Shells hit a hospital in Ulmar district.").some(([, p]) => p === "Tarsa"));
});

test("a township 'where the junta has unleashed a bombing campaign' is attacked; an aim 'focused on capturing' takes nothing", () => {
  assert.deepEqual(events("Clashes are escalating in Tarsa Township where the junta has unleashed a massive aerial bombing campaign."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("He lives in Tarsa where the army has launched a recruitment drive."), []);
  assert.deepEqual(events("Troops have focused on capturing Tarsa, an area of two regions."), []);
});

test("control: a bastion; a force's takeovers of towns; the recovery of towns is a recapture; a fall 'by the time' it finally came", () => {
  assert.deepEqual(events("Rebels took over the former rebel bastion of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("RSF takeovers of the nearby towns of Tarsa, Ulmar and Qarn."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  assert.deepEqual(territoryCandidates("The government announced the recovery of the towns of Tarsa and Ulmar.").map((c) => [c.actionClass, c.action, c.mention]), [["control", "recaptured", "Tarsa"], ["control", "recaptured", "Ulmar"]]);
  assert.deepEqual(events("The recovery of bodies in Tarsa continued."), []);
  assert.deepEqual(territoryCandidates("By the time Tarsa finally fell, the city was in ruins.").map((c) => [c.actionClass, c.mention]), [["control", "Tarsa"]]);
});

test("an aim said right before its verb takes nothing: 'aimed at capturing', 'focussed its efforts on', 'preparations to begin the liberation of'", () => {
  assert.deepEqual(events("Its forces then focussed its efforts on capturing Tarsa, the second largest city."), []);
  assert.deepEqual(events("The army lost 20 soldiers repelling attacks aimed at capturing the strategic city of Tarsa."), []);
  assert.deepEqual(events("The army was completing preparations to begin the liberation of Tarsa."), []);
  // Aimed at something else, further back: the capture happened.
  assert.deepEqual(events("The offensive, aimed at the rebels, has captured Tarsa."), [["control", "Tarsa"]]);
});

test("an assault on a place; a person assaulted is none", () => {
  assert.deepEqual(events("Gunmen assaulted a police post in the town of Bet Aram on Monday night."), [["attack", "Bet Aram"]]);
  assert.deepEqual(events("Fighters assaulted an army camp on the outskirts of Vila do Mar."), [["attack", "Vila do Mar"]]);
  assert.deepEqual(events("A woman was sexually assaulted in Bet Aram, police said."), []);
  assert.deepEqual(events("Soldiers assaulted two journalists in Vila do Mar."), []);
});

test("a place that was the target of an attack; an agreement's target is none", () => {
  assert.deepEqual(events("The village of Kafr Bani was the target of heavy shelling for a second day."), [["attack", "Kafr Bani"]]);
  assert.deepEqual(events("Deir Hafer was again the target of an air strike on Sunday."), [["attack", "Deir Hafer"]]);
  assert.deepEqual(events("Deir Hafer was the target of a new development plan."), []);
});

test("fighters encircled where they hold out: the place is besieged", () => {
  assert.deepEqual(events("The army said it had surrounded the militants still holed up in Abu Kamal."), [["siege", "Abu Kamal"]]);
  assert.deepEqual(events("Troops encircled the remaining fighters trapped in the town of Tell Sarah."), [["siege", "Tell Sarah"]]);
  assert.deepEqual(events("Police surrounded the protesters gathered in Abu Kamal."), []);
});

test("places that witnessed intensive or sustained strikes", () => {
  assert.deepEqual(events("Deir Hafer and Tell Sarah witnessed intensive airstrikes on Sunday."), [["attack", "Deir Hafer"], ["attack", "Tell Sarah"]]);
  assert.deepEqual(events("Kafr Bani witnessed intensive talks on Sunday."), []);
});

test("a place taken, told in a relative clause without its comma or in an apposition with its kind", () => {
  assert.deepEqual(events("She fled to the northern town of Bet Aram which was taken by rebels this month."), [["control", "Bet Aram"]]);
  assert.deepEqual(events("Bodies were recovered in Vila do Mar, a city captured last week by the rebels."), [["control", "Vila do Mar"]]);
  assert.deepEqual(events("Guards patrol Deir Hafer, a town besieged for months."), [["siege", "Deir Hafer"]]);
  // An apposition about something else, and a relative clause about a person.
  assert.deepEqual(events("They met in Deir Hafer, a city known for its markets."), []);
  assert.deepEqual(events("They spoke to Ahmed Saleh which was taken aback by the news."), []);
});

test("a siege set off by commas with its length, and the fall after it", () => {
  assert.deepEqual(events("The city of Bet Aram, besieged for 18 months, fell to the rebels last week."), [["siege", "Bet Aram"], ["control", "Bet Aram"]]);
  assert.deepEqual(events("Deir Hafer, encircled since May, ran out of bread."), [["siege", "Deir Hafer"]]);
  // A length set off after anything but a siege is no siege ("hit for six" is cricket).
  assert.deepEqual(events("Deir Hafer, hit for six in the final, lost the match."), []);
});

test("'it' after a conjunction stands for the town the same sentence called one", () => {
  const it = (s: string) => territoryCandidates(s).map((c) => [c.actionClass, c.mention, !!c.refersBack, !!c.nearOnly]);
  assert.deepEqual(it("A farmer fled Bet Aram village yesterday when it was shelled by army forces."), [["attack", "it", true, true]]);
  assert.deepEqual(it("Elders said the village of Kafr Bani lies in the valley, and it came under fire on April 25."), [["attack", "it", true, true]]);
  // A thing named in the sentence, or no town called one: "it" may be the convoy, or anything.
  assert.deepEqual(it("A convoy left Bet Aram village at dawn and it was hit by a roadside bomb."), []);
  assert.deepEqual(it("The talks went on for hours, and it was attacked by the press."), []);
  // A control verb never: "and it was captured on film".
  assert.deepEqual(it("The town of Kafr Bani held a parade, and it was captured on film."), []);
});

test("places named by their kind before a passive verb and listed after a dash or a colon", () => {
  assert.deepEqual(events("The following settlements of Bolo district have been liberated from the occupiers – Deir Hafer village, Tell Sarah village, and Bet Aram city."),
    [["control", "Deir Hafer"], ["control", "Tell Sarah"], ["control", "Bet Aram"]]);
  assert.deepEqual(events("Three villages were captured by the army: Deir Hafer, Tell Sarah and Kafr Bani."), [["control", "Deir Hafer"], ["control", "Tell Sarah"], ["control", "Kafr Bani"]]);
  // A list after a dash that names no places is not read.
  assert.deepEqual(events("The following villages were captured – most of them empty."), []);
});

test("an attack that began at an hour in a place; the other named regions of a list", () => {
  assert.deepEqual(events("The dawn attacks began around 3:00am in the eastern districts of Deir Hafer and Tell Sarah."), [["attack", "Deir Hafer"], ["attack", "Tell Sarah"]]);
  assert.deepEqual(events("The talks began around 3:00am in Deir Hafer."), []);
});

test("a place assaulted, said in the passive; a person assaulted is no place event", () => {
  assert.deepEqual(events("The villages lie near Deir Hafer, which was assaulted by militants on Wednesday."), [["attack", "Deir Hafer"]]);
  assert.deepEqual(events("In Deir Hafer, where a woman was sexually assaulted, police made arrests."), []);
});

test("a relative clause after a place behind a preposition: a past event of that place, not a plural's or a state", () => {
  assert.deepEqual(events("A grave was found in Deir Hafer, which had been liberated from the militia."), [["control", "Deir Hafer"]]);
  assert.deepEqual(events("Troops regained some villages near Deir Hafer, which were held by the militia."), []);
});

test("a place's kind in brackets before a passive verb, and 'the same' place struck again", () => {
  assert.deepEqual(events("A woman died when Kafr Bani (village) was hit by artillery on Monday."), [["attack", "Kafr Bani"]]);
  assert.deepEqual(events("Drones struck the same Tell Sarah camp again on Tuesday."), [["attack", "Tell Sarah"]]);
  assert.deepEqual(events("They met the same Tell Sarah elders again on Tuesday."), []);
});

test("the killings or the massacre of people in a place: an attack there if it is a town", () => {
  const killedIn = (s: string) => territoryCandidates(s).filter((c) => c.rule === "territory.killed-in").map((c) => [c.mention, !!c.townOnly]);
  assert.deepEqual(killedIn("The UN condemned the killings of at least 21 people in Kafr Bani."), [["Kafr Bani", true]]);
  assert.deepEqual(killedIn("Rights groups documented the massacre of 40 villagers in Tell Sarah last week."), [["Tell Sarah", true]]);
  assert.deepEqual(killedIn("The UN condemned the killings of at least 21 people, a report in Kafr Bani said."), []);
});

test("what lies around a town is no siege: camps around it, a province that surrounds it", () => {
  assert.deepEqual(events("Kafr Bani is surrounded by four camps housing displaced families."), []);
  assert.deepEqual(events("Three soldiers died in Bolo province, which surrounds Tell Sarah."), []);
  assert.deepEqual(events("Rebels have surrounded Tell Sarah with four battalions."), [["siege", "Tell Sarah"]]);
});

test("lists read on: 'followed by', 'and finally', 'and in the vicinity of'", () => {
  assert.deepEqual(events("They then shifted their assault to Tarsa, followed by Ulmar, Qarn, and Bolo, where they burned homes."),
    [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"], ["attack", "Bolo"]]);
  assert.deepEqual(events("The rebels captured the town of Tarsa on Friday followed by the town of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Airstrikes hit Tarsa, Deir Hafer and in the vicinity of Ulmar Airport."), [["attack", "Tarsa"], ["attack", "Deir Hafer"], ["attack", "Ulmar Airport"]]);
  // ("and in" alone starts a clause of its own.)
  assert.deepEqual(events("Rebels shelled Tarsa and in Ulmar protesters rallied."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The army moved its attack to the north."), []);
});

test("an offensive on named camps; projectiles counted place by place; a weapon as the subject", () => {
  // (Both camps: "camps" is a plural kind like "districts", so "Ulmar" before it is a name, not an adjective.)
  assert.deepEqual(events("Militias launched an offensive on the Tarsa and Ulmar camps on Friday."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Gunmen attacked the Bolo and Qarn camps and the nearby town of Kafr Bani."), [["attack", "Bolo"], ["attack", "Qarn"], ["attack", "Kafr Bani"]]);
  assert.deepEqual(events("Strikes on the Deir Hafer and Tell Sarah camps killed ten people."), [["attack", "Deir Hafer"], ["attack", "Tell Sarah"]]);
  assert.deepEqual(events("Aid convoys reached the Bolo and Qarn camps on Friday."), []);
  assert.deepEqual(events("The army launched an offensive on the Tarsa front."), []);
  assert.deepEqual(events("Police said 31 rockets landed in the Bolo area, 17 hit Tarsa, six landed in Ulmar, five in Qarn and two in Deir Hafer and Kafr Bani."),
    [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"], ["attack", "Deir Hafer"], ["attack", "Kafr Bani"], ["attack", "Bolo"]]);
  assert.deepEqual(events("The council met 17 times in Tarsa, four in Ulmar and two in Qarn."), []);
  assert.deepEqual(events("Artillery fire is currently impacting the districts of Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Heavy artillery concentrated on Tarsa's southern suburbs."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The shelling impacted the lives of thousands of families."), []);
  // "impacted on" a named site: the site hit, not the district it lies in.
  assert.deepEqual(events("Two missiles impacted on Tarsa displacement site in Ulmar district, injuring five."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The shelling impacted on the economy of the region."), []);
});

test("a fronted list before a compass region; asides between items ('in the countryside of', 'one of the')", () => {
  assert.deepEqual(events("Tarsa, Ulmar and Deir Hafer city's outskirts northeastern Bolo witnessed intensive airstrikes."),
    [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Deir Hafer"]]);
  assert.deepEqual(events("Tarsa and Ulmar in northern Bolo were shelled."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Villages in northern Bolo were bombed."), []);
  assert.deepEqual(events("Monitors reported rocket attacks by regime forces on Tarsa and Qarn in southern countryside of Bolo, and Ulmar in Sahl Bani."),
    [["attack", "Tarsa"], ["attack", "Qarn"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("The government announced the recovery of the towns of Tarsa, Qarn, one of the largest towns in the east, Ulmar, and finally Bolo."),
    [["control", "Tarsa"], ["control", "Qarn"], ["control", "Ulmar"], ["control", "Bolo"]]);
  assert.deepEqual(events("Our reporters went to Tarsa, one of the towns in the east, yesterday."), []);
});

test("a force that vacated or abandoned the towns of a list gave each up", () => {
  assert.deepEqual(events("Separatists abandoned the cities of Tarsa and Ulmar, as well as some smaller towns."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("On Monday, the army vacated the towns of Tarsa, Qarn and Bolo in the central region."), [["control", "Tarsa"], ["control", "Qarn"], ["control", "Bolo"]]);
  assert.deepEqual(events("Residents emptied the town of Tarsa."), []);
});

test("forces besieged in a place: a group's acronym, whose forces, a source's aside, the passive", () => {
  assert.deepEqual(events("The coalition announced that it successfully besieged ISIS inside Tarsa village."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Loyalists counterattacked, encircling, according to military sources, the forces of the eastern commander in the areas of Tarsa, about thirty kilometers east of Bolo, and Ulmar."),
    [["siege", "Tarsa"], ["siege", "Ulmar"]]);
  assert.deepEqual(events("The militants are now besieged in the northwestern corner of Tarsa."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Troops were surrounded by protesters in Tarsa."), []);
  assert.deepEqual(events("Police surrounded the house in Tarsa."), []);
});

test("an attack blamed on a group: 'on' names who is blamed", () => {
  assert.deepEqual(events("Villagers blamed the attacks on the Tarsan Arab militia."), []);
  assert.deepEqual(events("Officials blamed the attack on Ulmar on rebels."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Rebels launched an attack on Ulmar."), [["attack", "Ulmar"]]);
});

test("two appositions in a row, or one saying what a place is known for, stand between the subject and its verb", () => {
  assert.deepEqual(events("Tarsa, located on the northern bank of the Qarn River, approximately 40 kilometers from the border, was bombed on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The Ulmar district in Bolo, known for its orchards and located some 12 miles east of Kafr Bani, has been besieged for a week."), [["siege", "Ulmar"]]);
  // A village named in a township: the village is the subject, the township only where it lies.
  assert.deepEqual(events("Tell Sarah Village in Bet Aram Township was also hit by an air strike on Friday."), [["attack", "Tell Sarah"]]);
  // The river and the town in the appositions were not bombed; nor is a person known for something a place.
  assert.deepEqual(events("The bridge, located on the Qarn River, about 20 km from Tarsa, was closed on Monday."), []);
});

test("a place set at the head of the sentence, when the attack the clause tells hit a thing and no place", () => {
  assert.deepEqual(events("In the northern city of Tarsa, two car bombs exploded near a market."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Meanwhile, in the Ulmar community, troops attacked a farm, setting fire to three barns."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("In Qarn, the mosque was struck by a missile on Friday."), [["attack", "Qarn"]]);
  // A name that opens with a lower-case article, before the dead.
  assert.deepEqual(events("In al-Bolo, an air strike on the house of a teacher killed him and his wife."), [["attack", "al-Bolo"]]);
  // The attack named its own place; a statement made there; prices and storms; a plan.
  assert.deepEqual(events("In Tarsa, rebels attacked the nearby village of Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("In Tarsa, officials said rockets hit a depot."), []);
  assert.deepEqual(events("In Tarsa, fuel prices hit a record on Monday."), []);
  assert.deepEqual(events("In Tarsa, the storm struck a bridge."), []);
  assert.deepEqual(events("In Tarsa, militants could attack a school."), []);
});

test("a building hit just outside a town is told by the town ('flattened a home west of Tarsa')", () => {
  assert.deepEqual(events("An air strike flattened a home west of Tarsa, killing four people."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Drones struck a crowded market north of Ulmar on Monday."), [["attack", "Ulmar"]]);
  // People or a unit outside a town, or a move, are no building hit there.
  assert.deepEqual(events("Gunmen attacked travellers west of Tarsa."), []);
  assert.deepEqual(events("Troops pushed north of Tarsa."), []);
});

test("raiders who move on to a place and kill or burn there attack it ('then moved to a nearby Tarsa village and killed two men')", () => {
  assert.deepEqual(events("The gunmen then moved to a nearby Tarsa village and killed two men."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("They proceeded to neighbouring Kafr Bani and shot dead six persons there."), [["attack", "Kafr Bani"]]);
  // A move that ends in no violence, or in a goat killed for a feast.
  assert.deepEqual(events("The families moved to Tarsa and settled there."), []);
  assert.deepEqual(events("They went to Ulmar and killed a goat for the feast."), []);
});

test("ground won in a place: 'took over some ground in X', 'seized territory from the militia in X', 'gains in the A and B areas'", () => {
  assert.deepEqual(events("On Sunday, government forces took over some ground in Tarsa, residents said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Army seizes territory from rebel militia in Ulmar"), [["control", "Ulmar"]]);
  assert.deepEqual(events("Loyalist fighters have recaptured more ground from jihadists holed up in the centre of the port city of Qarn."), [["control", "Qarn"]]);
  assert.deepEqual(events("The broadcaster confirmed advances by the army, reporting gains in the Bolo and Tell Sarah areas of the city."), [["control", "Bolo"], ["control", "Tell Sarah"]]);
  // A trend, an aim, or ground won at no place named is no capture.
  assert.deepEqual(events("The rebels have been gaining ground in Tarsa district for weeks."), []);
  assert.deepEqual(events("The army hopes to seize more ground in Ulmar before the rains."), []);
  assert.deepEqual(events("The army seized territory from the militia in recent weeks."), []);
});

test("a place counted among those taken: 'became the first provincial capital to fall to', 'is the second town seized by'", () => {
  assert.deepEqual(events("It came hours after Tarsa, the seat of Qarn province, became the first provincial capital to fall to the rebels since the truce."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar in Qarn province is the second town seized by the militia this week."), [["control", "Ulmar"]]);
  // A forecast, or a first of another kind, is no capture.
  assert.deepEqual(events("Analysts say Tarsa is the next city to fall to the rebels."), []);
  assert.deepEqual(events("Bolo was the first town to hold elections after the war."), []);
});

test("control: a force that left or fled a place in the simple past gave it up ('rebels left the northern Tarsanian town of Ulmar', 'soldiers fled Qarn city')", () => {
  assert.deepEqual(events("Rebels left the northern Tarsanian town of Ulmar on Thursday."), [["control", "Ulmar"]]);
  assert.deepEqual(events("More than 300 soldiers fled Qarn city after a rebel assault."), [["control", "Qarn"]]);
  assert.deepEqual(events("Government forces fled the provincial capital of Bolo on Sunday."), [["control", "Bolo"]]);
  // People who flee, a force that fled nowhere named, a place left for somewhere else, or left in a state: none.
  assert.deepEqual(events("After the army shelled the area, residents fled Tarsa."), []);
  assert.deepEqual(events("Thousands of people fled Deir Hafer as rebels advanced."), []);
  assert.deepEqual(events("The fighters fled into nearby forests."), []);
  assert.deepEqual(events("Rebel fighters left Kafr Bani for the front."), []);
  assert.deepEqual(events("The troops left the Tigers cornered near Tell Sarah."), []);
});

test("control: 'the heart of X' stands for X, as 'the centre of X' does", () => {
  assert.deepEqual(events("Troops entered the heart of Ulmar on Wednesday."), [["control", "Ulmar"]]);
  assert.deepEqual(events("The rebels seized the heart of Qarn after days of fighting."), [["control", "Qarn"]]);
  assert.deepEqual(events("The heart of Bolo was shelled overnight."), [["attack", "Bolo"]]);
  // A heart that is no place: none.
  assert.deepEqual(events("The minister entered the heart of the debate on Monday."), []);
  assert.deepEqual(events("A soldier was shot in the heart near Tell Sarah."), []);
});

test("control: 'captured and held X', 'seized and controlled X': the second verb tells what was done after it was taken", () => {
  assert.deepEqual(events("Militia fighters captured and held Ulmar for two weeks."), [["control", "Ulmar"]]);
  assert.deepEqual(events("The rebels seized and controlled Qarn township until March."), [["control", "Qarn"]]);
  // People held, or a holding bought: none.
  assert.deepEqual(events("Police captured and held two suspects in Tarsa."), []);
  assert.deepEqual(events("The company bought and controlled Bolo Mining."), []);
});

test("control: a flag that 'flew' or 'fluttered' over a place, as one 'flying' there", () => {
  assert.deepEqual(events("The Ulmar flag flew over the war-torn rebel stronghold of Tarsa for the first time on Saturday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The national flag fluttered over Qarn again after the militia fled."), [["control", "Qarn"]]);
  // Flags of mourning: none.
  assert.deepEqual(events("The flag flew at half-mast over the ministry in Bolo."), []);
  assert.deepEqual(events("Flags flew at half-mast across the country."), []);
});

test("control: an ally 'helped' a force take a place ('helped the army regain control of X', 'helped troops to retake Y')", () => {
  assert.deepEqual(events("Foreign troops helped the army regain control of Ulmar, a small settlement."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Air strikes helped government troops to retake Qarn on Monday."), [["control", "Qarn"]]);
  // Help to free people, or to go home: none.
  assert.deepEqual(events("The militia helped the army free three hostages in Tarsa."), []);
  assert.deepEqual(events("The aid helped residents return to Bolo."), []);
});

test("control: a site taken where it is 'based in' or 'located at' ('captured the infantry battalion based in X')", () => {
  assert.deepEqual(events("The rebels captured the 212th light infantry battalion based in Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Troops seized an army camp located at Qarn on Friday."), [["control", "Qarn"]]);
  assert.deepEqual(events("Rebels attacked the battalion stationed in Bolo."), [["attack", "Bolo"]]);
  // A unit sent somewhere, or a site near a place: none.
  assert.deepEqual(events("The army sent a battalion to Tarsa."), []);
  assert.deepEqual(events("The rebels captured a base located near Kafr Bani."), []);
});

test("control: a force's name with digits owns the noun ('the K45's seizure of X')", () => {
  assert.deepEqual(events("Officials condemned the K45's seizure of the center of Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Since the B12's capture of Qarn, thousands have fled."), [["control", "Qarn"]]);
  // A seizure of no place: none.
  assert.deepEqual(events("The K45's seizure of power was condemned."), []);
});

test("control: 'the town' followed by a time after 'in' still refers back ('retook the town in the afternoon')", () => {
  const back = (s: string) => territoryCandidates(s).filter((c) => c.actionClass === "control").map((c) => [c.mention, c.refersBack]);
  assert.deepEqual(back("Fighting raged in the town of Ulmar, and government forces retook control of the town in the afternoon."), [["the town", true]]);
  assert.deepEqual(back("Rebels overran the city in 2011 and held it for a year."), [["the city", true]]);
  assert.deepEqual(back("Troops captured the town in the early hours of Sunday."), [["the town", true]]);
  // "the town in X province" is a town named after it, not one named before.
  assert.deepEqual(back("Rebels captured the town in Qarn province."), []);
});

test("not control: people 'forced to flee from' a place are displaced, not a side driven out", () => {
  assert.deepEqual(events("They were forced to flee from the village of Ulmar, close to the border."), []);
  assert.deepEqual(events("Among those forced to flee were some from the villages of Qarn and Bolo."), []);
  // A force that was made to flee, or a force that made another flee, gave the place up.
  assert.deepEqual(events("Government soldiers were forced to flee from Tarsa after the assault."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels forced the soldiers to flee from Kafr Bani."), [["control", "Kafr Bani"]]);
});

test("control: a post taken with its owner named before where it is ('the last stronghold of the rebels in X')", () => {
  assert.deepEqual(events("Troops captured the last stronghold of the rebels in Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Soldiers seized the headquarters of the 5th Brigade located in Qarn."), [["control", "Qarn"]]);
  // A share of a region, or a post whose owner is all that is named: none.
  assert.deepEqual(events("The rebels still control large areas of the countryside in Bolo province."), []);
  assert.deepEqual(events("Troops captured the last stronghold of the rebels on Monday."), []);
});

test("attacks: a projectile fired at a place, in every form of the verb ('firing artillery at', 'fire rockets into', 'dropping barrel bombs on')", () => {
  assert.deepEqual(events("The army has been firing heavy artillery at the rebel headquarters in Tarsa since Thursday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Militants fire rockets into Ulmar almost every night."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The rebels kept launching drones at Deir Hafer, officials said."), [["attack", "Deir Hafer"]]);
  assert.deepEqual(events("Helicopters were seen dropping barrel bombs on Kafr Bani."), [["attack", "Kafr Bani"]]);
  assert.deepEqual(events("Youths were throwing grenades into a police station in Bet Aram."), [["attack", "Bet Aram"]]);
  // No projectile, no attack: a product launched, a party thrown.
  assert.deepEqual(events("The company is launching a new product in Bolo."), []);
  assert.deepEqual(events("He was throwing a party in Tell Sarah."), []);
});

test("attacks: an attempt made on a place ('tried to attack a post in X', 'attempted to take X'), not a plan or an ongoing try", () => {
  assert.deepEqual(events("Militants attempted to attack a check post in Tarsa, the army said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen tried to attack a Border Guard check post in Qarn overnight."), [["attack", "Qarn"]]);
  assert.deepEqual(events("The rebels tried to take Ulmar on Monday but were repelled."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Insurgents tried again to capture the town of Bolo."), [["attack", "Bolo"]]);
  // Shelter sought, a plan, a try still going on, people taken somewhere: none.
  assert.deepEqual(events("The families tried to take refuge in Deir Hafer."), []);
  assert.deepEqual(events("The rebels plan to attack Tell Sarah."), []);
  assert.deepEqual(events("The rebels are trying to take Kafr Bani."), []);
  assert.deepEqual(events("He tried to take the children to Bet Aram."), []);
});

test("attacks: an adverb between the verb and its object ('attacked again the village of X', 'shelled heavily the town of Y')", () => {
  assert.deepEqual(events("Gunmen attacked again the village of Tarsa on Monday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Troops shelled heavily the town of Ulmar."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("They attacked again the same village, Deir Hafer, a resident said."), [["attack", "Deir Hafer"]]);
  assert.deepEqual(events("Warplanes struck overnight the town of Bolo."), [["attack", "Bolo"]]);
  // The adverb of a participle describes the object: still where it lies.
  assert.deepEqual(events("Government forces shelled heavily populated areas in Qarn."), [["attack", "Qarn"]]);
  // A deal struck again: no attack.
  assert.deepEqual(events("A deal was struck again the next day."), []);
});

test("attacks: a house, a convoy or an office owned by a person named, then where it stood ('hit the house of Sheikh A in X')", () => {
  assert.deepEqual(events("The missile hit the house of Sheikh Abdul Karim in Ulmar and killed 13 people."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("A blast struck the convoy of Governor Tarsi Bolo near Qarn on Monday."), [["attack", "Qarn"]]);
  // A place named with its kind and "of" is the place itself, not an owner.
  assert.deepEqual(events("Troops shelled the village of Tarsa in Bolo district."), [["attack", "Tarsa"]]);
});

test("control: what stands between the verb and the place, widened to the whole family", () => {
  // A side driven out, named by a longer phrase, or with the particle before it.
  assert.deepEqual(events("Soldiers chased hundreds of the Islamist fighters out of the town of Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops drove out the militants from Ulmar on Monday."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Police evicted the last rebels from Deir Hafer."), [["control", "Deir Hafer"]]);
  // Whose control was restored, said before "control".
  assert.deepEqual(events("Troops were last night restoring government control over the ancient Qarnian trading town of Bolo."), [["control", "Bolo"]]);
  assert.deepEqual(events("The army reasserted state control over Kafr Bani."), [["control", "Kafr Bani"]]);
  // A share said by its size.
  assert.deepEqual(events("Militia fighters seized control of significant portions of Tell Sarah."), [["control", "Tell Sarah"]]);
  // A capital whose owner has two words; a city counted second.
  assert.deepEqual(events("They withdrew from South Ulmar's capital, Tarsa, on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels captured Qarn's second city, Bet Aram."), [["control", "Bet Aram"]]);
  // A site named with what it once was.
  assert.deepEqual(events("The militia seized the former Tarsa International Airport on Monday."), [["control", "Tarsa International Airport"]]);
  // Not a side: people evicted, a government's control over a budget, a share of nothing named.
  assert.deepEqual(events("Police evicted hundreds of families from their homes."), []);
  assert.deepEqual(events("The ministry restored government control over the budget."), []);
});

test("control: the place taken named before its verb, widened to the whole family", () => {
  // A relative "that" with no comma, after a name and its kind.
  assert.deepEqual(events("Fighting continues in Ulmar district, which borders the volatile Tarsa district that fell to the rebels last week."), [["control", "Tarsa"]]);
  // A post taken in a town, as the subject of a passive or of "fell to".
  assert.deepEqual(events("Police Battalion 9 in Qarn was seized by the militia on Thursday."), [["control", "Qarn"]]);
  assert.deepEqual(events("The army base at Bolo fell to the rebels."), [["control", "Bolo"]]);
  // The holder said before "hands"; a force back in control.
  assert.deepEqual(events("The rebels said Kafr Bani was back in government hands by Tuesday."), [["control", "Kafr Bani"]]);
  assert.deepEqual(events("Tell Sarah fell into Ulmarian hands last month."), [["control", "Tell Sarah"]]);
  assert.deepEqual(events("Government troops were back in control of Bet Aram on Tuesday."), [["control", "Bet Aram"]]);
  // The place owns the noun, after a capitalised first word that says the change was done.
  assert.deepEqual(events("After Tarsa's recapture, the troops moved north."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Following Ulmar's retaking by the army, residents returned."), [["control", "Ulmar"]]);
  // Not taken: a post near a town, a hold that only remains, a fall foretold, people in a town.
  assert.deepEqual(events("An army base near Qarn was overrun."), []);
  assert.deepEqual(events("Several neighbourhoods of Bolo remain in rebel hands."), []);
  assert.deepEqual(events("Tarsa's fall would be a heavy blow."), []);
  assert.deepEqual(events("Families in Ulmar were captured on film."), []);
});

test("control: a site named in quotation marks, and a headline's particle in title case", () => {
  assert.deepEqual(events("Troops took the rebels’ so-called “Victory” base at Tarsa on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militia captured the so-called \"Victory\" camp in Ulmar."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Rebels Take Over Qarn"), [["control", "Qarn"]]);
  assert.deepEqual(events("Troops Retake Control of Bolo"), [["control", "Bolo"]]);
  // A quotation in an attack's object names no site; a headline's plan is no event.
  assert.deepEqual(events("Kurdish Forces Aim To Take Back Tarsa"), []);
  assert.deepEqual(events("Troops took the “final decision” at Tarsa on Sunday."), []);
});

test("attacks: a building named before its kind in lower case stands in the town after it; 'al' written apart opens a name", () => {
  assert.deepEqual(events("Warplanes bombed an Ulmari security centre belonging to the Qarnis in Tarsa on Thursday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Drones struck a site in Bolo army camp in Tarsa on Friday."), [["attack", "Tarsa"]]);
  // (A camp where the displaced live is the place itself.)
  assert.deepEqual(events("Drones struck a site in Bolo refugee camp in Tarsa on Friday."), [["attack", "Bolo"]]);
  assert.deepEqual(events("Helicopters dropped barrel bombs on Martyr Saleh Hospital in al Tarsa village on Monday."), [["attack", "al Tarsa"]]);
  // Negative: a district headquarters or a base is named by the place it holds, not by the province after it.
  assert.deepEqual(events("The Taliban overran the Tarsa district headquarters in Ulmar province on Tuesday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The militants repeated their attack on the Bolo base in Qarn."), [["attack", "Bolo"]]);
});

test("attacks: the day between the attack and who made it; a hospital in 'the town of' X; 'got shelled'", () => {
  assert.deepEqual(events("Fourteen children died in the attack late on Friday by the militia on the city of el-Tarsa."), [["attack", "el-Tarsa"]]);
  assert.deepEqual(events("Strikes also hit Orient Hospital in the town of Ulmar in Qarn, killing 12 people."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The southern district of Bolo got shelled late on Tuesday."), [["attack", "Bolo"]]);
  // Negative: "got" with no attack after it, and a day that is no place.
  assert.deepEqual(events("The district of Bolo got new schools on Tuesday."), []);
  assert.deepEqual(events("The attack on Friday by the militia was condemned."), []);
});

test("places lost: pulled back or fell back from X, knocked out of X; a fall with an adverb; a capital named after its owner's possessive", () => {
  assert.deepEqual(events("Militia fighters have pulled back from the northern town of Qarnis after days of assault."), [["control", "Qarnis"]]);
  assert.deepEqual(events("The army fell back from Velpa on Friday."), [["control", "Velpa"]]);
  assert.deepEqual(events("Government troops have already been knocked out of Ostrin, the official said."), [["control", "Ostrin"]]);
  assert.deepEqual(events("An official said Ulmar's capital, Dorsk, also fell."), [["control", "Dorsk"]]);
  assert.deepEqual(events("A lawmaker said the rebels had seized his province's capital, Marvale."), [["control", "Marvale"]]);
  // Negative: a price or a ball falls back, a boxer is knocked out, and "also fell" with no place.
  assert.deepEqual(events("The dollar fell back from its peak on Friday."), []);
  assert.deepEqual(events("The champion was knocked out in the third round."), []);
  assert.deepEqual(events("Prices also fell."), []);
});

test("attacks: carried out in the early hours of a day at X; a vehicle struck, with its harm set off, in X", () => {
  assert.deepEqual(events("The attack was carried out in the early hours of Saturday at Tarsa near Qarn."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An enemy drone struck a car, injuring two, in the southern city of Marvale on Thursday."), [["attack", "Marvale"]]);
  assert.deepEqual(events("A drone hit a truck in Velpa."), [["attack", "Velpa"]]);
  // Negative: the hours alone, and a car that is only mentioned.
  assert.deepEqual(events("The attack was carried out in the early hours of Saturday."), []);
  assert.deepEqual(events("He bought a car, paying two thousand, in Marvale."), []);
});

test("attacks: a place named after 'downtown', as after 'central'", () => {
  assert.deepEqual(events("Jets hit a building in downtown Tarsa City on Monday."), [["attack", "Tarsa City"]]);
  assert.deepEqual(events("Shells landed in downtown Qarn."), [["attack", "Qarn"]]);
  // ("downtown" is no place of its own.)
  assert.deepEqual(events("Shells landed downtown on Monday."), []);
});

test("places nearly taken are not taken; people who enter a place take nothing; a place 'wrested from' control; when between an attack and its place", () => {
  assert.deepEqual(events("The army is now close to retaking more towns in the region, including Tarsa."), []);
  assert.deepEqual(events("Troops are on the verge of capturing Ulmar."), []);
  assert.deepEqual(events("The army retook more towns in the region, including Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("About 5,000 Tarsan nationals have entered Ulmar this week."), []);
  assert.deepEqual(events("The border town of Qarn, close to the frontier, was wrested from army control by rebels on Thursday."), [["control", "Qarn"]]);
  assert.deepEqual(territoryCandidates("Bolo was wrested from the militia on Monday.").map((c) => c.action), ["captured"]);
  assert.deepEqual(events("The attacks happened at around 8 a.m. on Sunday, in the town of Dorsk, 65 km north of Bolo."), [["attack", "Dorsk"]]);
  assert.deepEqual(events("Rebels staged another attack on March 21 in Kolvo."), [["attack", "Kolvo"]]);
  assert.deepEqual(events("A raid on 3 May near Varna left two dead."), [["attack", "Varna"]]);
});

test("lists with regions inside them: 'A, B villages of X district, C and D villages of Y district'; 'A and B in the north'; 'the villages of al-A and al-B in X province'", () => {
  assert.deepEqual(events("Tarsa, Ulmar villages of Bolo district, Dorsk, and Vessa villages of Kaffa district were liberated, the ministry said."),
    [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Dorsk"], ["control", "Vessa"]]);
  assert.deepEqual(events("Tarsa and Ulmar in the north fell to the rebels on Monday."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The villages of al-Tarsa and al-Ulmar in Bolo province came under regime control."), [["control", "al-Tarsa"], ["control", "al-Ulmar"]]);
  // Negative: the regions named after each group are not places taken.
  assert.equal(events("Tarsa villages of Bolo district were liberated.").some(([, m]) => m === "Bolo"), false);
});

test("control said with a flag: 'X of the Y region is under the Z flag again'", () => {
  assert.deepEqual(events("“Dorsk of the Bolo region is under the Kaffan flag again,” the border guards said."), [["control", "Dorsk"]]);
  // Negative: a flag under which people march is no place held.
  assert.deepEqual(events("Thousands marched under the Kaffan flag on Monday."), []);
});

test("attacks: 'A and B, also north of X, had also come under attack'; a fronted list 'At A, B and nearby C in X district militants burnt…'", () => {
  assert.deepEqual(events("He later said Tarsa and Ulmar, also north of Qarn, had also come under attack."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("At Tarsa, Ulmar and nearby Qarn in Bolo district militants burnt down some 80 houses."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  // Negative: a fronted list where nothing was harmed, and one that only says where a statement was made.
  assert.deepEqual(events("At Tarsa, Ulmar and Qarn, the markets opened on Monday."), []);
  assert.deepEqual(events("At Tarsa and Ulmar, officials said six people were killed."), []);
});

test("attacks: 'the gold-mining site of X' in a list; a displacement camp is the place, not the town it lies in", () => {
  assert.deepEqual(events("The fighters attacked the village of Vessa and the gold-mining site of Mornu."), [["attack", "Vessa"], ["attack", "Mornu"]]);
  assert.deepEqual(events("Fighters shelled the Lakka displacement camp in Birro on Monday."), [["attack", "Lakka"]]);
  assert.deepEqual(events("Fighters shelled Dakka refugee camp in Birro."), [["attack", "Dakka"]]);
  // Negative: a military camp in a town still stands for the town; and "New Site" is a name, not a kind.
  assert.deepEqual(events("Fighters shelled the Lakka army camp in Birro."), [["attack", "Birro"]]);
  assert.deepEqual(events("The rebels took full control of New Site on Monday."), [["control", "New Site"]]);
});

test("control 'took under control the village X'; 'X district of Y fell in the hands of'; an attack 'last Saturday afternoon against' a village; 'A, including B, have been under siege'", () => {
  assert.deepEqual(events("The militiamen took under control the village Tarsa, officials said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar district of Bolo fell in the hands of the rebels on Wednesday."), [["control", "Ulmar"]]);
  assert.deepEqual(events("A group killed one person in an attack last Saturday afternoon against the village of Tallo."), [["attack", "Tallo"]]);
  assert.deepEqual(events("Over 100 villages in Upper Kurra, including Dessa, have been under siege for months."), [["siege", "Dessa"]]);
  // Negative: "the town of X" names X; a person identified by name is no place hit; a duty is no event; a byline is no event.
  assert.deepEqual(events("The town of Djibo is under blockade since May."), [["siege", "Djibo"]]);
  assert.deepEqual(events("The deceased, identified as Asa Bolo, was hit in the head by shrapnel."), []);
  assert.deepEqual(events("The soldiers are responsible for securing Tarsa and Ulmar."), []);
  assert.deepEqual(events("By Jo Bolo in Tarsa, occupied Ulmar and Kim Lee in Qarn"), []);
});

test("attacks: the hours of a day between the attack and its place ('the attack in the early hours of Thursday, May 3, at X'); 'attacks across X village'", () => {
  assert.deepEqual(events("Eight people were wounded in the attack in the early hours of Thursday, March 3, at Belmora, in the farming region of Qarn."), [["attack", "Belmora"]]);
  assert.deepEqual(events("Two soldiers died in an attack at dawn on Sunday at Ulmar, the army said."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The raid on Tuesday, May 4, in Korvina left three dead."), [["attack", "Korvina"]]);
  assert.deepEqual(events("At least 40 villagers were killed during gunmen attacks across Tarsa village of northern Qarn."), [["attack", "Tarsa"]]);
  // Negative: across a country or a region is no place; an hour with no place after it names none.
  assert.deepEqual(events("Air strikes across the country killed 12 people, officials said."), []);
  assert.deepEqual(events("Most of the firing across the Tarsa border was retaliatory, the army said."), []);
  assert.deepEqual(events("The attack in the early hours of Thursday killed three people."), []);
});

test("attacks: 'the ground attack on May 7 on the city of X'; a quoted attacker before the place; camps that are places, listed; 'the administrative post of X'; 'including the state capital A, B and C'", () => {
  assert.deepEqual(events("Since the ground attack on May 7 on the city of Velmar, bombing has intensified."), [["attack", "Velmar"]]);
  assert.deepEqual(events("The attack was carried out by “terrorists on some 20 motorcycles” in the Tabora village, the ministry said."), [["attack", "Tabora"]]);
  assert.deepEqual(events("The attacks took place at Paliok cattle camp in Ajong Payam, Marrak cattle camp in Pakeer Payam and two other locations."), [["attack", "Paliok"], ["attack", "Marrak"]]);
  assert.deepEqual(events("Gunmen raided the administrative post of Ulmar overnight."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The rebels launched attacks on government-held cities, including the state capital Belmora, Qarnet, and Al-Dorsa."), [["attack", "Belmora"], ["attack", "Qarnet"], ["attack", "Al-Dorsa"]]);
  // Negative: a capital described before its name stays one place; a post that is a job is no place.
  assert.deepEqual(events("Troops captured the regional capital, Tarsa, on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("He was appointed to the post of Governor in May."), []);
});

test("a person hit is no place hit; a hyphened 'X-occupied' names a place's holder; 'the X settlement of Y district' is X", () => {
  assert.deepEqual(events("Amira was hit in the head by shrapnel."), []);
  assert.deepEqual(events("Dorvala was hit by splinters, leaving her in critical condition."), []);
  assert.deepEqual(events("Dorvala was hit by artillery fire on Monday."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Missiles struck camps inside Ruritania-occupied Tarsa on Monday.").filter(([c]) => c === "control"), []);
  assert.deepEqual(events("Troops re-captured Dorvala on Monday."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The day marks the liberation of the Dorvala settlement of Ruritania's Tarsa district."), [["control", "Dorvala"]]);
  assert.deepEqual(events("Rebels captured the Ulmari town of Dorvala."), [["control", "Dorvala"]]);
});

test("bombardments in the plural; a lettered school and a monastery stand in the town named after them", () => {
  assert.deepEqual(events("The fighters suffered losses during bombardments near Dorvala."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("An air strike on Al Noor School B in Dorvala killed 12."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("The junta's airstrike on a Tarsa monastery in Kolda village killed 20."), [["attack", "Kolda"]]);
});

test("attacks: 'attacked from two sides in X'; rounds of artillery fired at X; artillery 'fired by the army near X'; troops attacked where they were posted; 'burned the village of X'", () => {
  assert.deepEqual(events("The militants attacked from two different sides in the district of Dorvala."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Government troops fired several rounds of heavy artillery at Kolda."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Heavy artillery fired by the army near Dorvala village on Sunday killed a man."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("The troops were on patrol in the north of Dorvala when they came under a complex ambush by militants."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("The unit that came under attack was stationed in Kolda, the army said."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Gunmen burned the village of Dorvala on 2 October."), [["attack", "Dorvala"]]);
  // Negative: troops posted somewhere who attack elsewhere, or are not attacked at all; a flag burned; rockets fired from a place.
  assert.deepEqual(events("Troops stationed in Dorvala attacked Kolda on Monday."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Soldiers deployed in Dorvala were praised by the minister."), []);
  assert.deepEqual(events("Protesters burned the town of Dorvala's flag."), []);
  assert.deepEqual(events("Rockets fired from Tarsa landed in the sea."), []);
  assert.deepEqual(events("The troops launched attacks from three directions in Dorvala and Kolda before dawn."), []);
});

test("attacks: the preposition said again before the next place hit ('targets in the city of X and in the town of Y')", () => {
  assert.deepEqual(events("Jets struck targets in the southern city of Dorvala and in the coastal town of Kolda."), [["attack", "Dorvala"], ["attack", "Kolda"]]);
  assert.deepEqual(events("Jets carried out strikes on Dorvala and on Kolda."), [["attack", "Dorvala"], ["attack", "Kolda"]]);
  // Negative: a time or a clause after "and in" names no second place.
  assert.deepEqual(events("Jets carried out strikes on Dorvala and on Monday night."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Jets struck Dorvala and in the evening the pilots returned."), [["attack", "Dorvala"]]);
});

test("control: a fall dated by how long ago or by its month ('X, fell two weeks ago'); 'among those captured'; weather hits no place", () => {
  assert.deepEqual(events("A fifth, Dorvala, fell two weeks ago."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The town of Dorvala fell in July 1995."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The town of Dorvala is among those captured by the army during the offensive."), [["control", "Dorvala"]]);
  // Negative: prices fall too; a flood or a cyclone is no attack.
  assert.deepEqual(events("Oil prices in Dorvala fell last week."), []);
  assert.deepEqual(events("Dorvala is among those hit by the floods."), []);
  assert.deepEqual(events("Dorvala was hit by a powerful cyclone on Monday."), []);
});

test("attacks: under attacks in curly quotes, a list item with its direction, a crowded place, an attack dated back before its place, fire towards a place", () => {
  assert.deepEqual(events("The army said its outposts in Dorvala and Kolda came under ”simultaneous attacks” early Tuesday."), [["attack", "Dorvala"], ["attack", "Kolda"]]);
  assert.deepEqual(events("Militants also attacked the towns of Tarsa, north of Kolda, and Ulmar, south of the capital, but were pushed back."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Another 32 people were wounded in the strike on Thursday in the built-up Dorvala refugee camp."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("It was a reply to a rebel attack last month on the Kolda army base."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The raid two weeks ago in Kolda killed five."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The militants had fired in the direction of Kolda and the village of Tarsa."), [["attack", "Kolda"], ["attack", "Tarsa"]]);
  // A building named after its town, in a district, is in that town.
  assert.deepEqual(events("Nine civilians were killed as shells hit an overcrowded Tarsa hospital in Kolda district on Monday.").filter(([, m]) => m === "Tarsa"), [["attack", "Tarsa"]]);
  // Negative: a direction before the capital's name is no list ("Tarsa, just south of the capital, Kolda"); fire towards people; a busy road.
  assert.deepEqual(events("Forces are in full control of Tarsa, just south of the capital, Kolda."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops opened fire towards the crowd."), []);
  assert.deepEqual(events("Shells hit the busy road."), []);
});

test("control: a side of a town taken, clearing begun, places named after 'they are' past a colon, a liberation of places counted", () => {
  assert.deepEqual(events("The rebels took control of the Ulmarian side of Kolda on Monday morning."), [["control", "Kolda"]]);
  assert.deepEqual(events("Troops began to clear the neighbourhoods of Tarsa and Ulmar on Thursday."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Troops recaptured five villages near Kolda: they are Tarsa, Ulmar and Bessin."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Bessin"]]);
  assert.deepEqual(events("The army confirmed the liberation of five settlements near Kolda: they are Tarsa, Ulmar and Bessin."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Bessin"]]);
  // Negative: the other side of a river; rubble cleared; places named after a count with no event.
  assert.deepEqual(events("The rebels took control of the other side of the river."), []);
  assert.deepEqual(events("Workers began to clear the rubble in Tarsa."), []);
  assert.deepEqual(events("The delegation visited five villages near Kolda: they are Tarsa, Ulmar and Bessin."), []);
});

test("an attack told, then 'It was carried out … in the village of X': where it happened", async () => {
  const { happenedInNext } = await import("../loaders/extract/parsers/territory/attack.ts");
  const where = (s: string, before: string) => happenedInNext(s, before).map((c) => c.mention);
  assert.deepEqual(where("It was carried out “at around 9:00 pm (2000 GMT)” on Friday in the village of Tarsa by armed men.", "The attack targeted civilians at prayer."), ["Tarsa"]);
  // Negative: no attack told before.
  assert.deepEqual(where("It was carried out in Kolda.", "The talks ended on Monday."), []);
});

test("attacks: fire 'going on' in a place, fire 'in the direction of' a list, attacks 'via drone on', a police station named by its town", () => {
  assert.deepEqual(events("Heavy firing is going on in forward areas in the Dorvala sector, a police officer said."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Troops began to fire intensively at the positions from artillery and mortars in the direction of Dorvala, Kolda and Tarsa."), [["attack", "Dorvala"], ["attack", "Kolda"], ["attack", "Tarsa"]]);
  assert.deepEqual(events("Rebels accused the army of launching attacks via drone on the Dorvala area."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Gunmen stormed the Dorvala police station on Monday, killing three officers."), [["attack", "Dorvala"]]);
  // Negative: talks going on, people moving that way, the town's police as a source.
  assert.deepEqual(events("Talks are going on in Dorvala."), []);
  assert.deepEqual(events("Heavy shelling forced families to move in the direction of Kolda."), []);
  assert.deepEqual(events("The Dorvala police said six were killed."), []);
});

test("attacks: a fire nobody set, a workers' strike and a feared assault are no attacks", () => {
  assert.deepEqual(events("Sixty huts burned down in a bushfire in Dorvala."), []);
  assert.deepEqual(events("In addition, 62 huts burned down this week in a natural fire in a displacement site in Dorvala."), []);
  assert.deepEqual(events("Following the bloodshed, a three-day strike took place in Dorvala amid large protests."), []);
  assert.deepEqual(events("Workers began a general strike in Dorvala on Monday."), []);
  assert.deepEqual(events("The rebels' advances have raised concerns about the potential for a renewed assault on Kolda."), []);
  // Positive: houses burned by men, a strike of some days "on" a place.
  assert.deepEqual(events("Militants burned down sixty huts in Dorvala."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("A two-day strike on Dorvala by the air force killed 40."), [["attack", "Dorvala"]]);
});

test("the subject of a passive: an aside shared by a list ('both in …'), a source before it ('According to the blog X,')", () => {
  assert.deepEqual(events("Dorvala and Tarsa, both in the southern part of Bolo, a region in Ulmar, were liberated in operations by the army."), [["control", "Dorvala"], ["control", "Tarsa"]]);
  assert.deepEqual(events("According to the military blog Kolda, Dorvala is now under Ulmari control."), [["control", "Dorvala"]]);
  // Negative: a list after "According to the governor," is still the subject.
  assert.deepEqual(events("According to the governor, Dorvala, Kolda and Tarsa were shelled overnight."), [["attack", "Dorvala"], ["attack", "Kolda"], ["attack", "Tarsa"]]);
});

test("attacks: buildings counted in a list of towns, weapons 'aimed at' a town, 'including the towns of' after a source", () => {
  assert.deepEqual(events("Others left after two police stations in Dorvala and Kolda were attacked."), [["attack", "Dorvala"], ["attack", "Kolda"]]);
  assert.deepEqual(events("Hours later, the militia retaliated with dozens of rockets aimed at Dorvala, a town across the border."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Warplanes struck residential parts of southern Kolda, the agency said, including the towns of Dorvala and Tarsa."), [["attack", "Kolda"], ["attack", "Dorvala"], ["attack", "Tarsa"]]);
  // Negative: a plan aimed at a goal, police in a town as a source, towns said after a source with no attack.
  assert.deepEqual(events("The army launched a campaign aimed at winning support in Dorvala."), []);
  assert.deepEqual(events("Police stations in Dorvala and Kolda reported no incidents."), []);
  assert.deepEqual(events("Aid reached the south, the agency said, including the towns of Dorvala and Tarsa."), []);
});

test("attacks: a time counted back between the attack and its place, bombs that fell at an hour, a place that 'was the scene of' an attack", () => {
  assert.deepEqual(events("It follows another deadly drone attack just a day earlier on a peacekeeping base in Dorvala."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Bombs fell around midday on Dorvala, a market town."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("On that day, Dorvala was the scene of the deadliest attack in the country's history."), [["attack", "Dorvala"]]);
  assert.deepEqual(events("Dorvala and Kolda were the scene of heavy air strikes."), [["attack", "Dorvala"], ["attack", "Kolda"]]);
  // Negative: a scene of no attack, bombs that fell nowhere named.
  assert.deepEqual(events("Dorvala was the scene of a large protest."), []);
  assert.deepEqual(events("Bombs fell around midday, residents said."), []);
});

test("control: a fall told in a relative clause after 'in X', or after an apposition naming its kind; a state of holding and a capture foretold are not", () => {
  assert.deepEqual(events("Tensions rose in Dorvala, which fell to the militia on March 4."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The strike raised tensions in Dorvala, a border area with Kenya that fell under the control of the militia on March 4."), [["control", "Dorvala"]]);
  assert.deepEqual(events("Dorvala is now controlled by the rebels."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The capture of Dorvala and Kolda on Monday opened the road."), [["control", "Dorvala"], ["control", "Kolda"]]);
  // Negative: who holds a town today; a capture said to be coming.
  assert.deepEqual(events("Dorvala, located in the south, is controlled by the army."), []);
  assert.deepEqual(events("The rebels declared that the capture of Dorvala and Kolda was only a matter of time."), []);
  assert.deepEqual(events("The fall of Dorvala is imminent."), []);
});

test("sieges: blockades laid on cities, then a list 'including A and B'", () => {
  assert.deepEqual(events("These forces have imposed blockades on key cities, including Dorvala and the state capital Kolda."), [["siege", "Dorvala"], ["siege", "Kolda"]]);
  // Negative: blockades warned of, with no places besieged named.
  assert.deepEqual(events("Aid groups warned of blockades, including in Dorvala."), []);
});

test("sieges: whose forces are encircled in a town, a relative clause in the present, a held town 'but' besieged", () => {
  assert.deepEqual(events("Rebels encircled General Bolo's army in Dorvala on Friday."), [["siege", "Dorvala"]]);
  assert.deepEqual(events("The militia surrounded Bolo's RSF in Kolda."), [["siege", "Kolda"]]);
  assert.deepEqual(events("Families poured into Tarsa, which is now encircled by the rebels."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Families poured into Tarsa, which remains under siege."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, in the south, is controlled by the army but remains under siege."), [["siege", "Tarsa"]]);
  // Negative: a state of control after a preposition, land around a town, a plan.
  assert.deepEqual(events("Families poured into Tarsa, which is held by the army."), []);
  assert.deepEqual(events("Families poured into Tarsa, which is surrounded by hills."), []);
  assert.deepEqual(events("Rebels plan to encircle Bolo's army in Dorvala."), []);
});

test("control: a group cleared from an area is no place; a group's stronghold after a place is no second place", () => {
  assert.deepEqual(events("Government forces cleared Bolo Shabab from the area after fierce battles."), []);
  assert.deepEqual(events("Iraqi forces cleared Tarsa from the militants."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops captured Tarsa, a Bolo stronghold on the coast, on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Troops captured Tarsa, an al Bolo stronghold on the coast."), [["control", "Tarsa"]]);
  // Negative of the negative: a list of towns, and a town's own stronghold, stay.
  assert.deepEqual(events("Troops captured Tarsa, Kolda and Ulmar on Monday."), [["control", "Tarsa"], ["control", "Kolda"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Rebels retook the Kolda stronghold on Monday."), [["control", "Kolda"]]);
});

test("attacks that went on and where ('continued for the sixth day on X', 'in and north of Y'), damage done by forces that 'had badly damaged', the attacked village named after its kind", () => {
  assert.deepEqual(events("Meanwhile, drone strikes continued for the sixth consecutive day on Tarsa and other cities."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Heavy shelling continued for the third day yesterday in and north of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Air strikes resumed on Kolda on Monday."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Russian forces had badly damaged a five-storey apartment building in Tarsa.").filter((e) => e[1] === "Tarsa").length, 1);
  assert.deepEqual(events("The attacked village, Tarsa, is in the vast Kolda region."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The targeted village, Ulmar, lies near the border."), [["attack", "Ulmar"]]);
  // Negative: talks that went on, floods that damaged, a village described by a relative clause.
  assert.deepEqual(events("Talks continued for the third day in Tarsa."), []);
  assert.deepEqual(events("Floods have badly damaged houses in Tarsa."), []);
  assert.deepEqual(events("The attacked village, which lies near Tarsa, is empty."), []);
  assert.deepEqual(events("A resident of the attacked village, Jo Bolo, said the raiders came at night."), []);
});

test("attacks 'waged on' a place; places whose relative clause first says where they lie, then what befell them", () => {
  assert.deepEqual(events("The airstrikes were waged on Tarsa area in Kolda district.").filter((e) => e[1] === "Tarsa"), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Refugees crossed into border zones, including Tarsa, Kolda and Ulmar, which lie just south of the lake and have come under attack by insurgents."), [["attack", "Tarsa"], ["attack", "Kolda"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Families went to Tarsa, which lies near the lake and was shelled on Monday."), [["attack", "Tarsa"]]);
  // Negative: a war waged for years, a first predicate that is no place's.
  assert.deepEqual(events("The war was waged for years."), []);
  assert.deepEqual(events("Families went to Tarsa, which is poor and has been calm."), []);
});

test("armed men who ride or drive into a place raid it; anyone else who drives in does nothing to it", () => {
  assert.deepEqual(territoryCandidates("Armed men on motorbikes rode into Tarsa before dawn and opened fire on worshippers.").map((c) => [c.actionClass, c.mention, c.rule]),
    [["attack", "Tarsa", "territory.rode-in"]]);
  assert.deepEqual(events("Jihadists rode into the village of Kolda at dawn and set the market alight."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The governor drove into Ulmar on Monday to meet residents."), []);
  assert.deepEqual(events("Aid trucks drove into Bessin after the road reopened."), []);
});

test("raiders who surround a village ring it for a raid; an army that surrounds a town besieges it", () => {
  assert.deepEqual(territoryCandidates("Scores of men on motorcycles surrounded the villages of Tarsa and Kolda and opened fire.").map((c) => [c.actionClass, c.mention, c.rule]),
    [["attack", "Tarsa", "territory.surrounded-by-raiders"], ["attack", "Kolda", "territory.surrounded-by-raiders"]]);
  assert.deepEqual(events("The bandits came in large numbers and surrounded Ulmar village."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The army surrounded Tarsa on Monday."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Rebels have encircled Kolda since May."), [["siege", "Kolda"]]);
});

test("a siege set off by commas needs nobody named when the sentence's own verb follows it", () => {
  assert.deepEqual(events("Tarsa, besieged and looted, has become hell."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Kolda, encircled, is running out of food."), [["siege", "Kolda"]]);
  assert.deepEqual(events("Tarsa, besieged by the militia since May, has run out of food."), [["siege", "Tarsa"]]);
  // A list in which the word stands as an item is no aside.
  assert.deepEqual(events("The names were Kolda, Tarsa, besieged and Ulmar."), []);
});

test("a place seized back or won back is retaken; trust won back is no place", () => {
  assert.deepEqual(territoryCandidates("Government forces seized back the town of Tarsa.").map((c) => [c.actionClass, c.action, c.mention]), [["control", "recaptured", "Tarsa"]]);
  assert.deepEqual(events("The army won back Kolda and Ulmar villages on Tuesday."), [["control", "Kolda"], ["control", "Ulmar"]]);
  assert.deepEqual(events("He won back the trust of voters in Tarsa."), []);
});

test("a place between two others, set off by commas before its verb, is the subject, not the second of them", () => {
  assert.deepEqual(events("Tarsa, between Kolda and Ulmar, was attacked around 6 a.m."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, along the main road to Ulmar, was shelled on Monday."), [["attack", "Tarsa"]]);
});

test("projectiles fired in a village hit it; fired in retaliation or in the air they hit no place", () => {
  assert.deepEqual(territoryCandidates("Insurgents fired mortar bombs in Kolda village on Monday.").map((c) => [c.actionClass, c.mention, c.rule]),
    [["attack", "Kolda", "territory.fired-at"]]);
  assert.deepEqual(events("Soldiers fired shots in the air to disperse the crowd in Tarsa."), []);
  assert.deepEqual(events("The militia fired rockets in retaliation, officials said."), []);
});

test("a post named by the town it holds stands for the town, as subject or object", () => {
  assert.deepEqual(events("The Kolda police post was attacked overnight."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The Tarsa post, between Ulmar and Bessin, was attacked by jihadists on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Gunmen hit the Ulmar army camp with mortar fire."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("The Bessin military base came under fire."), [["attack", "Bessin"]]);
  // A camp or a station with no force named is its own place: "the Tarsa station" may be a railway's.
  assert.deepEqual(events("The Tarsa station was hit by a storm."), []);
  assert.deepEqual(events("The Kolda police said the road was attacked."), []);
});

test("a bare compass point or a joined adverb before a name describes it", () => {
  assert.deepEqual(events("The army shelled east Kolda on Friday."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Troops have entered the long-embattled Tarsa."), [["control", "Tarsa"]]);
});

test("an aside on what a place is ends where the next place of the list begins", () => {
  assert.deepEqual(events("The rebels now control Kolda, the second city in the Bessin province as well as the nearby town of Tarsa."),
    [["control", "Kolda"], ["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels seized Ulmar, a key port on the lake, the mining towns of Tarsa, Qarn, and Bessin."),
    [["control", "Ulmar"], ["control", "Tarsa"], ["control", "Qarn"], ["control", "Bessin"]]);
  // "between A and B" describes the town; A and B are not taken.
  assert.deepEqual(events("Rebels seized Kolda, a town between Tarsa and Ulmar."), [["control", "Kolda"]]);
});

test("weapons set off by commas after the verb, weapons directed at a place, and gatherings hit", () => {
  assert.deepEqual(events("Militants attacked, with rifles and mortars, Kolda village, north of Tarsa."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The army attacked, with support from its allies, but was repelled."), []);
  assert.deepEqual(events("Drones and heavy artillery were directed at Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Criticism was directed at Kolda officials."), []);
  assert.deepEqual(events("A drone strike on a funeral in Bessin killed nine."), [["attack", "Bessin"]]);
});

test("houses and other buildings destroyed in a place: the place was attacked", () => {
  assert.deepEqual(events("Eleven houses and two prayer halls were destroyed in Kolda and Tarsa."), [["attack", "Kolda"], ["attack", "Tarsa"]]);
  assert.deepEqual(events("Houses and farms were destroyed in Ulmar by the floods."), []);
});

test("a building named after a person or a faith stands in the town after it", () => {
  assert.deepEqual(events("Shells landed near the Bolo Kan Buddhist monastery in Kolda."), [["attack", "Kolda"]]);
  assert.deepEqual(events("The strike targeted the Jon Bolo School in the Tarsa neighbourhood."), [["attack", "Tarsa"]]);
});

test("a list goes on past the division an item lies in, and to a part of the next town", () => {
  assert.deepEqual(events("Mortar shelling in Kolda and Tarsa districts in the Ulmar division, and Qarn and Bessin districts in the north killed three."),
    [["attack", "Kolda"], ["attack", "Tarsa"], ["attack", "Qarn"], ["attack", "Bessin"]]);
  assert.deepEqual(events("A tank targeted the towns of Kolda and the south of the city of Tarsa."), [["attack", "Kolda"], ["attack", "Tarsa"]]);
  // The south of a country is no town.
  assert.deepEqual(events("Troops took Kolda and the south of the country."), [["control", "Kolda"]]);
});

test("a group's strongholds, a country named with its form of state, and a capital that claims are no places hit", () => {
  assert.deepEqual(events("Joint operations continued, targeting Kolda Front strongholds."), []);
  // (A country is never a place hit; its name with its form of state is still the country.)
  assert.equal(isCountryName("Niger Republic"), true);
  assert.equal(isCountryName("the Republic of Chad"), true);
  assert.equal(isCountryName("Kolda Republic"), false);
  assert.deepEqual(events("Reports of army shelling of Kolda and Tarsa, Ulmar claims it was responding."), [["attack", "Kolda"], ["attack", "Tarsa"]]);
  // A list of places with their kind after them is still a list of places.
  assert.deepEqual(events("Rebels captured Kolda and Tarsa strongholds."), [["control", "Kolda"], ["control", "Tarsa"]]);
});

test("a country and 'occupied' after a preposition name a place as one; the same words as a clause are a taking", () => {
  assert.deepEqual(events("Gunmen in Ruritania occupied Tarsa fired across the line on Monday.").filter(([c]) => c === "control"), []);
  assert.deepEqual(events("Families from Ruritania occupied Tarsa crossed into Ulmar.").filter(([c]) => c === "control"), []);
  assert.deepEqual(events("In 2014 Ruritania occupied Tarsa, and its troops later entered Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The raiders occupied Dorvala for four days."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The Ulmari occupied Dorvala in March."), [["control", "Dorvala"]]);
});

test("a place named first as the worst hit by an attack was attacked; by a flood, or people worst hit, nothing", () => {
  assert.deepEqual(events("Qarn village was the worst hit, with 12 houses destroyed by shelling."), [["attack", "Qarn"]]);
  assert.deepEqual(events("Tarsa and Ulmar were among the hardest hit by the air strikes on Monday."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Qarn was the worst hit by the floods."), []);
  assert.deepEqual(events("Children were the worst hit by the shelling."), []);
});

test("attacks told in more ways: rammed into a base, a site located in a town, a seat of local rule, a community, a death fronted", () => {
  assert.deepEqual(events("Two fighters rammed into Tarsa military base with suicide car bombs."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("The ship rammed into the harbour wall."), []);
  assert.deepEqual(events("Late on Friday, an army camp located in Tarsa, near the river, was targeted, killing 12 soldiers."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Nine farmers were killed in a raid by gunmen on the headquarters of the administrative unit of Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Rebels attacked the headquarters of Tarsa Radio."), [], "an organisation's headquarters names no place");
  assert.deepEqual(events("Six traders were killed in Tarsa community in Ulmar State on Sunday."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa village of Ulmar Township, Qarn Region, a drone strike resulted in the death of 11 villagers."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("In Tarsa, officials mourned the death of the mayor last year."), []);
});

test("attacks: whom a building houses, weapons listed after the noun, quarters attacked, a possessive's part, the hurt after the dead", () => {
  assert.deepEqual(events("Drones struck a camp for the displaced in Tarsa overnight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("An assault with drones and Grad rockets on Tarsa camp killed four."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Militiamen attacked several neighbourhoods, including Tarsa and Ulmar."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Residents of several camps, including Tarsa, said they were safe."), []);
  assert.deepEqual(events("Drones hit Tarsa's industrial zone"), [["attack", "Tarsa"]]);
  assert.deepEqual(territoryCandidates("The unrest killed three civilians and injured 14 others in the Tarsa and Ulmar districts.").map((c) => [c.rule, c.mention]), [["territory.killed-in", "Tarsa"], ["territory.killed-in", "Ulmar"]]);
});

test("control: a list after a taking's noun or a place taken again, a claimed capture, when before the infinitive; no list after a plan", () => {
  assert.deepEqual(events("The advance came after the seizure of outlying villages, including Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The rebels regained three districts, including Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Families left Ulmar for the town of Tarsa, which al Qarni said it took on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The army managed earlier this month to retake Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The capture of Tarsa lets the army move to retake other towns such as Ulmar."), [["control", "Tarsa"]]);
});

test("a siege again, the heaviest shelling yet, places handed over by a force, a raid's second deed, armed bodies named as no place", () => {
  assert.deepEqual(events("Tarsa has once again been under siege since March."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Saturday saw the fiercest shelling yet of Tarsa, residents said."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Government troops handed over Tarsa and the town of Ulmar to the militia on Saturday."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("The mayor handed over Tarsa's archive to the national library."), [], "no force gave it up");
  assert.deepEqual(events("The army handed over Tarsa, officials said."), [], "given up to nobody named");
  assert.deepEqual(territoryCandidates("Bandits killed four villagers and stole cattle in Tarsa and Ulmar villages.").map((c) => [c.rule, c.mention]), [["territory.killed-in", "Tarsa"], ["territory.killed-in", "Ulmar"]]);
  assert.deepEqual(territoryCandidates("Bandits killed four villagers and stole cattle in the raid.").map((c) => c.mention), []);
  assert.deepEqual(events("The raid on Tarsa Volunteers in Ulmar killed two guards."), [["attack", "Ulmar"]]);
});

test("a verb joined by a hyphen describes a place; it strikes nothing", () => {
  assert.deepEqual(events("Families leaving drought-hit Ulmar reached several towns, among them Bessin, a besieged district seat."), [["siege", "Bessin"]]);
  // The verb on its own still strikes.
  assert.deepEqual(events("Shells hit Ulmar on Monday."), [["attack", "Ulmar"]]);
});

test("after 'a', a capitalised word before a building's word is its kind, not its town", () => {
  assert.deepEqual(events("Artillery hit an Anglican church on the edge of Dorvala, killing two worshippers."), [["attack", "Dorvala"]]);
  // With "the", the town's name before a building is the town hit.
  assert.deepEqual(events("Mortar fire hit the Dorvala church on Monday."), [["attack", "Dorvala"]]);
});

test("the stronghold of a group named by its capitals is the town after 'of'", () => {
  assert.deepEqual(events("Soldiers pushed into the Dorvan stronghold of Kolda overnight."), [["control", "Kolda"]]);
});

test("a place counted among the places under siege, or under an attacker's attack", () => {
  assert.deepEqual(events("Dorvala is among the five district towns now under siege, aid groups say."), [["siege", "Dorvala"]]);
  assert.deepEqual(events("Kolda was under insurgent attack for most of the week."), [["attack", "Kolda"]]);
  // A place counted among others is no siege when nothing is under siege.
  assert.deepEqual(events("Dorvala is among the five district towns on the river."), []);
});

test("a headline's capture noun without its article", () => {
  assert.deepEqual(events("Dozens still unaccounted for following capture of Dorvala"), [["control", "Dorvala"]]);
  assert.deepEqual(events("Prices rise following fall of harvests"), []);
});

test("houses burned, said with the participle, in a list of villages", () => {
  assert.deepEqual(events("Militiamen roamed the valley, torching homes in Dorvala, Kolda and Qarn villages."),
    [["attack", "Dorvala"], ["attack", "Kolda"], ["attack", "Qarn"]]);
  // Burning tyres on a road is no damage done to a place.
  assert.deepEqual(events("Protesters were burning tyres in Dorvala."), []);
});

test("a fall that ends its clause, a fall with an adverb, and a place held by a side", () => {
  // "fell and …", "fell, …": the fall ends its clause (only for a subject named with its kind).
  assert.deepEqual(events("A council member said the provincial capital of Dorvala fell and that officials had fled."), [["control", "Dorvala"]]);
  assert.deepEqual(events("The town of Tarsa fell, a spokesman said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Prices fell and traders left the market."), []);
  assert.deepEqual(events("In the west, the governor said its capital, Kolda, also fell to the insurgents."), [["control", "Kolda"]]);
  // "the city, which is in control of X": X is the side that holds it, not a place taken.
  assert.deepEqual(events("The militants told residents of the city, which is in control of Jamaat Qarn, to leave."), []);
  assert.deepEqual(events("Troops said the town, which was in full control of Dorsk Harakat for a year, was calm."), []);
  assert.deepEqual(events("The army is in control of Kolda, a spokesman said."), [["control", "Kolda"]]);
});

test("territory: a connective opening the sentence ('However,') is no place, and the subject after its comma is read", () => {
  assert.deepEqual(events("However, the traders' union in Tarsa locality, which fell into the hands of the militia on Monday, reported looting."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Meanwhile, Ulmar, which fell into the hands of the rebels last week, is calm."), [["control", "Ulmar"]]);
  // No place named: nothing, not the connective.
  assert.deepEqual(events("However, the area, which fell into the hands of the rebels last week, is calm."), []);
});

test("territory: an unnamed place taken in a named region reads the region ('seized a district in Tarsa province')", () => {
  assert.deepEqual(events("Insurgents seized a district in Tarsa province on Friday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels overran two villages in Ulmar state."), [["control", "Ulmar"]]);
  // No region named: nothing.
  assert.deepEqual(events("Rebels captured a district in the north of the country."), []);
});

test("territory: every control and siege verb of the lexicon is tabled with an action of its own class, never 'attack'", async () => {
  const { CONTROL_VERBS, SIEGE_VERBS } = await import("../loaders/extract/lexicon/territory-words.ts");
  const { normaliseAction } = await import("../loaders/extract/parsers/territory/trigger.ts");
  const CONTROL = new Set(["captured", "seized", "took control", "entered", "recaptured"]);
  const SIEGE = new Set(["besieged", "surrounded", "encircled"]);
  assert.deepEqual(CONTROL_VERBS.filter((v) => !CONTROL.has(normaliseAction(v))), []);
  assert.deepEqual(SIEGE_VERBS.filter((v) => !SIEGE.has(normaliseAction(v))), []);
  // An attack verb stays an attack.
  assert.equal(normaliseAction("shelled"), "shelled");
});

test("territory: a projectile fired from elsewhere lands on its place; a hold newly told is control", () => {
  assert.deepEqual(events("A rocket fired from across the border landed in a school yard in Ulmar, police said."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Shells fired from the hills landed on homes in Kolda."), [["attack", "Kolda"]]);
  // Negative: where it was fired from is no place struck.
  assert.deepEqual(events("A rocket fired from Tarsa landed in an empty field, police said."), []);
  const held = territoryCandidates("The rebels now hold Kolda, a town on the main highway, after government forces pulled out.");
  assert.deepEqual(held.map((c) => [c.actionClass, c.action, c.mention]), [["control", "took control", "Kolda"]]);
});

test("territory: a headline's verb before the place's kind and name ('Rebels seize key town of Kolda')", () => {
  assert.deepEqual(events("Rebels seize key town of Kolda"), [["control", "Kolda"]]);
  assert.deepEqual(events("Troops shell town of Ulmar"), [["attack", "Ulmar"]]);
  // Negative: a plan in a headline, and a body sentence's bare present.
  assert.deepEqual(events("Army vows to take town of Bessin"), []);
  assert.deepEqual(events("Each spring the herders take the road to the town of Qarn."), []);
});

test("control: a town 'recovered' by troops is taken back; bodies and weapons recovered are not", () => {
  assert.deepEqual(events("Troops recovered the town of Kolda and nearby settlements after heavy fighting, the army said."), [["control", "Kolda"]]);
  assert.deepEqual(events("Soldiers recovered Tarsa from the insurgents on Sunday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rescuers recovered 12 bodies in Tarsa on Monday."), []);
  assert.deepEqual(events("Troops recovered weapons from Tarsa after the raid."), []);
  assert.deepEqual(events("The economy of Tarsa recovered slowly after the war."), []);
});

test("an attack spread 'across' or 'throughout' a town is an attack on the town; a way taken across a river is not", () => {
  assert.deepEqual(events("Missiles and drones struck several locations across Ulmar late on Thursday."), [["attack", "Ulmar"]]);
  assert.deepEqual(events("Jets hit targets throughout Kolda, residents said."), [["attack", "Kolda"]]);
  assert.deepEqual(events("Drones struck families fleeing across the Tarsa river on rafts."), []);
});

test("places that 'came under attack' in the source's own quoted words", () => {
  assert.deepEqual(events('The villages of Qarn and Dorsk "came under terrorist attack" on Sunday, the governor said.'), [["attack", "Qarn"], ["attack", "Dorsk"]]);
});

test("territory: places named after their count between dashes typed as spaced hyphens ('three of its towns - A, B and C -')", () => {
  assert.deepEqual(events("Enemy forces were shelling three of its towns - Tarsa, Ulmar and Qarn - and a railway station."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Qarn"]]);
  assert.deepEqual(events("Troops captured three villages - Tarsa, Ulmar and Qarn - on Monday."), [["control", "Tarsa"], ["control", "Ulmar"], ["control", "Qarn"]]);
  // A spaced hyphen around an aside names no place.
  assert.deepEqual(events("Troops shelled the towns - a resident said - on Monday."), []);
});

test("territory: a place told as someone's hometown or native village, then named ('overran her hometown of X')", () => {
  assert.deepEqual(events("She said the militants quickly overran her hometown of Dorsk."), [["control", "Dorsk"]]);
  assert.deepEqual(events("Troops shelled his native village of Qarn."), [["attack", "Qarn"]]);
  // Going home is no event.
  assert.deepEqual(events("He returned to his hometown of Qarn after the war."), []);
});

test("territory: a place taken told as the setting of what follows ('With Tarsa captured, …', 'now that Tarsa has fallen')", () => {
  assert.deepEqual(events("With Tarsa captured, the troops turned towards the coast."), [["control", "Tarsa"]]);
  assert.deepEqual(events("With the port of Ulmar in rebel hands, supplies stopped."), [["control", "Ulmar"]]);
  assert.deepEqual(events("With Bessin encircled, food is running short."), [["siege", "Bessin"]]);
  // (A bare "has fallen" waits for the gazetteer to say the name is a town, as "when Qarn fell" does.)
  assert.deepEqual(territoryCandidates("Now that Qarn has fallen, the rebels hold only the hills.").map((c) => [c.actionClass, c.mention, c.townOnly]), [["control", "Qarn", true]]);
  // (A person taken somewhere, a country backed by another, or a plan is none.)
  assert.deepEqual(events("With Dorsk taken to hospital, the team played on."), []);
  assert.deepEqual(events("With Russia backed by China, the talks stalled."), []);
  assert.deepEqual(events("With Tarsa expected to fall, residents fled."), []);
});

test("territory: 'X, the southern district of Y' says where X lies; 'the last strongholds of the rebels, A, B and C' names them", () => {
  assert.deepEqual(events("Troops overran the last rebel position in Tarsa, the northern suburb of Ulmar."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Rebels seized Bessin, a district of Qarn, on Friday."), [["control", "Bessin"]]);
  // (A list whose items name their own kind stays a list.)
  assert.deepEqual(events("Troops took the town of Qarn, the district of Ulmar and the village of Dorsk."), [["control", "Qarn"], ["control", "Ulmar"], ["control", "Dorsk"]]);
  assert.deepEqual(events("The army announced the capture of the last strongholds of the insurgents, Tarsa, Bessin and Dorsk, in the plains."), [["control", "Tarsa"], ["control", "Bessin"], ["control", "Dorsk"]]);
  assert.deepEqual(events("Troops seized three villages held by the militia, Tarsa, Bessin and Dorsk."), [["control", "Tarsa"], ["control", "Bessin"], ["control", "Dorsk"]]);
});

test("territory: 'the eastern Tarsa neighbourhoods of A and B', a siege kept across an aside, a strike 'before dawn', the fifth town to be attacked", () => {
  assert.deepEqual(events("Troops took over the eastern Tarsa neighbourhoods of Qarn, Bessin and Dorsk on Friday."), [["control", "Qarn"], ["control", "Bessin"], ["control", "Dorsk"]]);
  assert.deepEqual(events("Militants have kept the town of Ulmar, in Bolo province, under blockade since March."), [["siege", "Ulmar"]]);
  assert.deepEqual(events("Air strikes hit three houses before dawn on Monday in Dorsk, killing nine."), [["attack", "Dorsk"]]);
  assert.deepEqual(events("Bessin is the fourth town in the province to be attacked by the rebels this month."), [["attack", "Bessin"]]);
  // (A clause after "before" is no time of day; the next town to be attacked is a forecast.)
  assert.deepEqual(events("Air strikes hit two houses before the army entered Tarsa."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Bessin is the next town to be attacked."), []);
});

test("a place cut off or ringed by fighters is besieged; cut off from a supply is not", () => {
  assert.deepEqual(events("Tarsa has been cut off since rebels blocked the road to Ulmar."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Tarsa was left cut off from Ulmar after checkpoints sealed the corridor."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("For a year Tarsa was ringed by rebel fighters."), [["siege", "Tarsa"]]);
  // Negative: a supply cut off, and a road cut off on the way to a town.
  assert.deepEqual(events("Tarsa was cut off from electricity for a week."), []);
  assert.deepEqual(events("The road to Ulmar was cut off by rebels."), []);
});

test("a capture denied right before its verb is no capture", () => {
  assert.deepEqual(events("The general staff insisted that the rebels had not captured Qarn."), []);
  assert.deepEqual(events("Ulmar was never taken by the rebels."), []);
  // "not only" denies nothing.
  assert.deepEqual(events("Rebels not only captured Qarn but also shelled Tarsa."), [["control", "Qarn"], ["attack", "Tarsa"]]);
});

test("a verb in the source's quote marks is read; a participle after a preposition describes a place", () => {
  assert.deepEqual(events("The ministry said its troops had 'liberated' the villages of Dorsk, Qarn and Bessin."), [["control", "Dorsk"], ["control", "Qarn"], ["control", "Bessin"]]);
  assert.deepEqual(events("Rebels captured Dorsk, on the western edge of occupied Tarsa, on Monday."), [["control", "Dorsk"]]);
  assert.deepEqual(events("Troops advanced with the objective of capturing Ulmar."), []);
});

test("an apposition with no article before the verb: 'capital of', 'lost to'", () => {
  assert.deepEqual(events("Ulmar, capital of Bessin province, fell to the rebels without a fight."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Tarsa, lost to the militants in May, was retaken on Monday."), [["control", "Tarsa"]]);
});

test("a list whose later item is named with its kind: 'A and the nearby village of B'", () => {
  assert.deepEqual(events("Rebels said they had taken control of Tarsa and the nearby beach resort of Ulmar."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  assert.deepEqual(events("Tarsa and the nearby village of Ulmar came under heavy shelling."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
});

test("a place declared liberated was taken; declared anything else was not", () => {
  assert.deepEqual(events("Tarsa, lost to the militants in May, was declared liberated on Monday."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar was declared fully liberated by the army."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Qarn was declared a disaster zone."), []);
});

test("a building named, then said what it is, then its town: the town was hit", () => {
  assert.deepEqual(events("A missile slammed into Qarnova, the country's largest children's hospital, in Tarsa on Monday."), [["attack", "Tarsa"]]);
  // Works named after one place and standing in another: the one they stand in.
  assert.deepEqual(events("Drones struck the Ulmar power plant in Tarsa overnight."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("Missiles hit the Qarn dam in Tarsa."), [["attack", "Tarsa"]]);
  // Negative: a place named after an apposition with no building in it is the place itself.
  assert.deepEqual(events("Shells hit Tarsa, the second city, in the morning."), [["attack", "Tarsa"]]);
});

test("a news outlet named after a place is the source, not a place hit", () => {
  assert.deepEqual(events("Jets bombed targets in Tarsa and Ulmar overnight, the rebel-run Qarn news agency reported."), [["attack", "Tarsa"], ["attack", "Ulmar"]]);
  assert.deepEqual(events("Jets bombed Tarsa, Ulmar radio said."), [["attack", "Tarsa"]]);
});

test("every place of a list kept under siege", () => {
  assert.deepEqual(events("For months the militia has kept Tarsa and Ulmar under siege."), [["siege", "Tarsa"], ["siege", "Ulmar"]]);
  // Negative: places kept supplied are not besieged.
  assert.deepEqual(events("Convoys kept Tarsa and Ulmar supplied through the winter."), []);
});

test("an apposition with a possessive before its verb: 'Tarsa, Kenya's second city, fell'", () => {
  assert.deepEqual(events("Tarsa, Kenya's second city, fell to the rebels within two days."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Ulmar, the province's main port, was captured by the militants in June."), [["control", "Ulmar"]]);
});

test("drove a named side's fighters out of a place", () => {
  assert.deepEqual(events("Troops drove Bolo's fighters out of Tarsa, the last stronghold of his offensive."), [["control", "Tarsa"]]);
});

test("a round, a shell or a bomb that damaged a building in a town", () => {
  assert.deepEqual(events("Hours later an artillery round damaged the maternity ward of a hospital in Tarsa."), [["attack", "Tarsa"]]);
  assert.deepEqual(events("A stray shell damaged a school in Ulmar."), [["attack", "Ulmar"]]);
  // Negative: a storm's damage is no attack.
  assert.deepEqual(events("The storm damaged a hospital in Tarsa."), []);
});

test("sieges: a siege broken, lifted or ended is no siege laid that day; one that began or goes on still is", () => {
  assert.deepEqual(events("Government troops broke the siege of Tarsa on Tuesday after four months."), []);
  assert.deepEqual(events("The siege of Ulmar was finally lifted when relief columns arrived."), []);
  assert.deepEqual(events("Rebels ended their months-long blockade of Bessin, local officials said."), []);
  assert.deepEqual(events("Aid poured in after the end of the siege of Qarn."), []);
  assert.deepEqual(events("Troops moved to end a siege in Qarn."), [["siege", "Qarn"]]);
  assert.deepEqual(events("Rebels launched an assault aimed at breaking the siege of Ulmar."), [["siege", "Ulmar"]]);
  assert.deepEqual(events("Envoys renewed calls for the lifting of the blockade of Ulmar."), [["siege", "Ulmar"]]);
  assert.deepEqual(events("Rebels imposed a siege on Dorsk in May, and the siege of Ulmar began in June."), [["siege", "Dorsk"], ["siege", "Ulmar"]]);
  assert.deepEqual(events("The siege of Tarsa, which began in May, has cut off 40,000 people."), [["siege", "Tarsa"]]);
  assert.deepEqual(events("Relief convoys reached Tarsa, which had been under siege for a year."), [["siege", "Tarsa"]]);
});

test("control qualified ('operational control of'), a capture reported in the passive, a siege of forces in a place, a place cut off by a blockade", () => {
  assert.deepEqual(events("Troops have taken operational control of Tarsa, the ministry said."), [["control", "Tarsa"]]);
  assert.deepEqual(events("The lakeside town of Ulmar was reported to have been taken by the rebels overnight."), [["control", "Ulmar"]]);
  assert.deepEqual(events("Bessin is said to have been captured by militiamen on Sunday."), [["control", "Bessin"]]);
  assert.deepEqual(events("Officials announced the encirclement of rebel units in Qarn."), [["siege", "Qarn"]]);
  assert.deepEqual(events("Dorsk has been cut off by a militia blockade since the spring."), [["siege", "Dorsk"]]);
  // Negative cases: control of no place, a town cut off by floods.
  assert.deepEqual(events("Envoys discussed operational control of the airspace."), []);
  assert.deepEqual(events("Dorsk has been cut off by floods since Monday."), []);
});

test("lists end where a later item has a verb of its own; ground near a town given up is not the town", () => {
  // "and the town of Ulmar, a supply hub, was taken": a new clause's subject, not one more place shelled.
  assert.deepEqual(events("Mortars hit the edge of Tarsa on Friday, and the market town of Ulmar, a crossroads on the main road, was reported to have been seized by rebels."), [["attack", "Tarsa"], ["control", "Ulmar"]]);
  // "a post the militants had held": whose post it was, not a place captured.
  assert.deepEqual(events("Troops captured the town of Bessin in Dorsk province, a trading post Tarsa Front had held for years."), [["control", "Bessin"]]);
  assert.deepEqual(events("The brigade withdrew from the outskirts of Qarn on Sunday."), []);
  assert.deepEqual(events("Troops pulled back from positions around Ulmar overnight."), []);
  // Negative cases: a list that goes on, a withdrawal from the town itself.
  assert.deepEqual(events("Jets bombed Tarsa, Ulmar and Bessin, which was later captured."), [["attack", "Tarsa"], ["attack", "Ulmar"], ["attack", "Bessin"]]);
  assert.deepEqual(events("The rebels withdrew from Qarn on Monday."), [["control", "Qarn"]]);
});

test("a distance written in words, between a place and its passive verb, is an apposition", () => {
  assert.deepEqual(events("Tarsa, eight miles west of Ulmar, was retaken by the army."), [["control", "Tarsa"]]);
  assert.deepEqual(events("Tarsa, about twenty miles from Ulmar, was shelled overnight."), [["attack", "Tarsa"]]);
});

test("more ways a place changes hands: passed into a side's hands, 'now held', 'both A and B'", () => {
  assert.deepEqual(events("Dorsk passed into militia hands after a week of fighting."), [["control", "Dorsk"]]);
  assert.deepEqual(events("By nightfall the militia now held both Tarsa and Ulmar, residents said."), [["control", "Tarsa"], ["control", "Ulmar"]]);
  // Negative: what passes into other hands is not always a place.
  assert.deepEqual(events("Control of the budget passed into the hands of the council."), []);
});

test("sieges said as 'sealed off', or as a place left surrounded", () => {
  assert.deepEqual(events("Rebel units sealed off Qarn on Friday, letting no trucks in."), [["siege", "Qarn"]]);
  assert.deepEqual(events("Fighters overran Tarsa, leaving Ulmar almost encircled."), [["control", "Tarsa"], ["siege", "Ulmar"]]);
  // Negatives: police sealing off an unnamed area; a town the land surrounds.
  assert.deepEqual(events("Police sealed off the area around the mosque after the blast."), []);
  assert.deepEqual(events("The flood left Tarsa surrounded by water."), []);
});

test("a blockade declared, then a threat: the past verb ends the blockade's clause", () => {
  assert.deepEqual(events("Rebels announced a blockade of Tarsa and Ulmar and said they would shut the highway too."), [["siege", "Tarsa"], ["siege", "Ulmar"]]);
  // Negative: an attack whose own verb is "would", with the source's aside between, is a fear.
  assert.deepEqual(events("An attack on Tarsa, officials warned, would be a disaster."), []);
});

test("homes set alight in a place: an attack on it", () => {
  assert.deepEqual(events("Raiders set several huts alight in Qarn overnight."), [["attack", "Qarn"]]);
  // Negative: burning tyres in a protest is no attack on the town.
  assert.deepEqual(events("Protesters set tyres alight in Qarn."), []);
});
