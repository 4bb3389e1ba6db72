import { test } from "node:test";
import assert from "node:assert/strict";
import { displacementCandidates, PEOPLE_PER_HOUSEHOLD } from "../loaders/extract/parsers/displacement.ts";
import { refugeesAtHome } from "../loaders/extract/crossing.ts";

// A sentence's displacement figures as [kind, count as written].
const moved = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.q.best]);
const kinds = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);

test("kinds are read from the verb", () => {
  assert.deepEqual(kinds("The clashes forced 9,000 residents to leave their villages."), [["displaced", 9000]]);
  assert.deepEqual(kinds("Hundreds of thousands of people have fled north."), [["displaced", 200000]]);
  assert.deepEqual(kinds("Jordan hosts about 650,000 refugees."), [["refugees", 650000]]);
  assert.deepEqual(kinds("An assault would put 2 million people at risk."), [["at_risk", 2000000]]);
  assert.deepEqual(kinds("Up to 800,000 people could cross the border."), [["projected", 800000]]);
  assert.deepEqual(kinds("The province, home to 4 million people, is encircled."), [["population", 4000000]]);
});

test("families convert with the article's ratio, else the documented household size", () => {
  const [pair] = displacementCandidates("Fighting uprooted 1,200 families, about 7,800 people, this week.");
  assert.deepEqual([pair.unit, pair.count_best, pair.people_best, pair.people_per_household, pair.ratio_source], ["families", 1200, 7800, 6.5, "article"]);
  const [alone] = displacementCandidates("Some 400 families were displaced.");
  assert.deepEqual([alone.people_best, alone.ratio_source], [400 * PEOPLE_PER_HOUSEHOLD, "default"]);
  // A range of families keeps both ends, in families, and its middle as best; a pair keeps the families' own figure, not the people's.
  const [range] = displacementCandidates("Between 250 and 300 families fled the village after the raid.");
  assert.deepEqual([range.unit, range.count_low, range.count_best, range.count_high], ["families", 250, 275, 300]);
  assert.deepEqual([pair.count_low, pair.count_high], [1200, 1200]);
  const [people] = displacementCandidates("Between 2,500 and 3,000 people fled the village after the raid.");
  assert.deepEqual([people.unit, people.count_low, people.count_high], ["people", 2500, 3000]);
  // Households with their people in brackets, "approx." before the people: one claim, in people.
  assert.deepEqual(displacementCandidates("Approximately 1,100 households (approx. 7,700 people) have been displaced by the fighting.").map((c) => [c.unit, c.count_best, c.people_best]), [["households", 1100, 7700]]);
});

test("displacement: 'expected to face displacement' is a projection; 'left for' and 'shifted to safer areas' are moves", () => {
  assert.deepEqual(kinds("Around 2,50,000 people are expected to face displacement, the agencies warned."), [["projected", 250000]]);
  assert.deepEqual(kinds("No fewer than 500 people also left for villages across the river."), [["displaced", 500]]);
  assert.deepEqual(kinds("Hundreds of people from the rural areas had shifted to safer areas in the district."), [["displaced", 200]]);
  // (A count of things that left, or people who face something else, is none.)
  assert.deepEqual(kinds("Four trucks left for the border on Monday."), []);
  assert.deepEqual(kinds("About 300 people are expected to face trial."), []);
});

test("a part of a displacement figure", () => {
  const c = displacementCandidates("Some 90,000 people were displaced in two months, 30,000 of them in one week.");
  assert.deepEqual(c.map((x) => [x.people_best, x.partOf]), [[90000, -1], [30000, 0]]);
});

// Movement, borders and shares, in sentences of our own, with their negatives.
test("displacement: having fled, left due to, refuge in a neighbouring country, lists and shares", () => {
  assert.deepEqual(moved("Fighting spread, with at least 40,000 people having fled their homes."), [["displaced", 40000]]);
  assert.deepEqual(moved("Around 90,000 people left due to the violence."), [["displaced", 90000]]);
  assert.deepEqual(moved("An estimated 12,000 have taken refuge in neighbouring Kenya."), [["refugees", 12000]]);
  assert.deepEqual(moved("Another 5,000 have taken refuge in neighbouring districts."), [["displaced", 5000]], "a district is not a border crossed");
  assert.deepEqual(moved("Raids led to the displacement of 4,500 and 700 people, respectively."), [["displaced", 4500], ["displaced", 700]]);
  assert.deepEqual(moved("Most of the enclave's 2.3 million people have been displaced."), [["population", 2300000]], "a share of a population is not a count");
  assert.deepEqual(moved("Some 300 people left the meeting early."), [], "leaving a meeting is not displacement");
});

test("displacement: populations, households abbreviated, borders crossed, forces deployed, the trapped and the named", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Fighting reached Tarsa, a city of 500,000 inhabitants."), [["population", 500000]]);
  assert.deepEqual(read("The capital, whose population is estimated at 3 million, was calm."), [["population", 3000000]]);
  assert.deepEqual(read("Around 90,000 residents are believed to be in the city."), [["population", 90000]]);
  assert.deepEqual(read("Teams recorded 132 newly displaced HHs in the sites."), [["displaced", 660]]);
  assert.deepEqual(read("The arrival of 400 people coming from Chad was recorded."), [["refugees", 400]]);
  assert.deepEqual(read("A contingent of 1,000 soldiers had arrived in the town."), []);
  assert.deepEqual(read("More than 1,200 people remained trapped under the rubble."), []);
  assert.deepEqual(read("The displaced families, totaling about 16,200 people, need food."), [["displaced", 16200]]);
});

test("displacement: an increase is new displacement; soldiers who fled a battle are not displaced", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("The number of displaced people increased by more than 8,000 individuals."), [["displaced", 8000]]);
  assert.deepEqual(read("One soldier was killed and 26 others fled into the bush."), []);
});

test("displacement: driven from villages, moved into a town, sheltered, and a count far after its noun", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Shelling has driven 550,000 people from their villages."), [["displaced", 550000]]);
  assert.deepEqual(read("At least 100,000 people have moved into Tarsa this week."), [["displaced", 100000]]);
  assert.deepEqual(read("Almost 33,000 are sheltered on the island."), [["displaced", 33000]]);
  assert.deepEqual(read("The number of displaced persons sheltering at the UN compound has gone down from a high of around 17,000 last week to 8,000 on Monday."), [["displaced", 8000]]);
});

test("displacement: evacuated from places affected by fighting, at 'immediate threat', forced … to leave far after, on the run, left on a day", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Thousands of people were evacuated from cities and villages affected by the fighting."), [["displaced", 2000]]);
  assert.deepEqual(read("More than 500,000 children are deemed to be at ‘immediate threat’."), [["at_risk", 500000]]);
  assert.deepEqual(read("Shelling forced approximately 6,120 individuals (1,200 families) from the city's central sub-district to leave their homes."), [["displaced", 6120]]);
  assert.deepEqual(read("Some 20,000 of the region's ethnic Albanian civilians are on the run."), [["displaced", 20000]]);
  assert.deepEqual(read("An estimated 5,000 civilians left Saturday."), [["displaced", 5000]]);
});

test("displacement: refuge in a country or flight to one is a border crossed; a city is not a country", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Some 1.5 million people have taken refuge in Lebanon."), [["refugees", 1500000]]);
  assert.deepEqual(read("About 12,000 people had fled to Niger."), [["refugees", 12000]]);
  assert.deepEqual(read("About 12,000 people had fled to Gaza City."), [["displaced", 12000]]);
});

test("displacement: counts closed by 'or more' or a quote, brackets, lists of origins, preparations and 'abandoned'", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("It is a fraction of the 90,000 or more people who could yet be displaced from the valley."), [["projected", 90000]]);
  assert.deepEqual(read("The raids saw \"more than 30,000\" people flee their homes, the agency said."), [["displaced", 30000]]);
  assert.deepEqual(read("Monitors tracked 2,100 households (HH) (12,600 individuals) who were displaced."), [["displaced", 12600]]);
  assert.deepEqual(read("The largest group of displaced persons (4,210) left the river district."), [["displaced", 4210]]);
  assert.deepEqual(read("In all, 310 people were displaced from Tarsa district, 95 from Ulmar, and 40 from Bilad."), [["displaced", 310], ["displaced", 95], ["displaced", 40]]);
  assert.deepEqual(read("The agency is preparing for up to 60,000 in the coming months."), [["projected", 60000]]);
  assert.deepEqual(read("Monitors say over 7,000 men, women and children now have been displaced in the area."), [["displaced", 7000]]);
  assert.deepEqual(read("In the east, 800 people abandoned the villages of Tarsa and Ulmar."), [["displaced", 800]]);
  assert.deepEqual(read("The agency said 2000 people were displaced from the coastal district."), [["displaced", 2000]], "a year-like number before people is a count");
  // Negatives: a year stays a year; a list of places with figures that are not people moving.
  assert.deepEqual(read("In 2000 people were displaced by floods."), []);
  assert.deepEqual(read("In 2019, 310 people were displaced from Tarsa, while 95 schools in Ulmar were closed."), [["displaced", 310]]);
  assert.deepEqual(read("The town's 40,000 residents remained at home."), []);
});

test("displacement: new arrivals, and refugees sheltering in camps stay refugees", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("The agency registered 2,300 new arrivals at the border crossing last week."), [["refugees", 2300]]);
  assert.deepEqual(read("Aid workers counted 900 new arrivals in the camp outside the town."), [["displaced", 900]]);
  assert.deepEqual(read("Some 40,000 refugees are now living in camps in the neighbouring country."), [["refugees", 40000]]);
  // Negatives: arrivals that are not people on the move.
  assert.deepEqual(read("The airport handled 9,000 arrivals a day before the war."), []);
});

test("displacement: breakdowns by place, borders crossed from or into a country, leaving a named place, running for their lives", () => {
  const read = (s: string, previous: "displaced" | null = null) => displacementCandidates(s, undefined, previous).map((c) => [c.kind, c.people_best, c.partOf]);
  assert.deepEqual(read("Some 90,000 people have fled: 29,000 in Tarsa, 52,000 in Ulmar and 9,000 in Qarn."),
    [["displaced", 90000, -1], ["displaced", 29000, 0], ["displaced", 52000, 0], ["displaced", 9000, 0]]);
  assert.deepEqual(read("These include 29,000 in Tarsa and 52,000 in Ulmar.", "displaced").map((r) => r.slice(0, 2)), [["displaced", 29000], ["displaced", 52000]]);
  assert.deepEqual(read("Shelters are housing 17,600 displaced residents."), [["displaced", 17600, -1]]);
  assert.deepEqual(read("More than 8,000 people have crossed from Lebanon this week."), [["refugees", 8000, -1]]);
  assert.deepEqual(read("Some 5,000 people entered Armenia on Friday."), [["refugees", 5000, -1]]);
  assert.deepEqual(read("More than 2,400 families have already left Tarsa."), [["displaced", 12000, -1]]);
  assert.deepEqual(read("Thousands have run for their lives."), [["displaced", 2000, -1]]);
  assert.deepEqual(read("Ten families with children have been evacuated."), [["displaced", 50, -1]]);
  // Negatives: where people live is not a breakdown of the displaced (it is each place's population); a breakdown
  // with nothing before it.
  assert.deepEqual(read("Officials said 12,000 people live in Tarsa, 8,000 in Ulmar."), [["population", 12000, -1], ["population", 8000, -1]]);
  assert.deepEqual(read("These include 29,000 in Tarsa."), []);
  assert.deepEqual(read("About 300 soldiers left Tarsa on Monday."), [], "troops leaving are not displaced");
});

test("displacement: hyphenated number words, displaced families counted as families, fleeing to neighbouring countries", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.unit, c.count_best]);
  assert.deepEqual(read("Two-hundred-and-fifty civilians fled the latest clash."), [["displaced", "people", 250]]);
  assert.deepEqual(read("The number of displaced families has risen to 300."), [["displaced", "families", 300]]);
  assert.deepEqual(read("The unrest has seen over 50,000 people flee to neighbouring countries."), [["refugees", "people", 50000]]);
});

test("displacement: pouring in, people in shelters, scattered, forced to move, affected, hiding, fleeing to part of a country, leaving a country", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Aid groups said as many as 90,000 people will pour into the province."), [["projected", 90000]]);
  assert.deepEqual(read("There are nearly 13,000 people in public shelters."), [["displaced", 13000]]);
  assert.deepEqual(read("An estimated 700 families are scattered in host communities."), [["displaced", 3500]]);
  assert.deepEqual(read("Some 400 families were forced to move."), [["displaced", 2000]]);
  assert.deepEqual(read("Around 160,000 people have been affected by the fighting."), [["at_risk", 160000]]);
  assert.deepEqual(read("At least 300 villagers are hiding in a forest near the town."), [["displaced", 300]]);
  assert.deepEqual(read("Nearly 20,000 villagers have fled to eastern Liberia."), [["refugees", 20000]]);
  assert.deepEqual(read("Some 5,300 people left Macedonia via the main border crossing on Monday."), [["refugees", 5300]]);
  // Negative: pupils in schools are not displaced.
  assert.deepEqual(read("The district has 300 pupils in public schools."), []);
});

test("displacement: people living in besieged towns are at risk", () => {
  assert.deepEqual(displacementCandidates("Nearly a million people are living in besieged towns.").map((c) => [c.kind, c.people_best]), [["at_risk", 1000000]]);
});

test("displacement: a camp's capacity is not people who moved", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("The site was set up to host up to 12,000 internally displaced people."), []);
  assert.deepEqual(read("The camp, with space for 950 people, was sheltering some 2,000 on Thursday."), [["displaced", 2000]]);
});

test("displacement: a border crossed later in the clause makes refugees; another figure's border does not", () => {
  assert.deepEqual(moved("About 30,000 people have fled the fighting raging across the western provinces of Ruritania and crossed into Chad."), [["refugees", 30000]]);
  assert.deepEqual(moved("The raid caused 2,100 people to flee to Niger."), [["refugees", 2100]]);
  assert.deepEqual(moved("The attacks uprooted about 6,000 villagers, forcing them into eastern Chad."), [["refugees", 6000]]);
  assert.deepEqual(moved("Some 4,000 people have fled from northern Ruritania into Kenya."), [["refugees", 4000]]);
  assert.deepEqual(moved("About 2,000 people fled from Tarsa to Ulmar."), [["displaced", 2000]]);
  assert.deepEqual(moved("Some 3,000 people fled their homes, while 200 others crossed into Chad."), [["displaced", 3000], ["refugees", 200]]);
  // A figure in words is another figure too: its border is its own.
  assert.deepEqual(moved("About 100,000 people had fled their homes within Ruritania and several thousand more had left the country."), [["displaced", 100000], ["refugees", 3000]]);
  // An aside on the figure is passed over: the border after it is the figure's.
  assert.deepEqual(moved("At least 5,000 civilians, including more than 800 children, crossed the border into Chad."), [["refugees", 5000]]);
  assert.deepEqual(moved("Officials say more than 14,000 people have entered their country from Ruritania since May."), [["refugees", 14000]]);
  // Refugees who may yet come are a projection, whatever the noun.
  assert.deepEqual(moved("Agencies expect 20,000 to 60,000 refugees may soon stream into the area."), [["projected", 40000]]);
});

test("displacement: fleeing within a country is not crossing its border; headline present tense; joining an exodus", () => {
  assert.deepEqual(moved("Nearly 40,000 people have fled in northern Mozambique to Tarsa since March."), [["displaced", 40000]]);
  assert.deepEqual(moved("Thousands of civilians have fled from Sudan's western states."), [["displaced", 2000]]);
  assert.deepEqual(moved("Thousands fled from Sudan into Chad."), [["refugees", 2000]]);
  assert.deepEqual(moved("Some 900 refugees arrived in Chad on Sunday."), [["refugees", 900]]);
  assert.deepEqual(moved("Another 11,000 people have meanwhile fled across to Tanzania."), [["refugees", 11000]]);
  assert.deepEqual(displacementCandidates("1,200 families, or 7,000 people, flee Tarsa").map((c) => [c.kind, c.unit, c.people_best]), [["displaced", "families", 7000]]);
  assert.deepEqual(moved("More than 2 million people had joined the exodus."), [["displaced", 2000000]]);
});

test("displacement: displacement experienced, people who began running, camps set up", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Some 2,000 households or 12,000 individuals have experienced displacement since May."), [["displaced", 12000]]);
  assert.deepEqual(read("Thousands of panic-stricken residents began running north."), [["displaced", 2000]]);
  assert.deepEqual(read("Hundreds of villagers set up camp around the church."), [["displaced", 200]]);
  // Soldiers who set up camp, or run a race, are not displaced.
  assert.deepEqual(read("About 300 soldiers set up camp outside the town."), []);
});

test("displacement: people in camps a sentence says house them are sheltered there, not a population", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Aid reached camps housing more than 410,000 people."), [["displaced", 410000]]);
  assert.deepEqual(read("The minister will visit the Tarsa camp housing 60,000 refugees."), [["refugees", 60000]]);
  assert.deepEqual(read("The city, home to 300,000 people, was shelled."), [["population", 300000]]);
});

test("displacement: people poised to flee or still expected, 'more' before a verb, 'affected', a town and its country", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Another 300,000 are poised to flee."), [["projected", 300000]]);
  assert.deepEqual(read("Officials warned up to 500,000 could flee by the time the offensive ends."), [["projected", 500000]]);
  assert.deepEqual(read("Some 3,000 crossed into Chad, with 20,000 more expected."), [["refugees", 3000], ["projected", 20000]]);
  assert.deepEqual(read("Police said 20 more are expected to be charged."), []);
  assert.deepEqual(read("The attacks affected 1,862 individuals in 324 households."), [["at_risk", 1862]]);
  assert.deepEqual(read("Thousands more fled into the centre of the city."), [["displaced", 2000]]);
  assert.deepEqual(read("Some 8,000 people arrived in Tarsa, Cameroon."), [["refugees", 8000]]);
  assert.deepEqual(read("Some 8,000 people arrived in Tarsa, Ulmar."), [["displaced", 8000]]);
});

test("displacement: people who left the country or fled to a named neighbouring place are refugees; neighbouring villages are not another country", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Several thousand more had left the country."), [["refugees", 3000]]);
  assert.deepEqual(read("Around 24,000 people fled to neighbouring Tarsa-Ulmar."), [["refugees", 24000]]);
  assert.deepEqual(read("About 3,000 people fled to neighbouring villages."), [["displaced", 3000]]);
});

test("displacement: movement words that uproot nobody (a room entered, captors escaped, things abandoned)", () => {
  assert.deepEqual(moved("Witnesses said two gunmen entered the bar and opened fire."), []);
  assert.deepEqual(moved("Two women escaped their captors on Sunday."), []);
  assert.deepEqual(moved("Four abandoned pickup trucks were seized after the clash."), []);
  // People who enter a country, escape the fighting or abandon their homes are uprooted.
  assert.deepEqual(moved("More than 14,000 people have entered the country since May."), [["refugees", 14000]]);
  assert.deepEqual(moved("About 3,000 people escaped the fighting."), [["displaced", 3000]]);
  assert.deepEqual(moved("Some 2,000 people abandoned their homes."), [["displaced", 2000]]);
});

test("displacement: a clause on what the people were doing may stand between them and their flight", () => {
  assert.deepEqual(moved("Thousands of civilians waving white flags fled their homes."), [["displaced", 2000]]);
  assert.deepEqual(moved("Some 2,000 villagers carrying their belongings have fled to Tarsa."), [["displaced", 2000]]);
  // A clause that is itself a move or a stay keeps its own reading.
  assert.deepEqual(moved("Some 2,000 people returning home were stopped at the checkpoint."), []);
});

test("displacement: refugees expected to reach a country, an assault that 'could see' people flee, refuge sought in another country, 'so far'", () => {
  assert.deepEqual(moved("Some 9,000 refugees are expected to reach Chad in the coming months."), [["projected", 9000]]);
  assert.deepEqual(moved("An assault on the town could see 80,000 people flee."), [["projected", 80000]]);
  assert.deepEqual(moved("Almost 350 people fleeing the fighting have sought refuge in Mauritania."), [["refugees", 350]]);
  assert.deepEqual(moved("More than 3,000 people have so far fled the fighting."), [["displaced", 3000]]);
  // Refuge sought in a town of the same country is no border crossed.
  assert.deepEqual(moved("About 2,000 people have sought refuge in Tarsa town."), [["displaced", 2000]]);
});

test("displacement: displaced people who entered another country are refugees; 'forcing them into Chad' is where they went, not an aside", () => {
  assert.deepEqual(moved("By Monday, 8,470 forcibly displaced people had entered Armenia."), [["refugees", 8470]]);
  assert.deepEqual(moved("Attacks have uprooted about 7,300 villagers, forcing them into western Chad, where most stay with families."), [["refugees", 7300]]);
  // A town of the country, or a country named as where they are, is no crossing.
  assert.deepEqual(moved("Some 3,000 displaced people arrived in Tarsa."), [["displaced", 3000]]);
  assert.deepEqual(moved("Some 3,000 displaced people in Chad need help."), [["displaced", 3000]]);
});

test("displacement: 'killed 41 people and displaced about 7,000 others': the dead are not displaced", () => {
  assert.deepEqual(moved("The attack killed 41 people and displaced about 7,000 others, officials said."), [["displaced", 7000]]);
});

test("displacement: each place's count in brackets after a movement ('crossed into Rwanda (12,400) and Tanzania (8,300)')", () => {
  assert.deepEqual(moved("Since April, refugees have crossed into Rwanda (12,400) and Tanzania (8,300)."), [["refugees", 12400], ["refugees", 8300]]);
  assert.deepEqual(moved("People have fled to Tarsa (2,300) and Ulmar (1,200) districts."), [["displaced", 2300], ["displaced", 1200]]);
  // A bracketed figure with no movement before it is no displacement.
  assert.deepEqual(moved("The budget for Tarsa (2,300) was cut."), []);
});

test("displacement: 'the number of registered IDPs … stands at', 'the figures of IDP families rose … to'; an office's name counts no refugees", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best, c.unit]);
  assert.deepEqual(read("The number of registered and unverified IDPs recorded by the Department of Refugees stands at 1,800 families (12,600 people)."), [["displaced", 12600, "families"]]);
  assert.deepEqual(read("The unverified figures of IDP families in Tarsa rose from 800 families (5,600 individuals) to 1,100 families (7,700 individuals)."), [["displaced", 7700, "families"]]);
  assert.deepEqual(read("The number of refugees in Chad has risen to 300,000."), [["refugees", 300000, "people"]]);
  // A number of something else is no displacement.
  assert.deepEqual(read("The number of registered voters in Tarsa stands at 1,800."), []);
});

test("displacement: people an order or a fight 'affects', people 'affected in' a place, people 'stuck in' a city are at risk", () => {
  assert.deepEqual(moved("The evacuation order affects roughly 25,000 people."), [["at_risk", 25000]]);
  assert.deepEqual(moved("The clashes left some 5,000 individuals affected in Tarsa."), [["at_risk", 5000]]);
  assert.deepEqual(moved("More than 26,000 civilians are stuck in the city."), [["at_risk", 26000]]);
  // Things affected are no people.
  assert.deepEqual(moved("The decision affects 3,000 jobs."), []);
});

test("displacement: 'one of these displaced people' is a person the story follows, not a count", () => {
  assert.deepEqual(moved("One of these displaced people, Amira, shared her story."), []);
  assert.deepEqual(moved("Some 300 of the displaced people moved to Tarsa."), [["displaced", 300]]);
});

test("displacement: 'N families, totalling M people' is one claim in people; 'uprooted' counted; 'taking shelter in'; nationals who crossed over", () => {
  assert.deepEqual(kinds("Attacks have led to the flight of 1,500 families, totalling 8,200 people."), [["displaced", 8200]]);
  assert.deepEqual(kinds("The total number of uprooted people has reached to more than 20,000."), [["displaced", 20000]]);
  assert.deepEqual(kinds("Some 1,900 people are taking shelter in the Ulmar area."), [["displaced", 1900]]);
  assert.deepEqual(kinds("Over 3,000 Tarsan nationals have crossed over to Ulmar."), [["refugees", 3000]]);
  assert.deepEqual(kinds("The number of uprooted trees reached 300."), []);
});

test("displacement: crossing front lines, 'putting N to flight', 'managed to escape', 'remained stuck', 'unable to leave', a headline's 'flee violence'", () => {
  assert.deepEqual(kinds("An estimated 4,000 refugees had crossed frontlines into government-held territory."), [["refugees", 4000]]);
  assert.deepEqual(kinds("Forces captured Tarsa, putting tens of thousands of civilians to flight."), [["displaced", 20000]]);
  assert.deepEqual(kinds("About 3,000 residents had managed to escape so far, but more than 35,000 remained stuck there."), [["displaced", 3000], ["at_risk", 35000]]);
  assert.deepEqual(kinds("A local official said about 900 people were unable to leave the city."), [["at_risk", 900]]);
  assert.deepEqual(kinds("Up to 30,000 flee violence"), [["displaced", 30000]]);
  assert.deepEqual(kinds("He was unable to leave 20 people behind."), []);
  assert.deepEqual(kinds("The death toll remained 20."), []);
});

test("displacement: 'reached a record N', 'could reach N' foreseen, a region of another country reached, 'forced to seek refuge', an order to leave", () => {
  assert.deepEqual(kinds("The number of internally displaced people has reached a record 4.2 million, the UN said."), [["displaced", 4200000]]);
  assert.deepEqual(kinds("The number of displaced could reach 65,000 by the end of the year."), [["projected", 65000]]);
  assert.deepEqual(kinds("More than 12,000 people have arrived into the Ulmar region of Kenya in recent weeks."), [["refugees", 12000]]);
  assert.deepEqual(kinds("About 2,500 civilians have been forced to seek refuge in neighbouring Kenya."), [["refugees", 2500]]);
  assert.deepEqual(kinds("Authorities ordered thousands of villagers to leave their homes."), [["displaced", 2000]]);
  assert.deepEqual(kinds("About 45,000 people are estimated to remain in the north."), [["at_risk", 45000]]);
  assert.deepEqual(kinds("The court ordered 300 officials to leave their posts."), []);
});

test("displacement: an offensive that drove people out of a town", () => {
  assert.deepEqual(kinds("The offensive drove 20,000 people out of the city."), [["displaced", 20000]]);
  assert.deepEqual(kinds("He drove 300 miles out of town."), []);
});

test("displacement: residents 'already leaving' a town are displaced; people 'blockaded' are at risk; ministers leaving talks are neither", () => {
  assert.deepEqual(kinds("Thousands of residents are already leaving Tarsa, despite the claims."), [["displaced", 2000]]);
  assert.deepEqual(kinds("Some 12,000 have been blockaded by crossfire."), [["at_risk", 12000]]);
  assert.deepEqual(kinds("Two ministers are leaving the talks."), []);
});

test("displacement: civilians held hostage are at risk", () => {
  assert.deepEqual(kinds("He said 90,000 civilians were still being held hostage by the rebels."), [["at_risk", 90000]]);
});

test("displacement: people 'seeking refuge' here; a count quoted after 'had reached'", () => {
  assert.deepEqual(kinds("As many as 7,000 people seeking refuge here."), [["displaced", 7000]]);
  assert.deepEqual(kinds("The number of people uprooted from their homes had reached \"around 3 million,\" he said."), [["displaced", 3000000]]);
});

test("refugees or displaced, as the countries at both ends of the journey tell it; the words decide when the sentence does not say both", async () => {
  const { crossedBorder } = await import("../loaders/extract/crossing.ts");
  // A stand-in gazetteer: two invented towns, one in each of two real countries.
  const towns: Record<string, string> = { Tarsa: "MW", Ulmar: "ZM" };
  const where = (mention: string) => ({ found: towns[mention] ? { country: towns[mention] } : null }) as never;
  const told = (s: string, figure: string) => crossedBorder(s, s.indexOf(figure) + figure.length, where);
  assert.equal(told("Some 5,000 refugees from Tarsa have arrived in Ulmar.", "5,000"), "refugees");
  assert.equal(told("Some 5,000 refugees from Tarsa have arrived in Malawi's capital.", "5,000"), "displaced");
  assert.equal(told("About 1,000 Malawian people fled the fighting and took refuge in Ulmar.", "1,000"), "refugees");
  assert.equal(told("About 1,000 Zambian people fled the fighting and took refuge in Ulmar.", "1,000"), "displaced");
  assert.equal(told("Over 2,000 people who fled Tarsa crossed into Zambia.", "2,000"), "refugees");
  // One end only: the words decide.
  assert.equal(told("About 3,400 refugees turned up in Ulmar.", "3,400"), null);
  assert.equal(told("Some 5,000 refugees from Tarsa were counted.", "5,000"), null);
  // Returnees go home: no crossing either way.
  assert.equal(told("Some 1,000 Zambian returnees crossed into Zambia.", "1,000"), null);
  // A possessive names the owner's country: "Malawi's north", "Zambia's Ulmar district".
  assert.equal(told("Over 3,000 people from Malawi's north have taken shelter in Zambia's Ulmar district.", "3,000"), "refugees");
  assert.equal(told("Over 3,000 people from Malawi's north have taken shelter in Malawi's Tarsa district.", "3,000"), "displaced");
  // A province the resolver set aside (the sentence names the other country) still tells its country.
  const withProvince = (mention: string) =>
    (mention === "Norland" ? { found: null, candidates: [{ kind: "region", feature: "ADM1", country: "ZM" }] } : { found: towns[mention] ? { country: towns[mention] } : null, candidates: [] }) as never;
  const s = "About 900 people from Tarsa have taken shelter in Norland.";
  assert.equal(crossedBorder(s, s.indexOf("900") + 3, withProvince), "refugees");
  // Abroad, wherever from: "neighbouring countries", or a whole country entered by a verb that crosses.
  assert.equal(told("Another 12,000 people have sought refuge in neighbouring countries.", "12,000"), "refugees");
  assert.equal(told("Some 4,000 civilians have fled into the newly independent Zambia to escape the fighting.", "4,000"), "refugees");
  assert.equal(told("About 2,000 people crossed into Malawi on Monday.", "2,000"), "refugees");
  // ...but not a part of a country, nor a stay in one, nor a figure that counts both kinds.
  assert.equal(told("About 2,000 people fled to southern Malawi.", "2,000"), null);
  assert.equal(told("Some 5,000 displaced people are sheltering in Malawi.", "5,000"), null);
  assert.equal(told("Some 90,000 have been displaced within Malawi or have sought refuge in neighbouring countries.", "90,000"), null);
});

test("two figures that share one noun ('5,400 and 260 displaced people respectively'); the displaced 'estimated to be' a count", () => {
  assert.deepEqual(kinds("The raids on Tarsa and Ulmar left more than 5,400 and 260 displaced people respectively."), [["displaced", 5400], ["displaced", 260]]);
  assert.deepEqual(kinds("Those displaced within Tarsa and Ulmar are estimated to be around 300 and 450 families respectively."), [["displaced", 1500], ["displaced", 2250]]); // families, five to a household
  // No displacement word and no "respectively": the first figure takes no noun from the second.
  assert.deepEqual(kinds("Officials counted 40 and 12 people at the two checkpoints."), []);
});

test("families and their people said in brackets or with 'or', moves to and out of places, people sheltered 'from X', projections by plan or expectation, the displaced counted after 'many of'", () => {
  assert.deepEqual(kinds("The count shows the displacement of 240 families (equivalent to 1,310 individuals) from Tarsa."), [["displaced", 1310]]);
  assert.deepEqual(kinds("Roughly 820 families, or about 4,150 individuals, remain housed in school buildings."), [["displaced", 4150]]);
  assert.deepEqual(kinds("Some 4,200 had moved to Tarsa while about 1,900 have proceeded to Ulmar."), [["displaced", 4200], ["displaced", 1900]]);
  assert.deepEqual(kinds("Nearly 460 villagers moved out of the front-line hamlets on Friday."), [["displaced", 460]]);
  assert.deepEqual(kinds("Officials said 2,350 people from Tarsa are living at three school camps in Ulmar."), [["displaced", 2350]]);
  assert.deepEqual(kinds("As many as 2,700 were briefly taking refuge at the Tarsa stadium."), [["displaced", 2700]]);
  assert.deepEqual(kinds("Between 12,000 and 18,000 internally displaced people may try to cross into Qarn."), [["projected", 15000]]);
  // (Families counted: 25,000 families, five people each by default.)
  assert.deepEqual(kinds("Officials expect the number of displaced families leaving Tarsa to reach about 8,000 by the weekend."), [["projected", 40000]]);
  assert.deepEqual(kinds("Officials plan to move 26,000 residents further from the front."), [["projected", 26000]]);
  assert.deepEqual(kinds("The agency is anticipating up to 64,000 new refugee arrivals into Qarn this year."), [["projected", 64000]]);
  assert.deepEqual(kinds("For many of the 900,000 people displaced by the war, a return is far off."), [["displaced", 900000]]);
  // Still a population: a share of the people who live there.
  assert.deepEqual(kinds("Most of the city's 2 million people have fled."), [["population", 2000000]]);
  // Troops moving are no displacement.
  assert.deepEqual(kinds("About 500 soldiers moved to Tarsa on Monday."), []);
});

test("a place's own people are its population; 'whose number stands at'; 'Of these, N' is a part of the figure before; people registered as refugees; those who remain without access are at risk", () => {
  assert.deepEqual(kinds("Strikes hit Tarsa, which had housed over half of Qarn's 1.4 million people until spring."), [["population", 1400000]]);
  assert.deepEqual(kinds("Most of the city's 38,000 residents have fled."), [["population", 38000]]);
  assert.deepEqual(kinds("Some 30,000 fighters were deployed to the city's outskirts."), []);
  assert.deepEqual(kinds("Officials count the families escaping the fighting, whose total has reached 31,240 people."), [["displaced", 31240]]);
  assert.deepEqual(kinds("The agency said 43,115 people were registered as refugees in Qarn."), [["refugees", 43115]]);
  assert.deepEqual(kinds("Some 47,000 people remain within Tarsa town without access to food."), [["at_risk", 47000]]);
  assert.deepEqual(kinds("Some 140 members of a farming community in the hills of Tarsa flee from armed clashes."), [["displaced", 140]]);
  assert.deepEqual(kinds("Some 300 members of the armed group fled."), []);
  assert.deepEqual(kinds("About 210 people among the families moved to the Tarsa district."), [["displaced", 210]]);
  assert.deepEqual(kinds("With about 2,900 individuals having already sought refuge there, the town is full."), [["displaced", 2900]]);
  assert.deepEqual(kinds("Hundreds more households are expected to be displaced and in need of shelter.").map((k) => k[0]), ["projected"]);
  const part = displacementCandidates("Of them, 7,320 were displaced by clashes in Tarsa.", undefined, "displaced");
  assert.deepEqual(part.map((c) => [c.kind, c.q.best, c.partOf]), [["displaced", 7320, -2]]);
  assert.deepEqual(displacementCandidates("Of them, 7,320 were displaced by clashes in Tarsa.", undefined, null).map((c) => c.rule), ["displacement.verb-after"]);
});

test("populations said with their place ('the city's 600,000 population', 'a community of', 'cities with', 'has tripled to'); a part of a figure 'including N on Sunday'; people 'about to be expelled'", () => {
  assert.deepEqual(kinds("The siege drove out nearly half of the town's 72,000 population."), [["population", 72000]]);
  assert.deepEqual(kinds("Once a quiet community of 31,000 people, Tarsa was ruined."), [["population", 31000]]);
  assert.deepEqual(kinds("Tarsa is one of the larger towns with some 64,000 residents."), [["population", 64000]]);
  assert.deepEqual(kinds("The town's population has swollen to an estimated 97,000."), [["population", 97000]]);
  assert.deepEqual(kinds("Gunmen forced their entire town of some 17,000 to flee."), [["displaced", 17000]]);
  assert.deepEqual(kinds("At least 6,450 people are about to be expelled to Qarn."), [["projected", 6450]]);
  const parts = displacementCandidates("A total of about 730,000 people have fled to Qarn, including 58,100 on Sunday.");
  assert.deepEqual(parts.map((c) => [c.kind, c.q.best, c.partOf]), [["displaced", 730000, -1], ["displaced", 58100, 0]]);
  assert.deepEqual(kinds("Some 5,000 people fled, including 300 soldiers."), [["displaced", 5000]]);
});

test("a share is no count ('nine out of ten refugees', 'one in three'); 'dozens of abandoned tanks'; refugees abducted or killed belong to another table", () => {
  assert.deepEqual(kinds("Six out of ten Tarsan refugees in the region live in poverty."), []);
  assert.deepEqual(kinds("Reporters counted dozens of abandoned army trucks along the highway."), []);
  assert.deepEqual(kinds("A refugee was hurt and 14 more refugees were kidnapped by gunmen."), []);
  assert.deepEqual(kinds("Some 5,000 refugees fled to Tarsa."), [["refugees", 5000]]);
});

test("displacement: an aside between dashes, 'have now been forced', people moving into a zone, the arrival in a place of N, plans to evacuate or to help, 'after escaping', a no-fire zone, a people's plural, a town 'which has N inhabitants'", () => {
  assert.deepEqual(kinds("About 5,150 people - most of them women - crossed the frontier on Tuesday."), [["refugees", 5150]]);
  assert.deepEqual(kinds("More than 64,000 people have now been forced to flee their homes in Tarsa."), [["displaced", 64000]]);
  assert.deepEqual(kinds("Witnesses saw at least 380 people moving into the buffer strip."), [["displaced", 380]]);
  assert.deepEqual(kinds("Aid workers noted the arrival in Tarsa of 2,450 people."), [["displaced", 2450]]);
  assert.deepEqual(kinds("The army planned to evacuate some 3,140 residents by nightfall."), [["projected", 3140]]);
  assert.deepEqual(kinds("The agency said it was planning to help up to 22,000 people fleeing the war."), [["projected", 22000]]);
  assert.deepEqual(kinds("A column of 1,700 people, many of them farmers, reached the district town on Friday after escaping the raid."), [["displaced", 1700]]);
  assert.deepEqual(kinds("Doctors treated a 13 year-old boy who, after fleeing his village, was shot."), []);
  assert.deepEqual(kinds("Officials estimate between 60,000 and 90,000 are still in the combat zone.").map((k) => k[0]), ["at_risk"]);
  assert.deepEqual(kinds("Over 113,000 Qarnis have reportedly entered Tarsa."), [["displaced", 113000]]);
  assert.deepEqual(kinds("Some 800 ethnic Qarnis crossed the border into Tarsa.").map((k) => k[0]), ["refugees"]);
  assert.deepEqual(kinds("Tarsa, which has 27,000 inhabitants, was seized."), [["population", 27000]]);
  assert.deepEqual(kinds("It is a busy trading hub with more than 71,500 residents."), [["population", 71500]]);
});

test("one displaced person is a witness, not a figure; a capacity to handle refugees is no count", () => {
  assert.deepEqual(kinds("One displaced farmer, who asked not to be named, said the hamlet was empty."), []);
  assert.deepEqual(kinds("The site could handle up to 14,000 refugees."), []);
});

test("a need for aid is no risk of displacement; a toll beside a displacement word is the casualty table's", () => {
  assert.deepEqual(kinds("The new arrivals include 27 pregnant women and 61 elderly people in need of medical care."), []);
  assert.deepEqual(kinds("Nine killed, 120 held hostage as gunmen raid three hamlets").map((k) => k[1]).includes(9), false);
  assert.deepEqual(kinds("Some 13,500 people are trapped in the town.").map((k) => k[0]), ["at_risk"]);
});

test("an urgent need of assistance is a risk; any need is not", () => {
  assert.deepEqual(kinds("At least 52,000 people in Tarsa are in urgent need of aid.").map((k) => k[0]), ["at_risk"]);
  assert.deepEqual(kinds("Some 3,100 people are in need of tents."), []);
});

test("people inside a siege are at risk ('living under a government siege', 'still remain trapped', 'cutting off N people from aid'); 'now need to evacuate' is a projection", () => {
  assert.deepEqual(kinds("Officials said some 50,000 civilians still remain trapped inside Tarsa."), [["at_risk", 50000]]);
  assert.deepEqual(kinds("Some 42,000 people are living under a militia siege in Tarsa."), [["at_risk", 42000]]);
  assert.deepEqual(kinds("The militants took Tarsa, cutting off an additional 28,000 people from humanitarian aid."), [["at_risk", 28000]]);
  assert.deepEqual(kinds("At least 35,000 people now need to evacuate the town."), [["projected", 35000]]);
  // Obligation in the past is a move that happened.
  assert.deepEqual(kinds("Some 5,000 people had to flee."), [["displaced", 5000]]);
  assert.deepEqual(kinds("Some 3,000 people live under the flight path."), []);
});

test("refugees who reached a town, with no country and no border in the sentence, are displaced; a country or a border keeps them refugees", async () => {
  const { refugeesAtHome } = await import("../loaders/extract/crossing.ts");
  const towns: Record<string, { kind: string; country: string }> = { Tarsa: { kind: "place", country: "MW" }, Norland: { kind: "region", country: "MW" } };
  const where = (mention: string) => ({ found: towns[mention] ?? null, candidates: [] }) as never;
  const home = (s: string, figure: string) => refugeesAtHome(s, s.indexOf(figure) + figure.length, where);
  assert.equal(home("Thousands of refugees poured into Tarsa on Wednesday.", "Thousands of refugees"), true);
  assert.equal(home("About 4,000 refugees arrived in Tarsa, in southern Zambia.", "4,000 refugees"), false);
  assert.equal(home("About 4,000 refugees crossed the border and arrived in Tarsa.", "4,000 refugees"), false);
  assert.equal(home("About 4,000 refugees from Ulmar arrived in Tarsa.", "4,000 refugees"), false);
  // A region reached says less than a town: it may lie across a border.
  assert.equal(home("About 4,000 refugees arrived in Norland.", "4,000 refugees"), false);
  // Unless the one country the sentence names is the region's own: a move within it.
  assert.equal(home("About 4,000 refugees arrived in Norland, the Malawian ministry said.", "4,000 refugees"), true);
  assert.equal(home("About 4,000 refugees arrived in Norland, the Zambian ministry said.", "4,000 refugees"), false);
});


test("crossings said by a river or a named border ('crossed the Tarsa River into', 'across the Qarni border'); 'the number of refugees could reach N'; households 'translating into' people", () => {
  assert.deepEqual(kinds("About 2500 people have crossed the Tarsa River into northern Qarn.").map((k) => k[0]), ["refugees"]);
  assert.deepEqual(kinds("Fighting has prompted more than 4,000 people to flee across the Qarni border."), [["refugees", 4000]]);
  assert.deepEqual(kinds("The agency says the number of Qarni refugees could reach 30,000 people."), [["projected", 30000]]);
  assert.deepEqual(kinds("Officials said 8,630 households translating into 30,041 individuals have arrived in the camps."), [["displaced", 30041]]);
  // A river crossed by troops is no move of people.
  assert.deepEqual(kinds("About 300 soldiers crossed the Tarsa River into the town."), []);
});

test("displaced people whose lives are threatened are at risk; people 'needing to be moved' are a projection", () => {
  assert.deepEqual(kinds("The battles are threatening the lives of tens of thousands of displaced people living in camps.").map((k) => k[0]), ["at_risk"]);
  assert.deepEqual(kinds("Police moved 1,000 children, with 3,723 more needing to be moved."), [["projected", 3723]]);
  assert.deepEqual(kinds("Some 3,000 displaced people arrived in Tarsa."), [["displaced", 3000]]);
});

test("a part of a whole ('25,000 of an estimated 40,000 residents have fled'), people left without medical care or trapped by an attack, 'a country of over 4 million'", () => {
  assert.deepEqual(kinds("Smoke rose from the camp, where as many as 25,000 of an estimated 40,000 residents have fled the fighting."), [["displaced", 25000], ["population", 40000]]);
  assert.deepEqual(kinds("The siege has left about 300,000 people without medical care."), [["at_risk", 300000]]);
  assert.deepEqual(kinds("The attacks have trapped thousands of civilians under bombardment in Tarsa.").map((k) => k[0]), ["at_risk"]);
  assert.deepEqual(kinds("The rebels seized power in the landlocked country of over 4 million."), [["population", 4000000]]);
  assert.deepEqual(kinds("Some 300 of the 1,200 fighters surrendered."), []);
});

test("'the number of X is N': the noun counted says the kind, not a camp named beside it", () => {
  assert.deepEqual(kinds("After a survey across the refugee camps, the number of displaced people as of 3 May is 12,480."), [["displaced", 12480]]);
  assert.deepEqual(kinds("After a survey across the camps, the number of refugees as of 3 May is 12,480."), [["refugees", 12480]]);
});

test("a camp named after a country is no crossing into that country", () => {
  assert.deepEqual(kinds("In Tarsa locality, some 3,000 newly displaced took refuge in Kenya camp."), [["displaced", 3000]]);
  assert.deepEqual(kinds("Some 3,000 people took refuge in Kenya after the attack."), [["refugees", 3000]]);
});

test("people who headed for a town, or sought sanctuary, moved", () => {
  assert.deepEqual(kinds("About 42,000 displaced people have fled to the south, and 8,300 have headed for the town of Tarsa in the north."), [["displaced", 42000], ["displaced", 8300]]);
  assert.deepEqual(kinds("About 7,000 civilians have sought sanctuary in Ulmar."), [["displaced", 7000]]);
  // Not a movement: headed by someone.
  assert.deepEqual(kinds("The 300-member council is headed by a former judge."), []);
});

test("'affected N people, who were displaced': the clause after says they were displaced, not at risk", () => {
  assert.deepEqual(kinds("The attacks affected 837 individuals, who were displaced to nearby communities."), [["displaced", 837]]);
  assert.deepEqual(kinds("The floods affected 837 individuals in the district."), [["at_risk", 837]]);
});

test("the number of internal refugees is a count of the displaced, a hedge before it or not", () => {
  assert.deepEqual(kinds("The number of internal refugees is probably more than 100,000, said the coordinator."), [["displaced", 100000]]);
  assert.deepEqual(kinds("The number of refugees is now 40,000, the agency said."), [["refugees", 40000]]);
  // Not a count of people moved: a number of something else.
  assert.deepEqual(kinds("The number of internal roads is probably more than 100."), []);
});

test("no move: the dead, people hiding inside a building, a process to go through, captives who escaped", () => {
  assert.deepEqual(kinds("The ministry said the attacks killed 7 displaced families in the municipality."), []);
  assert.deepEqual(kinds("Gunmen overran the base, targeting 32 civilians hiding inside."), []);
  assert.deepEqual(kinds("Another 50 were expected to go through the process today."), []);
  assert.deepEqual(kinds("Five of the abducted girls managed to escape."), []);
  // Still moves: people who escaped to a place, people hiding in the bush.
  assert.deepEqual(kinds("About 5,000 people managed to escape to the hills."), [["displaced", 5000]]);
  assert.deepEqual(kinds("Some 2,000 villagers are hiding in the bush."), [["displaced", 2000]]);
});

test("a thousands comma broken by a space before the people counted; families who became homeless", () => {
  assert.deepEqual(kinds("The agency said more than 6, 277 people have been forced to abandon their homes."), [["displaced", 6277]]);
  assert.deepEqual(kinds("Twelve families are said to have become homeless after the raid."), [["displaced", 60]]);
  // Not one figure: a year, a comma, then a count; people who became something else.
  assert.deepEqual(kinds("In 2019, 300 people fled the town."), [["displaced", 300]]);
  assert.deepEqual(kinds("Many young people have become homeless addicts."), []);
});

test("the people, then 'homeless', far from the verb that left them so", () => {
  assert.deepEqual(kinds("The militia torched the market in Tarsa, leaving its stalls in ashes and some 4,300 people homeless."), [["displaced", 4300]]);
  assert.deepEqual(kinds("The shelling of Qarn killed six and left 820 homeless, officials said."), [["displaced", 820]]);
  assert.deepEqual(kinds("About 1,940 residents of Ulmar are homeless after the raid."), [["displaced", 1940]]);
  // Homeless people counted by their noun are an aid story's, not people the war uprooted.
  assert.deepEqual(kinds("Volunteers in Bolo fed 310 homeless people on Sunday."), []);
  assert.deepEqual(kinds("The Kafr Bani shelter serves 120 homeless men."), []);
});

test("families 'corresponding to' people are one figure; a border crossed stays crossed whatever they were returned to", async () => {
  assert.deepEqual(kinds("The cumulative number of IDPs reached 4,182 families, corresponding to 25,092 individuals."), [["displaced", 25092]]);
  const { crossedBorder } = await import("../loaders/extract/crossing.ts");
  const places: Record<string, { country: string }> = { Tarsa: { country: "MZ" } };
  const where = (mention: string) => ({ found: places[mention] ?? null, candidates: [] }) as never;
  const s = "Around 600 Mozambican asylum seekers crossed the border but were forcibly returned to Tarsa.";
  assert.equal(crossedBorder(s, s.indexOf("600") + 3, where), null);
  // Without the crossing, the same two ends are one country: a move within it.
  const t = "Around 600 Mozambicans were moved to Tarsa.";
  assert.equal(crossedBorder(t, t.indexOf("600") + 3, where), "displaced");
});

test("people who returned to their homes went home, whatever they were called; the displaced who returned elsewhere are still counted", () => {
  assert.deepEqual(kinds("An estimated 3,300 recent IDPs returned to their communities last week."), []);
  assert.deepEqual(kinds("Thousands of refugees returned to their homes in Tarsa yesterday."), []);
  assert.deepEqual(kinds("Some 57,000 people displaced from the city returned in May."), [["displaced", 57000]]);
});

test("people driven into a neighbouring country or into the bush were forced to move", () => {
  assert.deepEqual(kinds("Fighting in the north has driven hundreds of people into neighbouring Tarsa."), [["refugees", 200]]);
  assert.deepEqual(kinds("The violence drove thousands of people into the bush."), [["displaced", 2000]]);
  // Not a move of people: soldiers driven across a border.
  assert.deepEqual(kinds("The army drove 300 soldiers across the border."), []);
});

test("a number that 'will reach' a figure is foreseen; one that reached it is not", () => {
  assert.deepEqual(kinds("The number will reach closer to a million displaced people by the end of the year."), [["projected", 1000000]]);
  assert.deepEqual(kinds("The number of displaced reached 40,000."), [["displaced", 40000]]);
});

test("people forced from their rural or ancestral homes moved", () => {
  assert.deepEqual(kinds("The fighting forced nearly 3,000 civilians from their rural homes."), [["displaced", 3000]]);
});

test("displacement: 'bringing to N the number of <people> believed to have fled' counts those who fled; a number of others does not", () => {
  assert.deepEqual(moved("Another 2,000 people fled this week, bringing to more than 9,500 the number of Tarsans believed to have fled since March."), [["displaced", 2000], ["displaced", 9500]]);
  assert.deepEqual(moved("It raised to 4,100 the number of villagers who have left their homes."), [["displaced", 4100]]);
  assert.deepEqual(moved("It brings to 4,100 the number of schools that have closed."), []);
});

test("displacement: people who 'poured out of' or 'streamed out of' a place moved; goods that poured out did not", () => {
  assert.deepEqual(moved("By dawn some 12,000 villagers had poured out of the valley."), [["displaced", 12000]]);
  assert.deepEqual(moved("Thousands of families were streaming out of the city on foot."), [["displaced", 2000]]);
  assert.deepEqual(moved("About 3,000 litres of fuel poured out of the tanker."), []);
});

test("displacement: 'officials expect another N people to be displaced' is a projection; 'N people left the X region' moved; expecting guests is neither", () => {
  assert.deepEqual(moved("Authorities expect another 40,000 people to be displaced in the coming days."), [["projected", 40000]]);
  assert.deepEqual(moved("The agency anticipates up to 5,000 villagers to flee."), [["projected", 5000]]);
  assert.deepEqual(moved("Organisers expected 2,000 people at the rally."), []);
  assert.deepEqual(moved("Roughly 12,000 people left the Tarsa tribal region before the offensive."), [["displaced", 12000]]);
});

test("displacement: people of one country who 'spilled over into' another are refugees", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const text = "Report\n\nOver 3,000 Eritreans spilled over into Ethiopia on Tuesday after the attack.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.displacement.map((d) => [d.kind, d.people_best]), [["refugees", 3000]]);
});

test("displacement: people stuck or massed at a border fled (not at risk at home); 'expecting displacement of N' is a projection; 'arrived from their villages'", () => {
  assert.deepEqual(moved("At least 8,000 are stuck on the northern side of the border."), [["displaced", 8000]]);
  assert.deepEqual(moved("About 26,000 civilians are stuck in the city."), [["at_risk", 26000]]);
  assert.deepEqual(moved("We are now expecting displacement of 300,000, the commissioner said."), [["projected", 300000]]);
  assert.deepEqual(moved("Some 450 people arrived from their villages on Monday."), [["displaced", 450]]);
});

test("displacement: 'drives 50,000 out of town', '6,000 temporarily taking refuge', 'have become displaced', 'arrived outside', 'are camped on'", () => {
  assert.deepEqual(moved("The attack drove 40,000 out of town."), [["displaced", 40000]]);
  assert.deepEqual(moved("As many as 5,000 temporarily took refuge at the airport."), [["displaced", 5000]]);
  assert.deepEqual(moved("A further 12,000 villagers have become displaced inside the country."), [["displaced", 12000]]);
  assert.deepEqual(moved("Around 900 people have now arrived outside the town."), [["displaced", 900]]);
  assert.deepEqual(moved("Tens of thousands more are camped on scrub land."), [["displaced", 20000]]);
  // "newly displaced households" keep their noun
  assert.deepEqual(moved("IOM registered 120 newly displaced households."), [["displaced", 120]]);
});

test("displacement: 'the number of people who are known to have left <a country>' counts refugees", () => {
  assert.deepEqual(moved("This brings to around 80,000 the number of people who are known to have left Ruritania since March."), [["displaced", 80000]]);
  assert.deepEqual(moved("This brings to around 80,000 the number of people who are known to have left Armenia since March."), [["refugees", 80000]]);
});

test("displacement: families with their people in square brackets ('6,000 families [32,000 people] have fled') are one claim", () => {
  assert.deepEqual(kinds("Some 6,000 families [32,000 people] have fled."), [["displaced", 32000]]);
});

test("displacement: 'made the dangerous trek', 'crossed the Ruritanian border', 'were forced by troops to leave', 'arrived there', 'escaping to'", () => {
  assert.deepEqual(moved("More than 7,000 made the dangerous trek last week."), [["displaced", 7000]]);
  assert.deepEqual(moved("An estimated 1,800 people had crossed the Albanian border by Thursday."), [["refugees", 1800]]);
  assert.deepEqual(moved("About 1,500 villagers were forced by the troops to leave the area."), [["displaced", 1500]]);
  assert.deepEqual(moved("Around 40,000 people arrived there within weeks."), [["displaced", 40000]]);
  // no movement: mistakes made, a journey planned
  assert.deepEqual(moved("Officials said 300 made mistakes."), []);
});

test("people who 'are refugees' in another country are refugees; people who 'have reached sites' moved", () => {
  assert.deepEqual(moved("A further 16,000 are refugees in neighbouring Tarsania."), [["refugees", 16000]]);
  assert.deepEqual(moved("Some 5,500 people have reached sites in the north."), [["displaced", 5500]]);
  assert.deepEqual(moved("The toll reached 50 people."), []);
});

test("families and their people between dashes ('1,000 families - around 7,000 individuals - had been displaced'); people received at a site; people who have so far arrived", () => {
  assert.deepEqual(displacementCandidates("He added that already 1,000 families - around 7,000 individuals - had been displaced.").map((c) => [c.kind, c.unit, c.count_best, c.people_best]), [["displaced", "families", 1000, 7000]]);
  assert.deepEqual(moved("Around 1,500 individuals have been received at the Tarsa emergency site."), [["displaced", 1500]]);
  assert.deepEqual(moved("People are heading to Tarsa, where 400 people have so far arrived."), [["displaced", 400]]);
});

test("the next items of a list of refugees stay refugees, though a later verb could be theirs", () => {
  // (The figure after "while" has its own verb, and no word that makes its people refugees.)
  assert.deepEqual(moved("Yesterday, 1,087 refugees crossed into Tarsania at the Ulmar border point, 60 in Qarn and 292 in Bolo, while 896 were received at the Tarsa reception centre."), [["refugees", 1087], ["refugees", 60], ["refugees", 292], ["displaced", 896]]);
});

test("a people named with a compass word who fled abroad ('30,000 South Ulmarans escaped to Kenya')", () => {
  assert.deepEqual(moved("An estimated 30,000 South Ulmarans escaped to Kenya."), [["refugees", 30000]]);
});

test("families who have vacated their homes moved", () => {
  assert.deepEqual(displacementCandidates("Some 1,100 families have vacated their homes in the district.").map((c) => [c.kind, c.unit, c.count_best]), [["displaced", "families", 1100]]);
});

test("centres accommodating or having received people; 'Out of N displaced' counts N, where 'nine out of ten' is a share", () => {
  assert.deepEqual(moved("The three centres are accommodating more than 845 people."), [["displaced", 845]]);
  assert.deepEqual(displacementCandidates("The centre had received 810 families, most from front line areas.").map((c) => [c.kind, c.unit, c.count_best]), [["displaced", "families", 810]]);
  assert.deepEqual(moved("The hospital had received 40 wounded people."), []);
  assert.deepEqual(moved("Out of 100,480 forcibly displaced persons from Tarsa, 37,749 used the state residences.")[0], ["displaced", 100480]);
  assert.deepEqual(moved("Nine out of ten displaced people are women."), []);
});

test("people named by two places joined by 'and' before their noun", () => {
  assert.deepEqual(moved("Thousands of Tarsa and Ulmar civilians have fled their homes."), [["displaced", 2000]]);
  // Two places' names that are no one's: nothing.
  assert.deepEqual(moved("Talks between Tarsa and Ulmar officials ended in June."), []);
});

test("two peoples' words joined by 'and' before the noun they describe", () => {
  assert.deepEqual(moved("Thousands of Tarsan and Ulmari families fled to the south."), [["displaced", 2000]]);
});

test("a community that fled is displaced; a community that lives somewhere is a population", () => {
  assert.deepEqual(moved("An entire community of 85 people fled their homes in Tarsa on 8 February."), [["displaced", 85]]);
  assert.deepEqual(moved("The village is home to a community of 85 people."), [["population", 85]]);
});

test("people frightened into fleeing; people frightened only stay where they are", () => {
  assert.deepEqual(moved("Gunmen looted the market, frightening thousands of residents into fleeing their homes."), [["displaced", 2000]]);
  assert.deepEqual(moved("The blasts frightened 200 children."), []);
});

test("forced to escape, with the families' people in brackets", () => {
  assert.deepEqual(displacementCandidates("The girl was among nearly 400 families (2,400 individuals) who were forced to escape the district.").map((c) => [c.kind, c.unit, c.people_best]), [["displaced", "families", 2400]]);
});

test("families and their people, with where they came from between", () => {
  assert.deepEqual(displacementCandidates("Attacks led to the flight of more than 530 families from Tarsa, for a total of 1,461 people.").map((c) => [c.kind, c.unit, c.count_best, c.people_best]), [["displaced", "families", 530, 1461]]);
});

test("people reported as displaced", () => {
  assert.deepEqual(moved("So far, a total of 34,920 individuals have been reported as displaced from Tarsa."), [["displaced", 34920]]);
});

test("people forced to migrate", () => {
  assert.deepEqual(moved("Some 1.34 million people were forced to migrate in that time period."), [["displaced", 1340000]]);
});

test("'refugees' who fled a town, or who stay in a region of the one country named, never crossed a border", () => {
  // A stand-in gazetteer: Tarsa a town and Ulmar a region, both of one invented country.
  const where = ((name: string) => ({ found: name === "Tarsa" ? { kind: "place", country: "TA" } : name === "Ulmar" ? { kind: "region", country: "TA" } : null })) as never;
  const at = (s: string, figure: string) => refugeesAtHome(s, s.indexOf(figure) + figure.length, where);
  assert.equal(at("He arrived along with 245 other refugees who were forced to flee Tarsa, 30 miles to the east.", "245"), true);
  assert.equal(at("Still, 150,000 refugees in the adjacent region of Ulmar refuse to return home.", "150,000"), true);
  assert.equal(at("Hundreds of refugees poured out of Tarsa yesterday.", "Hundreds"), true);
  // A border word, or a place the gazetteer does not hold, says nothing of the kind.
  assert.equal(at("Some 245 refugees who fled Tarsa crossed the border.", "245"), false);
  assert.equal(at("Some 245 refugees who fled Qarn are in camps.", "245"), false);
});

test("'refugees' in a sentence that names no country, no border, no origin and no destination were uprooted at home", () => {
  const where = ((name: string) => ({ found: name === "Tarsa" ? { kind: "place", country: "TA" } : null, candidates: [] })) as never;
  const at = (s: string, figure: string) => refugeesAtHome(s, s.indexOf(figure) + figure.length, where);
  assert.equal(at("There are already an estimated 7,000 refugees sheltering under U.N. protection at the Bolo hospital.", "7,000"), true);
  assert.equal(at("But the stream of at least 30,000 refugees into Ulmar, a region to the west, told of the fear.", "30,000"), true);
  // Passing fighters on the road is no border crossed.
  assert.equal(at("Hundreds of refugees poured out of Tarsa yesterday, crossing fresh volunteer fighters moving in.", "Hundreds"), true);
  // A country or its people's word, a border, or the UN's "refugees and migrants" (foreigners in the country) keep them refugees.
  assert.equal(at("Some 7,000 refugees are sheltering in camps, the Zambian ministry said.", "7,000"), false);
  assert.equal(at("Some 7,000 Qarni refugees are sheltering in camps.", "7,000"), false);
  assert.equal(at("Some 7,000 refugees are crossing into Ulmar every day.", "7,000"), false);
  assert.equal(at("This includes nearly 3,600 refugees and migrants held in detention centres.", "3,600"), false);
});

test("people who fled their country, or left as refugees abroad, are refugees", () => {
  assert.deepEqual(moved("About four million Tarsans have fled their country since the invasion began."), [["refugees", 4000000]]);
  assert.deepEqual(moved("More than 3.5 million have left the country as refugees abroad."), [["refugees", 3500000]]);
  assert.deepEqual(moved("Some 5,000 people fled their homes in the country's north."), [["displaced", 5000]]);
});

test("the number of displaced 'crossed' or 'surpassed' a figure", () => {
  assert.deepEqual(moved("The number of displaced people crossed 430,000 on Monday."), [["displaced", 430000]]);
  assert.deepEqual(moved("The number of displaced people surpassed 40,000 by Friday."), [["displaced", 40000]]);
  assert.deepEqual(moved("The convoy crossed 40 bridges."), []);
});

test("the wounded evacuated to a hospital, and people taking cover from a strike, were not uprooted", () => {
  assert.deepEqual(moved("Some 27 were evacuated to the Ulmar hospital."), []);
  assert.deepEqual(moved("Five people were evacuated to the Central Medical Center in Qarn."), []);
  assert.deepEqual(moved("The dead were among around 60 people sheltering from the shelling in the basement of a building."), []);
  assert.deepEqual(moved("Around 50 people took refuge in a nearby underground parking garage."), []);
  // Evacuated to a school and a hospital, taking refuge in a town, sheltering in schools: people who moved.
  assert.deepEqual(moved("More than 850 people displaced by the floods were evacuated to a primary school and hospital."), [["displaced", 850]]);
  assert.deepEqual(moved("Some 4,000 people took refuge in Ulmar after fleeing Tarsa."), [["displaced", 4000]]);
  assert.deepEqual(moved("Around 2,000 people were sheltering in schools in Qarn."), [["displaced", 2000]]);
});

test("someone who 'could see' bodies foresees no move; 'could see' people flee does", () => {
  assert.deepEqual(moved("\"We could see 10, twenty bodies lying on the ground.\""), []);
  assert.deepEqual(moved("An assault on Tarsa could see 800,000 people flee their homes."), [["projected", 800000]]);
});

test("people threatened (intimidated) are not at risk of being uprooted; people threatened by an advance are", () => {
  assert.deepEqual(moved("One civilian was killed in crossfire and 16 local leaders were threatened."), []);
  assert.deepEqual(moved("Some 40,000 people are threatened by the advance on Tarsa."), [["at_risk", 40000]]);
});

test("villages, communities, groups or a rank counted next to the displaced are no count of people", () => {
  assert.deepEqual(moved("At least 5,000 residents of seven villages have been displaced by the raids."), [["displaced", 5000]]);
  assert.deepEqual(moved("Violence erupted among two displaced communities who are sheltering in the site."), []);
  assert.deepEqual(moved("There are two internally displaced persons (IDPs) groups in Qarn."), []);
  assert.deepEqual(moved("This places it among the top five internally displaced persons (IDPs) hosting provinces."), []);
});

test("a place's size without a noun, and the people who live or remain there, are its population", () => {
  assert.deepEqual(moved("Rebels attacked Tarsa, a town of 50,000 about 40 miles north of the capital."), [["population", 50000]]);
  assert.deepEqual(moved("Taking Ulmar, a city of 125,000 on the coast, marks a step for the army."), [["population", 125000]]);
  assert.deepEqual(moved("About 750,000 people live in western Tarsa, the agency said."), [["population", 750000]]);
  assert.deepEqual(moved("About 110,000 people are thought to have been residing in Ulmar."), [["population", 110000]]);
  // Not a population: a distance, a force, a year.
  assert.deepEqual(moved("They reached a town of 40 km away from the front."), []);
  assert.deepEqual(moved("The army deployed a force of 5,000 troops to the town."), []);
});

test("a long 'of' or 'from' phrase between the people and their verb: a district and its villages, a locality and its district", () => {
  assert.deepEqual(moved("More than 30,000 residents of the central Tarsan district of Ulmar and surrounding villages have reportedly fled their homes."), [["displaced", 30000]]);
  assert.deepEqual(moved("About 35,000 people from around the locality of Qarn, in Bolo district, left for the site for the displaced in Kafr Bani."), [["displaced", 35000]]);
  // A verb past the phrase's reach belongs to someone else.
  assert.deepEqual(moved("About 4,000 people in the market district of Qarn, near where the gunmen who attacked the checkpoint last week fled, were questioned."), []);
});

test("people who remain in a named place or a part of the country, and a place's inhabitants or citizens, are its population", () => {
  assert.deepEqual(moved("It is estimated that about 10,000 civilians remain in Tarsa, and shelling continues."), [["population", 10000]]);
  assert.deepEqual(moved("An estimated 400,000 people remain in the north, according to the agency."), [["population", 400000]]);
  assert.deepEqual(moved("Such tales are now common among the 300,000 citizens of Qarn."), [["population", 300000]]);
  assert.deepEqual(moved("The rebels committed atrocities against the civilian population, of over one million inhabitants, and left."), [["population", 1000000]]);
  // Not a population: people in a camp, people who stayed somewhere after they fled, inhabitants who moved.
  assert.deepEqual(moved("Some 3,000 people remain in Kalma camp."), []);
  assert.deepEqual(moved("About 1,500 Tarsans remained in Ulmar after the others went home."), []);
  assert.deepEqual(moved("Some 5,000 inhabitants fled the town."), [["displaced", 5000]]);
});

test("people who left a part of a place, or a region, are displaced; those who crossed into a neighbouring country are refugees", () => {
  assert.deepEqual(moved("The ministry said 3,800 have left the western districts of the city since the offensive began."), [["displaced", 3800]]);
  assert.deepEqual(moved("Observers said about 150,000 people left areas in Tarsa over the past week."), [["displaced", 150000]]);
  assert.deepEqual(moved("More than 5,000 people have left the northeast and entered neighbouring Tarsania."), [["refugees", 5000]]);
  // Those left behind stayed: "left in".
  assert.deepEqual(moved("The 300 people left in the village are mostly elderly."), []);
});

test("a place's own residents, a city of N named with a possessive before it, and 'where N people live' are its population", () => {
  assert.deepEqual(moved("Bolo's 400,000 residents, who include some 90,000 who fled fighting in nearby villages, came under shelling."), [["population", 400000], ["displaced", 90000]]);
  assert.deepEqual(moved("Rebels took Qarn, 27 kilometres from Tarsa, the province's largest city of 2 million people."), [["population", 2000000]]);
  assert.deepEqual(moved("The district where 300,000 civilians live has been under siege for eight months."), [["population", 300000]]);
  assert.deepEqual(moved("Ulmar, where some 45,000 people reside, was shelled overnight."), [["population", 45000]]);
  // Not a population: people named as displaced who live somewhere, people who fled from where they lived, residents of no place.
  assert.deepEqual(moved("The camp where 12,000 displaced people live was shelled."), [["displaced", 12000]]);
  assert.deepEqual(moved("Tarsa, where 3,000 people fled last week, was quiet."), [["displaced", 3000]]);
  assert.deepEqual(moved("Some 400 residents met the governor."), []);
});

test("a move said with its effort ('compelled to flee', 'tried to leave', 'attempted to flee', 'managed to cross'); a list whose first place is the verb's object", () => {
  assert.deepEqual(moved("Over one million people, many of whom have been displaced before, have been compelled to flee Tarsa."), [["displaced", 1000000]]);
  assert.deepEqual(moved("The aid worker estimated at least 1,400 had tried to leave for the nearby village of Qarn."), [["displaced", 1400]]);
  assert.deepEqual(moved("Hundreds of families attempted to flee parts of the capital on Thursday."), [["displaced", 200]]);
  assert.deepEqual(moved("More than 2,300 civilians managed to cross the front lines over the weekend."), [["displaced", 2300]]);
  assert.deepEqual(moved("Figures show that about 47,100 people have fled Ulmar County, about 93,000 from Bolo and 8,700 from Qarn."), [["displaced", 47100], ["displaced", 93000], ["displaced", 8700]]);
  // Not a move: an effort of something else, a figure after a verb's object that is no list of origins.
  assert.deepEqual(moved("About 300 delegates tried to leave the meeting early."), []);
  assert.deepEqual(moved("The agency said 1,200 people had been compelled to pay fines."), []);
  assert.deepEqual(moved("Some 4,000 people have fled Tarsa, the agency said, and 120 schools in Bolo closed."), [["displaced", 4000]]);
});

test("households and people counted together on a register are displaced arrivals; a bare figure may carry its households in brackets", () => {
  const pairs = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.unit, c.count_best, c.people_best]);
  assert.deepEqual(pairs("Records indicate that 10,412 households (46,380 individuals) were registered in Tarsa."), [["displaced", "households", 10412, 46380]]);
  assert.deepEqual(pairs("Some 17,350 persons (2,480 households) arrived in Qarn, while 3,870 (712 households) were registered in the area of Bolo."), [["displaced", "households", 2480, 17350], ["displaced", "households", 712, 3870]]);
  assert.deepEqual(pairs("By Friday 8,230 people were registered as new arrivals in Ulmar."), [["displaced", "people", 8230, 8230]]);
  // Not displacement: people on another register, a year before a bracket, a figure with households that moved nowhere.
  assert.deepEqual(pairs("About 12,000 voters were registered in Ulmar."), []);
  assert.deepEqual(pairs("In 2019 (860 households) the census was taken."), []);
  assert.deepEqual(pairs("The village has 4,100 (760 households) living there."), []);
});

test("another source's count of the same people: 'put the figure at N' after a displacement figure", () => {
  assert.deepEqual(moved("Officials said nearly 180,000 people had been displaced, while the agency put the figure at more than 95,000 in the towns of Tarsa and Qarn."), [["displaced", 180000], ["displaced", 95000]]);
  assert.deepEqual(displacementCandidates("The agency put the number at about 42,000.", undefined, "refugees").map((c) => [c.kind, c.q.best]), [["refugees", 42000]]);
  // Not displacement: no displaced figure before it, or the figure before is a place's population.
  assert.deepEqual(moved("Police put the figure at 3,000 protesters."), []);
  assert.deepEqual(moved("Tarsa, a city of 90,000, was shelled; the army put the figure at 2,000 rebels."), [["population", 90000]]);
});

test("people caught between the sides or in the fighting, or left without protection, are at risk; the dead caught in crossfire are not", () => {
  assert.deepEqual(kinds("Charges flew over the 230,000 people aid agencies say are caught between the opponents near Tarsa."), [["at_risk", 230000]]);
  assert.deepEqual(kinds("The agency appealed for the evacuation of 1,500 refugees and migrants caught in the Ulmari conflict."), [["at_risk", 1500]]);
  assert.deepEqual(kinds("Some 6,000 villagers are caught up in the fighting around Qarn."), [["at_risk", 6000]]);
  assert.deepEqual(kinds("Aid agencies say tens of thousands of civilians in Bolo will be left without protection."), [["at_risk", 20000]]);
  // The dead are the casualty table's; a move told first stays a move.
  assert.deepEqual(kinds("Three civilians caught in crossfire in Tarsa were killed."), []);
  assert.deepEqual(kinds("Some 4,000 people fled Kafr Bani, caught between the two sides."), [["displaced", 4000]]);
});

test("displacement said as 'forced to displace' or 'experienced forced displacement'; a people's word in -ese that fled the country", () => {
  assert.deepEqual(kinds("Over 28,500 civilians were forced to displace from their homes in Tarsa in 2020."), [["displaced", 28500]]);
  assert.deepEqual(kinds("The ministry said 281,630 civilians had experienced forced displacement in Ulmar."), [["displaced", 281630]]);
  assert.deepEqual(kinds("More than one million Tarsese fled the country, either to escape the slaughter or fearing reprisals."), [["refugees", 1000000]]);
  assert.deepEqual(kinds("Some 300 Qarnese fled their homes near Bolo."), [["displaced", 300]]);
  // A people's word before other verbs is no figure of the uprooted.
  assert.deepEqual(kinds("Some 300 Qarnese voted in Bolo."), []);
});

test("people hiding or sheltering in one building during an attack, or evacuated from it, were not uprooted from their homes", () => {
  assert.deepEqual(kinds("Eight civilians were killed when the group bombed a bunker in Tarsa where dozens of people were hiding."), []);
  assert.deepEqual(kinds("Bodies were strewn in front of a hotel in Ulmar where dozens had sought safety."), []);
  assert.deepEqual(kinds("Close to 200 people, mainly civil servants, sheltered in the beachfront Qarn Bay Hotel for several days."), []);
  assert.deepEqual(kinds("Peacekeepers evacuated about 300 people, mostly civilians but including about 15 U.N. staff, from the nearby Bolo Hotel."), []);
  // A town evacuated, a camp or a church compound sheltering the displaced, stay displacement.
  assert.deepEqual(kinds("The army evacuated 3,000 people from the town of Deir Hafer."), [["displaced", 3000]]);
  assert.deepEqual(kinds("Some 2,000 displaced people took refuge in the church compound in Kafr Bani."), [["displaced", 2000]]);
});

test("displacement: people who 'found refuge' somewhere", () => {
  assert.deepEqual(kinds("About 11,000 people have found refuge in Tarsa."), [["displaced", 11000]]);
  assert.deepEqual(kinds("Some 2,500 families found shelter in schools."), [["displaced", 12500]]);
});

test("displacement: 'people living near X have fled', 'are estimated to have already been displaced', 'the number of displaced people now exceeds N'; room made is no move", () => {
  assert.deepEqual(moved("About 30,000 people living near Tarsa have fled to other parts of the region, the agency said."), [["displaced", 30000]]);
  assert.deepEqual(moved("As many as 90,000 people are estimated to have already been displaced, the Red Cross said."), [["displaced", 90000]]);
  assert.deepEqual(moved("According to a report, the number of displaced people now exceeds 10,000."), [["displaced", 10000]]);
  // Negative: a camp's extension, and water for so many, move nobody.
  assert.deepEqual(moved("The agency is extending the camp to accommodate a further 4,000 refugees."), []);
  assert.deepEqual(moved("Tarsa has water to meet the needs of over 12,000 refugees."), []);
});

test("displacement: 'N of them have fled' after refugees are refugees; a later clause's move across a border is not the figure's", () => {
  assert.deepEqual(displacementCandidates("Four thousand of them have fled in the past week alone.", undefined, "refugees").map((c) => [c.kind, c.q.best]), [["refugees", 4000]]);
  assert.deepEqual(displacementCandidates("Four thousand of them have fled in the past week alone.", undefined, "displaced").map((c) => [c.kind, c.q.best]), [["displaced", 4000]]);
});

test("refugees counted beside the internally displaced or returnees, or in a refugee camp, keep the word's own sense", async () => {
  const { refugeesAtHome } = await import("../loaders/extract/crossing.ts");
  const where = () => ({ found: null, candidates: [] }) as never;
  const home = (s: string, figure: string) => refugeesAtHome(s, s.indexOf(figure) + figure.length, where);
  assert.equal(home("They join the 90,000 internally displaced persons and 6,000 refugees already in the province.", "6,000 refugees"), false);
  assert.equal(home("Another 4,100 refugees and 2,300 returnees were counted in the region.", "4,100 refugees"), false);
  assert.equal(home("Over 30,000 refugees now live in the Dorvala refugee camp.", "30,000 refugees"), false);
  // Negative: with nothing to tell them apart, the word stays news's loose one for people uprooted at home.
  assert.equal(home("An estimated 9,000 refugees were sheltering at the hospital.", "9,000 refugees"), true);
});

test("displacement: a running total after a figure ('bringing the total to N') counts the same kind of people", () => {
  assert.deepEqual(moved("Another 8,000 people were displaced from Dorvala over the weekend, bringing the total to over 70,000 since the rebels took the town."), [["displaced", 8000], ["displaced", 70000]]);
  assert.deepEqual(moved("Some 1,200 refugees crossed into Kenya on Monday, raising the overall tally to 25,000."), [["refugees", 1200], ["refugees", 25000]]);
  // Negative: a total with no displacement figure before it counts something else.
  assert.deepEqual(moved("Five more schools were closed, bringing the total to 45."), []);
  assert.deepEqual(moved("The fighting destroyed 300 houses, bringing the total to 2,000."), []);
});

test("displacement: families, then their people between long dashes written without spaces", () => {
  assert.deepEqual(kinds("Over 20,000 families—more than 50,000 people—have left their homes in recent days."), [["displaced", 50000]]);
  assert.deepEqual(kinds("Over 20,000 families — more than 50,000 people — have left their homes in recent days."), [["displaced", 50000]]);
});

test("displacement: a people's plural right after the verb and its figure; the total number of a people's refugees after the figure; thousands escaping an onslaught", () => {
  assert.deepEqual(moved("Clashes in the hills have displaced more than 1,700 Tarsans, officials said."), [["displaced", 1700]]);
  assert.deepEqual(moved("This brings to 11,300 the total number of Ruritanian refugees in Kenya, including earlier arrivals."), [["refugees", 11300]]);
  assert.deepEqual(moved("She fled her village on Friday, among thousands escaping a fresh guerrilla onslaught."), [["displaced", 2000]]);
  // Negative: a people's plural with no verb of uprooting, escaping injury or a jail, a total of other things.
  assert.deepEqual(moved("About 1,700 Tarsans attended the rally, officials said."), []);
  assert.deepEqual(moved("Two men escaping injury were treated at the clinic."), []);
  assert.deepEqual(moved("Some 300 prisoners escaping the jail were caught."), []);
  assert.deepEqual(moved("This brings to 11,300 the total number of votes counted in Kolda."), []);
});

test("displacement: another group's move after 'while others' is not the figure's", () => {
  assert.deepEqual(moved("Hundreds of people have been internally displaced, while others have fled to Kenya."), [["displaced", 200]]);
  // Negative: the figure's own crossing still makes refugees.
  assert.deepEqual(moved("About 500 people fled to Kenya, while others stayed."), [["refugees", 500]]);
});

test("displacement: asylum seekers are refugees; people who 'left the capital' to escape moved", () => {
  assert.deepEqual(moved("OCHA reports that in August, \"211 new asylum seekers were registered\" at the Dorvala transit centre."), [["refugees", 211]]);
  assert.deepEqual(moved("These registrations brought to 5,877 the number of asylum seekers registered since January."), [["refugees", 5877]]);
  assert.deepEqual(moved("More than 53,000 people left the capital between March 8 and 27 to escape the gangs."), [["displaced", 53000]]);
  // Negative: asylum seekers killed are the casualty table's; delegates leaving a summit moved nowhere.
  assert.deepEqual(moved("Two asylum seekers were killed."), []);
  assert.deepEqual(moved("Some 300 delegates left the capital after the summit."), []);
});

test("displacement: a bare figure that arrived or was recorded is more of the people the figure before counted; a figure in brackets of its own", () => {
  const after = (s: string, previous: "refugees" | "displaced" | null) => displacementCandidates(s, undefined, previous).map((c) => [c.kind, c.q.best]);
  assert.deepEqual(after("More than 8,400 have arrived since the start of the year.", "refugees"), [["refugees", 8400]]);
  assert.deepEqual(after("In August alone, 1,356 were recorded in the Dorvala district.", "displaced"), [["displaced", 1356]]);
  assert.deepEqual(moved("Some 30,000 refugees have crossed into Kenya; 4,000 have arrived this week."), [["refugees", 30000], ["refugees", 4000]]);
  assert.deepEqual(moved("The escalation caused the displacement of more than ( 6,150 ) IDPs."), [["displaced", 6150]]);
  // Negative: with no displaced figure before, arrivals are anyone's (delegates, tourists); a figure whose brackets repeat it.
  assert.deepEqual(after("More than 8,400 have arrived since the start of the year.", null), []);
  assert.deepEqual(after("Some 1,356 votes were recorded in Dorvala.", "displaced"), []);
  assert.deepEqual(moved("The budget rose by ( 6,150 ) dollars."), []);
});

test("displacement: an adverb before 'been', 'newly-displaced'; refugees who fled their country, relocated to a country's republic, or whose flight led abroad", async () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("As of 5 May, almost 4,300 people have consequently been displaced."), [["displaced", 4300]]);
  assert.deepEqual(read("It left 5,000 people newly-displaced within Tarsa."), [["displaced", 5000]]);
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const kindsIn = (body: string) => extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never).displacement.map((r) => [r.kind, r.count_best]);
  assert.deepEqual(kindsIn("Over 5,000 residents of Tarsa have relocated to the Niger Republic due to raids."), [["refugees", 5000]]);
  assert.deepEqual(kindsIn("Officials in Kolda received more than 250 citizens who are fleeing their country."), [["refugees", 250]]);
  assert.deepEqual(kindsIn("Rebels captured Tarsa, prompting the flight of 12,000 civilians to Kenya."), [["refugees", 12000]]);
  // Negative: a move within the country, a flight to no country.
  assert.deepEqual(kindsIn("Some 4,000 people relocated to Kolda town."), [["displaced", 4000]]);
  assert.deepEqual(kindsIn("Rebels captured Tarsa, prompting the flight of 12,000 civilians to the hills."), [["displaced", 12000]]);
});

test("displacement: 'out of a population of' between the people and their verb; 'with N arriving' is more of the figure before", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.people_best]);
  assert.deepEqual(read("Some 900,000 people out of a population of 1.2 million in the region have fled.").filter((r) => r[0] === "displaced"), [["displaced", 900000]]);
  assert.deepEqual(read("Over 40,000 refugees fled into Kenya, with more than 9,000 arriving since the start of the year."), [["refugees", 40000], ["refugees", 9000]]);
  // Negative: soldiers arriving, a figure with no people before it.
  assert.deepEqual(read("Troops numbering 2,000 arriving in Tarsa were seen."), []);
  assert.deepEqual(read("Trucks carried 300 tonnes, with 200 arriving on Monday."), []);
});

test("people who first do something else and then flee have fled; people killed or held have not", () => {
  assert.deepEqual(moved("Some 6,000 residents heard of the evacuation order late at night and fled in panic, the agency said."), [["displaced", 6000]]);
  assert.deepEqual(moved("About 300 people gathered at the checkpoint and fled when the shooting began."), [["displaced", 300]]);
  assert.deepEqual(moved("Some 40 villagers were abducted by gunmen and escaped two days later."), []);
  assert.deepEqual(moved("Gunmen killed 12 people in Tarsa and fled into the forest."), []);
});

test("an aside with a figure between the total and its verb; people pushed into a named place (not troops sent there)", () => {
  assert.deepEqual(moved("Some 20,000 people, including 5,000 children, have fled to Tarsa."), [["displaced", 20000], ["displaced", 5000]]);
  assert.deepEqual(moved("The offensive has pushed hundreds of thousands of families into al-Tarsa."), [["displaced", 200000]]);
  assert.deepEqual(moved("The offensive drove 30,000 people to Tarsa."), [["displaced", 30000]]);
  assert.deepEqual(moved("The army sent 500 troops into Tarsa."), []);
});

test("the count of people uprooted, estimated to be a figure", () => {
  assert.deepEqual(moved("The agency judged the number of people uprooted by the shelling, which started in May, to be as many as 42,000."), [["displaced", 42000]]);
  assert.deepEqual(moved("Officials estimated the number of people displaced by the floods and the fighting to be about 9,500."), [["displaced", 9500]]);
  assert.deepEqual(moved("Officials estimate the number of people affected to be about 9,500."), []);
});

test("a bare figure whose own verb says its people were uprooted", () => {
  assert.deepEqual(kinds("Two months of war have left 120 dead, 350 hurt and some 18,000 driven from their homes."), [["displaced", 18000]]);
  // The figure's verb must say so: a bare figure forced to pay is no one uprooted, nor is a day of the month.
  assert.deepEqual(kinds("The court said 30 were forced to pay fines."), []);
  assert.deepEqual(kinds("Fighting on 5 forced from their homes many families."), []);
});

test("the numbers of displaced people, in the plural", () => {
  assert.deepEqual(kinds("Officials say the numbers of displaced people in the north now stand at 640,000."), [["displaced", 640000]]);
});

test("people who had been living somewhere, then fled", () => {
  assert.deepEqual(kinds("Some 9,500 villagers who were living near Dorvala have fled, a relief agency said."), [["displaced", 9500]]);
});

test("people kept in by force, or surrounded, are at risk", () => {
  assert.deepEqual(kinds("Roughly 7,000 residents are prevented from leaving by the gunmen, aid workers said."), [["at_risk", 7000]]);
  assert.deepEqual(kinds("About 2,400 families surrounded by government troops are short of food."), [["at_risk", 12000]]);
  // Prevented from something else is no risk of being kept in.
  assert.deepEqual(kinds("About 300 traders were prevented from selling goods, the council said."), []);
});

test("people obliged to take refuge, and those who left a zone named by who holds it", () => {
  assert.deepEqual(kinds("Around 900 people had to take refuge in schools in Dorvala after the shelling."), [["displaced", 900]]);
  assert.deepEqual(kinds("An estimated 41,000 civilians have left the rebel-held areas since January."), [["displaced", 41000]]);
  // Not a move: who holds the area, with no one leaving it.
  assert.deepEqual(kinds("An estimated 41,000 civilians live in the rebel-held areas."), []);
});

test("displacement: a figure added to one told before ('displaced another 40,000', 'an additional 9,000')", () => {
  assert.deepEqual(moved("The clashes displaced another 40,000 people."), [["displaced", 40000]]);
  assert.deepEqual(moved("The raids uprooted an additional 9,000 villagers, bringing the total to 1.2 million."), [["displaced", 9000], ["displaced", 1200000]]);
  // Counted, not moved: nothing.
  assert.deepEqual(moved("The agency counted another 500 people in the town."), []);
});

test("displacement: the number of people sheltering or fleeing, said with its rise", () => {
  assert.deepEqual(kinds("The number of people sheltering in schools and mosques in Dorsk has risen to 35,000, officials said."), [["displaced", 35000]]);
  assert.deepEqual(kinds("The number of people fleeing the fighting in Kolda has reached 12,000."), [["displaced", 12000]]);
  // Negative: people sheltering in a count of shelters is no count of people.
  assert.deepEqual(kinds("The number of schools used as shelters in Dorsk has risen to 35."), []);
});

test("displacement: people driven into camps, hiding, exile or the bush, not only into a named town", () => {
  assert.deepEqual(moved("The fighting has driven 12,000 people into makeshift camps outside Tarsa."), [["displaced", 12000]]);
  assert.deepEqual(kinds("Attacks forced 300 families into hiding in the bush."), [["displaced", 1500]]);
  assert.deepEqual(moved("The offensive pushed 5,000 civilians into the mountains."), [["displaced", 5000]]);
  // Negative: things driven somewhere, and people forced into vans, are not uprooted.
  assert.deepEqual(moved("The army drove 40 trucks into the camps."), []);
  assert.deepEqual(moved("Police forced 20 protesters into vans."), []);
});

test("displacement: IDPs counted 'in' their households are one claim, the households kept beside the people", () => {
  const one = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.unit, c.count_best, c.people_best]);
  assert.deepEqual(one("As of March, the survey counted 51,200 IDPs in 9,840 households across the district."), [["displaced", "households", 9840, 51200]]);
  // ("HH", as tracking reports abbreviate households.)
  assert.deepEqual(one("A total of 3,115 IDPs in 640 HH were found still displaced in schools and churches."), [["displaced", "households", 640, 3115]]);
  assert.deepEqual(one("Some 7,020 refugees in 1,350 households were registered in the camps of Ruritania last month."), [["refugees", "households", 1350, 7020]]);
  // (A figure of households on its own, and no displacement word, is nothing.)
  assert.deepEqual(one("The village has 640 HH and two schools."), []);
});

test("a figure in the source's own quoted words is read like any other", () => {
  assert.deepEqual(moved('The fall of Kolda set off the flight of "more than 45,000 people," the agency said.'), [["displaced", 45000]]);
  assert.deepEqual(moved('The agency said the clashes had displaced "over 20,000" people.'), [["displaced", 20000]]);
  // A quoted figure that moved nobody stays out.
  assert.deepEqual(moved('Officials said "about 20,000 people" live in the town.').filter(([k]) => k !== "population"), []);
});

test("families keep their own qualifier and bounds: 'more than 1,700 families' has no upper bound", () => {
  const bounds = (s: string) => displacementCandidates(s).map((c) => [c.unit, c.qualifier, c.count_low, c.count_best, c.count_high]);
  assert.deepEqual(bounds("More than 1,700 families have been displaced by the fighting."), [["families", "more than", 1700, 1700, null]]);
  // With their people in brackets, the families' own words bound them, not the people's.
  assert.deepEqual(bounds("About 125 families (more than 800 people) were displaced in the district."), [["families", "approximately", null, 125, null]]);
  assert.deepEqual(bounds("Exactly 300 families (about 1,500 people) fled the village."), [["families", "exact", 300, 300, 300]]);
});

test("a total named by what was done to the families ('the number of families driven from their homes to 5,000')", () => {
  const read = (s: string) => displacementCandidates(s).map((c) => [c.kind, c.q.best, c.unit]);
  assert.deepEqual(read("Fighting displaced 1,700 families, bringing the total number of families driven from their homes to 5,000."), [["displaced", 1700, "families"], ["displaced", 5000, "families"]]);
  assert.deepEqual(read("The number of people driven from their homes has reached 40,000."), [["displaced", 40000, "people"]]);
  // Families counted for something else are not displaced.
  assert.deepEqual(read("The number of families receiving aid rose to 3,000."), []);
});

test("displacement: people who 'had left', with nothing after but the clause's end or when, are gone; 'are left' remain", () => {
  assert.deepEqual(kinds("The monitor said 700 of the villagers had left."), [["displaced", 700]]);
  assert.deepEqual(kinds("About 2,400 residents have already left since the bombing started."), [["displaced", 2400]]);
  assert.deepEqual(kinds("Some 90 families had left, officials said."), [["displaced", 90 * PEOPLE_PER_HOUSEHOLD]]);
  // (Who remains, what left people dead, and soldiers who left are no move of the uprooted.)
  assert.deepEqual(kinds("Only 300 residents are left in the village."), []);
  assert.deepEqual(kinds("The strike had left 20 people dead."), []);
  assert.deepEqual(kinds("About 40 soldiers had left, the officer said."), []);
});

test("displacement: a range right after its verb ('displaced between 5,000 and 8,000 people')", () => {
  assert.deepEqual(displacementCandidates("The clashes displaced between 4,000 and 9,000 people.").map((c) => [c.kind, c.count_low, c.count_high]), [["displaced", 4000, 9000]]);
});

test("displacement: more ways news tells a move ('left the attacked villages', 'crossed Tarsania's border', 'poured in', 'identified … as displaced') and hosts of another country's people", () => {
  assert.deepEqual(kinds("About 6,300 people left the burned villages, officials said."), [["displaced", 6300]]);
  assert.deepEqual(kinds("More than 410,000 people have crossed Tarsania's border into Ulmaria since April."), [["refugees", 410000]]);
  assert.deepEqual(kinds("Another 270,000 people have poured in since the spring."), [["displaced", 270000]]);
  assert.deepEqual(kinds("The agency has identified 812,400 people as displaced across the country."), [["displaced", 812400]]);
  assert.deepEqual(kinds("The number of civilians forced from their homes has risen from 2,100 in March to 9,600."), [["displaced", 9600]]);
  assert.deepEqual(kinds("Germany has taken in 310,000 Ukrainians."), [["refugees", 310000]]);
  // (A city home to its own people is its population; soldiers who left are no uprooted people.)
  assert.deepEqual(kinds("The capital is home to 2 million Syrians."), [["population", 2000000]]);
  assert.deepEqual(kinds("He left the two villages with 300 soldiers."), []);
});

test("displacement: asylum seekers named by their people, shares, forecasts with other verbs, hedged risk, totals and refugee populations", async () => {
  // "Tarsan asylum seekers": the people's word, then the two-word noun that says who they are.
  assert.deepEqual(kinds("Ulmaria registered some 61,000 Tarsan asylum seekers in February."), [["refugees", 61000]]);
  assert.deepEqual(kinds("Some 900 asylum-seekers were registered last week."), [["refugees", 900]]);
  // "nine in ten": a share, not ten people.
  assert.deepEqual(kinds("About 1.8 million people, nine in ten residents, are now displaced."), [["displaced", 1800000]]);
  assert.deepEqual(kinds("The order is expected to uproot around 230,000 people, agencies warned."), [["projected", 230000]]);
  assert.deepEqual(kinds("Some 150,000 are believed to remain trapped inside the camp."), [["at_risk", 150000]]);
  assert.deepEqual(kinds("More than 1,400 people were confined to their villages by landmines."), [["at_risk", 1400]]);
  assert.deepEqual(kinds("Raids displaced 6,000 people, bringing the total uprooted in the province to about 90,000."), [["displaced", 6000], ["displaced", 90000]]);
  assert.deepEqual(kinds("The arrivals brought the Tarsan refugee population in Ulmaria to around 71,000."), [["refugees", 71000]]);
  // Counted as they arrive: a named camp reached, people arriving in a place, newly arrived households.
  assert.deepEqual(kinds("More than 9,000 people have reached the Bessin camp since January."), [["displaced", 9000]]);
  assert.deepEqual(kinds("The agency registered 45,000 people arriving in eastern Tarsa."), [["displaced", 45000]]);
  assert.deepEqual(moved("Partners registered 2,350 newly arrived households at the settlement."), [["displaced", 2350]]);
  // (Not soldiers, and not a count of sites.)
  assert.deepEqual(kinds("About 300 newly arrived soldiers were deployed."), []);
  assert.deepEqual(kinds("Some 900 soldiers arriving in the city were ambushed."), []);
  // A crossing told after another count of people is theirs, not the first figure's.
  const { crossedBorder } = await import("../loaders/extract/crossing.ts");
  const where = (mention: string) => ({ found: mention === "Ulmar" ? { country: "ZM" } : null, candidates: [] }) as never;
  const s = "Attacks around Tarsa forced nearly 12,000 people into the bush, while about 3,000 more crossed into Zambia.";
  assert.notEqual(crossedBorder(s, s.indexOf("12,000") + 6, where), "refugees");
  assert.equal(crossedBorder(s, s.indexOf("3,000") + 5, where), "refugees");
});

test("more ways a move is told: found refuge, slipped across, made their way, crossed at a crossing point, sent into the forest", () => {
  assert.deepEqual(moved("About 8,000 villagers had slipped across the river into Ulmar."), [["displaced", 8000]]);
  assert.deepEqual(moved("About 500 people crossed at Qarn on Monday."), [["refugees", 500]]);
  assert.deepEqual(moved("Troops torched 300 houses, sending thousands of people into the surrounding forest."), [["displaced", 2000]]);
  // Negative: a figure of houses burned is no move.
  assert.deepEqual(moved("Troops torched 300 houses in Tarsa."), []);
});

test("a move into a country, or a country's region, or arrivals from one, makes refugees", () => {
  assert.deepEqual(moved("At least 9,000 people have arrived in the north, while over 1,500 more have headed to Kenya."), [["displaced", 9000], ["refugees", 1500]]);
  assert.deepEqual(moved("Another 10,000 have made their way into Kenya's Turkana region."), [["refugees", 10000]]);
  assert.deepEqual(moved("The camp took in some 55,000 new arrivals from Kenya over the year."), [["refugees", 55000]]);
  assert.deepEqual(moved("Some 600,000 Tarsans have poured across the border, and about 700 more are crossing at Qarn every day."), [["refugees", 600000], ["refugees", 700]]);
  // Negative: a town's quarter is no country; arrivals from a town are displaced.
  assert.deepEqual(moved("About 3,000 people fled into Tarsa's old quarter."), [["displaced", 3000]]);
  assert.deepEqual(moved("The camp took in some 5,000 new arrivals from Tarsa over the month."), [["displaced", 5000]]);
});

test("forecasts said after the people: 'could end up displaced', 'could be driven toward'", () => {
  assert.deepEqual(moved("Up to 10 million people could end up displaced inside the country."), [["projected", 10000000]]);
  assert.deepEqual(moved("As many as 50,000 more people could be driven toward the town in the coming months."), [["projected", 50000]]);
  // Negative: people an aid convoy could reach are not expected to move.
  assert.deepEqual(moved("As many as 50,000 people could be reached by aid convoys in the coming months."), []);
});

test("counts told after their noun: 'the number who escaped', 'the toll of newly displaced', a total past a mark", () => {
  assert.deepEqual(moved("Officials put the number who escaped Tarsa and its camps at about 19,000 families."), [["displaced", 19000]]);
  assert.deepEqual(moved("The toll of newly displaced stood at 5,600 households after the clashes."), [["displaced", 5600]]);
  assert.deepEqual(moved("Some 40,965 people were forced from their homes, bringing the national total above 700,000."), [["displaced", 40965], ["displaced", 700000]]);
  // Negative: a toll of the dead is no displacement.
  assert.deepEqual(moved("The toll of the dead stood at 56 after the clashes."), []);
});

test("millions written short: '1.9m internally displaced'", () => {
  assert.deepEqual(moved("The UN counts more than 1.9m internally displaced people in the country."), [["displaced", 1900000]]);
});

test("those an evacuation order covers, and the displaced at risk of moving again, are at risk", () => {
  assert.deepEqual(kinds("The latest order to leave Tarsa and nearby neighbourhoods covers more than 170,000 people."), [["at_risk", 170000]]);
  assert.deepEqual(kinds("The evacuation orders now apply to 40,000 residents of Ulmar."), [["at_risk", 40000]]);
  assert.deepEqual(kinds("The ultimatum put some 118,000 displaced people at risk of being uprooted yet again."), [["at_risk", 118000]]);
  // Negative: the displaced at risk of something else are still counted as displaced.
  assert.deepEqual(kinds("Some 20,000 displaced people were at risk of disease."), [["displaced", 20000]]);
});

test("more ways a move is told: set off for, sent to temporary sites, might drive from their homes", () => {
  assert.deepEqual(moved("Some 300 families set off for Qarn that same night."), [["displaced", 300]]);
  assert.deepEqual(moved("An attack on a village sent 275 families to temporary sites in Ulmar."), [["displaced", 275]]);
  assert.deepEqual(moved("An all-out assault on Tarsa might drive 750,000 from their homes."), [["projected", 750000]]);
  // Negative: an aid convoy sent to sites, and a team setting off.
  assert.deepEqual(moved("The agency sent 40 trucks to temporary sites in Ulmar."), []);
});

test("another country's people taken in, with a demonym that has no plural s", () => {
  assert.deepEqual(kinds("Kenya says it has taken in over 40,000 Sudanese since mid-February."), [["refugees", 40000]]);
  assert.deepEqual(kinds("Uganda has received 12,000 Congolese this year."), [["refugees", 12000]]);
});

test("a running total with a since-clause before its figure", () => {
  assert.deepEqual(kinds("The agency recorded 1,620 households displaced in Tarsa, bringing the tally since fighting flared to 6,040 households."), [["displaced", 1620 * PEOPLE_PER_HOUSEHOLD], ["displaced", 6040 * PEOPLE_PER_HOUSEHOLD]]);
});

test("arrivals in a place another country owns, a running total of those who sought safety, people forced off their land; 'out of school' is no flight", () => {
  assert.deepEqual(moved("Since May, some 2,100 people escaping the fighting have reached Kenya's Kakuma area, aid workers said."), [["refugees", 2100]]);
  assert.deepEqual(moved("Kenya received 9,000 more refugees in June, bringing to 300,000 the number who have sought refuge in the country."), [["refugees", 9000], ["refugees", 300000]]);
  assert.deepEqual(moved("Militiamen burned the granaries, and 42 families were forced off their land."), [["displaced", 42]]);
  // Negative cases: children out of school, workers out of work, arrivals in a town of their own country.
  assert.deepEqual(moved("The shelling left 12,000 pupils out of school for a term."), []);
  assert.deepEqual(moved("The closures have put 800 people out of work."), []);
  assert.deepEqual(moved("Since May, some 2,100 people escaping the fighting have reached Tarsa's eastern district, officials said."), [["displaced", 2100]]);
});

test("a part that crossed a border leaves the whole displaced: 'some of whom have crossed into Kenya'", () => {
  assert.deepEqual(moved("Since March the clashes have uprooted about 41,000 residents, many of whom fled on into Kenya."), [["displaced", 41000]]);
  // Negative: when all of them crossed, they are refugees.
  assert.deepEqual(moved("Fighting in the county has displaced some 41,000 people who crossed into Kenya."), [["refugees", 41000]]);
});

test("people once displaced, counted as they go home, are no displacement", () => {
  assert.deepEqual(moved("Some 52,000 previously displaced residents are now rebuilding in their home district."), []);
  assert.deepEqual(moved("About 900 displaced people were brought back to their homes by the county."), []);
  // Negative: displaced people moved to a camp are still displaced.
  assert.deepEqual(moved("On Monday, 900 displaced people were bused to a camp near Tarsa."), [["displaced", 900]]);
});
