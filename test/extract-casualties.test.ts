import { test } from "node:test";
import assert from "node:assert/strict";
import { casualtyCandidates } from "../loaders/extract/parsers/casualties.ts";

const rows = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims, c.partOf]);
// A sentence's figures as [outcome, count].
const read = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best]);

test("active and passive reports of deaths", () => {
  assert.deepEqual(rows("Shelling by jihadists on the city killed two children, state media reported."), [["killed", 2, "children", -1]]);
  assert.deepEqual(rows("Twenty civilians were killed in the raid."), [["killed", 20, "civilians", -1]]);
  // ("dozens wounded" after "11 civilians dead" counts the same people, as annotators read it.)
  assert.deepEqual(rows("The bombardment left 11 civilians dead and dozens wounded."), [["killed", 11, "civilians", -1], ["injured", 24, "civilians", -1]]);
  assert.deepEqual(rows("The monitor said 17 civilians lost their lives."), [["killed", 17, "civilians", -1]]);
  assert.deepEqual(rows("Two farmers were martyred by a landmine."), [["killed", 2, "civilians", -1]]);
  assert.deepEqual(rows("A car bomb went off, claiming the lives of six people."), [["killed", 6, "people", -1]]);
});

test("totals and their breakdowns", () => {
  assert.deepEqual(rows("The strikes killed 14 people, among them nine civilians."), [["killed", 14, "people", -1], ["killed", 9, "civilians", 0]]);
  assert.deepEqual(rows("Eight civilians, including four children, died in the shelling."), [["killed", 8, "civilians", -1], ["killed", 4, "children", 0]]);
  assert.deepEqual(rows("Clashes left 40 fighters dead, 15 of them soldiers."), [["killed", 40, "combatants", -1], ["killed", 15, "government forces", 0]]);
});

test("death tolls", () => {
  assert.deepEqual(rows("The Observatory put the civilian death toll at 102."), [["killed", 102, "civilians", -1]]);
  assert.deepEqual(rows("The death toll rose to 25, including 10 children."), [["killed", 25, "people", -1], ["killed", 10, "children", 0]]);
});

test("numbers that are not casualties are not tabled", () => {
  assert.deepEqual(rows("Turkey has 12 observation posts in the region and deployed 2,000 troops."), []);
  assert.deepEqual(rows("Five days after the strike, three people were still missing."), []);
  // The missing are not the dead, though a toll or a figure of dead stands before them.
  assert.deepEqual(read("The toll from the raid could rise as 14 people are still missing."), []);
  assert.deepEqual(read("The sinking killed 30 migrants, with 52 others reported missing."), [["killed", 30]]);
  assert.deepEqual(read("The death toll rose to 14, the ministry said."), [["killed", 14]]);
  assert.deepEqual(rows("Some 300 fighters were sent to the front."), []);
});

test("figures listed before their shared verb, and people among the dead", () => {
  assert.deepEqual(rows("Militants killed 53 people. Forty-six civilians and seven soldiers were among the dead, state TV said.").slice(1), [["killed", 46, "civilians", 0], ["killed", 7, "government forces", 0]]);
  assert.deepEqual(rows("Three rebels and two soldiers were killed in the clashes."), [["killed", 3, "opposition fighters", -1], ["killed", 2, "government forces", -1]]);
  // Without a total in the sentence, the first of the listed figures points to the sentence before (-2).
  assert.deepEqual(casualtyCandidates("Eleven women were among the dead.", undefined, true).map((c) => c.partOf), [-2]);
});

test("'and another N' after the first object's place or breakdown is a second object of the same verb", () => {
  assert.deepEqual(rows("Raids on Monday killed 21 people near Tarsa and another 30 people, among them 12 women, in Ulmar."), [["killed", 21, "people", -1], ["killed", 30, "people", -1], ["killed", 12, "women", 1]]);
  assert.deepEqual(rows("Shelling killed nine civilians, including two boys, and a further 14 civilians in Kolda."), [["killed", 9, "civilians", -1], ["killed", 2, "children", 0], ["killed", 14, "civilians", -1]]);
  // Not one with a verb of its own, nor one with no "another" (the list of a breakdown stays a part).
  assert.deepEqual(read("Raids killed 21 people near Tarsa and another 30 people fled."), [["killed", 21]]);
  assert.deepEqual(rows("Raids killed 21 people, including seven children and 30 women."), [["killed", 21, "people", -1], ["killed", 7, "children", 0], ["killed", 30, "women", 0]]);
});

test("the wounded of whom some later died or succumbed: those are dead, a part of the wounded, of the same people", () => {
  assert.deepEqual(rows("Mortar fire wounded 14 civilians near Ulmar, six of whom later died of their wounds."), [["injured", 14, "civilians", -1], ["killed", 6, "civilians", 0]]);
  assert.deepEqual(rows("The blast wounded 22 soldiers, two of whom succumbed to their injuries."), [["injured", 22, "government forces", -1], ["killed", 2, "government forces", 0]]);
  assert.deepEqual(read("Two soldiers later succumbed to their wounds in hospital."), [["killed", 2]]);
  // An aside on how badly is no part and no death.
  assert.deepEqual(read("The blast wounded 22 soldiers, six of them seriously."), [["injured", 22]]);
});

test("a toll told as likely ('may have died', 'might have been wounded') is a toll; a future one is not", () => {
  assert.deepEqual(read("As many as 25 people may have died in the attack on Dorvala, a source said."), [["killed", 25]]);
  assert.deepEqual(read("More than 60 people might have been wounded in the strike."), [["injured", 60]]);
  assert.deepEqual(read("Up to 40 people could be killed if the siege goes on."), []);
});

test("a toll said as a belief or as a range: 'is believed to be between 105 and 112', 'stood at between 40 and 50'", () => {
  assert.deepEqual(casualtyCandidates("The final death toll is believed to be between 105 and 112, with some bodies still unidentified.").map((c) => [c.outcome, c.q.low, c.q.high]), [["killed", 105, 112]]);
  assert.deepEqual(read("The death toll stood at between 40 and 50, officials said."), [["killed", 45]]);
  assert.deepEqual(read("The number of injured is thought to be about 30."), [["injured", 30]]);
  // A toll told as a trend, with no figure of its own, is none.
  assert.deepEqual(read("The toll is expected to be higher than in 2019."), []);
});

test("others still being sought are missing, not dead", () => {
  assert.deepEqual(read("The toll was 22 soldiers killed, while around ten others are still being sought, the army said."), [["killed", 22]]);
  assert.deepEqual(read("Four police officers died and three others were still being searched for."), [["killed", 4]]);
});

test("a list before 'were among' a toll names parts of it, not more dead", () => {
  // The list ends at its verb: "two boys were among nine people" is no item of the list, but a part of the nine.
  assert.deepEqual(rows("On Sunday two women and two boys were among nine people killed in the strike."), [["killed", 2, "women", 2], ["killed", 2, "children", 2], ["killed", 9, "people", -1]]);
  assert.deepEqual(rows("Three nurses and a driver were among 14 civilians killed in Dorvala."), [["killed", 3, "civilians", 2], ["killed", 1, "civilians", 2], ["killed", 14, "civilians", -1]]);
  // A list that is the dead keeps all its items.
  assert.deepEqual(read("Two women and two boys were killed in the strike."), [["killed", 2], ["killed", 2]]);
});

test("a breakdown set off by a dash or bracket, and the next items of a breakdown", () => {
  // (The one soldier is a part too, read after the sentence's other figures.)
  assert.deepEqual(rows("The strike killed five people — four civilians and a soldier — and wounded 15 others."), [["killed", 5, "people", -1], ["killed", 4, "civilians", 0], ["injured", 15, "people", -1], ["killed", 1, "government forces", 0]]);
  assert.deepEqual(rows("Air raids killed 12 people (seven children and two women) in the town."), [["killed", 12, "people", -1], ["killed", 7, "children", 0], ["killed", 2, "women", 0]]);
  assert.deepEqual(rows("Raids killed 30 people, including 12 children and eight women."), [["killed", 30, "people", -1], ["killed", 12, "children", 0], ["killed", 8, "women", 0]]);
});

test("killings named as nouns", () => {
  assert.deepEqual(rows("The council condemned the massacre of at least 108 people in the town."), [["killed", 108, "people", -1]]);
  assert.deepEqual(rows("The UN verified the deaths of 134 civilians in February."), [["killed", 134, "civilians", -1]]);
});

test("a family counted by its members", () => {
  assert.deepEqual(rows("A fire killed a mother and her three children on Sunday."), [["killed", 4, "civilians", -1]]);
  assert.deepEqual(rows("The shelling killed a man and two of his sons."), [["killed", 3, "civilians", -1]]);
});

test("a count the sentence replaces is not tabled", () => {
  assert.deepEqual(rows("The death toll rose to 42 from an earlier count of 19.").map((r) => r[1]), [42]);
  assert.deepEqual(rows("The toll climbed to 31, up from 24 on Monday.").map((r) => r[1]), [31]);
});

test("deaths in a disaster are flagged, war deaths are not", () => {
  const flags = (s: string) => casualtyCandidates(s).map((c) => [c.q.best, c.disaster]);
  assert.deepEqual(flags("It came two weeks after an earthquake on Feb. 6 that killed more than 43,000 people."), [[43000, true]]);
  assert.deepEqual(flags("More than 400 people died in the floods."), [[400, true]]);
  assert.deepEqual(flags("Since the earthquake, shelling has killed 12 civilians in the north."), [[12, false]]);
  // An outbreak as the subject, with a long place between it and its toll.
  assert.deepEqual(flags("A cholera outbreak in the besieged Ulmar district has separately claimed 37 lives since June."), [[37, true]]);
  assert.deepEqual(flags("Shelling has killed 37 people in the district where an outbreak of measles began."), [[37, false]]);
});

test("deaths in an accident or a famine are flagged like a disaster's; an attack's are not", () => {
  const flags = (s: string) => casualtyCandidates(s).map((c) => [c.q.best, c.disaster]);
  assert.deepEqual(flags("A bus carrying refugees from Tarsa overturned on Tuesday, killing one child and injuring 14 people."), [[1, true], [14, true]]);
  assert.deepEqual(flags("Eleven Ulmari soldiers also died in a helicopter collision near Qarn."), [[11, true]]);
  assert.deepEqual(flags("Bolo boat accident: 12 missing passengers found dead"), [[12, true]]);
  assert.deepEqual(flags("Aid workers warn of a famine like one four years ago that killed more than 180,000 people."), [[180000, true]]);
  // Negatives: an attack on famine-hit camps, a craft shot down, an ambush at a crash site, a bomber who crashed his car.
  assert.deepEqual(flags("The attack on the famine-hit camps in Bolo left more than 70 dead."), [[70, false]]);
  assert.deepEqual(flags("A helicopter shot down by rebels crashed near Tarsa, killing nine soldiers."), [[9, false]]);
  assert.deepEqual(flags("Rebels ambushed the convoy near the crash site, killing six soldiers."), [[6, false]]);
  assert.deepEqual(flags("A suicide bomber crashed his car into the gate in Ulmar, killing 12 people."), [[12, false]]);
});

test("a place held by a side does not make its victims fighters", () => {
  assert.deepEqual(rows("Shelling killed 3 people in opposition-held Atarib."), [["killed", 3, "people", -1]]);
  assert.deepEqual(rows("Rockets killed four residents of a government-held district."), [["killed", 4, "civilians", -1]]);
});

test("more ways news reports deaths", () => {
  assert.deepEqual(rows("An air strike killed a family of five in the village."), [["killed", 5, "civilians", -1]]);
  assert.deepEqual(rows("Two brothers were killed by a landmine."), [["killed", 2, "people", -1]]);
  assert.deepEqual(rows("At least 12 people were reported dead after the raid."), [["killed", 12, "people", -1]]);
  assert.deepEqual(rows("Nine civilians are feared dead under the rubble."), [["killed", 9, "civilians", -1]]);
  assert.deepEqual(rows("Rescuers recovered the bodies of 14 people."), [["killed", 14, "people", -1]]);
  assert.deepEqual(rows("The number of civilians killed rose to 20."), [["killed", 20, "civilians", -1]]);
  assert.deepEqual(rows("The attack caused the loss of 30 lives."), [["killed", 30, "people", -1]]);
});

test("a breakdown inside the subject, and adverbs before 'been'", () => {
  assert.deepEqual(rows("Dozens of civilians, including women and children have reportedly been killed."), [["killed", 24, "civilians", -1]]);
  assert.deepEqual(rows("Five citizens were martyred in a mortar attack."), [["killed", 5, "civilians", -1]]);
  assert.deepEqual(rows("The civilian death toll from government shelling of the besieged district in the south climbed to 11 on Friday."), [["killed", 11, "civilians", -1]]);
});

test("fighters take the side named after them", () => {
  assert.deepEqual(rows("The strike killed 10 fighters from Hayat Tahrir al-Sham."), [["killed", 10, "opposition fighters", -1]]);
  assert.deepEqual(rows("Clashes killed 12 fighters loyal to the government."), [["killed", 12, "government forces", -1]]);
  assert.deepEqual(rows("Clashes killed 12 fighters near the town."), [["killed", 12, "combatants", -1]]);
});

// Ways of writing a toll found in real news from many wars, in sentences of our own, with their negatives.
test("tolls: losses, euphemisms, injuries as nouns and treatment", () => {
  const read = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims]);
  assert.deepEqual(read("Elders said the village lost 26 people in the raid."), [["killed", 26, "people"]]);
  assert.deepEqual(read("The army lost control of 26 villages in the raid."), [], "a loss of places is not a toll");
  assert.deepEqual(read("The army said about 30 terrorists had been neutralised."), [["killed", 30, "opposition fighters"]]);
  assert.deepEqual(read("The blast resulted in more than a dozen injuries."), [["injured", 12, "people"]]);
  assert.deepEqual(read("There are 17 martyrs in the strikes, medics said."), [["killed", 17, "people"]]);
  assert.deepEqual(read("The clinic was treating 40 wounded patients."), [["injured", 40, "civilians"]]);
  assert.deepEqual(read("The clinic was treating 40 patients for malaria."), [], "patients are not wounded unless the text says so");
  assert.deepEqual(read("Two men with gunshot wounds and five others with minor injuries were admitted."), [["injured", 2, "people"], ["injured", 5, "people"]]);
  assert.deepEqual(read("Six died while 20 are currently receiving treatment."), [["killed", 6, "people"], ["injured", 20, "people"]]);
  assert.deepEqual(read("Monitors listed at least 300 allegedly killed in the clashes."), [["killed", 300, "people"]]);
  assert.deepEqual(read("The battle left dozens of combatants on both sides dead."), [["killed", 24, "combatants"]]);
});

test("tolls: one person and the others with them are one figure", () => {
  const cs = casualtyCandidates("Gunmen were blamed for the killing of a village chief and three others on Monday.");
  assert.deepEqual(cs.map((c) => [c.outcome, c.q.best, c.q.text, c.rule]), [["killed", 4, "a village chief and three others", "casualty.killing-of+others"]]);
  assert.deepEqual(casualtyCandidates("A woman was killed and three others were wounded.").map((c) => [c.outcome, c.q.best]), [["killed", 1], ["injured", 3]]);
});

test("people listed one by one, one of them a single person, are one figure; 'N and M other' is one too", () => {
  const read = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims]);
  assert.deepEqual(read("A strike on a house in Tarsa killed a boy, four women and a man."), [["killed", 6, "civilians"]]);
  assert.deepEqual(read("Three teenagers and a man were killed by a shell in Ulmar."), [["killed", 4, "civilians"]]);
  assert.deepEqual(read("The militants killed three officers and 14 other soldiers near Qarn."), [["killed", 17, "government forces"]]);
  // Figures only are each reported as they stand; fighters of a side stay apart from a civilian.
  assert.deepEqual(read("Two men and five children were injured in Bolo."), [["injured", 2, "people"], ["injured", 5, "children"]]);
  assert.deepEqual(read("The ambush killed 23 police officers and one civilian."), [["killed", 23, "government forces"], ["killed", 1, "civilians"]]);
  // A first figure as large as the rest is a total with its breakdown, never added to it.
  assert.deepEqual(read("The shelling killed six people, five children and a woman.").map((r) => r[1]), [6, 6]);
});

test("a part of the hurt told apart only by how badly, or a part still held captive, is no new count", () => {
  assert.deepEqual(read("A drone strike on Tarsa killed four and wounded seven others, three of them critically."), [["killed", 4], ["injured", 7]]);
  assert.deepEqual(read("Nine others were wounded, of whom four were in critical condition."), [["injured", 9]]);
  assert.deepEqual(read("At least 36 people were treated for gunshot wounds, eleven of whom needed surgery."), [["injured", 36]]);
  assert.deepEqual(read("The gunmen killed 60 people in Ulmar and abducted 140 others, of whom 85 remain captive."), [["killed", 60]]);
  // A part told apart by who they are is still a part.
  assert.deepEqual(read("Fourteen people were wounded, five of them children."), [["injured", 14], ["injured", 5]]);
  assert.deepEqual(read("Two soldiers were seriously wounded in Qarn."), [["injured", 2]]);
});

test("a photo caption's one person, carried or treated, is no count", () => {
  assert.deepEqual(read("A man carried a wounded child to an ambulance in Tarsa."), []);
  assert.deepEqual(read("Women mourn holding the body of a child killed in strikes on Ulmar."), []);
  assert.deepEqual(read("An injured man is treated at a hospital in Qarn."), []);
  assert.deepEqual(read("A wounded displaced man is evacuated by soldiers near Bolo."), []);
  // Negatives: one person hurt or killed, told as news.
  assert.deepEqual(read("A soldier was wounded and evacuated to hospital in Tarsa."), [["injured", 1]]);
  assert.deepEqual(read("Rescuers said a child was killed when the shell hit Deir Hafer."), [["killed", 1]]);
});

test("one person who speaks is a source, not one of the dead", () => {
  assert.deepEqual(read("A resident of Kafr Bani also told reporters that nine people had been killed in the strike."), [["killed", 9]]);
  assert.deepEqual(read("The attack on Tell Sarah resulted in the deaths of 27 people, a local official and an aid group reported."), [["killed", 27]]);
  // Negatives: the dead, with the source after them; one killed who had spoken before.
  assert.deepEqual(read("An elderly man was killed in Ulmar, a local official said."), [["killed", 1]]);
  assert.deepEqual(read("Gunmen shot dead a teacher who had told police about the raid."), [["killed", 1]]);
});

test("an age after 'as young as' is no count; 'dead' before the noun says the figure's fate", () => {
  assert.deepEqual(read("One boy was killed and four others as young as six were injured in Tarsa."), [["killed", 1], ["injured", 4]]);
  assert.deepEqual(read("Twelve people were killed in Bolo, including children as young as three."), [["killed", 12]]);
  assert.deepEqual(read("A medic said he had counted nine dead people and five others wounded in Ulmar."), [["killed", 9], ["injured", 5]]);
  // Negatives: "dead" after the noun, or a count of the wounded, keep their own reading.
  assert.deepEqual(read("Eight wounded civilians were taken to hospital in Qarn."), [["injured", 8]]);
});

test("tolls: asides before the verb, others with their own verb or none, two people listed", () => {
  assert.deepEqual(read("At least 47 people, including nine civilians, have so far been killed."), [["killed", 47], ["killed", 9]]);
  assert.deepEqual(read("One soldier was killed and 26 others fled into the bush."), [["killed", 1]]);
  assert.deepEqual(read("Three civilians were killed, and 12 others, including eight women and four children, most of them from one family, were injured."), [["killed", 3], ["injured", 12], ["injured", 8], ["injured", 4]]);
  assert.deepEqual(read("A man and a woman were wounded."), [["injured", 2]]);
  assert.deepEqual(casualtyCandidates("Among the dead, there are 21 children and 18 women.", undefined, true).map((c) => [c.outcome, c.q.best, c.rule, c.partOf]), [["killed", 21, "casualty.breakdown", -2], ["killed", 18, "casualty.breakdown", -2]]);
});

test("tolls: one of a set is not a figure; one injured who succumbed is one killed", () => {
  assert.deepEqual(casualtyCandidates("We found one of the bodies in the water.").map((c) => c.q.best), []);
  assert.deepEqual(rows("The blast killed two people and one of the bodies was found."), [["killed", 2, "people", -1]]);
  // One of a side, named after the "and" of a verb's object, is one more of the dead.
  assert.deepEqual(rows("A firefight killed three guards and one of the raiders."), [["killed", 3, "government forces", -1], ["killed", 1, "opposition fighters", -1]]);
  assert.deepEqual(casualtyCandidates("A soldier was injured and rushed to hospital, where he succumbed to the injuries.").map((c) => [c.outcome, c.q.best]), [["killed", 1]]);
});

test("tolls: a source inside the object", () => {
  assert.deepEqual(casualtyCandidates("Rockets hit the district killing, according to the latest toll, 44 civilians.").map((c) => [c.outcome, c.q.best, c.victims]), [["killed", 44, "civilians"]]);
  assert.deepEqual(casualtyCandidates("Rockets hit the district killing according to the latest toll 44 civilians.").map((c) => [c.outcome, c.q.best]), [["killed", 44]]);
});

test("tolls: injury tolls, the injured or dead included, breakdowns by place, injuries with adjectives, 'dozens more'", () => {
  const read = (s: string, prevTotal = false) => casualtyCandidates(s, undefined, prevTotal).map((c) => [c.outcome, c.q.best, c.partOf]);
  assert.deepEqual(read("The number injured taken to the hospital has reached 22."), [["injured", 22, -1]]);
  assert.deepEqual(read("The injured included three women and five children.", true), [["injured", 3, -2], ["injured", 5, -2]]);
  assert.deepEqual(read("Among the dead in the camp were nine aid workers.", true), [["killed", 9, -2]]);
  assert.deepEqual(read("Forces killed 63 people: 18 in the province of Tarsa, nine in the eastern hub of Ulmar and two in the suburbs of Besh."), [["killed", 63, -1], ["killed", 18, 0], ["killed", 9, 0], ["killed", 2, 0]]);
  assert.deepEqual(read("A civilian suffered neck injuries and 23 people with severe wounds were taken to hospital."), [["injured", 1, -1], ["injured", 23, -1]]);
  assert.deepEqual(read("Fourteen civilians were killed, with dozens more injured."), [["killed", 14, -1], ["injured", 24, -1]]);
  assert.deepEqual(read("Police said 81 Maoists were gunned down and two troopers were killed."), [["killed", 81, -1], ["killed", 2, -1]]);
});

test("tolls: a list of who they were, closed by 'alike'", () => {
  assert.deepEqual(casualtyCandidates("Some 30 people, fighters and civilians alike, died.").map((c) => [c.outcome, c.q.best]), [["killed", 30]]);
});

test("casualties: the verb before beats an adjective, parts named by 'among them', people added 'along with', the next item of the object, 'another'", () => {
  assert.deepEqual(rows("The gunmen executed four wounded soldiers who could not flee."), [["killed", 4, "government forces", -1]]);
  assert.deepEqual(rows("Six people, among them two children, lost their lives and three others were wounded on Monday."),
    [["killed", 6, "people", -1], ["killed", 2, "children", 0], ["injured", 3, "people", -1]]);
  assert.deepEqual(rows("The strike hit the car, killing a local commander, who was driving, along with three civilians in the street.").filter((r) => r[1] === 3),
    [["killed", 3, "civilians", -1]]);
  assert.deepEqual(rows("The assault on the post killed at least 12 police officers and one civilian on Sunday."),
    [["killed", 12, "government forces", -1], ["killed", 1, "civilians", -1]]);
  assert.deepEqual(rows("Shells also fell near the base, wounding another civilian."), [["injured", 1, "civilians", -1]]);
  // Negatives: injured people who were not then killed; people added who were not hurt.
  assert.deepEqual(rows("Medics treated four wounded soldiers at the base."), [["injured", 4, "government forces", -1]]);
  assert.deepEqual(rows("The minister arrived along with three advisers."), []);
});

test("casualties: a counted part after 'including' does not name the whole", () => {
  assert.deepEqual(rows("The raid killed 21, including five children."), [["killed", 21, "people", -1], ["killed", 5, "children", 0]]);
  assert.deepEqual(rows("The raid killed 21, mostly civilians."), [["killed", 21, "civilians", -1]]);
});

test("casualties: 'and another injured', martyred, asides between dashes, quoted figures, inmates and rangers, a list after one person", () => {
  assert.deepEqual(rows("A ranger was killed and another injured when a bomb went off."), [["killed", 1, "government forces", -1], ["injured", 1, "government forces", -1]]);
  assert.deepEqual(rows("Additionally, a woman was martyred in an attack on a family home."), [["killed", 1, "women", -1]]);
  assert.deepEqual(rows("About 500 people -- both civilians and soldiers -- were killed in the fighting.").slice(0, 1), [["killed", 500, "people", -1]]);
  assert.deepEqual(rows("The agency said \"at least 40\" villagers had been killed.").map((r) => r.slice(0, 2)), [["killed", 40]]);
  assert.deepEqual(rows("Almost 200 inmates have died in several prison riots."), [["killed", 200, "civilians", -1]]);
  assert.deepEqual(rows("The shelling killed a nurse and two paramedics."), [["killed", 3, "civilians", -1]]);
  // Negatives: "another" that is no person; a quote that closes something else.
  assert.deepEqual(rows("One attack was repelled and another failed."), []);
  assert.deepEqual(rows("He said \"12\" was his lucky number."), []);
});

test("casualties: a toll put 'as high as', a noun in quotes", () => {
  assert.deepEqual(rows("Officials put the death toll from the fighting as high as 200."), [["killed", 200, "people", -1]]);
  assert.deepEqual(rows("Nineteen \"militants\" were reported killed."), [["killed", 19, "opposition fighters", -1]]);
});

test("casualties: people doing something where they died, and any nationality in the plural", () => {
  assert.deepEqual(rows("Seventeen people working at a flour mill were killed on Monday."), [["killed", 17, "people", -1]]);
  assert.deepEqual(rows("At least 90 Liberians were killed in the shelling."), [["killed", 90, "people", -1]]);
  assert.deepEqual(rows("The 90 Liberian dollars were stolen."), []);
});

test("casualties: ages before the noun and after it, homicides, lakh", () => {
  assert.deepEqual(rows("A 38-year-old man was wounded as a result of the shelling."), [["injured", 1, "people", -1]]);
  assert.deepEqual(rows("Four men aged 39 to 64 were injured in the strike."), [["injured", 4, "people", -1]]);
  assert.deepEqual(rows("The state registered 53 homicides over the weekend."), [["killed", 53, "people", -1]]);
  assert.deepEqual(rows("Officials said 2.5 lakh people were killed over the decades.").map((r) => r[1]), [250000]);
});

test("casualties: people who drowned fleeing died", () => {
  assert.deepEqual(rows("Dozens of villagers drowned while trying to cross the river.").map((r) => r[0]), ["killed"]);
  assert.deepEqual(rows("The fields drowned under the flood."), []);
});

test("casualties: the next item after 'claimed the lives of' shares its verb", () => {
  assert.deepEqual(rows("An ambush claimed the lives of 12 soldiers and seven civilians.").map((r) => [r[0], r[1], r[2]]), [["killed", 12, "government forces"], ["killed", 7, "civilians"]]);
  assert.deepEqual(rows("An ambush claimed the lives of 12 soldiers and seven others fled.").map((r) => [r[0], r[1]]), [["killed", 12]]);
});

test("casualties: lynchings, chiefs and leaders as civilians, 'reported' and 'confirmed' before a toll noun", () => {
  assert.deepEqual(rows("Some 350 people were lynched since April.").map((r) => [r[0], r[1]]), [["killed", 350]]);
  assert.deepEqual(rows("At least 22 people, including 15 local chiefs, were killed.").map((r) => [r[1], r[2]]), [[22, "people"], [15, "civilians"]]);
  assert.deepEqual(rows("There were 18 reported fatalities.").map((r) => [r[0], r[1]]), [["killed", 18]]);
  assert.deepEqual(rows("The attack left 12 confirmed deaths.").map((r) => [r[0], r[1]]), [["killed", 12]]);
  // "reported" before anything but a toll is no toll.
  assert.deepEqual(rows("Some 18 reported incidents were logged."), []);
});

test("victims: the second figure of 'N civilians were killed and M wounded' counts the same people", () => {
  const who = (s: string) => rows(s).map((r) => [r[0], r[1], r[2]]);
  assert.deepEqual(who("In all, 13 civilians were killed and 88 wounded in shelling."), [["killed", 13, "civilians"], ["injured", 88, "civilians"]]);
  assert.deepEqual(who("Seven soldiers had been killed and another 12 wounded."), [["killed", 7, "government forces"], ["injured", 12, "government forces"]]);
  // A second figure with its own noun keeps it.
  assert.deepEqual(who("Three civilians were killed and five people were wounded."), [["killed", 3, "civilians"], ["injured", 5, "people"]]);
});

test("victims: the second figure counts the same people across words about them and about when ('were killed on Monday and 17 wounded')", () => {
  const who = (s: string) => rows(s).map((r) => [r[0], r[1], r[2]]);
  assert.deepEqual(who("Four members of the Tarsan Security Forces (TSF) were killed and two injured in the ambush."), [["killed", 4, "government forces"], ["injured", 2, "government forces"]]);
  assert.deepEqual(who("Six policemen and pro-government militiamen were killed and nine were wounded near Qarn."), [["killed", 6, "government forces"], ["injured", 9, "government forces"]]);
  assert.deepEqual(who("Twelve soldiers were killed on Monday and 17 were wounded, a medic in Bolo said."), [["killed", 12, "government forces"], ["injured", 17, "government forces"]]);
  assert.deepEqual(who("Eleven Ulmari servicemen were reported dead and 23 wounded after fighting in Tarsa."), [["killed", 11, "government forces"], ["injured", 23, "government forces"]]);
  assert.deepEqual(who("At least 40 civilians including children were killed and 25 injured in Kafr Bani."), [["killed", 40, "civilians"], ["injured", 25, "civilians"]]);
  // A new clause between them ("while", "when") or a figure with its own noun: not the same people.
  assert.deepEqual(who("Three soldiers were killed when gunmen attacked and five people were wounded."), [["killed", 3, "government forces"], ["injured", 5, "people"]]);
  assert.deepEqual(who("Two soldiers were killed in Tarsa; 14 were wounded in Ulmar."), [["killed", 2, "government forces"], ["injured", 14, "people"]]);
});

test("victims: a source after the victims is not more victims ('killing 15 people, police said')", () => {
  assert.deepEqual(rows("A car bomb exploded, killing 15 people, police said.").map((r) => r[2]), ["people"]);
  assert.deepEqual(rows("The blast killed 12 civilians and soldiers, officials said.").map((r) => r[2]), ["government forces"]);
  // ("local sources", "local health officials": the source, however it is described.)
  assert.deepEqual(rows("Gunmen raided Tell Sarah, killing 14 people, local sources said.").map((r) => r[2]), ["people"]);
  assert.deepEqual(rows("The drone strike on Bet Aram left 23 injuries, local authorities reported.").map((r) => r[2]), ["people"]);
  assert.deepEqual(rows("Shelling wounded 12 people, local residents and aid workers, in Qarn.").map((r) => r[2]), ["civilians"]);
});

test("victims: resistance and guerrilla fighters are armed opposition", () => {
  assert.deepEqual(rows("Three resistance fighters were killed.").map((r) => r[2]), ["opposition fighters"]);
  assert.deepEqual(rows("Two guerrilla fighters died.").map((r) => r[2]), ["opposition fighters"]);
});

test("casualties: ranks and trades in the singular, 'and injured another', army auxiliaries, 'three more were killed'", () => {
  assert.deepEqual(rows("The army killed a terrorist and injured another in a gun battle.").map((r) => [r[0], r[1], r[2]]), [["killed", 1, "opposition fighters"], ["injured", 1, "opposition fighters"]]);
  assert.deepEqual(rows("Thirty-one soldiers and three army auxiliaries were killed.").map((r) => [r[1], r[2]]), [[31, "government forces"], [3, "government forces"]]);
  assert.deepEqual(rows("Three more were killed and four were wounded.").map((r) => [r[0], r[1]]), [["killed", 3], ["injured", 4]]);
  assert.deepEqual(rows("A lieutenant was killed.").map((r) => [r[1], r[2]]), [[1, "government forces"]]);
  // "one more time" is no one.
  assert.deepEqual(rows("The town was shelled one more time."), []);
});

test("casualties: nobody ('no one was hurt', 'none of the 450'), and the dead and hurt told as one figure, count no toll", () => {
  assert.deepEqual(rows("No one was killed or wounded, although the blast caused panic."), []);
  assert.deepEqual(rows("None of the 450 peacekeepers was hurt, but two civilians were killed.").map((r) => [r[0], r[1]]), [["killed", 2]]);
  assert.deepEqual(rows("A missile hit the house, killing and injuring 13 people."), []);
  assert.deepEqual(rows("The clashes left 30 people dead or wounded."), []);
  // Two figures, one for each, stay two tolls.
  assert.deepEqual(rows("The attack killed 5 and injured 12.").map((r) => [r[0], r[1]]), [["killed", 5], ["injured", 12]]);
});

test("casualties: an aside closed by a comma before its verb, and a group's name of several words before the noun", () => {
  assert.deepEqual(rows("Nine people including three children, were killed on Monday.").map((r) => [r[0], r[1], r[2]]), [["killed", 9, "people"], ["killed", 3, "children"]]);
  assert.deepEqual(rows("Thirteen suspected Tarsa Liberation Army fighters were killed.").map((r) => [r[0], r[1]]), [["killed", 13]]);
  // Six words and more before a noun are no noun phrase of the figure.
  assert.deepEqual(rows("Some 20 of the very many long and winding roads were killed."), []);
});

test("casualties: a group's capitalised plural right before the verb names people ('seven Tigers were killed')", () => {
  assert.deepEqual(rows("At least seven Tarsans were killed on Sunday.").map((r) => [r[0], r[1]]), [["killed", 7]]);
  // Not before any other verb, and not a weekday's plural.
  assert.deepEqual(rows("At least seven Tarsans arrived on Sunday."), []);
  assert.deepEqual(rows("In March, two Mondays were lost."), []);
});

test("casualties: 'killed 41 people and displaced about 7,000 others': the others are displaced, not killed", () => {
  assert.deepEqual(rows("The attack killed 41 people and displaced about 7,000 others, officials said.").map((r) => [r[0], r[1]]), [["killed", 41]]);
  assert.deepEqual(rows("Gunmen killed five people and abducted 12 others.").map((r) => [r[0], r[1]]), [["killed", 5]]);
  // Others wounded by the same attack are the attack's wounded.
  assert.deepEqual(rows("The blast killed four soldiers and wounded 12 others.").map((r) => [r[0], r[1]]), [["killed", 4], ["injured", 12]]);
});

test("casualties: 'Among the victims were eight children and three women' names the dead, every item of the list", () => {
  assert.deepEqual(rows("Among the victims were six children and two women, he said.").map((r) => r.slice(0, 3)), [["killed", 6, "children"], ["killed", 2, "women"]]);
  assert.deepEqual(rows("Among the wounded were two journalists.").map((r) => r.slice(0, 2)), [["injured", 2]]);
});

test("casualties: 'as were six contractors' shares the fate told before; a citizen counts as one person", () => {
  assert.deepEqual(rows("Two soldiers were killed, as were five contractors.").map((r) => r.slice(0, 2)), [["killed", 2], ["killed", 5]]);
  assert.deepEqual(rows("A citizen was killed in a bombing in Tarsa.").map((r) => r.slice(0, 3)), [["killed", 1, "civilians"]]);
  assert.deepEqual(rows("Local residents said it was calm."), []);
});

test("casualties: a minor is a child in a list of the dead; 'thousands others displaced' after a toll are not more dead", () => {
  assert.deepEqual(rows("Four guerrillas, two policemen and one minor were killed in an attack.").map((r) => r.slice(0, 3)),
    [["killed", 4, "opposition fighters"], ["killed", 2, "government forces"], ["killed", 1, "children"]]);
  assert.deepEqual(rows("At least 9 people were killed and thousands others displaced on Wednesday.").map((r) => r.slice(0, 2)), [["killed", 9]]);
});

test("a toll told place by place: a figure larger than the one before is no part of it", () => {
  assert.deepEqual(rows("Officials said 14 people had been killed in the village of Tarsa and 26 in Ulmar.").map((r) => [r[1], r[0], r[3]]), [[14, "killed", -1], [26, "killed", -1]]);
  assert.deepEqual(rows("In all, 63 people were killed: 18 in Tarsa and nine in Ulmar.").map((r) => [r[1], r[3]]), [[63, -1], [18, 0], [9, 0]]);
  // ("and another 13 in Ulmar", "a further seven in Bolo": on top of the figure before, never a part of it.)
  assert.deepEqual(rows("Twenty people were killed in Tarsa and another 13 in Ulmar.").map((r) => [r[1], r[0], r[3]]), [[20, "killed", -1], [13, "killed", -1]]);
  assert.deepEqual(rows("Five people died in Tarsa and a further seven in Bolo on Monday.").map((r) => [r[1], r[0], r[3]]), [[5, "killed", -1], [7, "killed", -1]]);
  // (A figure placed on its own, then the next place's: "killed 22 people in Tarsa and 13 in Ulmar".)
  assert.deepEqual(rows("Shelling killed 22 people in Tarsa and 13 in Ulmar.").map((r) => [r[1], r[3]]), [[22, -1], [13, -1]]);
  // (Not when the figure before is itself a part: "63 … 18 in Tarsa and another nine in Ulmar" are both parts of 63.)
  assert.deepEqual(rows("In all, 63 people were killed: 18 in Tarsa and another nine in Ulmar.").map((r) => [r[1], r[3]]), [[63, -1], [18, 0], [9, 0]]);
  // Negative: "another" with no place after it is no toll by place.
  assert.deepEqual(rows("Twenty people were killed in Tarsa and another 13 arrested.").map((r) => [r[1], r[0]]), [[20, "killed"]]);
});

test("victims: a people word used as an adjective ('local aid workers'), forces 'destroyed' or 'liquidated' in a statement, injuries 'of various degrees', 'the homicide of'", () => {
  assert.deepEqual(rows("Two local relief volunteers were killed near Tarsa."), [["killed", 2, "civilians", -1]]);
  assert.deepEqual(rows("Nine militants were destroyed near Tarsa, a ministry statement said."), [["killed", 9, "opposition fighters", -1]]);
  assert.deepEqual(rows("Twelve shops were destroyed near Tarsa."), []);
  assert.deepEqual(rows("A guard died and seven more sustained various degrees of injury at the gate.").map((r) => [r[0], r[1]]), [["killed", 1], ["injured", 7]]);
  assert.deepEqual(rows("Police opened a case for the homicide of 6 people."), [["killed", 6, "people", -1]]);
  // "including" after the noun is an aside, not an adjective's noun.
  assert.deepEqual(rows("At least 8 civilians including children were killed.").map((r) => r[2]), ["civilians"]);
});

test("casualties: a bare count wounded 'outside' or 'near' a place, forces 'neutralised' before the count, one motorcyclist or driver", () => {
  assert.deepEqual(rows("The blast on Friday killed four people and wounded 31 outside a bank.").map((r) => [r[0], r[1]]), [["killed", 4], ["injured", 31]]);
  assert.deepEqual(rows("Army helicopters neutralised at least 23 terrorists near the river.").map((r) => [r[0], r[1], r[2]]), [["killed", 23, "opposition fighters"]]);
  assert.deepEqual(rows("Later, a motorcyclist was shot dead at a Tarsa checkpoint.").map((r) => [r[0], r[1]]), [["killed", 1]]);
  assert.deepEqual(rows("The army neutralised the threat near Tarsa."), []);
});

test("'ethnic' before a people's name: the noun after it still says who they are", () => {
  assert.deepEqual(rows("The raid left 37 ethnic Qarni soldiers and 6 civilians dead.").map((r) => [r[1], r[2]]), [[37, "government forces"], [6, "civilians"]]);
});

test("casualties: 'the killing on Monday of N', bodies 'found beheaded', others with a bare participle after an aside", () => {
  assert.deepEqual(rows("The raid follows the killing on Sunday of 23 villagers near Tarsa.").map((r) => [r[0], r[1]]), [["killed", 23]]);
  assert.deepEqual(rows("Five men were found beheaded near Tarsa on Sunday.").map((r) => [r[0], r[1]]), [["killed", 5]]);
  assert.deepEqual(rows("Three people had been killed and 14 others - among them two police officers - injured by the blast.").map((r) => [r[0], r[1]]).slice(0, 2), [["killed", 3], ["injured", 14]]);
  // Others with a fate of their own that is no casualty stay out.
  assert.deepEqual(rows("Three people were killed and 14 others were rescued from the rubble.").map((r) => [r[0], r[1]]), [["killed", 3]]);
});

test("casualties: victims described by where they were heading or a longer place phrase before their verb", () => {
  assert.deepEqual(rows("At least 11 soldiers and police heading to Tarsa and Ulmar villages were killed by landmines.").map((r) => [r[0], r[1]]), [["killed", 11]]);
  assert.deepEqual(rows("Four soldiers from the border corps near Tarsa in the far south of Ulmar were killed by gunmen.").map((r) => [r[0], r[1]]), [["killed", 4]]);
  assert.deepEqual(rows("Eleven soldiers heading to Tarsa were greeted by crowds."), []);
});

test("casualties: 'hacking to death N', 'injuries among N villagers', a bare figure followed by when, 'sustained a serious injury', a double hyphen as a dash", () => {
  assert.deepEqual(rows("Militiamen attacked refugees, stabbing or hacking to death at least 10 people.").map((r) => [r[0], r[1]]), [["killed", 10]]);
  assert.deepEqual(rows("The raids caused the deaths of two villagers and severe injuries among four villagers.").map((r) => [r[0], r[1]]), [["killed", 2], ["injured", 4]]);
  assert.deepEqual(rows("Gunmen killed at least six soldiers and wounded about 20 yesterday.").map((r) => [r[0], r[1]]), [["killed", 6], ["injured", 20]]);
  assert.deepEqual(rows("One ranger sustained a serious injury to his leg.").map((r) => [r[0], r[1]]), [["injured", 1]]);
  assert.deepEqual(rows("The army says it killed about 1,500 rebels--including several commanders--as they retreated.").map((r) => [r[0], r[1], r[2]]).slice(0, 1), [["killed", 1500, "opposition fighters"]]);
  assert.deepEqual(rows("The report covered injuries among staff."), []);
});

test("how people were killed: decapitated, hacked or stabbed to death; who they were, then an intransitive 'died'", () => {
  assert.deepEqual(rows("Two villagers were decapitated in the raid."), [["killed", 2, "civilians", -1]]);
  assert.deepEqual(rows("Gunmen decapitated three farmers near the river."), [["killed", 3, "civilians", -1]]);
  assert.deepEqual(rows("Five men were hacked to death overnight."), [["killed", 5, "people", -1]]);
  assert.deepEqual(rows("Eleven soldiers surrendered, and four fighters from the northern alliance died, he added.").map((r) => r.slice(0, 2)), [["killed", 4]]);
  // Where they came from, then a verb that is no death.
  assert.deepEqual(rows("Four fighters from the northern alliance arrived in the town."), []);
});

test("refugees and displaced people killed are a toll; a quotation may open at the verb", () => {
  assert.deepEqual(rows("At least 53 refugees, a number of them children, were killed when their camp was bombed."), [["killed", 53, "civilians", -1]]);
  assert.deepEqual(rows("The strike killed 12 displaced people sheltering in a school."), [["killed", 12, "civilians", -1]]);
  assert.deepEqual(rows("The governor said 14 rebel fighters “were killed in airstrikes,” adding that an inquiry was open."), [["killed", 14, "opposition fighters", -1]]);
  // Families are counted as families, not people: no toll.
  assert.deepEqual(rows("The attacks killed seven displaced families in the district."), []);
});

test("fighters of a group named by its own name, and attackers, are an armed group's; a nation's fighters stay combatants", () => {
  assert.deepEqual(rows("An air strike killed two Tarsa Front fighters on Friday.").map((r) => r[2]), ["opposition fighters"]);
  assert.deepEqual(rows("The bodies of four PDF members were found.").map((r) => r[2]), ["opposition fighters"]);
  assert.deepEqual(rows("Troops killed 17 attackers in the battle.").map((r) => r[2]), ["opposition fighters"]);
  assert.deepEqual(rows("Six Ukrainian fighters were killed in the shelling.").map((r) => r[2]), ["combatants"]);
  assert.deepEqual(rows("Five of its fighters were killed in clashes.").map((r) => r[2]), ["combatants"]);
});

test("tolls as armies and agencies write them: KIA and WIA, 'paid the supreme price', one death, injuries to others, a long toll subject", () => {
  assert.deepEqual(rows("The ministry announced 50 KIA and 12 WIA on Tuesday.").map((r) => r.slice(0, 2)), [["killed", 50], ["injured", 12]]);
  assert.deepEqual(rows("The army said one soldier paid the supreme price, while 10 others sustained injuries.").map((r) => r.slice(0, 2)), [["killed", 1], ["injured", 10]]);
  assert.deepEqual(rows("Tarsa has reported one death and several injuries.").map((r) => r.slice(0, 2)), [["killed", 1]]);
  assert.deepEqual(rows("The raid resulted in the deaths of three civilians and injuries to at least 14 others.").map((r) => r.slice(0, 2)), [["killed", 3], ["injured", 14]]);
  assert.deepEqual(rows("The agency said the death toll has risen to 18 from the initial 12 and 32 people wounded.").map((r) => r.slice(0, 2)), [["killed", 18], ["injured", 32]]);
  assert.deepEqual(rows("The death toll from clashes between the Tarsa Liberation Army and members of the former Ulmar Front in the hills north of the capital has risen to 60, the ombudsman said.").map((r) => r.slice(0, 2)), [["killed", 60]]);
  // Not a toll: a word that only begins with KIA, a price paid in money.
  assert.deepEqual(rows("Officials feared that the KIAN convoy of 12 trucks would be late."), []);
  assert.deepEqual(rows("The city paid the ultimate price of 40 million dollars for the bridge."), []);
});

test("one figure of the killed and the wounded together is neither toll, an aside before its verb or not", () => {
  assert.deepEqual(rows("Thirteen civilians, among them women and children, have been killed and wounded by shelling."), []);
  assert.deepEqual(rows("Thirty people were killed and wounded in the attack."), []);
  // Two figures, each with its fate, stay two tolls.
  assert.deepEqual(rows("Five people were killed and 12 wounded.").map((r) => r.slice(0, 2)), [["killed", 5], ["injured", 12]]);
});

test("victims: a bare figure after a second verb counts the same kind of people as the first", () => {
  assert.deepEqual(rows("The attack killed eleven soldiers and wounded one, the ministry said.").map((r) => r.slice(0, 3)), [["killed", 11, "government forces"], ["injured", 1, "government forces"]]);
  // A figure with its own noun keeps its own class.
  assert.deepEqual(rows("The attack killed eleven soldiers and wounded two civilians.").map((r) => r.slice(0, 3)), [["killed", 11, "government forces"], ["injured", 2, "civilians"]]);
});

test("'those wounded were 13 soldiers and nine fighters': who the wounded were, figures of their own", () => {
  assert.deepEqual(rows("Three soldiers died, while those wounded were 13 soldiers and nine militants, the military said.").map((r) => r.slice(0, 3)),
    [["killed", 3, "government forces"], ["injured", 13, "government forces"], ["injured", 9, "opposition fighters"]]);
  // Not a toll: the wounded taken somewhere.
  assert.deepEqual(rows("The wounded were taken to hospital."), []);
});

test("victims named by rank or slang: generals, colonels, cops; crewmen counted, their side unsaid", () => {
  assert.deepEqual(rows("Two cops were martyred while another three were injured.").map((r) => r.slice(0, 3)), [["killed", 2, "government forces"], ["injured", 3, "government forces"]]);
  assert.deepEqual(rows("Two generals and eight colonels died when their helicopter was shot down.").map((r) => r.slice(0, 3)), [["killed", 2, "government forces"], ["killed", 8, "government forces"]]);
  assert.deepEqual(rows("Two crewmen were killed on Monday.").map((r) => r.slice(0, 3)), [["killed", 2, "people"]]);
});

test("'kills and injures 15 civilians': one figure of both is neither toll", () => {
  assert.deepEqual(rows("Shelling kills and injures 15 civilians west of Tarsa"), []);
});

test("a toll's subject may name its victims in four words: 'the number of the Tarsa Army soldiers killed … has reached 1025'", () => {
  assert.deepEqual(rows("The number of the Tarsa Army soldiers killed during the hostilities has reached 1025.").map((r) => r.slice(0, 3)), [["killed", 1025, "government forces"]]);
  // Not a toll: a number of things other than the dead.
  assert.deepEqual(rows("The number of the Tarsa Army soldiers deployed in the region has reached 1025."), []);
});

test("one person and the others with them are one figure, a comma before 'and' or not", () => {
  assert.deepEqual(rows("The raiders killed a village head, and 16 others.").map((r) => r.slice(0, 2)), [["killed", 17]]);
  assert.deepEqual(rows("The raiders killed a village head and 16 others.").map((r) => r.slice(0, 2)), [["killed", 17]]);
});

test("casualties: a figure of time before a people noun ('in the last three days activists said') counts no one", () => {
  const read = (s: string) => casualtyCandidates(s).map((c) => c.q.best);
  assert.deepEqual(read("In the last three days activists said that 40 civilians were killed."), [40]);
  assert.deepEqual(read("A blast 30 minutes later injured six."), [6]);
  // still people: a noun after the figure that is no unit of time
  assert.deepEqual(read("Three day labourers were killed."), [3]);
});

test("casualties: 'three members of a family lost their lives' — a phrase after the victims before 'lost their lives'", () => {
  assert.deepEqual(read("Officials said four members of a family lost their lives when a shell hit their home."), [["killed", 4]]);
  assert.deepEqual(read("Two residents of the camp lost their lives overnight."), [["killed", 2]]);
  // lost their homes, not their lives
  assert.deepEqual(read("Four members of a family lost their homes when a shell hit the street."), []);
});

test("casualties: the items of a killed list joined by commas share the verb; an item with its own verb keeps it", () => {
  assert.deepEqual(read("Gunmen killed three soldiers, five civilians, and abducted eight people."), [["killed", 3], ["killed", 5]]);
  assert.deepEqual(read("Gunmen killed three soldiers, five civilians were wounded."), [["killed", 3], ["injured", 5]]);
});

test("casualties: a relative clause or a participle between the victims and their verb ('two people who were standing outside died')", () => {
  assert.deepEqual(read("Two people who were standing outside died instantly."), [["killed", 2]]);
  assert.deepEqual(read("At least three guards who were part of the escort were injured."), [["injured", 3]]);
  assert.deepEqual(read("Twelve people working at a flour mill lost their lives."), [["killed", 12]]);
  // the clause is itself the injury: one figure, once
  assert.deepEqual(read("Two people who were injured were taken to hospital."), [["injured", 2]]);
});

test("casualties: 'N of their children', a group's acronym in brackets inside the phrase, 'deceased', 'defenders'", () => {
  assert.deepEqual(read("A man, his wife and 3 of their children were killed."), [["killed", 3]]);
  assert.deepEqual(read("Four Tarsa Liberation Army (TLA) fighters have been killed in a clash."), [["killed", 4]]);
  assert.deepEqual(read("The clashes left at least 80 people deceased."), [["killed", 80]]);
  assert.deepEqual(read("The rebels took the town, killing 709 of the defenders."), [["killed", 709]]);
  // a bracket that is no acronym ends the phrase
  assert.deepEqual(read("Four (of the ten) were released."), []);
});

test("casualties: 'killed five members of the security forces and four civilians', 'another got injuries', 'were at least murdered', 'suffering from shrapnel wounds'", () => {
  assert.deepEqual(read("Gunmen killed five members of the security forces and four civilians."), [["killed", 5], ["killed", 4]]);
  assert.deepEqual(read("Three soldiers were killed and another got injuries in the attack."), [["killed", 3], ["injured", 1]]);
  assert.deepEqual(read("About 700 people were at least murdered by the militia."), [["killed", 700]]);
  assert.deepEqual(read("The remaining 11 children are suffering from shrapnel wounds."), [["injured", 11]]);
  // suffering from hunger is no injury
  assert.deepEqual(read("The remaining 11 children are suffering from hunger."), []);
});

test("casualties: an editor's one-word gloss in brackets before the noun ('Two (government) soldiers were killed')", () => {
  assert.deepEqual(read("Two (government) soldiers were killed in the clash."), [["killed", 2]]);
});

test("casualties: 'got injured', 'reported to have suffered injuries', 'having been killed', 'butchered', 'a woman refugee was wounded', 'including … died'", () => {
  assert.deepEqual(read("Another three servicemen got injured."), [["injured", 3]]);
  assert.deepEqual(read("At least four civilians are reported to have suffered injuries."), [["injured", 4]]);
  assert.deepEqual(read("We received reports of two people having been killed by armed men."), [["killed", 2]]);
  assert.deepEqual(read("Insurgents butchered the ten people inside the car."), [["killed", 10]]);
  assert.deepEqual(read("A woman refugee was wounded in the raid."), [["injured", 1]]);
  assert.deepEqual(read("Six people including four civilians died in the blast."), [["killed", 6], ["killed", 4]]);
  // 'got' without a harm word is nothing
  assert.deepEqual(read("Another three servicemen got leave."), []);
});

test("casualties: a longer aside between commas ('30 civilians, including 16 members of one family who were returning home, were killed')", () => {
  assert.deepEqual(read("Up to 30 civilians, including 16 members of a single family who were returning from a wedding, were killed."), [["killed", 30], ["killed", 16]]);
});

test("casualties: 'the dead included', 'were left injured', 'also reportedly died', 'N of his neighbours', 'brought to N the number of people killed'", () => {
  assert.deepEqual(read("The dead included nine aid workers."), [["killed", 9]]);
  assert.deepEqual(read("Three people died and seven were left injured."), [["killed", 3], ["injured", 7]]);
  assert.deepEqual(read("Dozens of troops have also reportedly died in the fighting."), [["killed", 24]]);
  assert.deepEqual(read("Fourteen of his neighbours were killed."), [["killed", 14]]);
  assert.deepEqual(read("The shelling brought to at least 47 the number of people killed in the town."), [["killed", 47]]);
  // the number of something else
  assert.deepEqual(read("The raid brought to 47 the number of schools closed."), []);
});

test("casualties: 'burned to death 200 people', 'the death of a civilian', 'were included among those killed', 'Two U.N. peacekeepers', 'admitted to hospital', 'the number killed', 'a female IDP'", () => {
  assert.deepEqual(read("The raiders shot, clubbed and burned to death 90 people."), [["killed", 90]]);
  assert.deepEqual(read("The shelling resulted in the death of a civilian."), [["killed", 1]]);
  assert.deepEqual(read("At least 10 children were included among those killed."), [["killed", 10]]);
  assert.deepEqual(read("Two U.N. peacekeepers died on Saturday."), [["killed", 2]]);
  assert.deepEqual(read("Six children were admitted to hospital after the raid."), [["injured", 6]]);
  assert.deepEqual(read("Two soldiers died, increasing to 158 the number killed in the standoff."), [["killed", 2], ["killed", 158]]);
  assert.deepEqual(read("One female IDP was killed in the attack."), [["killed", 1]]);
  // a death that is no one's in war: a ship's death toll of goods, a meeting admitted to
  assert.deepEqual(read("Two U.N. officials were admitted to the meeting."), []);
});

test("casualties: 'the martyrdom of one person', 'whose bodies were found', 'reservists', 'alongside two troopers', 'and an unspecified number of civilians', a toll that 'nears'", () => {
  assert.deepEqual(read("The ministry announced the martyrdom of one person in a drone strike."), [["killed", 1]]);
  assert.deepEqual(read("He said the six civilians whose bodies were found had gunshot wounds."), [["killed", 6]]);
  assert.deepEqual(read("Television reported that 12 army reservists were among the dead."), [["killed", 12]]);
  assert.deepEqual(read("Thirty soldiers were killed in the battle, alongside two troopers from the allied force."), [["killed", 30], ["killed", 2]]);
  assert.deepEqual(read("A further 11 soldiers and an unspecified number of civilians were injured."), [["injured", 11]]);
  assert.deepEqual(read("Drone assault death toll nears 80"), [["killed", 80]]);
  // an aside with 'including' keeps its verb
  assert.deepEqual(read("Five citizens, including children, were killed and others were injured."), [["killed", 5]]);
});

test("casualties: 'injuries to 29 personnel', 'have killed so far more than 1,100'", () => {
  assert.deepEqual(read("The army documented injuries to 29 military personnel."), [["injured", 29]]);
  assert.deepEqual(read("The strikes have killed so far more than 1,100 people."), [["killed", 1100]]);
  // injuries to the economy count no one
  assert.deepEqual(read("The blockade caused injuries to 29 businesses."), []);
});

test("casualties: 'brought to hospital' is injured; 'the number of injured victims' is no death toll; 'were killed 185 others wounded'; 'killed a woman and wounded four'", () => {
  assert.deepEqual(read("Three were killed and 73 others were brought to hospital."), [["killed", 3], ["injured", 73]]);
  assert.deepEqual(read("The number of injured victims is more than 46."), [["injured", 46]]);
  assert.deepEqual(read("Fifteen fighters were killed 185 others wounded in clashes."), [["killed", 15], ["injured", 185]]);
  assert.deepEqual(read("The gunmen had killed a woman and wounded four."), [["killed", 1], ["injured", 4]]);
});

test("a count and one more of the same side are one figure ('eight conscripts and an officer' is nine); of another side, two", () => {
  assert.deepEqual(rows("Rebels ambushed border guards, killing eight young conscripts and an officer."), [["killed", 9, "government forces", -1]]);
  assert.deepEqual(rows("The strike killed five soldiers and a civilian."), [["killed", 5, "government forces", -1], ["killed", 1, "civilians", -1]]);
});

test("more words for one person ('a jawan', 'a minor', 'a vigilante'); 'embraced martyrdom' and 'received bullet injury'", () => {
  assert.deepEqual(rows("A jawan was injured when an IED exploded."), [["injured", 1, "government forces", -1]]);
  assert.deepEqual(rows("A minor was killed in a grenade blast."), [["killed", 1, "children", -1]]);
  assert.deepEqual(rows("Five security personnel embraced martyrdom while two others were injured.").map((r) => r.slice(0, 2)), [["killed", 5], ["injured", 2]]);
  assert.deepEqual(rows("A youth received bullet injury in crossfire.").map((r) => r.slice(0, 2)), [["injured", 1]]);
  assert.deepEqual(rows("A minor dispute was settled."), []);
});

test("two sides' words joined by 'and' before their noun are one phrase ('11 military and police personnel'); 'cases and five deaths' is not", () => {
  assert.deepEqual(rows("Eleven Tarsan military and police personnel were killed and 33 wounded.").map((r) => r.slice(0, 3)), [["killed", 11, "government forces"], ["injured", 33, "government forces"]]);
  assert.deepEqual(rows("There were 29 cases and five deaths.").map((r) => r.slice(0, 2)), [["killed", 5]]);
  assert.deepEqual(rows("A pensioner was seriously injured.").map((r) => r.slice(0, 3)), [["injured", 1, "civilians"]]);
});

test("more peoples and trades the dead are named by ('22 Tutsis', '29 peasants')", () => {
  assert.deepEqual(rows("Rebels killed 22 Tutsis during the attack.").map((r) => r.slice(0, 2)), [["killed", 22]]);
  assert.deepEqual(rows("Guerrillas killed 29 peasants and set homes afire.").map((r) => r.slice(0, 3)), [["killed", 29, "civilians"]]);
});

test("a force's name with its acronym in brackets, before the noun it ends on", () => {
  assert.deepEqual(rows("Seven Tarsan Armed Forces (TAF) soldiers, including two officers, were killed."), [["killed", 7, "government forces", -1], ["killed", 2, "government forces", 0]]);
  assert.deepEqual(rows("Five Tarsan and Ulmari soldiers were killed."), [["killed", 5, "government forces", -1]]);
  // (An acronym with no noun after it is an aside: the figure still counts people.)
  assert.deepEqual(rows("Seven Tarsan Armed Forces (TAF) were killed."), [["killed", 7, "people", -1]]);
});

test("a side's words for its own dead: sacrificed or laid down their lives", () => {
  assert.deepEqual(rows("At least 45 resistance members have sacrificed their lives during the clashes."), [["killed", 45, "opposition fighters", -1]]);
  assert.deepEqual(rows("Three medics laid down their lives."), [["killed", 3, "civilians", -1]]);
  // What else is sacrificed is no death.
  assert.deepEqual(rows("Some 300 families have sacrificed their savings."), []);
});

test("lives lost after their count", () => {
  assert.deepEqual(rows("Around 200 lives have been lost in the past week."), [["killed", 200, "people", -1]]);
  assert.deepEqual(rows("The strike saved 30 lives."), []);
});

test("a group's name in capitals before its fighters; two peoples' words before one noun", () => {
  assert.deepEqual(rows("Almost 300 IS fighters had been killed in the battle."), [["killed", 300, "combatants", -1]]);
  assert.deepEqual(rows("Some 300 is the number the ministry gave."), []);
});

test("who the dead were: an appositive after them, a people's word opening a force's name, a side's supporters", () => {
  assert.deepEqual(rows("Twelve civilians, members of two families, died Monday when a missile hit their minibus."), [["killed", 12, "civilians", -1]]);
  assert.deepEqual(rows("Seven Sudanese Armed Forces (SAF) soldiers were killed."), [["killed", 7, "government forces", -1]]);
  assert.deepEqual(rows("The raid killed 12 Ulmari Border Guard officers and two civilians."), [["killed", 12, "government forces", -1], ["killed", 2, "civilians", -1]]);
  assert.deepEqual(rows("Four FNL supporters were killed."), [["killed", 4, "people", -1]]);
  // A people's word alone still counts people.
  assert.deepEqual(rows("Seven Sudanese were killed in Darfur."), [["killed", 7, "people", -1]]);
});

test("the hurt who arrived or were admitted with wounds", () => {
  assert.deepEqual(rows("Six people arrived at the hospital with gunshot wounds."), [["injured", 6, "people", -1]]);
  assert.deepEqual(rows("Twelve children were admitted with shrapnel wounds."), [["injured", 12, "children", -1]]);
  assert.deepEqual(rows("Six families arrived with their belongings."), []);
});

test("two sides' nouns left dead; suicide bombers are the attackers", () => {
  assert.deepEqual(rows("A raid on the village left at least 40 police and troops dead."), [["killed", 40, "government forces", -1]]);
  assert.deepEqual(rows("Six suicide bombers were killed."), [["killed", 6, "opposition fighters", -1]]);
  assert.deepEqual(rows("The blast left 12 women and children wounded."), [["injured", 12, "children", -1]]);
});

test("who did the killing is no toll; a relative clause between the dead and their verb", () => {
  assert.deepEqual(rows("Ten gunmen who killed the chief were arrested."), []);
  assert.deepEqual(rows("Ten men who had killed the chief were arrested."), []);
  assert.deepEqual(rows("Ten men who were killed in the raid were buried."), [["killed", 10, "people", -1]]);
  assert.deepEqual(rows("At least 35 civilians who had departed from Tarsa were killed."), [["killed", 35, "civilians", -1]]);
});

test("armed men who killed a counted object did the killing; the object is the toll", () => {
  assert.deepEqual(read("Near Tarsa two gunmen killed at least seven villagers on Sunday."), [["killed", 7]]);
  assert.deepEqual(read("Four militants wounded 15 shoppers in Kolda."), [["injured", 15]]);
  // The passive and the perfect passive keep the figure as the dead.
  assert.deepEqual(read("Two soldiers were killed 14 others wounded near Ulmar."), [["killed", 2], ["injured", 14]]);
  // A scrape that lost its comma: people are not read as the killers, nor a time as the object.
  assert.deepEqual(read("3 civilians killed 5 children still trapped in Qarn.")[0], ["killed", 3]);
  assert.deepEqual(read("Six soldiers killed two days ago in Bessin were buried."), [["killed", 6]]);
  assert.deepEqual(read("12 fighters killed 20 wounded in clashes near Dorvala."), [["killed", 12], ["injured", 20]]);
});

test("a toll's bare figure followed by a clause of its own", () => {
  assert.deepEqual(read("Some sources put the death toll in Dorvala to 14 but officials did not comment."), [["killed", 14]]);
  assert.deepEqual(read("The toll stood at 31 whereas the army gave no figure."), [["killed", 31]]);
});

test("'not a single civilian was killed' counts no one", () => {
  assert.deepEqual(rows("He told parliament that “not a single civilian was killed” during the operation."), []);
  // The denial a verb or two before: "had not killed a single civilian", "did not kill a single child".
  assert.deepEqual(rows("The minister said the army had not killed a single civilian during the operation in Tarsa."), []);
  assert.deepEqual(rows("Commanders insisted their drones didn't kill a single child in Ulmar."), []);
  // A toll told beside a denial still counts: "did not stop the strike that killed a man".
  assert.deepEqual(rows("Guards did not stop the strike that killed a single shepherd near Qarn on Monday.").map((r) => r[1]), [1]);
  assert.deepEqual(rows("A single civilian was killed."), [["killed", 1, "civilians", -1]]);
});

test("an age in three words before one person; 'treated for gunshot wounds' are the wounded", () => {
  assert.deepEqual(read("A 15 year old girl was killed in the rocket attack."), [["killed", 1]]);
  assert.deepEqual(read("At least 25 people were treated for gunshot wounds."), [["injured", 25]]);
  assert.deepEqual(read("Ten people were treated for shock."), []);
  assert.deepEqual(read("The 15 year old road was closed."), []);
});

test("snipers are fighters; 'lost only 30 soldiers' is a toll", () => {
  assert.deepEqual(rows("Government forces killed three snipers of the rebels."), [["killed", 3, "opposition fighters", -1]]);
  assert.deepEqual(read("The ministry said it has lost only 30 soldiers in the fighting."), [["killed", 30]]);
  assert.deepEqual(read("The ministry said it has lost only 30 minutes."), []);
});

test("a part of the wounded with a fate of its own (missing, captured) is none of them", () => {
  assert.deepEqual(read("\"The army has lost 10 soldiers, with 25 more wounded, including four officers, and 13 soldiers are missing,\" he said."), [["killed", 10], ["injured", 25], ["injured", 4]]);
  assert.deepEqual(read("Nine people were wounded, including two children, and five soldiers were captured."), [["injured", 9], ["injured", 2]]);
});

test("the attackers counted after 'by' are not the dead", () => {
  assert.deepEqual(read("Officials could not confirm the toll from the assault by an estimated 800 guerrillas."), []);
  assert.deepEqual(read("The village was attacked by 20 gunmen, who killed five people."), [["killed", 5]]);
});

test("'destroyed' counts people only when said of them directly, never across an aside", () => {
  assert.deepEqual(read("The army said six fighters were destroyed in the strike."), [["killed", 6]]);
  assert.deepEqual(read("Some 120 police officers in the town remain unaccounted for after the station was destroyed."), []);
});

test("a post's holder killed, alone or with his men, is one person more; 'the man' is someone already counted", () => {
  const read = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best, c.victims]);
  assert.deepEqual(read("Gunmen stormed a police station, killing the police chief and two of his men."), [["killed", 3, "government forces"]]);
  assert.deepEqual(read("The insurgents killed the district commander and four other officers."), [["killed", 5, "government forces"]]);
  assert.deepEqual(read("An ambush on Tuesday killed the local police chief, officials said."), [["killed", 1, "government forces"]]);
  assert.deepEqual(read("Witnesses said the soldiers killed the man in front of his house."), []);
  assert.deepEqual(read("The rebels killed the idea of a truce."), []);
});

test("a figure or a verb in quotes, as the source gave it", () => {
  const read = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.best]);
  assert.deepEqual(read('An attack on a village has killed "up to 100" people, a rights group said.'), [["killed", 100]]);
  assert.deepEqual(read("An inquiry found that 90 people were “arbitrarily executed” during the raid."), [["killed", 90]]);
  assert.deepEqual(read("A strike on a car killed two of its operatives, the group said."), [["killed", 2]]);
  // A quoted phrase that is no figure of the dead.
  assert.deepEqual(read('He said the "100 days" plan was dead.'), []);
});

test("a population is never a toll", () => {
  // (The estimates' range is a toll; the population after it is not.)
  assert.deepEqual(read("Estimates of the death toll in Tarsa vary from 400 to more than 900 out of a population of 35000."), [["killed", 650]]);
  assert.deepEqual(read("The death toll in Tarsa, a town with a population of 35,000, rose to 41."), [["killed", 41]]);
});

test("a listed item with several words before its noun shares the verb after the list", () => {
  // ("36 Tarsan army support personnel": a side, a branch and a role before the noun.)
  assert.deepEqual(read("Twelve soldiers and 31 Tarsan army support personnel were killed in an ambush near Qarn."), [["killed", 12], ["killed", 31]]);
  assert.deepEqual(read("Four Ulmar police commandos and a Bolo truck driver were wounded in separate attacks."), [["injured", 4], ["injured", 1]]);
  // A breakdown after "including" is not an item of the list; the soldiers are recruited, not killed.
  assert.deepEqual(read("Nine people, including five attackers, were killed in Tarsa."), [["killed", 9], ["killed", 5]]);
  assert.deepEqual(read("Twelve soldiers and 31 Tarsan army support personnel were sent to Qarn."), []);
});

test("a breakdown set off by a dash or colon after the total's verb", () => {
  assert.deepEqual(rows("At least 40 people had been killed in Tarsa — 12 civilians, including two nuns, and 28 gunmen."),
    [["killed", 40, "people", -1], ["killed", 12, "civilians", 0], ["killed", 2, "civilians", 1], ["killed", 28, "opposition fighters", 0]]);
  assert.deepEqual(read("Nine soldiers were wounded: six conscripts and three officers."), [["injured", 9], ["injured", 6], ["injured", 3]]);
  assert.deepEqual(read("Nine people were killed in Bolo: six soldiers and three gunmen."), [["killed", 9], ["killed", 6], ["killed", 3]]);
  // A figure after the verb's dash that counts no people is no part.
  assert.deepEqual(read("At least 40 people were killed — 12 villages were burned."), [["killed", 40]]);
});

test("'destroyed' counts the dead only when said of them: '300 troops destroyed a base' are the attackers; where the hurt were may stand before their verb", () => {
  assert.deepEqual(read("Around 300 troops destroyed a rebel base in Tarsa on Monday."), []);
  assert.deepEqual(read("Up to 30 militants destroyed in an air raid on Monday."), [["killed", 30]]);
  assert.deepEqual(read("The ministry said 40 fighters were destroyed."), [["killed", 40]]);
  assert.deepEqual(read("Another 29 people nearby were wounded."), [["injured", 29]]);
  assert.deepEqual(read("All 40 passengers on board were killed."), [["killed", 40]]);
  // Inside or aboard something, with "sustained injuries" after: still the hurt.
  assert.deepEqual(read("Nine children aboard a school bus sustained injuries when a shell landed."), [["injured", 9]]);
  assert.deepEqual(read("Six people inside the bakery were killed."), [["killed", 6]]);
  // (A place named after the figure, with no verb of harm to those people, stays out.)
  assert.deepEqual(read("Nine children aboard a school bus sustained the journey without food."), []);
  assert.deepEqual(read("Six trucks inside the depot were destroyed."), []);
});

test("'N others have been displaced' after a toll: the others moved, and are no casualties", () => {
  assert.deepEqual(read("Dozens have died, and officials said 5,000 others have been displaced.").filter(([, n]) => n === 5000), []);
  // Negative: others wounded after a toll are casualties still.
  assert.deepEqual(read("Two people were killed and five others have been wounded.").filter(([, n]) => n === 5), [["injured", 5]]);
});

test("a running total after a toll ('bringing the total to N') has the toll's outcome and victims; a people's plural after the verb", () => {
  assert.deepEqual(rows("Three more soldiers were killed in Dorvala on Tuesday, bringing the total to 45."), [["killed", 3, "government forces", -1], ["killed", 45, "government forces", -1]]);
  assert.deepEqual(rows("Two civilians were wounded in the shelling, raising the overall tally to more than 60, the ministry said."), [["injured", 2, "civilians", -1], ["injured", 60, "civilians", -1]]);
  assert.deepEqual(read("The gunmen killed 12 Ulmaris in Kolda on Sunday."), [["killed", 12]]);
  // Negative: a total of things, and a total with no toll before it.
  assert.deepEqual(read("Five houses were destroyed, bringing the total to 45."), []);
  assert.deepEqual(read("The ministry counted the votes, bringing the total to 4,500."), []);
});

test("'martyred' as an active verb: a bomb that martyred seven officers", () => {
  assert.deepEqual(read("Earlier this week, a roadside bomb martyred seven police officers in Dorvala."), [["killed", 7]]);
  // Negative: the adjective counts nobody.
  assert.deepEqual(read("The martyred soldiers were buried in Kolda."), []);
});

test("'as many' after a figure counts the same number again; 'as many as' is a figure of its own", () => {
  assert.deepEqual(rows("An attack on a checkpoint in Tarsa left two passers-by dead and as many wounded."), [["killed", 2, "civilians", -1], ["injured", 2, "civilians", -1]]);
  assert.deepEqual(read("Four soldiers were killed and as many others were hurt in Kolda."), [["killed", 4], ["injured", 4]]);
  assert.deepEqual(read("Three civilians died and as many as 20 were wounded in Kolda."), [["killed", 3], ["injured", 20]]);
  // With no figure before it in the clause, it counts nobody.
  assert.deepEqual(read("Officials feared as many wounded would die. Nine were killed."), [["killed", 9]]);
});

test("an office holder killed with others is one figure with them; the office of a speaker is no victim", () => {
  assert.deepEqual(read("A strike on the town hall killed the mayor, and nine other people."), [["killed", 10]]);
  assert.deepEqual(read("The ambush killed a deputy governor and two of his guards."), [["killed", 3]]);
  assert.deepEqual(read("The governor said 12 people were killed."), [["killed", 12]]);
});

test("injuries for people are people injured; injuries over a span of time are none", () => {
  assert.deepEqual(read("The strikes led to injuries for at least 52 other people, officials said."), [["injured", 52]]);
  assert.deepEqual(read("There were no injuries for 3 weeks."), []);
});

test("a list's item counted by a vague amount shares the verb: one person and dozens with him are two figures", () => {
  assert.deepEqual(read("A colonel and dozens of conscripts died in the ambush near Tarsa."), [["killed", 1], ["killed", 24]]);
  assert.deepEqual(read("Two officers and hundreds of conscripts died in the siege of Ulmar."), [["killed", 2], ["killed", 200]]);
  assert.deepEqual(read("A colonel and dozens of conscripts attended the funeral in Tarsa."), []);
});

test("the wounded told by their treatment, all of a count, a force's long name before one soldier, a group's capitals after 'more'", () => {
  assert.deepEqual(read("Medics treated 18 villagers for shrapnel wounds."), [["injured", 18]]);
  assert.deepEqual(read("The hospital treated 12 people, mostly for shock."), []);
  assert.deepEqual(read("The clinic had treated 400 patients last month."), []);
  assert.deepEqual(read("The raid ended with the killing of all six gunmen."), [["killed", 6]]);
  assert.deepEqual(read("Five militants were sent to hell in the clash, the statement said."), [["killed", 5]]);
  assert.deepEqual(rows("Two more TLF members were hurt in the raid."), [["injured", 2, "opposition fighters", -1]]);
  assert.deepEqual(read("A Tarsa Border Guard Corps soldier was killed in the attack."), [["killed", 1]]);
  assert.deepEqual(read("Two boys and an adult were wounded."), [["injured", 3]]);
});

test("an age alone names the person killed; a couple and their child are three", () => {
  assert.deepEqual(rows("A sniper killed a 9-year-old and wounded two women near the well."), [["killed", 1, "children", -1], ["injured", 2, "women", -1]]);
  assert.deepEqual(rows("The strike killed a 40-year-old on Monday."), [["killed", 1, "people", -1]]);
  // An age before a noun is read once, with its noun.
  assert.deepEqual(rows("The strike killed a 12-year-old boy."), [["killed", 1, "children", -1]]);
  assert.deepEqual(rows("An elderly couple and their grandson died when the roof collapsed under the shelling."), [["killed", 3, "civilians", -1]]);
  // A couple and their son who moved away were not harmed.
  assert.deepEqual(rows("A couple and their son moved to Kolda."), []);
});

test("casualties: a list item naming two groups for one figure does not end the list; a vague figure with the larger one it may reach, said as an aside", () => {
  assert.deepEqual(read("The fighting killed 11 soldiers and allied militiamen and 17 insurgents, the monitor said."), [["killed", 11], ["killed", 17]]);
  // A second verb starts a new clause: its figure is not the first verb's.
  assert.deepEqual(read("Militants killed 11 soldiers and arrested 17 insurgents."), [["killed", 11]]);
  assert.deepEqual(read("Dozens, perhaps hundreds, of people were killed in the raid on Tarsa."), [["killed", 24]]);
  assert.deepEqual(read("The raid left dozens, possibly hundreds, dead."), [["killed", 24]]);
});

test("casualties: 'hurt' as a headline's toll noun ('4 Dead, 9 Hurt')", () => {
  assert.deepEqual(read("4 Dead, 9 Hurt in Rocket Attack on Tarsa"), [["killed", 4], ["injured", 9]]);
  assert.deepEqual(read("The shelling left two dead and 14 hurt, medics said."), [["killed", 2], ["injured", 14]]);
});

test("casualties: anyone named by role or trade heads a family counted by its members", () => {
  assert.deepEqual(read("Gunmen murdered a village chief and his two sons in Tarsa."), [["killed", 3]]);
  assert.deepEqual(read("A shell killed a farmer and his wife in Ulmar."), [["killed", 2]]);
  // Two people named one by one are two, by another rule.
  assert.deepEqual(casualtyCandidates("A farmer and a teacher were killed in Ulmar.").map((c) => [c.q.best, c.rule]), [[2, "casualty.verb-after+people-listed"]]);
});

test("casualties: 'another' before a number is not one more person; one person and the next named with 'lost their lives' or 'claiming the lives of'", () => {
  assert.deepEqual(read("Another five rebel fighters were killed in the clashes near Dorvala."), [["killed", 5]]);
  assert.deepEqual(read("Another 12 soldiers died in the ambush."), [["killed", 12]]);
  // The one person a sentence names alone is still read.
  assert.deepEqual(read("Another soldier was killed in the ambush."), [["killed", 1]]);
  assert.deepEqual(rows("A man and a woman lost their lives when shells hit Kolda."), [["killed", 2, "people", -1]]);
  assert.deepEqual(rows("Two men and a woman lost their lives when shells hit Kolda."), [["killed", 3, "civilians", -1]]);
  assert.deepEqual(rows("Shells hit Kolda on Monday, claiming the lives of a man and a woman and injuring others."), [["killed", 2, "people", -1]]);
  assert.deepEqual(read("A soldier was hurt in the blast at Tarsa."), [["injured", 1]]);
  assert.deepEqual(read("A boy drowned while crossing the river near Ulmar."), [["killed", 1]]);
  // Negative: a person named with no harm is no casualty.
  assert.deepEqual(read("A man and a woman walked to the market in Kolda."), []);
});

test("casualties: a toll's second figure named 'the injured at' is injured; one more named as 'their driver' joins the count", () => {
  assert.deepEqual(read("A ministry spokesman put the number of dead at 64 and the injured at 112."), [["killed", 64], ["injured", 112]]);
  assert.deepEqual(read("Officials put the death toll at 20, with the wounded at more than 50."), [["killed", 20], ["injured", 50]]);
  assert.deepEqual(rows("Two journalists and their driver were killed when their car hit a mine near Ulmar."), [["killed", 3, "civilians", -1]]);
  assert.deepEqual(rows("The blast killed four soldiers and their commander."), [["killed", 5, "government forces", -1]]);
  // Negative: the one named after "and" with a fate of his own is not counted with them.
  assert.deepEqual(read("Three rebels were killed and their leader was captured."), [["killed", 3]]);
  assert.deepEqual(read("The death toll rose to 14 and 20 were injured."), [["killed", 14], ["injured", 20]]);
});

test("victims: armed men and civilians named alike among one figure's dead are people", () => {
  assert.deepEqual(rows("Some 30 people, fighters and civilians alike, died in the clashes near Kolda."), [["killed", 30, "people", -1]]);
  assert.deepEqual(rows("At least 25 people, both soldiers and civilians, were killed in Tarsa."), [["killed", 25, "people", -1]]);
  // Negative: one side named alone keeps its class.
  assert.deepEqual(rows("The strike killed 12 rebel fighters in Ulmar."), [["killed", 12, "opposition fighters", -1]]);
  assert.deepEqual(rows("An ambush on Tuesday killed the local police chief, officials said."), [["killed", 1, "government forces", -1]]);
});

test("victims: another state's forces are not the government's; the profile says whose side a state it names is on", async () => {
  const { victimClass } = await import("../loaders/extract/victims.ts");
  const { Profile } = await import("../loaders/extract/profile.ts");
  const war = new Profile({
    name: "A war in Ruritania", country: "Ruritania",
    actors: [
      { name: "Ruritanian government", side: "government", aliases: ["regime", "Ruritanian army"] },
      { name: "Kenya", side: "ally", aliases: ["Kenyan", "Kenya"] },
      { name: "Tarsa Front", side: "opposition", aliases: ["Tarsa Front"] },
    ],
  });
  assert.equal(victimClass("Kenyan soldiers", "", war), "combatants", "an ally's soldiers");
  assert.equal(victimClass("UN peacekeepers", "", war), "combatants", "peacekeepers are no side's");
  assert.equal(victimClass("regime soldiers", "", war), "government forces");
  assert.equal(victimClass("policemen", "", war), "government forces");
  // A nation the profile does not name may be the state of another war's story; with no profile, soldiers are a state's.
  assert.equal(victimClass("Ugandan troops", "", war), "government forces");
  assert.equal(victimClass("Kenyan soldiers", "", new Profile({})), "government forces");
});

test("casualties: people seized or rounded up, then killed as 'them', are the dead", () => {
  assert.deepEqual(rows("The fighters rounded up eight men in the village of Ulmar and executed them, witnesses said."), [["killed", 8, "people", -1]]);
  assert.deepEqual(rows("Militants seized six farmers on Tuesday, then shot them dead."), [["killed", 6, "civilians", -1]]);
  assert.deepEqual(read("The rebels detained three aid workers and beat them to death."), [["killed", 3]]);
  // Not a killing: those held and let go, and a part killed "of them" is the part alone.
  assert.deepEqual(read("Police arrested 12 suspects and released them."), []);
  assert.deepEqual(read("Gunmen abducted five traders and later freed them."), []);
  assert.deepEqual(read("Soldiers captured 20 rebels and killed four of them."), [["killed", 4]]);
});

test("casualties: the fatally or mortally wounded, and the fatally shot, are the dead", () => {
  assert.deepEqual(read("A man was fatally wounded when a drone dropped explosives on his car near Kolda."), [["killed", 1]]);
  assert.deepEqual(read("The sniper fatally wounded three soldiers."), [["killed", 3]]);
  assert.deepEqual(read("Two guards were mortally wounded in the blast."), [["killed", 2]]);
  assert.deepEqual(read("Gunmen fatally shot two police officers in Tarsa."), [["killed", 2]]);
  assert.deepEqual(read("A teacher was fatally shot in Kolda."), [["killed", 1]]);
  // Other adverbs leave the wounded wounded.
  assert.deepEqual(read("Four people were seriously wounded in the attack."), [["injured", 4]]);
  assert.deepEqual(read("The shelling critically injured two children."), [["injured", 2]]);
});

test("casualties: a death toll told in the present, 'exceeds', 'passes', 'reaches'", () => {
  assert.deepEqual(read("The local health director said the death toll probably exceeds 300."), [["killed", 300]]);
  assert.deepEqual(read("The death toll in Tarsa passes 25, medics said."), [["killed", 25]]);
  assert.deepEqual(read("The toll now reaches 41, according to the ministry."), [["killed", 41]]);
  // (A number of wounded told the same way is no death toll.)
  assert.deepEqual(read("The number of wounded exceeds 60, medics said."), [["injured", 60]]);
});

test("casualties: 'the deaths include N' names the dead, a part of the toll the sentence before gave", () => {
  assert.deepEqual(rows("The deaths include 65 people, among them 22 children, killed in rebel fire."), [["killed", 65, "people", -1], ["killed", 22, "children", 0]]);
  const after = casualtyCandidates("The deaths include 30 people killed in shelling.", undefined, true);
  assert.deepEqual(after.map((c) => [c.outcome, c.q.best, c.partOf]), [["killed", 30, -2]]);
  // (Deaths of another kind of thing are not people's.)
  assert.deepEqual(read("The losses include 12 tanks and 30 trucks."), []);
});

test("a toll that 'exceeds' or 'has topped' a figure is more than it; one 'nearing' a figure is nearly it", () => {
  const bounds = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.qualifier, c.q.low, c.q.best, c.q.high]);
  assert.deepEqual(bounds("The regional health director said the death toll probably exceeds 300."), [["killed", "more than", 300, 300, null]]);
  assert.deepEqual(bounds("The number of injured has passed 120, medics said."), [["injured", "more than", 120, 120, null]]);
  assert.deepEqual(bounds("The toll is nearing 90, officials said."), [["killed", "nearly", null, 90, 90]]);
  // A toll that rose to a figure is that figure; a qualifier of its own is kept.
  assert.deepEqual(bounds("The death toll rose to 45 on Monday."), [["killed", "exact", 45, 45, 45]]);
  assert.deepEqual(bounds("The death toll exceeded at least 20, a doctor said."), [["killed", "at least", 20, 20, null]]);
});

test("a smaller figure of the same fate brought in by 'with' after a total is a part of it", () => {
  assert.deepEqual(rows("A local committee put the death toll at 57, with 32 civilians killed in Dorvala and 25 in Kolda."), [["killed", 57, "people", -1], ["killed", 32, "civilians", 0], ["killed", 25, "people", 0]]);
  assert.deepEqual(rows("Fighting killed 40 people across the province, with 30 killed in Tarsa alone."), [["killed", 40, "people", -1], ["killed", 30, "people", 0]]);
  // Another fate, a figure on top, or a larger one is no part.
  assert.deepEqual(rows("Shelling killed 12 people, with 30 others wounded."), [["killed", 12, "people", -1], ["injured", 30, "people", -1]]);
  assert.deepEqual(rows("The death toll rose to 20, with another 15 killed in Ulmar."), [["killed", 20, "people", -1], ["killed", 15, "people", -1]]);
  assert.deepEqual(rows("Air strikes killed five people, with 12 killed in a second raid on Kolda."), [["killed", 5, "people", -1], ["killed", 12, "people", -1]]);
});

test("taken or admitted to hospitals, or to a hospital, are injured; a toll 'among civilians' is the civilians'", () => {
  assert.deepEqual(rows("At least two people have lost their lives, and another 21 have been admitted to hospitals with injuries."), [["killed", 2, "people", -1], ["injured", 21, "people", -1]]);
  assert.deepEqual(read("Nine people were taken to a hospital in Tarsa."), [["injured", 9]]);
  assert.deepEqual(rows("The death toll among civilians from the shelling of Bessin increased to 22, prosecutors said."), [["killed", 22, "civilians", -1]]);
  assert.deepEqual(rows("The death toll among soldiers rose to 14."), [["killed", 14, "government forces", -1]]);
  // A hospital that is only where a figure was counted is no injury.
  assert.deepEqual(read("Officials at a hospital in Tarsa said 300 beds were empty."), []);
});

test("a toll said as an estimate ('the death toll may be as high as 80') is read", () => {
  assert.deepEqual(read("The death toll may be as high as 80, with 20 others wounded, press reports said."), [["killed", 80], ["injured", 20]]);
  assert.deepEqual(read("The number of injured could be about 40, a doctor said."), [["injured", 40]]);
  // A toll told only as a comparison, or as what it would be if something happened, is none.
  assert.deepEqual(read("The death toll could be higher than 50."), []);
  assert.deepEqual(read("The number of dead could be 100 if the siege goes on."), []);
});

test("what a toll may become ('could rise to 200', 'is expected to climb to 50') is no toll", () => {
  assert.deepEqual(read("The death toll could rise to 200."), []);
  assert.deepEqual(read("Officials said the toll was expected to climb to 50."), []);
  assert.deepEqual(read("The number of injured is likely to rise to 100."), []);
  // A toll that may already have risen, or that stands now and could rise later, is one.
  assert.deepEqual(read("The death toll may have risen to 40."), [["killed", 40]]);
  assert.deepEqual(read("The death toll, which could rise, stands at 30."), [["killed", 30]]);
});

test("a bomber's own death said first: 'killing himself and three soldiers' counts the three", () => {
  assert.deepEqual(rows("The attacker blew himself up at the gate, killing himself and four soldiers."), [["killed", 4, "government forces", -1]]);
  assert.deepEqual(read("The bomber killed himself and 9 others at the market."), [["killed", 9]]);
  assert.deepEqual(read("Two gunmen detonated their vests, killing themselves and at least 15 worshippers."), [["killed", 15]]);
  // (Himself alone is no count, and a wounded man who shot himself is not read as a death.)
  assert.deepEqual(read("The gunman later killed himself, police said."), []);
  assert.deepEqual(read("He shot himself and two others were wounded."), [["injured", 2]]);
});

test("victims of a second bare figure: the whole subject's kind ('23 rebels and four soldiers were killed and 41 wounded'), whose bodies", () => {
  assert.deepEqual(rows("At least 17 rebels and five soldiers were killed and 38 wounded in the clashes."),
    [["killed", 17, "opposition fighters", -1], ["killed", 5, "government forces", -1], ["injured", 38, "combatants", -1]]);
  assert.deepEqual(rows("Four civilians and two children died and 25 were hurt."), [["killed", 4, "civilians", -1], ["killed", 2, "children", -1], ["injured", 25, "civilians", -1]]);
  assert.deepEqual(rows("Six soldiers and nine villagers were killed and 20 injured."), [["killed", 6, "government forces", -1], ["killed", 9, "civilians", -1], ["injured", 20, "people", -1]]);
  // (One kind in the subject stays that kind; "on both sides" says fighters of either side.)
  assert.deepEqual(rows("Four soldiers were killed and 41 wounded."), [["killed", 4, "government forces", -1], ["injured", 41, "government forces", -1]]);
  assert.deepEqual(rows("The fighting killed 30 and wounded 50 on both sides."), [["killed", 30, "combatants", -1], ["injured", 50, "combatants", -1]]);
  assert.deepEqual(rows("Rescuers recovered eight bodies of soldiers from the river."), [["killed", 8, "government forces", -1]]);
  assert.deepEqual(rows("Police found 9 bodies in the river."), [["killed", 9, "people", -1]]);
});

test("a range right after its verb: 'killed between 80 and 150 civilians', 'the massacre of between 10 and 20 villagers'", () => {
  const ranged = (s: string) => casualtyCandidates(s).map((c) => [c.outcome, c.q.low, c.q.high, c.victims]);
  assert.deepEqual(ranged("Air strikes have killed between 140 and 260 civilians since March."), [["killed", 140, 260, "civilians"]]);
  assert.deepEqual(ranged("Witnesses described the massacre of between 30 and 45 villagers."), [["killed", 30, 45, "civilians"]]);
  // (Dates between two days are no count.)
  assert.deepEqual(read("Fighting raged between 2 and 5 May, killing 12."), [["killed", 12]]);
});

test("parts told as 'two of the dead were children', a toll's second item, a breakdown between dashes after an 'of' phrase, 'scores' before its verb", () => {
  assert.deepEqual(rows("A strike killed 14 people and wounded 30; three of the wounded were women."),
    [["killed", 14, "people", -1], ["injured", 30, "people", -1], ["injured", 3, "women", 1]]);
  assert.deepEqual(casualtyCandidates("Two of the dead were children.", undefined, true).map((c) => [c.outcome, c.q.best, c.victims, c.partOf]), [["killed", 2, "children", -2]]);
  assert.deepEqual(rows("The ministry gave a toll of six rebels and three policemen."), [["killed", 6, "opposition fighters", -1], ["killed", 3, "government forces", -1]]);
  assert.deepEqual(rows("Thirty members of the border guard - 18 soldiers and 12 officers - lost their lives."),
    [["killed", 30, "government forces", -1], ["killed", 18, "government forces", 0], ["killed", 12, "government forces", 0]]);
  assert.deepEqual(read("Nine people died and scores were injured."), [["killed", 9], ["injured", 40]]);
  // (A toll's next figure with its own verb is not the toll's; scores that are no people are none.)
  assert.deepEqual(read("The death toll rose to 25 and 40 people remain missing."), [["killed", 25]]);
  assert.deepEqual(read("He settled scores with rivals who were killed later."), []);
});

test("casualties: words in the source's quote marks are read as words; a kill foreseen, threatened or tried is no toll", async () => {
  const { plainQuotes } = await import("../loaders/extract/quoted-words.ts");
  const { findQuantities } = await import("../loaders/extract/quantities.ts");
  const quoted = (s: string) => casualtyCandidates(s, findQuantities(plainQuotes(s))).map((c) => [c.outcome, c.q.best, c.victims]);
  assert.deepEqual(quoted("The army said 'scores' of insurgents were killed."), [["killed", 40, "opposition fighters"]]);
  assert.deepEqual(quoted("The army said 'several dozen' attackers had died."), [["killed", 36, "opposition fighters"]]);
  // (An army's euphemism kept in its marks is the writer's distance from it: not read as a toll.)
  assert.deepEqual(quoted("The ministry said its forces had \"neutralised\" 440 terrorists since the start."), []);
  // Every position stays; an apostrophe with no partner ("Tarsa's", "the soldiers' bodies") stays too.
  const s = "Tarsa's mayor said \"at least 12\" of the soldiers' bodies were found.";
  assert.equal(plainQuotes(s).length, s.length);
  assert.equal(plainQuotes(s), "Tarsa's mayor said  at least 12  of the soldiers' bodies were found.");
  assert.deepEqual(read("Gunmen 'could kill thousands' before the rains, the governor warned."), []);
  assert.deepEqual(read("The militants threatened to kill 50 hostages."), []);
  assert.deepEqual(read("Troops tried to kill 12 fighters holed up in the school."), []);
  // (A headline's present tense is a toll: no modal before it.)
  assert.deepEqual(read("Rebels kill 7 in Tarsa market attack"), [["killed", 7]]);
});

test("a part told before its total: 'were among', 'N of the M killed were …'", () => {
  assert.deepEqual(rows("Five medics from the Tarsan Red Crescent were among the 15 rescuers killed when their convoy was hit."), [["killed", 5, "civilians", 1], ["killed", 15, "civilians", -1]]);
  assert.deepEqual(rows("Two aid workers were among at least 40 people wounded in the shelling of Qarn."), [["injured", 2, "civilians", 1], ["injured", 40, "people", -1]]);
  // The part's own breakdown stays with it, not with the total.
  assert.deepEqual(rows("Six civilians including a child were among at least 22 people killed in Tarsa."), [["killed", 6, "civilians", 1], ["killed", 22, "people", -1]]);
  assert.deepEqual(rows("Eleven of the 18 people killed in Saturday's bombings in Ulmar were women attending a wedding."), [["killed", 11, "women", 1], ["killed", 18, "people", -1]]);
  assert.deepEqual(rows("Two of the 15 soldiers killed were officers."), [["killed", 2, "government forces", 1], ["killed", 15, "government forces", -1]]);
  // Negative: what befell them is no class of people; a larger "part" is no part; a figure among the arrested is no toll.
  assert.deepEqual(read("Three of the 21 killed were identified by relatives."), [["killed", 21]]);
  assert.deepEqual(read("Forty were among 12 people killed."), [["killed", 12]]);
  assert.deepEqual(read("Five activists were among 30 people arrested, and 12 people were killed."), [["killed", 12]]);
});

test("a part told after its noun with 'among them'", () => {
  assert.deepEqual(rows("Clashes in Qarn province have left 89 people dead, two children among them, the monitor said."), [["killed", 89, "people", -1], ["killed", 2, "children", 0]]);
  assert.deepEqual(rows("Rebels killed 20 soldiers, five officers among them."), [["killed", 20, "government forces", -1], ["killed", 5, "government forces", 0]]);
});

test("one more counted by an ordinal after its figure: 'two were killed and a third wounded'", () => {
  assert.deepEqual(rows("Two soldiers were killed and a third seriously wounded by a mine near Ulmar."), [["killed", 2, "government forces", -1], ["injured", 1, "government forces", -1]]);
  assert.deepEqual(rows("Three guards died; a fourth was hurt."), [["killed", 3, "government forces", -1], ["injured", 1, "government forces", -1]]);
  // Negative: a share ("a third of the town"), an ordinal that does not count on, and one arrested.
  assert.deepEqual(read("Five people were killed and a third of the town was destroyed."), [["killed", 5]]);
  assert.deepEqual(read("Five people were killed and a third was wounded."), [["killed", 5]]);
  assert.deepEqual(read("Two men died on Monday and a third was arrested."), [["killed", 2]]);
});

test("more ways the hurt are told: taken to hospital with wounds, the total injured, the loss of men", () => {
  assert.deepEqual(read("Another 23 were taken to the Tarsa hospital with shrapnel wounds."), [["injured", 23]]);
  assert.deepEqual(read("A further 300 wounded were admitted, bringing the total injured to 15,442."), [["injured", 300], ["injured", 15442]]);
  assert.deepEqual(read("The army acknowledged the loss of 14 of its own men."), [["killed", 14]]);
  // Negative: the loss of things, and a speaker named as one person is no casualty.
  assert.deepEqual(read("The loss of 2,000 jobs hit the town."), []);
  assert.deepEqual(read("A nurse at the town's clinic said 12 more were being treated for burns."), [["injured", 12]]);
});

test("of the hurt, the ones who died are dead: 'Two of those hurt in the strike died of their wounds'", () => {
  assert.deepEqual(read("Two of those hurt in Monday's strike died of their wounds overnight, bringing the death toll to 35."), [["killed", 2], ["killed", 35]]);
  assert.deepEqual(read("Two of the wounded later died in hospital."), [["killed", 2]]);
  // Negative: of the hurt, some are badly hurt: how they are, not a count of its own.
  assert.deepEqual(read("Two of those injured are in critical condition."), []);
});

test("how some of the wounded are is no count: 'Two of the wounded are in serious condition'", () => {
  assert.deepEqual(read("Two of the wounded are in serious condition, the clinic in Tarsa said."), []);
  assert.deepEqual(read("Four of those hurt remain in intensive care."), []);
  // Negative: who some of the wounded were is still a part of them.
  assert.deepEqual(rows("Nine people were wounded. Two of the wounded were children."), [["injured", 9, "people", -1], ["injured", 2, "children", 0]]);
});

test("estimates of the dead that range, and tolls said as ranges", () => {
  assert.deepEqual(read("Estimates of the dead ranged from 120 to 300, aid workers in Ulmar said."), [["killed", 210]]);
  assert.deepEqual(read("Estimates of the number killed vary between 40 and 60."), [["killed", 50]]);
  assert.deepEqual(read("The death toll ranged from 12 to 20, the monitor in Qarn said."), [["killed", 16]]);
  // Negative: estimates of other things, and estimates without a figure.
  assert.deepEqual(read("Estimates of the damage ranged from 200 to 400 million dollars."), []);
  assert.deepEqual(read("Estimates of the dead vary widely."), []);
});

test("an earlier figure gives way to the one a 'but' or 'now' brings", () => {
  assert.deepEqual(read("An earlier estimate put the dead at 40, but the toll now stands at 90."), [["killed", 90]]);
  assert.deepEqual(read("Earlier estimates of the dead ranged from 20 to 40, but the toll now stands at 75."), [["killed", 75]]);
  // Negative: the earlier figure itself stays out.
  assert.deepEqual(read("The toll rose to 90 from an earlier estimate of 40."), [["killed", 90]]);
});

test("more ways the dead and hurt are told: brought in dead, still in hospital, hit by live fire", () => {
  assert.deepEqual(read("The clinic treated 40 wounded, while 9 people were brought in already dead."), [["injured", 40], ["killed", 9]]);
  assert.deepEqual(read("More than 30 people remain in hospital in Tarsa."), [["injured", 30]]);
  assert.deepEqual(read("Three other protesters were hit by live fire during the raid."), [["injured", 3]]);
  assert.deepEqual(read("Two fishermen were struck by shrapnel near Qarn."), [["injured", 2]]);
  // Negative: buildings hit by shrapnel, and a hospital's beds.
  assert.deepEqual(read("Eleven houses were hit by shrapnel."), []);
  assert.deepEqual(read("The hospital in Tarsa has 120 beds."), []);
});

test("people named by their work are victims too: woodcutters, shopkeepers", () => {
  assert.deepEqual(rows("Insurgents beheaded six woodcutters near Bessin."), [["killed", 6, "civilians", -1]]);
  assert.deepEqual(rows("The blast killed four shopkeepers and two vendors."), [["killed", 4, "civilians", -1], ["killed", 2, "civilians", -1]]);
});

test("a total brought to its figure, told the other way round, or by 'number killed'", () => {
  assert.deepEqual(read("Two soldiers were killed, bringing to 412 the number of troops killed since the operation began."), [["killed", 2], ["killed", 412]]);
  assert.deepEqual(read("Two people later died, taking the number killed in the bombing in Tarsa to 21."), [["killed", 2], ["killed", 21]]);
  assert.deepEqual(read("Another source put the death toll as high as 40."), [["killed", 40]]);
  // Negative: the number killed not given, and a toll told with no figure.
  assert.deepEqual(read("The number killed in Tarsa is not known, but 12 people were wounded."), [["injured", 12]]);
});

test("a list of parts that opens with one person: 'among them a nurse and two police officers'", () => {
  // (The one person is a part too, read after the sentence's other figures.)
  assert.deepEqual(rows("Some 25 people were killed, among them a nurse and two police officers."), [["killed", 25, "people", -1], ["killed", 2, "government forces", 0], ["killed", 1, "civilians", 0]]);
  assert.deepEqual(rows("Eleven people died, including a doctor, two nurses and three children."), [["killed", 11, "people", -1], ["killed", 2, "civilians", 0], ["killed", 3, "children", 0], ["killed", 1, "civilians", 0]]);
  // Negative: a figure with its own verb after the one person is no part.
  assert.deepEqual(rows("Some 25 people were killed, including a nurse, and 40 were wounded."), [["killed", 25, "people", -1], ["injured", 40, "people", -1], ["killed", 1, "civilians", 0]]);
});

test("those among the dead, listed after where they died, with no total told", () => {
  assert.deepEqual(rows("Among those killed in the shelling of Tarsa were a paramedic, two journalists and nine members of one family."), [["killed", 2, "civilians", -1], ["killed", 9, "people", -1]]);
});

test("'wounded scores more': scores after a casualty verb is a vague figure", () => {
  assert.deepEqual(read("The strike on the camp killed at least 19 people and wounded scores more."), [["killed", 19], ["injured", 40]]);
  // Negative: a player who scores more is no figure.
  assert.deepEqual(read("The striker scores more goals than anyone in Tarsa."), []);
});

test("a relative clause of what the victims did, a named hospital, a pair; animals and what would have happened give nothing", () => {
  assert.deepEqual(read("Three guards who ran towards the gate were wounded in the assault."), [["injured", 3]]);
  assert.deepEqual(read("Doctors said 14 people had been admitted to Tarsa General Hospital overnight."), [["injured", 14]]);
  assert.deepEqual(read("Police shot dead a pair of gunmen at the checkpoint."), [["killed", 2]]);
  assert.deepEqual(read("The raiders killed 40 sheep and wounded nine camels at the well."), []);
  assert.deepEqual(read("Raiders killed three herders and drove off 300 head of cattle."), [["killed", 3]]);
  assert.deepEqual(read("'Without the warning, dozens of us would have died,' a farmer said."), []);
  assert.deepEqual(read("Without the warning, 200 people would have died."), []);
  // Negative cases: a clause of who killed them, a pair of things, people taken somewhere else.
  assert.deepEqual(read("Two men who killed the chief were arrested."), []);
  assert.deepEqual(read("Soldiers found a pair of rifles in the house."), []);
  assert.deepEqual(read("Six people were taken to Tarsa Police Station for questioning."), []);
  // A number in a place's name, then a clause with its own toll: the toll's figure, not the name's.
  assert.deepEqual(read("Shells hit Block 86 in the Ulmar area injuring 7 people who were rushed to Tarsa Hospital."), [["injured", 7]]);
});

test("one person named as a part of a toll is a part of it, and the items after it still count toward the total", () => {
  assert.deepEqual(rows("Nine soldiers were killed, among them a captain."), [["killed", 9, "government forces", -1], ["killed", 1, "government forces", 0]]);
  assert.deepEqual(rows("Six others were hurt, including a three-year-old boy."), [["injured", 6, "people", -1], ["injured", 1, "children", 0]]);
  // ("a woman and two children": the two children are a part of the 15, not of the woman.)
  assert.deepEqual(rows("Some 17 civilians, including a mother and three children, died in Tarsa."), [["killed", 17, "civilians", -1], ["killed", 3, "children", 0], ["killed", 1, "women", 0]]);
  // (A list of parts after a dash, with nothing but the bodies to say they died.)
  assert.deepEqual(rows("Searchers found nine bodies (four men, four women and a girl) near the river."), [["killed", 9, "people", -1], ["killed", 4, "people", 0], ["killed", 4, "women", 0], ["killed", 1, "children", 0]]);
  assert.deepEqual(rows("A rocket attack on Tarsa killed 11 people, among them ten soldiers and a firefighter."), [["killed", 11, "people", -1], ["killed", 10, "government forces", 0], ["killed", 1, "civilians", 0]]);
  // Not a part: one person with a toll of his own, and one named with no total before.
  assert.deepEqual(rows("A mortar round wounded a neighbour."), [["injured", 1, "people", -1]]);
  // ("A shell": no person, though three lower-case words stand between it and one.)
  assert.deepEqual(rows("A shell wounded a shepherd."), [["injured", 1, "civilians", -1]]);
  assert.deepEqual(rows("Among those wounded was a nurse."), []);
});

test("a part closed by a comma takes its total's fate, not the verb of the next clause", () => {
  assert.deepEqual(read("The strike killed 20 people, eight of them girls, and left six other girls badly hurt."), [["killed", 20], ["killed", 8], ["injured", 6]]);
  // Negative: a part with its own verb right after it keeps that verb.
  assert.deepEqual(read("Eleven people were wounded, four of whom later died."), [["injured", 11], ["killed", 4]]);
});

test("'and N more in X' is a figure on top of the one before, not a part of it", () => {
  assert.deepEqual(rows("Drones killed five civilians in Tarsa and two more in Ulmar on Friday."), [["killed", 5, "civilians", -1], ["killed", 2, "people", -1]]);
  // Negative: without "more", a smaller figure placed after a total is a part of it.
  assert.deepEqual(rows("Air strikes killed 12 people: eight in Tarsa and four in Ulmar."), [["killed", 12, "people", -1], ["killed", 8, "people", 0], ["killed", 4, "people", 0]]);
});

test("a time of day and a count the toll has grown from are no figures", () => {
  assert.deepEqual(read("At 09:20, 31 people had been confirmed dead."), [["killed", 31]]);
  assert.deepEqual(read("The toll reached 52, up from the 30 reported at dawn."), [["killed", 52]]);
});
