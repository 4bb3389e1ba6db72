/**
 * Place names as written in a sentence, and the columns a resolved place gives a row. News writes
 * names as capitalised words, with Arabic particles in lower case ("Jisr al-Shughur", "Tell Abyad",
 * "Deir ez-Zor"), often in lists after "the villages of". Words that are never places on their own
 * (sentence openers, months, actors, demonyms, organisations) are refused here; names of one war's
 * people and groups come from the conflict profile's `not_places` and actor aliases.
 */
import { countryWords, isDemonym } from "../geo/countries.ts";
import { placeKey } from "../geo/normalise.ts";
import type { PlaceFinding } from "./gazetteer.ts";
import { loadProfile } from "./profile.ts";
import { COMPASS_WORDS, HEADLINE_WORDS, NAME_ENDERS } from "./lexicon/territory-words.ts";
import { OUTLETS } from "./lexicon/outlets.ts";

// Letters with accents count ("Bogotá", "Chalāb"); "-e" joins Persian names ("Sar-e Pol").
const UP = String.raw`A-ZÀ-ÖØ-Þ\u0100-\u017F`, LOW = String.raw`a-zß-öø-ÿ\u0100-\u017F`;
// Scraped text glues words: "TelBir", "KafrAda" are one name each.
// ("Tarsa-U": a name may end in a single capital after a hyphen.)
const CAP = String.raw`(?:[${UP}][${LOW}'’]*[${LOW}](?:[${UP}][${LOW}]+)?(?:-[${UP}${LOW}][${LOW}'’]+|-e(?=\s[A-Z])|-[${UP}](?![\w'’-]))*|[A-Z]'[A-Z][a-z]+)`;
// Arabic particles, and the Portuguese, Spanish and French ones ("Vila do Mar").
const PARTICLE = String.raw`(?:al|el|an|ar|as|ash|at|ad|az|ed|es|et|ez|bin|ibn|abu|da|de|do|dos|das|del|di|du)`;
/** One place name: capitalised words, joined by spaces or by lower-case particles ("al-", "al "). */
// (Persian and Urdu names join with "-e-", "-i-", "-ul-": "Sar-e-Pul", "Mazar-i-Sharif", "Dera-ul-Haq".)
// ("Ruritania as Central European rivals": "as", "at" and "an" between capitals with spaces are English words, not particles.)
const SPACED_PARTICLE = String.raw`(?:(?!(?:as|at|an)\s)${PARTICLE})`;
// ("Bagh e Sherkat", "Qala e Naw": the Persian join written with spaces.)
// ("in al Tarsa village": the article written apart, in lower case, opens the name too.)
export const NAME_SRC = String.raw`(?:(?:${PARTICLE}-|(?:al|el)\s+(?=[${UP}]))?${CAP}(?:(?:\s+|\s+${SPACED_PARTICLE}[\s-]+|\s+e\s+(?=[A-Z])|\s+${PARTICLE}-|-(?:${PARTICLE}|e|i|ye|ul|ol)-|-(?:e|i)\s+(?=[A-Z]))${CAP}){0,3})`;
const NAME_AT_START = new RegExp(`^${NAME_SRC}`);

// Capitalised words that start sentences or name actors anywhere, never places on their own. Any war's
// own names (leaders, groups, agencies) belong in data/conflict.yaml `not_places`.
const NOT_PLACES = new Set([
  ...("The A An In On At By Of For From To And Or But As After Before Since While During Regime When Where Once If Although Though Because Unless Whereas " +
    // Weekdays cut short in wire datelines ("…, Sun: sources"); "Mon" is also a people and a state, so it stays.
    "Tue Tues Wed Thu Thur Thurs Fri Sat Sun " +
    "Government Opposition Rebels Rebel Army Forces Troops Militants Militia Fighters Monitor Observatory He She They It Its Their This That These Those " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "UN U.N. US U.S. EU NATO Both Several Many Some Most Other Others Another Earlier Later " +
    // A participle capitalised by a hurried copy ("on Tuesday, Killing 11 civilians").
    "Killing Killings Wounding Injuring Leaving Including Following According Causing Prompting Forcing Sending " +
    // Peoples, faiths and movements: adjectives, not places.
    "Islamic Islamist Jihadist Kurdish Kurd Kurds Arab Arabs Sunni Sunnis Shia Shiite Shiites Druze Alawite Alawites Christian Christians Muslim Muslims Jewish Yazidi Turkmen Catholic Orthodox Buddhist Hindu " +
    "Civil Europe Africa Asia " +
    // "an Internally Displaced Persons camp": capitalised words of a description.
    "Internally Displaced " +
    // "Houses were torched", "Crops were burned": plural nouns that open a sentence.
    "Houses Homes Buildings Shops Huts Vehicles Cars Trucks Convoys Markets Schools Hospitals Clinics Mosques Churches Temples " +
    "Offices Crops Fields Roads Bridges Residents Civilians Villagers People Families Children " +
    "Women Men Bodies Dozens Hundreds Thousands Scores " +
    // "told VOA via WhatsApp that …": apps and platforms.
    "WhatsApp Twitter Facebook Telegram Instagram YouTube TikTok " +
    // "the Organization of African Unity bridge", "the Ministry of Health": the first word of an institution's name.
    "Organization Organisation Ministry University Committee Commission Department").split(" "),
  // ("said in a statement to AFP …", "the United Nations 'safe area' of X": a newsroom or an agency, never the place.)
  "United Nations",
  ...OUTLETS.map(([name]) => name),
]);
// A name ending in one of these is an organisation ("Islamic State", "Tiger Forces", "Civil Defence"), or
// a body of armed men ("the Tarsa Volunteers", "Border Troops").
const ORGANISATION_END = /\s(?:State|Army|Forces|Front|Brigades?|Battalions?|Council|Party|Movement|Group|Militias?|Organi[sz]ation|Committee|Ministry|Agency|Union|Coalition|Alliance|Network|Commission|Authority|Police|Guards?|Rifles|Helmets|Crescent|Cross|Observatory|Units|Defen[cs]e|Volunteers|Gendarmerie|Peacekeepers|Fighters|Militants|Rebels|Guerrillas|Troops|Soldiers|Corps)$/;

let profileWords: Set<string> | null = null;
const profileNotPlaces = () => (profileWords ??= new Set([...loadProfile().notPlaces].map((w) => w.toLowerCase())));

/** True when `name` cannot be a place: a refused word, a demonym, an organisation, a country's possessive ("Mali's", "Malis"). */
export function isNotPlace(name: string): boolean {
  const first = name.split(/[\s-]/)[0];
  const own = profileNotPlaces();
  if (NOT_PLACES.has(name) || NOT_PLACES.has(first) || own.has(name.toLowerCase()) || own.has(first.toLowerCase())) return true;
  if (ORGANISATION_END.test(name)) return true;
  if (isDemonym(name) || isDemonym(first)) return true;
  // "Malis Gao": the possessive whose apostrophe the copy lost.
  const poss = /^(.+?)['’]?s$/.exec(first);
  return !!poss && !countryWords().has(placeKey(first)) && countryWords().has(placeKey(poss[1]));
}

// A name stops before a word that cannot continue it, as copy that lost its punctuation runs on
// ("Hama Monday", "Daraa Kills Five", "Aleppo Monitor"): days, months, headline verbs, institutions.
// (A compass word continues a name: "North Kivu".)
const COMPASS = new Set(COMPASS_WORDS);
const ENDS_NAME = new Set([...NOT_PLACES, ...HEADLINE_WORDS.filter((w) => !COMPASS.has(w.toLowerCase())),
  ...NAME_ENDERS]);
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const SAID_LEADS = new Set(["Port", "Sheikh", "Sheik", "Abu", "Bir", "Tal", "Tell", "Tel", "Kafr", "Kfar", "Deir", "Beit", "Ain", "Bab", "Jebel", "Jabal", "Wadi", "Ras", "Jisr", "Khirbet", "Khirbat", "Qasr", "Umm"]);
// Words a name may hold after such a leading word ("Tal Arab", "Kafr Arab Said"), which alone end a name.
const AFTER_LEAD = new Set(["Said", "Arab"]);
const TRAILING_PARTICLE = new RegExp(String.raw`\s+${PARTICLE}$`);
function runsOn(name: string): string {
  const words = name.split(" ");
  // (After a particle the word belongs to the name: "Vila do Mar".)
  // ("Port Said", "Sheikh Said", "Tal Arab": after a word that leads Arabic names, "Said" is a name, not the
  // verb, and "Arab" a name, not the people.)
  const cut = words.findIndex((w, i) => i > 0 && ENDS_NAME.has(w) && !PARTICLE_WORD.test(words[i - 1]) && !(AFTER_LEAD.has(w) && (SAID_LEADS.has(words[i - 1]) || (words[i - 1] === "Arab" && SAID_LEADS.has(words[i - 2])))));
  return cut > 0 ? words.slice(0, cut).join(" ").replace(TRAILING_PARTICLE, "") : name;
}

/** "the capital of X province", "the provincial capital of X": X is a region, and the place meant its seat. */
export const CAPITAL_OF_BEFORE = /\bcapital\s+of\s+(?:the\s+)?$/i;
/** "the town of", "the village of" just before a name: the text says it is a settlement. */
export const TOWN_OF_BEFORE = /\b(?:town|city|village|hamlet)\s+of\s+(?:the\s+)?$/i;

/** Reads a place name at the start of `s` (after trimming determiners the caller removed). */
export function nameAt(s: string): string | null {
  const m = NAME_AT_START.exec(s);
  if (!m) return null;
  let name = placeNames.get(m[0]);
  if (name === undefined) {
    if (placeNames.size > 100_000) placeNames.clear();
    placeNames.set(m[0], (name = placeName(m[0])));
  }
  return name;
}

// The same names come back in sentence after sentence: each is trimmed and checked once (bounded).
const placeNames = new Map<string, string | null>();

/** The place a run of capitalised words names, or null. */
// "the Tarsa Islamic Liberation Front's camp", "the Tarsa People's Army": a run of capitals that ends as a
// movement's name names the movement, whatever place its first word is. (Police, State and Forces end
// names of places' institutions too: "the Tarsa Police headquarters" stands in Tarsa.)
const MOVEMENT_END = /\s(?:Front|Army|Movement|Party|Brigades?|Battalions?|Council|Organi[sz]ation|Coalition|Alliance|Tigers?)(?:['’]s?)?$/;

// "Hamas-run Gaza", "the UN-run Tarsa school": who runs it describes the place; the name comes after.
export const RUN_BY = /^(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*-(?:run|held|controlled|backed|led|occupied|administered|dominated|majority|populated|inhabited)\s+(?=[A-Z])/;
// "this West African state", "Central European rivals": a continent's people, never a place.
const CONTINENTAL = /(?:^|\s)(?:Asian|African|European|American|Latin)$/;

function placeName(run: string): string | null {
  // (The readers of objects skip the owner and read the name after it; a run that starts with it is no name.)
  if (RUN_BY.test(run) || MOVEMENT_END.test(run) || CONTINENTAL.test(run)) return null;
  // Trailing generic words are descriptions, not part of the name ("X districts", "Y town").
  // ("Gaza City", "Mexico City" keep theirs: many cities are named so, and the resolver reads "X City" as X.)
  // ("Tarsa Local Government Area": a Nigerian district named with its kind, cut before "Government".)
  const name = runsOn(run).replace(/\s+(?:Province|Governorate|Town|Village|District|Districts|Township|Countryside|Region|Area|Local)$/i, "");
  return isNotPlace(name) ? null : name;
}

/** The place columns of a row: ids, precision (ours, ACLED's and UCDP's) and how the place was found. */
export function placeColumns(f: PlaceFinding | null) {
  const p = f?.found ?? null;
  const kind = p?.kind ?? null, district = !!p?.id.startsWith("geonames-admin2:");
  return {
    place_id: p?.id ?? null,
    country: p?.country || null,
    geo_precision: (!p ? "unknown" : kind === "place" ? "town" : kind) as "town" | "region" | "country" | "unknown",
    /** ACLED: 1 the named town, 2 a district (a part of a region), 3 a larger region. */
    acled_geo_precision: (!p ? null : kind === "place" ? 1 : district ? 2 : 3) as 1 | 2 | 3 | null,
    /** UCDP GED where_prec: 1 exact place, 3 second-level unit (a district), 4 first-level region, 6 country. */
    ucdp_where_prec: (!p ? null : kind === "place" ? 1 : district ? 3 : kind === "region" ? 4 : 6) as 1 | 3 | 4 | 6 | null,
    resolution: (f?.found ? f.how! : "unresolved") as "exact" | "variant" | "context" | "unresolved",
    resolution_note: f?.why ?? null,
    /** Unresolved: what the name could mean ("Tripoli (LY, geonames:2210247)"), for an editor. */
    candidates: !p && f?.candidates.length ? f.candidates.slice(0, 6).map((c) => `${c.name} (${[c.admin1Name, c.country].filter(Boolean).join(", ")}; ${c.id})`).join("; ") : null,
  };
}
