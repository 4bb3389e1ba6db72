import { test } from "node:test";
import assert from "node:assert/strict";
import { Gazetteer } from "../loaders/extract/gazetteer.ts";
import { loadProfile, useProfile } from "../loaders/extract/profile.ts";
import { countriesIn } from "../loaders/geo/context.ts";
import { placeKey } from "../loaders/geo/normalise.ts";
import { indexFrom } from "../loaders/geo/store.ts";

// An invented world: every name below is made up; countries are real codes so articles can name them.
// [id, name, alternates, lat, lon, feature, country, admin1 code, population]
const P: Array<[number, string, string, number, number, string, string, string, number]> = [
  [1, "Dunmarra", "", 31.40, 34.35, "PPL", "PS", "GZ", 60000], // in the "Korvel Strip"
  [2, "Ashvale", "", 31.52, 34.45, "PPLA", "PS", "GZ", 500000], // a large city of the Korvel Strip
  [3, "Brennick", "", 31.45, 34.40, "PPL", "PS", "GZ", 0], // a hamlet near Ashvale
  [4, "Brennick", "", 32.60, 35.90, "PPL", "JO", "09", 0], // its namesake, 150 km away
  [5, "Palmora", "", 39.57, 2.65, "PPLA", "ES", "07", 400000], // a large city of Spain
  [6, "Palmora", "", 38.70, -9.10, "PPL", "PT", "14", 800], // and a Portuguese village
  [7, "Tessaly", "", 36.20, 37.10, "PPLA", "SY", "09", 1500000], // seat of the region "Tessaly"
  [8, "Orrin", "", 35.30, 40.10, "PPLA2", "SY", "04", 20000], // a town in another Syrian region, seat of the district "Zorath"
  [9, "Quellow", "", 34.70, 35.95, "PPL", "SY", "14", 0], // a Syrian hamlet
  [10, "Grandport", "Qarisa", 30.05, 31.25, "PPLC", "EG", "11", 9000000], // a capital, also called "Qarisa"
  [11, "Capitolis", "", 33.89, 35.50, "PPLC", "LB", "04", 1900000], // a capital and its region's name
  [12, "Kafr Solen", "", 33.28, 35.55, "PPL", "LB", "07", 0], // a hamlet in the south
  [13, "Vardo", "", 50.00, 10.00, "PPL", "DE", "01", 3000], // a German town named like a Nigerian state
  [14, "Marrowby", "", 15.00, 30.00, "PPL", "SD", "01", 9000], // a Sudanese town
  [15, "Marrowby", "", 45.00, 15.00, "PPL", "HR", "01", 9000], // a Croatian namesake
  [16, "Minyet Sol", "", 30.10, 31.30, "PPL", "EG", "11", 20000], // a town near the capital Grandport
  [17, "Tall al-Nasrin", "", 36.30, 37.30, "PPL", "SY", "09", 8000], // a Syrian town with an article in its name
  [18, "Ba", "", 36.40, 37.40, "PPL", "SY", "09", 8000], // a town with a two-letter name
];
const A = [
  { code: "PS.GZ", name: "Korvel Strip" }, { code: "SY.09", name: "Tessaly" }, { code: "SY.04", name: "Ravenmoor" },
  { code: "SY.14", name: "Coastline Governorate" }, { code: "LB.04", name: "Capitolis" }, { code: "LB.07", name: "Southmarch" }, { code: "LB.05", name: "Northmarch" },
  { code: "NG.27", name: "Vardo State" }, { code: "SD.01", name: "Kestrel" }, { code: "HR.01", name: "Kestrel" },
  { code: "ES.07", name: "Isles" }, { code: "PT.14", name: "Lisboa" }, { code: "JO.09", name: "Irbidia" }, { code: "EG.11", name: "Grandport" },
  { code: "DE.01", name: "Hochland" },
];
const line = ([id, name, alt, lat, lon, feature, cc, a1, pop]: (typeof P)[number]) =>
  [id, name, name, alt, lat, lon, "P", feature, cc, "", a1, id === 8 ? "100" : "", "", "", pop, "", "", "", ""].join("\t");
const g = new Gazetteer([], indexFrom({ cities: P.map(line).join("\n"), admin1: A, admin2: [{ code: "SY.04.100", name: "Zorath District" }], curated: [], countries: false }), []);

/** [what the case shows, article text, mention, text after it, the place id expected or null] */
const cases: Array<[string, string, string, string, string | null]> = [
  // A region named as a place vouches for its places when the article names only another country.
  ["a place in a region named as a place", "Israeli jets struck across the Korvel Strip. Troops entered Dunmarra.", "Dunmarra", "", "geonames:1"],
  ["the same place with no such region", "Israeli officials said jets struck at night. Troops entered Dunmarra.", "Dunmarra", "", null],
  ["a region named only inside a longer name is no place", "Israeli officials said jets struck positions of the Korvel Strip Brigade. Troops entered Dunmarra.", "Dunmarra", "", null],
  ["a region named only as an adjective is no place", "Israeli officials said jets struck Korvel Strip fighters. Troops entered Dunmarra.", "Dunmarra", "", null],
  // A country named only as the attacker ("Israeli jets") says who struck, not where: a large town of the very name elsewhere is meant.
  ["a large town when the article names a country only as its attackers", "Israeli jets struck at night. Troops entered Dunmarra.", "Dunmarra", "", "geonames:1"],
  ["not a small town then", "Syrian jets struck at night. Troops took Minyet Sol.", "Minyet Sol", "", null],
  ["nor a great city's other name", "Syrian jets shelled al-Qarisa at night.", "al-Qarisa", "", null],
  ["nor when the article's own places lie in the attackers' country", "Syrian jets struck Tessaly at night. Troops took Dunmarra.", "Dunmarra", "", null],
  // (The attackers' capital named as the government that speaks is no place of the article: "the ministry in Moscow said".)
  // (One weapon in the singular names its side too: "A Kenyan glide bomb hit …".)
  ["a large town when the article names a country only by one of its weapons", "A Syrian glide bomb hit a market. Troops entered Dunmarra.", "Dunmarra", "", "geonames:1"],
  ["a large town named with 'City' then too", "An Israeli missile struck at night. Troops entered Dunmarra City.", "Dunmarra City", ".", "geonames:1"],
  ["but not a country named as a place beside its weapon", "A Syrian glide bomb hit a market in Syria. Troops entered Dunmarra.", "Dunmarra", "", null],
  ["even when the attackers' capital speaks", "Lebanese jets struck at night, the ministry in Capitolis said. Troops entered Dunmarra.", "Dunmarra", "", "geonames:1"],
  // A large city named as a place vouches for places near it, not for far namesakes and not for itself.
  ["a hamlet near a large city the article names", "Israeli tanks pushed into Ashvale. Troops then entered Brennick.", "Brennick", "", "geonames:3"],
  ["no large city named", "Israeli tanks pushed forward. Troops then entered Brennick.", "Brennick", "", null],
  ["a large city is no evidence for itself", "Rebels in Mozambique fought in Palmora for a week.", "Palmora", "", null],
  // A capital is as often a government or a dateline as a place.
  ["a capital named as a place vouches for nothing", "Delegations met in Grandport on Monday. Syrian troops took Minyet Sol.", "Minyet Sol", "", null],
  ["a hamlet under a capital's dateline", "CAPITOLIS — Israeli strikes hit Kafr Solen in Lebanon.", "Kafr Solen", "", "geonames:12"],
  ["a hamlet when the article names another region of its country", "Israeli strikes hit Kafr Solen in Lebanon, days after clashes in Northmarch.", "Kafr Solen", "", null],
  // The country of a region named as a place is the last tier; hamlets there stay unresolved.
  ["a town in the country of a region named as a place", "Russian jets bombed targets in Tessaly. Fighters took Orrin.", "Orrin", "", "geonames:8"],
  ["a hamlet in another region of that country", "Russian jets bombed targets in Tessaly. Fighters took Quellow.", "Quellow", "", null],
  ["a region's seat named with its region", "Russian jets bombed targets in Tessaly on Monday.", "Tessaly", "", "geonames:7"],
  // A region's name shared by two countries points nowhere.
  ["a region's name two countries share", "Fighting spread in Kestrel. Militias seized Marrowby.", "Marrowby", "", null],
  // A large city outside the article's countries, only under its own name.
  ["a great city under another language's name is not taken", "Syrian troops shelled al-Qarisa on Monday.", "al-Qarisa", "", null],
  // Copy that lost its hyphens glues "al" to the name.
  ["a name whose article is glued to it", "Syrian troops shelled Tall Alnasrin.", "Tall Alnasrin", "", "geonames:17"],
  ["a word that only starts like an article", "Syrian troops shelled Alba.", "Alba", "", null],
  // "X City" is the town X when the gazetteer lists it without the word.
  ["a town named with 'City'", "Israeli jets struck across the Korvel Strip. Troops entered Dunmarra City.", "Dunmarra City", ".", "geonames:1"],
  ["'City' after a name that is no town", "Fighting went on near Tessaly City.", "Korvel City", "", null],
  // A district (admin-2) is a region at its seat, unless the article names other regions of its country and not its own.
  ["a district", "Fighters in Syria seized Zorath district.", "Zorath", " district", "geonames-admin2:SY.04.100"],
  ["a district of a region the article does not name, when it names another", "Fighters seized Zorath district, in Syria's Tessaly province.", "Zorath", " district", null],
  // Districts are no region a name runs into: their names are too often words ("Camp", "Mountain", "al-Jadida").
  ["a district is no region a name runs into", "Syrian troops shelled Orrin Zorath.", "Orrin Zorath", "", null],
  // "X village" when X is a region of the article's country is a village of that region.
  ["a village of a region of the article's country", "Militants attacked a Vardo village in Nigeria.", "Vardo", " village in Nigeria", "geonames-admin1:NG.27"],
  ["the same words with no country named: the only town of that name", "Militants attacked a Vardo village.", "Vardo", " village", "geonames:13"],
];

for (const [what, text, mention, after, id] of cases) {
  test(`places in context: ${what}`, () => {
    const f = g.resolverFor(text)(mention, after, text);
    assert.equal(f.found?.id ?? null, id, `${mention}: ${f.why}`);
  });
}

test("a place resolved from context says why", () => {
  const f = g.resolverFor("Israeli jets struck across the Korvel Strip. Troops entered Dunmarra.")("Dunmarra", "", "Troops entered Dunmarra.");
  assert.match(f.why, /Korvel Strip, a region the article names/);
});

test("transliterated endings of one name meet; other endings stay apart", () => {
  const same: Array<[string, string]> = [["Qasriyeh", "Qasriyah"], ["Qasrieh", "Qasriya"], ["Qasriye", "Qasriyeh"], ["Tell Qasriyeh", "Tal Qasrieh"]];
  for (const [a, b] of same) assert.equal(placeKey(a), placeKey(b), `${a} = ${b}`);
  const apart: Array<[string, string]> = [["Qasra", "Qasriya"], ["Qasrah", "Qasriya"], ["Qasri", "Qasriya"]];
  for (const [a, b] of apart) assert.notEqual(placeKey(a), placeKey(b), `${a} ≠ ${b}`);
});

test("countries named by the words news uses for them", () => {
  const cases: Array<[string, string[]]> = [
    ["The Philippine army retook the town.", ["PH"]], ["Azeri forces advanced.", ["AZ"]], ["Turkey closed the border.", ["TR"]],
    ["Bosnian Serb units withdrew.", ["BA"]], ["Philippines troops", ["PH"]], ["The Phil army", []],
  ];
  for (const [text, ccs] of cases) assert.deepEqual(countriesIn(text), ccs, text);
});

test("the conflict profile can be chosen, or none", () => {
  try {
    useProfile(null);
    assert.equal(loadProfile().given, false);
    assert.equal(loadProfile().data.country, undefined);
    assert.equal(loadProfile().actors.length, 0);
  } finally {
    useProfile(); // back to data/conflict.yaml
  }
  assert.equal(loadProfile().given, true, "data/conflict.yaml again");
});

test("a region knows its seat, the town 'the capital of X province' names", () => {
  const isles = g.index.lookup("Isles").find((p) => p.kind === "region");
  assert.equal(isles?.seat, "Palmora");
  // A region whose towns include no seat of the first rank has none.
  assert.equal(g.index.lookup("Ravenmoor").find((p) => p.kind === "region")?.seat ?? null, null);
});
