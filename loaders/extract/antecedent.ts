/**
 * What "the city" stands for when no event named its place: the last town the text names
 * ("Local groups in Tarsa say … attacks on the city, which has been under siege"). A name counts
 * when the text calls it a town ("Tarsa town", "the village of Tarsa"), or when it follows a
 * preposition and the gazetteer knows it as a town, village or city: "the city" is never a region or
 * a country, and "the southeast of X" names a region.
 */
import type { PlaceFinding } from "./gazetteer.ts";
import { isDemonym } from "../geo/countries.ts";
import { isNotPlace } from "./places.ts";
import { isCountryName } from "./lexicon/countries.ts";

const NAME = String.raw`(?:(?:al|el|an|ad|as|ar|at)-)?[A-Z][\w’'-]+(?:[\s-]+(?:(?:al|el)-)?[A-Z][\w’'-]+){0,2}`;
// "Tarsa town", "the village of Tarsa": the text says what it is.
// ("Tarsa, the northwestern town, fell": a name and its description as a town; "the Tarsan capital, Ulmar,": its name
// set off after the word.)
const CALLED_TOWN = new RegExp(String.raw`\b(?:(?:town|village|city)\s+of\s+(${NAME})|(${NAME})\s+(?:town|village|city)\b|(${NAME}),\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city)\b|\b(?:town|village|city|capital),\s+(${NAME})(?=,))`, "g");
// "in Tarsa", "of al-Tarsa", "near Ulmar Bay": a preposition, then one to three capitalised words.
// ("reinforcements heading for Tarsa": "for" after a verb of going names where they went.)
// ("heading towards nearby areas, especially Tarsa": a name singled out of a list counts too; "advancing
// toward Tarsa to take the city": so does a place headed for.)
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:in|of|at|near|from|on|into|to|toward|towards|(?<=(?:heading|headed|bound|left|leaving|making)\s)for|around|outside|inside|especially|notably|particularly|including|such\s+as)\s+(${NAME})`, "g");
// "the southeast of X", "northern parts of X": a region's part, not a town.
// ("southwest of X" with no article places a town relative to X, which may well be the city.)
const PART_OF_REGION = /\b(?:the\s+(?:north|south|east|west|centre|center|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)|parts?|areas?|countryside|province|region|state|district)\s+of\s+$/i;

// "60 kilometres north of", "some 20 miles from", "southwest of": where a name stands as a landmark to place another by.
const DISTANCE_APPOSITION = /\b(?:in|at|near|of|from|to)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:(?:about|some|around|roughly|nearly|just|only|approximately)\s+)?[\w-]+\s*(?:km|kilometres|kilometers|miles)\s+(?:[a-z-]+\s+)?(?:from|of)\s/g;
const LANDMARK_BEFORE = /(?:\b(?:km|kilometres?|kilometers?|miles?|metres?|meters?)\)?(?:\s+\([^()]{1,25}\))?\s+(?:away\s+)?|(?<!\bthe\s)\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+)$/i;

// ("Tarsa fell after the militia besieged it": a fall too.)
const SUBJECT_AT_START = new RegExp(String.raw`^[“"]?(${NAME})\s+(?:is|was|has|had|remains|remained|lies|fell|falls)\b`);

/** Whether `text` calls some name a town, village or city ("the town of Tarsa", "Tarsa village"): no gazetteer asked. */
const CALLS_A_TOWN = new RegExp(CALLED_TOWN.source);
export const callsATown = (text: string): boolean => CALLS_A_TOWN.test(text);

const NONE: ReadonlySet<string> = new Set();
export type Resolve = (mention: string, after: string, sentence: string) => PlaceFinding;

/** The last town named in `text` before `end`, as written, or null (`sameSentence`: `end` is where the words that refer back stand). */
export function townNamedBefore(text: string, end: number, resolve: Resolve, sameSentence = false, tabled: ReadonlySet<string> = NONE): string | null {
  const named: Array<{ name: string; at: number; landmark?: boolean }> = [];
  const keep = (name: string, at: number, landmark = false) => { named.push({ name, at, landmark }); };
  CALLED_TOWN.lastIndex = 0;
  // ("a resident of the Tarsan town": a nationality describes the town; it does not name it.)
  // (A name described as a town just before the words that refer back to it ("Tarsa, the northwestern town fell") counts.)
  // ("the Mozambican town of Tarsa": a match refused for its nationality leaves the town's word to the next try.)
  for (let m = CALLED_TOWN.exec(text); m && (m.index + m[0].length <= end || (m[3] && m.index + m[3].length < end)); m = CALLED_TOWN.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    // ("the capital, Ulmar, about 200 miles away": a capital named in passing is no antecedent; only one named
    // just before the words that refer back: "an offensive against the Tarsan capital, Ulmar, capturing it".)
    if (m[4] && (!sameSentence || end - (m.index + m[0].length) > 80)) continue;
    // ("the northern Mozambique town of Tarsa": a country before the word only says where the town lies.)
    if (!isDemonym(name) && !isNotPlace(name) && !(m[2] && isCountryName(name))) keep(name, m.index);
    else CALLED_TOWN.lastIndex = m.index + name.length;
  }
  // "Tarsa is the last city the army holds, and the rebels have besieged it": the sentence's subject.
  const subject = SUBJECT_AT_START.exec(text);
  if (subject && subject.index + subject[0].length <= end && resolve(subject[1], "", text).found?.kind === "place") keep(subject[1], 0);
  AFTER_PREPOSITION.lastIndex = 0;
  for (let m = AFTER_PREPOSITION.exec(text); m && m.index + m[0].length <= end; m = AFTER_PREPOSITION.exec(text)) {
    if (PART_OF_REGION.test(text.slice(Math.max(0, m.index - 20), m.index + 3))) continue;
    // ("on Monday", "in January": a day or a month is no town, whatever the gazetteer holds.)
    if (isNotPlace(m[1]) || isDemonym(m[1])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // ("attacks on Tarsa … advancing toward Tarsa to take the city": a name an event of the article already tabled as
    // a place is one, though the gazetteer knows it under another spelling.)
    if (resolve(m[1], after, text).found?.kind === "place" || tabled.has(m[1])) keep(m[1], m.index, LANDMARK_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^(?:of|from)\s/.test(m[0]));
  }
  // ("the troops in Kolvenu, some 40 km from Ulmar, … after the commune was freed": a name a distance describes is a place,
  // though the gazetteer may not know it.)
  DISTANCE_APPOSITION.lastIndex = 0;
  for (let m = DISTANCE_APPOSITION.exec(text); m && m.index + m[0].length <= end; m = DISTANCE_APPOSITION.exec(text)) {
    if (!isNotPlace(m[1]) && !isDemonym(m[1]) && !isCountryName(m[1])) keep(m[1], m.index + m[0].indexOf(m[1]));
  }
  // ("Tarsa, a town 60 km north of Ulmar, … after it was shelled": a town named only to say where another lies is
  // no antecedent when that other was named before it; alone, "fighting 10 km south of Ulmar … the town" may mean it.)
  const first = named.reduce((a, n) => Math.min(a, n.at), Infinity);
  let last: { name: string; at: number } | null = null;
  for (const n of named) if ((!n.landmark || n.at === first) && (!last || n.at > last.at)) last = n;
  return last?.name ?? null;
}
