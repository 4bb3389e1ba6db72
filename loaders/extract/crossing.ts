/**
 * Refugees crossed a border; the displaced did not. News uses the words loosely: "refugees from the
 * north reached the big town" never left their country, and "2,000 people found safety in Y" may
 * have. Where a sentence says where the people a figure counts came from and where they went, the
 * two countries decide: one country, displaced; two, refugees. Otherwise the words decide, as before.
 *
 * Where they came from: "from X" or "fled X" after the figure, or the people's own word ("8,000
 * Tarsans", "Vey refugees"); an article's country is not enough (measured: the articles that name one
 * country are often about a breakaway region, or name the other by a short form). Where they went: the
 * first place after the figure that a movement word leads to ("crossed into X", "arrived in Y",
 * "took shelter in Z district"), resolved by the article's gazetteer.
 */
import { countryWords } from "../geo/countries.ts";
import { countriesIn } from "../geo/context.ts";
import { placeKey } from "../geo/normalise.ts";
import type { PlaceFinding } from "./gazetteer.ts";

type Where = (mention: string, after?: string, sentence?: string) => PlaceFinding;

const NAME = String.raw`((?:[A-Z][\w'’-]*)(?:[\s-]+(?:(?:al|el|de|du|da)[\s-]+)?[A-Z][\w'’-]*){0,3})`;
// A movement and where it led, in the clause after the figure: "have crossed into X", "arrived in Y's Z district",
// "entered X", "fled the fighting for safety in X". ("fled X" names where they left, not where they went.)
// (Not past another count of people or a "while": "forced 12,000 into the bush, while 3,000 more crossed into X" moves the 3,000.)
const WENT = new RegExp(
  String.raw`^(?:(?!\b(?:while|whereas)\b|\d[\d,.]*\s+(?:more|others?|people|persons|of\s+them)\b)[^.;:]){0,80}?\b(?:(?:fled|fleeing|flee|flown|crossed|crossing|arrived|arriving|poured|pouring|streamed|streaming|spilled|spilling|sheltering|sheltered|shelter|refuge|safety|sanctuary|asylum|camped|camping|moved|moving|relocated|relocating|headed|heading|gone|went|made it|returned|evacuated)\s+(?:(?:back|over|across\s+the\s+(?:border|frontier|river))\s+)?(?:to|into|in|at|towards?)|entered|entering|reached|reaching)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:(?:\d[\d,]*|two|three|four|several|some|many)\s+)?(?:(?!from\b)[a-z-]+,?\s+){0,2}?${NAME}`,
);
// Where they left: "from X", "fled X".
const FROM = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:from|fled|fleeing|left|leaving)\s+(?:the\s+)?(?:neighbou?ring\s+)?${NAME}`);
// The people's word right after the figure: "8,000 Tarsans", "1,000 Vey refugees".
// ("180,000 Tarsan returnees" are going home: no crossing either way.)
const PEOPLE_WORD = /^\s*(?:of\s+)?(?:(?:more|other|new)\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?)\b(?!\s+returnees)/;

// ("relocated to the Niger Republic": a country's name with "Republic" after it, as West African papers write it.)
const countryCodes = (word: string) =>
  countryWords().get(placeKey(word)) ?? (/\s+Republic$/.test(word) ? countryWords().get(placeKey(word.replace(/\s+Republic$/, ""))) : undefined);
const oneCountry = (word: string) => {
  const cc = countryCodes(word);
  return cc?.length === 1 ? cc[0] : null;
};

/** The country of a name: a country or its people's word, else the place the gazetteer finds. */
function countryOf(name: string, after: string, sentence: string, where: Where): string | null {
  // "Myanmar's Chin State", "Mizoram's Hnahthial district": the owner's country.
  const owner = /^(.+?)['’]s\s+\S/.exec(name);
  if (owner) return countryOf(owner[1], "", sentence, where);
  const cc = countryCodes(name.replace(/['’]s$/, ""));
  if (cc) return cc.length === 1 ? cc[0] : null;
  const r = where(name.replace(/['’]s$/, ""), after, sentence);
  if (r.found) return r.found.country || null;
  // A province or state the resolver set aside because the sentence names another country (the one
  // they left): a first-level region with one country is that country ("taken shelter in Mizoram").
  const regions = r.candidates.filter((p) => p.kind === "region" && p.feature === "ADM1");
  return regions.length && regions.length === r.candidates.length && regions.every((p) => p.country === regions[0].country) ? regions[0].country : null;
}

// "103,000 have sought refuge in neighbouring countries", "fled to other countries": abroad, wherever from.
// ("displaced within Tarsa or have sought refuge in neighbouring countries": both, and the first word tells.)
const OTHER_COUNTRIES = /^(?:(?!\b(?:or|displaced)\b)[^.;:]){0,80}?\b(?:to|in|into|across)\s+(?:the\s+)?(?:neighbou?ring|other|nearby|surrounding|adjacent)\s+countries\b/;
// "8,000 civilians have fled into Ulmaria", "crossed into Tarsia": a move into a whole country, told by a
// verb that crosses (not "sheltering in", said of people at home), is a crossing even when the origin is
// not said. ("fled to southern Tarsia" is a part of a country: no crossing told.)
const CROSSING_MOVE = /\b(?:(?:fled|flee|fleeing|escaped|escaping|relocated|relocating)\s+(?:to|into)|(?:crossed|crossing)\s+(?:(?:over|across\s+the\s+(?:border|frontier|river))\s+)?(?:to|into)|(?:poured|pouring|streamed|streaming|spilled|spilling)\s+(?:over\s+)?into|entered|entering)\s+(?:the\s+)?(?:(?!from\b)[a-z-]+,?\s+){0,2}?$/;
const PART_OF_COUNTRY = /\b(?:north|south|east|west|central|upper|lower)\w*\s+$/i;
const intoCountry = (went: RegExpExecArray) => {
  const lead = went[0].slice(0, went[0].length - went[1].length);
  // (Returnees crossing into their own country go home: no crossing told either way.)
  return CROSSING_MOVE.test(lead) && !PART_OF_COUNTRY.test(lead) && !/\breturn(?:ees?|ed|ing)\b/i.test(lead) && oneCountry(went[1]) !== null;
};

const CROSSED_BEFORE = /\b(?:crossed|across)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:border|frontier)\b/i;

/**
 * "refugees" or "displaced" as the countries tell it for the figure that ends at `end`, or null when the
 * sentence does not say both ends of the journey.
 */
// ("1,000 people fled their homes, and many refugees in a nearby camp returned to Tarsania": a clause with people of
// its own tells their move, not the figure's.)
// ("900,000 displaced, including 200,000 who crossed into neighbouring countries": a part named after "including"
// moved on its own.)
const OTHERS_CLAUSE = /,\s+(?:and|but|while|whereas)\s+(?=(?:many|some|most|others?|the|a|an|thousands|hundreds|dozens|\d)\b)|,?\s+(?:including|among\s+them|of\s+whom)\s+(?=(?:some|about|around|nearly|more\s+than|over|at\s+least|\d))/;
// "100 citizens who are fleeing their country": they left it, wherever they went.
const FLED_OWN_COUNTRY = /^[^.;:]{0,60}?\b(?:fled|fleeing|flee|escaped|escaping|left|leaving)\s+(?:their|his|her)\s+(?:own\s+|home\s+)?(?:country|homeland)\b/;
// "prompting the flight of 12,000 civilians to Tarsania": the move named before the figure, where it led after it.
const FLIGHT_OF_BEFORE = /\b(?:flight|exodus|escape)\s+of\s+(?:(?:some|about|around|over|nearly|almost|an\s+estimated|more\s+than|at\s+least)\s+)?[\d,.]+(?:\s+(?:million|thousand))?$/i;
const FLIGHT_TO = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?${NAME}`);
export function crossedBorder(sentence: string, end: number, where: Where): "refugees" | "displaced" | null {
  const whole = sentence.slice(end), cut = OTHERS_CLAUSE.exec(whole);
  const rest = cut ? whole.slice(0, cut.index) : whole;
  if (FLED_OWN_COUNTRY.test(rest)) return "refugees";
  const flightTo = FLIGHT_OF_BEFORE.test(sentence.slice(0, end)) ? FLIGHT_TO.exec(rest) : null;
  if (flightTo && oneCountry(flightTo[1])) return "refugees";
  const went = WENT.exec(rest);
  if (!went) return OTHER_COUNTRIES.test(rest) ? "refugees" : null;
  const afterName = rest.slice(went.index + went[0].length, went.index + went[0].length + 20);
  const to = countryOf(went[1], afterName, sentence, where);
  if (!to) return OTHER_COUNTRIES.test(rest) ? "refugees" : null;
  const from = FROM.exec(rest);
  const own = PEOPLE_WORD.exec(rest);
  const origin = from ? countryOf(from[1], "", sentence, where) : own ? oneCountry(own[1]) : null;
  if (!origin) return intoCountry(went) ? "refugees" : null;
  // ("crossed the border but were forcibly returned to X": where they were sent back says nothing of the crossing.)
  if (origin === to && CROSSED_BEFORE.test(rest.slice(0, went.index + went[0].length))) return null;
  return origin === to ? "displaced" : "refugees";
}

const FLED_TOWN = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:fled|flee|fleeing|escaped|left|(?:poured|streamed|flooded)\s+out\s+of|driven\s+(?:out\s+of|from)|forced\s+(?:out\s+of|from))\s+(?:the\s+(?:town|village|city)\s+of\s+)?${NAME}`);
const IN_REGION_OF = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?in\s+the\s+(?:[a-z-]+\s+){0,2}(?:region|republic|province|state)\s+of\s+${NAME}`);

// Words that tell a border was crossed, whatever the places. ("crossing fresh volunteer fighters" on the road crosses
// no border: "crossed"/"crossing" count when a place, a border or the clause's end follows.)
const BORDER_WORDS = /\b(?:border|frontier|(?:crossed|crossing)(?=\s+(?:into|over|to|from|at|through|points?|the\s+(?:border|frontier))\b|[.,;]|$)|abroad|overseas|neighbou?ring|asylum|exile|UNHCR|refugee agency)\b/i;

// ("11,482 refugees and 30,585 returnees were identified, while 158,316 are internally displaced", "50,000 refugees live
// in the Tarsa refugee camp": a text that counts the displaced or returnees apart, or names a refugee camp, uses the
// word in its own sense.)
const REFUGEES_APART = /\b(?:internally\s+displaced|IDPs?|returnees|refugee\s+(?:camps?|settlements?|sites?|hosting\s+areas?)|out-of-camp)\b/i;

/**
 * "Thousands of refugees poured into Freetown": news calls people who fled within their own country
 * refugees too. True when the sentence says they went to a town (not a region or a country), names
 * no country at all, tells of no border, and names no origin: a town reached with no border on the
 * way is in the country they fled in. (Measured: a destination country, or any country named in the
 * sentence, says a border was crossed far more often than not.)
 */
export function refugeesAtHome(sentence: string, end: number, where: Where): boolean {
  if (BORDER_WORDS.test(sentence) || REFUGEES_APART.test(sentence)) return false;
  const countries = countriesIn(sentence);
  const rest = sentence.slice(end);
  // "245 other refugees who were forced to flee Tarsa": only where they fled from, a town, and no country named.
  const fled = !countries.length && !WENT.exec(rest) ? FLED_TOWN.exec(rest) : null;
  if (fled && where(fled[1], rest.slice(fled.index + fled[0].length, fled.index + fled[0].length + 20), sentence).found?.kind === "place") return true;
  // "150,000 refugees in the adjacent region of Tarsa": where they are, a region of the one country named.
  const inRegion = IN_REGION_OF.exec(rest);
  if (inRegion) {
    const found = where(inRegion[1], "", sentence).found;
    return found?.kind === "region" && !!found.country && (!countries.length || countries.every((cc) => cc === found.country));
  }
  const went = WENT.exec(rest);
  // "an estimated 9,000 refugees sheltering under U.N. protection at the hospital", "the stream of 40,000 refugees
  // into Ulmar, a region to the west": no country named at all, no border, no origin and no destination the
  // gazetteer reads: the word is news's loose one for people uprooted at home. ("3,600 refugees and migrants"
  // is the UN's phrase for foreigners in the country, who stay refugees.)
  if (!went && !countries.length && !FROM.exec(rest) && !PEOPLE_WORD.exec(rest) && !/^\s*refugees\s+and\s+(?:other\s+)?migrants\b/i.test(rest)) return true;
  if (!went || FROM.exec(rest) || PEOPLE_WORD.exec(rest)?.[1]?.match(/(?:an|ian|ese|ish|i)$/)) return false;
  const found = where(went[1].replace(/['’]s$/, ""), rest.slice(went.index + went[0].length, went.index + went[0].length + 20), sentence).found;
  if (!countries.length) return found?.kind === "place";
  // "refugees have poured into Tarsa province, the Ruritanian ministry said": a province of the one country
  // the sentence names is a move within it.
  return found?.kind === "region" && !!found.country && countries.every((cc) => cc === found.country);
}

