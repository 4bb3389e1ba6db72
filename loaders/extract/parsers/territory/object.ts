/**
 * The place or places a territorial verb acts on: "captured the villages of A, B and C", "the holy
 * town of X", "targeted a house in the Y camp". Reads forward from the end of the trigger and stops
 * at the first thing that is not a place. Also reads a subject backwards ("A and B were captured").
 */
import { nameAt } from "../../places.ts";
import { phrases, wordSet } from "../../lexicon/pattern.ts";
import { ADJECTIVAL_FOLLOWERS, BUILDINGS_HIT, LOWER_FACILITY_WORDS, COMMUNITY_ADJECTIVES, COMPASS_ADJECTIVES, COMPASS_WORDS, FACILITY_WORDS, HEADLINE_WORDS, ORGANISATION_WORDS, PLACE_ADJECTIVES, PLACE_KINDS, POST_KINDS, POSTS_AFTER_KIND, POSTS_NAMED_BY_PLACE, REGION_KINDS, SENTENCE_CONNECTIVES, SITE_NOUNS, UNNAMED_PLACE_IN_SRC } from "../../lexicon/territory-words.ts";
import * as People from "../../lexicon/people.ts";
import { DEMONYMS } from "../../lexicon/people.ts";
import { all } from "../../lexicon/pattern.ts";
import { isCountryName } from "../../lexicon/countries.ts";
import { remembered } from "../../../remembered.ts";

// The list reader tries a dozen patterns at each item: each is tried at `pos` of the whole sentence, not on a
// copy cut from `pos`. (The same match: these patterns look neither behind their start nor at a word boundary there.)
const stickyOf = (re: RegExp) => new RegExp(re.source.replace(/^\^/, ""), `${re.flags}y`);
const execAt = (re: RegExp, s: string, pos: number) => { re.lastIndex = pos; return re.exec(s); };

export interface PlaceObject { mention: string; at: number; refersBack?: boolean; nearOnly?: boolean; nation?: string; townOnly?: boolean }

// "took full control of the town", "shelled the provincial capital": a place named before, not here.
// A bare "the capital" is the country's, and "the town of X" or "the town's" names or owns, so neither is meant.
// ("this coastal capital", "this Tarsan border town": a reporter's word for the place of the dateline.)
// ("seized the centre of the village": a part of the town named before stands for it; "entered the city and raised
// their flag": "and" before a verb ends the object, where "the town and its villages" goes on.)
// ("retook the town in the afternoon", "overran the city in 2010": a time after "in" leaves the town the one named before.)
const BACK_REFERENCE = /^the\s+(?:center|centre|heart|outskirts|edges?)\s+of\s+(?:the|this)\s+(?:[a-z-]+\s+)?(?:town|city|village)\b|^the\s+(?:town|city|village)['’]s\s+(?:center|centre|heart|outskirts|edges?)\b|^(?:the|this|that)\s+(?:(?:[a-z-]+)\s+){0,2}?(?:town|city|village|port|settlement|hamlet|commune|township|(?:provincial|regional|local|state|district|county)\s+capital)\b(?!\s+(?:of|in(?!\s+(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours|\d{4})\b)|near|and(?=\s+(?:the|its|their|a|an|other|surrounding|nearby|neighbou?ring|[A-Z]))|or|hall|council|limits|authorities|officials|centre|center)\b|['’-])|^this\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?(?:town|city|village|port|capital|enclave)\b(?!\s+(?:of|in(?!\s+(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours|\d{4})\b)|near|and(?=\s+(?:the|its|their|a|an|other|surrounding|nearby|neighbou?ring|[A-Z]))|or|hall|council|limits|authorities|officials|centre|center)\b|['’-])/;

// "The town was captured", "the local capital fell": the same back-reference as the subject of a passive verb.
// (Or of an aside: "The city, besieged for months, fell", read from the comma.)
const BACK_REFERENCE_BEFORE = /(?:^|[^\w])((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[a-z-]+)\s+){0,2}?(?:town|city|village|port|settlement|hamlet|commune|township|(?:provincial|regional|local|state|district|county)\s+capital))(?:(?:,\s+(?:which|that)|\s+(?:which|that))?\s+(?:(?:also|then|later|eventually|finally|quickly|itself)\s+)?)?$/;

// "the Uruguayan capital", "the besieged Costa Rica capital": a country's capital named by its people's
// word or its name, with no name after it ("the Vey capital, Tarsa" names it). The reader
// looks the country up; a word that names none ("the regional capital") gives no place.
const NATION_CAPITAL = String.raw`[Tt]he\s+(?:(?:besieged|beleaguered|embattled|rebel-held|war-torn|battered|shattered|devastated)\s+)?((?:[A-Z][\w'’-]+\s+){1,2})capital\b`;
// ("Vey's capital": the country named as the owner.)
const NATION_OWNS_CAPITAL = String.raw`((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)['’]s\s+capital\b`;
const NATION_CAPITAL_AT = new RegExp(String.raw`^(?:${NATION_CAPITAL}|${NATION_OWNS_CAPITAL})(?!\s*,?\s+(?:of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]|['’-]|\s+(?:city|region|district|area|province)\b)`);
const NATION_CAPITAL_AT_POS = stickyOf(NATION_CAPITAL_AT);
const NATION_CAPITAL_BEFORE = new RegExp(String.raw`(?:^|[^\w])(${NATION_CAPITAL})(?:,\s+(?:which|that)|\s+(?:which|that))?\s+(?:(?:also|then|later|eventually|finally|quickly|itself)\s+)?$`);
const nationCapital = (m: RegExpExecArray | null, at: number): PlaceObject[] => (m ? [{ mention: m[0].trim(), at, refersBack: true, nation: (m[1] ?? m[2]).trim() }] : []);

/** "the town" as the subject before a verb at `end`, standing for a place named before; "the Libyan capital", the country's. */
// "The city, which lies 50 km west of X, has been under siege", "The city's population, up to 300,000, has been":
// an aside between the subject and its verb.
const SUBJECT_ASIDE = /^(\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|port|settlement|hamlet|commune|township))(?:['’]s\s+(?:population|residents|inhabitants|people))?,\s+(?:[^,;.]|[,.](?=\d{3})){3,100},\s+$/;

export function subjectReferredBack(s: string, end: number): PlaceObject[] {
  const aside = SUBJECT_ASIDE.exec(s.slice(0, end));
  if (aside) { const at = aside[1].length - aside[1].trimStart().length; return [{ mention: aside[1].trim(), at, refersBack: true }]; }
  const w = Math.max(0, end - 80);
  const m = BACK_REFERENCE_BEFORE.exec(s.slice(w, end));
  if (m) return [{ mention: m[1], at: w + m.index + m[0].indexOf(m[1]), refersBack: true }];
  const n = NATION_CAPITAL_BEFORE.exec(s.slice(w, end));
  return n ? [{ mention: n[1], at: w + n.index + n[0].indexOf(n[1]), refersBack: true, nation: n[2].trim() }] : [];
}

const NAME_AFTER_BACK_REFERENCE = /^,\s+(?:the\s+(?:city|town|village)\s+of\s+)(?=[A-Z])/;
const TOWN_THEN_NAME = /an?\s+(?:[a-z-]+\s+)?(?:town|village|city),\s+/y;
// "north of", "south-west of": a compass point, then the place it is told from.
const COMPASS_OF = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of`;
// ("seized significant portions of X", "took control of vast swathes of Y": a share said by its size.)
// ("the Ulmarian side of Tarsa", "the western half of X": a side of a town on a border or a river is the town.)
const SHARE_OF = /(?:(?:around|about|nearly|almost|some|roughly|over|more\s+than)\s+)?(?:half|two-thirds|a\s+third|three-quarters|a\s+quarter|most|much|(?:(?:large|vast|significant|substantial|considerable|major|key|big|wide)\s+)?(?:parts|portions|swathes|swaths|areas|sections|chunks)|\d+\s*(?:per\s?cent|%)|the\s+(?:[A-Za-z-]+\s+)?(?:side|half|bank))\s+of\s+/iy;
const CAPITAL_OF_ASIDE = /^,\s+the\s+(?:(?:provincial|regional|state|district)\s+)?capital\s+of\s+(?:the\s+)?(?=[A-Z])/;

// "Government forces now occupy it", "before capturing it": "it" as the whole object, the clause ending there.
const IT = /^it\b(?=\s*(?:[,.;:)]|$|\s+(?:from|on|in|after|before|during|last|early|late|back|again|and|with|by|within|for|once|completely|entirely|fully|yesterday|today|overnight|this|since|until)\b))/;

/**
 * "the town" standing for a place the article has just named; empty when the object is anything else.
 * With `it`, a bare "it" too (for control and sieges: "attacked it" may be a convoy as well as a town).
 */
export function placeReferredBack(s: string, from: number, it = false): PlaceObject[] {
  // ("encircled almost the whole river town": a degree before the determiner.)
  const degree = /^(?:virtually|almost|nearly|practically|effectively)\s+(?=the\s)/.exec(s.slice(from));
  if (degree) from += degree[0].length;
  const rest = s.slice(from);
  const m = BACK_REFERENCE.exec(rest) ?? (it ? IT.exec(rest) : null);
  if (m) {
    // "took the regional capital, the city of X": the name said right after.
    const named = NAME_AFTER_BACK_REFERENCE.exec(rest.slice(m[0].length));
    const itsName = named ? nameAt(rest.slice(m[0].length + named[0].length)) : null;
    if (itsName) return [{ mention: itsName, at: from + m[0].length + named![0].length }];
    // "encircling the town, the capital of X province": the seat of the region named (the reader looks it up).
    const seat = CAPITAL_OF_ASIDE.exec(rest.slice(m[0].length));
    const name = seat ? nameAt(rest.slice(m[0].length + seat[0].length)) : null;
    return name ? [{ mention: name, at: from + m[0].length + seat![0].length }] : [{ mention: m[0], at: from, refersBack: true }];
  }
  return nationCapital(NATION_CAPITAL_AT.exec(rest), from);
}

// ("the gold-mining site of Tarsa": a site, as a kind before its name only; "New Site" may be a name.)
const KIND = `(?:${phrases([...PLACE_KINDS, "site", "sites"])})`;
// ("entered the long-embattled X", "the once-besieged Y": an adverb joined to the describing word.)
const ADJ = `(?:(?:long|once|now|newly|still)-)?(?:${phrases(PLACE_ADJECTIVES)})`;
// "bombarded Christian areas of X": a community's quarters of a town.
const COMMUNITY = `(?:${phrases(COMMUNITY_ADJECTIVES)})`;
// A lower-case describing word before a kind ("the holy town of"); never a word that joins clauses.
const LOWER = String.raw`(?!(?:and|or|as|of|in|on|at|to|from|by|with|near|that|which|who|the)\s)[a-z][a-z-]*`;
// (Longer ones first: "a portion of" before "a".)
// ("seized eastern and central districts of X", "the Ulmar Tigers' northern stronghold of X".)
// ("the territories of Tarsa, Ulmar and Qarn districts", "the Bolo-controlled area of Tarsa".)
const DET = String.raw`(?:(?:an?|the)\s+(?:[a-z-]+\s+)?parts?\s+of(?:\s+the)?|(?:(?:major|large|key|several|some|the)\s+)?sections?\s+of(?:\s+the)?|the\s+territories\s+of|(?:the|a)\s+[A-Z][\w]+-(?:controlled|held|occupied|run)(?=\s)|(?:(?:[a-z]+ern|central|and)\s+){1,3}(?:districts|neighbou?rhoods|suburbs|quarters|parts|areas)\s+of(?:\s+the)?|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+s['’](?=\s)|a portion of|portions of|(?:large\s+|vast\s+)?swathes? of|a swathe of|half of|the rest of|the whole of|the|a|an|its|their|his|her|our|this|that|most of|parts of|much of|all of|part of|some of|large parts of|[A-Z][\w-]+['’]s|[a-z]+s['’]|[a-z]+['’]s)`;
// Determiners and describing words, then perhaps a kind: "the villages of", "the port town of",
// "the Lankan town of" (a capitalised qualifier needs "of" after the kind), "Tarsa's southern villages of".
const SETTLEMENT = String.raw`(?:villages?|towns?|city|cities|hamlets?|settlements?|port|commune|locality|localities|neighbou?rhoods|districts|suburbs|quarters)`;
// "the following villages: A, B and C", "three towns: A, B and C": a list after a colon.
// ("the territories previously occupied by Armenia: A, B and C": a few words may say whose they were.)
const LISTED = String.raw`(?:the\s+)?(?:following\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:villages|towns|settlements|localities|cities|areas|positions|districts|territories)(?:\s+[^\s:.;,]+){0,5}\s*[:;]\s*`;
// "the besieged Darfur city of X": a region's name before a singular kind and "of" says where X lies
// ("X town of Y district" is X, in Y).
// "captured on Monday the port of X", "took over Wednesday X": when, between the verb and its place.
// ("struck intensively this noon the villages of X": how, then when.)
const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WHEN = String.raw`(?:[a-z]+ly\s+)?(?:(?:(?:late|early)\s+)?on\s+${DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:late|early)\s+${DAY}|${DAY}(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:the\s+)?[A-Z])|(?:this|last)\s+(?:morning|noon|afternoon|evening|night)|overnight|yesterday),?`;
// A capitalised qualifier ("the Lankan town of X", "the south Lebanon town of X", "the fabled Tarsan trading town of X") only after a determiner: "Dhara and Trava villages of
// Karin sector" lists villages; Trava is one of them.
// "several villages in X district": the district they lie in (tabled at its own precision). Villages in a
// province or a state are not the province taken, so only the small areas that contain villages count.
const UNNAMED_PLACES_IN = String.raw`(?:several|some|many|a number of|a few|dozens of|scores of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|ten|more)\s+(?:(?:more|other|small|nearby|surrounding|neighbou?ring|strategic|key)\s+)?(?:villages|towns|settlements|hamlets|localities|areas|neighbou?rhoods|districts)\s+(?:in|of|around)\s+(?=(?:[A-Z][\w’'-]+\s+){1,3}(?:district|sub-district|county|township|municipality|commune)\b|the\s+(?:city|cities|town|towns)\s+of\s)`;
// "entered a neighbourhood in West Tarsa": a part of a town, in the town.
const QUARTER_IN = String.raw`(?:an?|one|two|three|several|some|the)\s+(?:[a-z-]+\s+)?(?:neighbou?rhoods?|quarters?|suburbs?)\s+in\s+(?=[A-Z]|the\s+(?:city|town)\s+of\s)`;
// "as well as an IDP camp in Tarsa", "and a house in the town of Ulmar": a building hit or taken, in a town.
// (Only after the first item: the first, after its verb, is read by the verb's own rules.)
// ("a car in the southern city of X": the town's kind with its describing words.)
const BUILDING_IN = String.raw`(?:an?|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:${phrases(BUILDINGS_HIT)})\s+(?:in|at)\s+(?=[A-Z]|the\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+){0,2}?(?:city|town|village)\s+of\s)`;
// "a small town called Tarsa", "a place known as Ulmar": the name after the word that gives it.
const CALLED = String.raw`(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:town|village|city|place|area|camp|settlement|locality|hamlet)\s+(?:called|named|known\s+as)\s+[“"]?(?=[A-Z])`;
// "Tarsa's upscale Ulmar district", "Bolo's central Qarn camp": an owner, a describing word, then the name;
// "the sub-district's Tarsa village": an owner said by its kind.
const OWNER_AND_WORD = String.raw`(?:[A-Z][\w-]+['’]s\s+(?!(?:and|or|of|in|on|at|to|by|the|a|an)\s)[a-z][a-z-]+|(?:the|its|their)\s+(?:sub-?)?(?:district|province|region|state|county|city|town|area|governorate|municipality)['’]s)\s+(?=[A-Z])`;
// "in the capital Tarsa", "the provincial capital, Ulmar": the capital named after its word.
// ("the rebel region's capital, X": an owner in lower case too.)
// ("Qarn's second-largest city, Tarsa", "the president's home town of Ulmar", "her hometown of Bolo": a place described, then named.)
// ("South Tarsa's capital, Ulmar", "Qarn's second city, Bolo": an owner of two words; a city counted second or third.)
// ("his province's capital, Ulmar": an owner said with a possessive.)
const CAPITAL_NAMED = String.raw`(?:(?:the|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s|(?:the|his|her|its|their|our)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+['’]s)\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+(?=capital\s+[A-Z]))?(?:capital|(?:other\s+)?(?:(?:[a-z]+-)?(?:largest|biggest)|main|principal|chief|second|third)\s+(?:city|town|port))|(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}?(?:[\w-]+['’]s|his|her|their|its|our|my)\s+(?:home\s*town|home\s+village|birthplace|native\s+(?:town|village|city))\s+of),?\s+(?=[A-Z])`;
// "targeted the military detachment of Tarsa", "the army garrison at Ulmar": a post named by its town.
// ("a district police station of X", "the police post of Y".)
// ("the headquarters of the administrative unit of Tarsa": a seat of local rule, and the unit it rules, before the name.)
const POST_OF = String.raw`(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:(?:detachment|garrison|outpost|barracks|city hall|town hall|police station|police post|administrative post|border post|army post|military post)\s+(?:of|in|at)|headquarters\s+(?:of\s+the\s+(?:[a-z-]+\s+)?(?:unit|locality|municipality|commune|council|administration)\s+of|in|at))\s+(?=[A-Z])`;
// "seized the headquarters of the army's 22nd Infantry Division in the town of X": a unit's post, in its town.
const UNIT_POST_IN = String.raw`(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:headquarters|base|barracks|garrison)\s+of\s+(?:the\s+)?[^,.;()]{3,70}?\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?=[A-Z])`;
// "Barangay Tarsa", "Brgy. Ulmar": the Philippine word for a village district, before its name.
// ("surrounded its near neighbour Tarsa": a town named as the neighbour of the one before.)
// ("the (adjoining) town of X": an editor's word in brackets; "the City of X", the formal name.)
// ("most of eastern and central Tarsa": two compass words joined before one name.)
// ("the mainly Shiite Tarsa neighbourhood": a community's word before a name that its kind follows.)
// ("the Tarsa settlement of Bolo's Qarn district": what follows "of" is the district the settlement lies in, not its name.)
const REGION_AFTER_OF = String.raw`(?:[A-Z][\w’'-]+['’]s\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3}\s+(?:district|province|region|county|governorate|township|municipality|raion|oblast)\b`;
const PREFIX_UNIT = String.raw`(?:${WHEN}\s+|(?:(?:mainly|mostly|predominantly|largely|overwhelmingly)\s+)?${COMMUNITY}\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:neighbou?rhoods?|district|quarter|area|suburb|village|town)\b)|and\s+(?=(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+[A-Z])|\([a-z][a-z-]{2,15}\)\s+|(?:its|their|the)\s+(?:(?:near|nearby|close|immediate)\s+)?neighbou?r\s+(?=[A-Z])|[a-z]+-(?:hit|stricken|ravaged|torn|scarred|battered|affected|controlled|held|run|occupied)\s+(?=[A-Z])|(?:Barangay|Brgy\.?)\s+(?=[A-Z])|(?:the\s+)?(?:City|Town|Village|Municipality|Township)\s+of\s+(?=[A-Z])|(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*-(?:run|held|controlled|backed|led|occupied|administered|dominated|majority|populated|inhabited)\s+(?=[A-Z])|${CAPITAL_NAMED}|${POST_OF}|${UNIT_POST_IN}|${UNNAMED_PLACES_IN}|${QUARTER_IN}|${CALLED}|${OWNER_AND_WORD}|${LISTED}|(?:[A-Z][\w’'-]+['’]s\s+)?(?:[A-Z][\w’'-]+\s+){1,2}(?:(?:port|coastal|border|garrison|river|industrial|market|oil|holy)\s+){0,2}(?:city|town|village|port|capital)\s+of\s+(?=[A-Z]|(?:al|el|an|ad|ar|as|at|az)-[A-Z])(?![A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3}\s+(?:district|province|region|state|county|governorate|township|division|local\s+government|LGA|area|sub-district|commune|municipality|department|prefecture|District|Province|Region|State|County|Area|LGA)\b)|(?:the|a|an|its|their)\s+(?:(?:${ADJ}|north|south|east|west)\s+)*(?:${LOWER}\s+)?(?:[A-Z][\w’'-]+\s+){1,2}(?:${LOWER}\s+)?(?:${SETTLEMENT}|strongholds?|bastions?|heartland)\s+of\s+(?!${REGION_AFTER_OF})|${DET}\s+|${ADJ}\s+|(?:(?:${LOWER}|${COMMUNITY})\s+){0,2}${KIND}\s+(?:(?:and|or)\s+${KIND}\s+)?(?:of\s+)?)`;
const PREFIX = new RegExp(`${PREFIX_UNIT}*`, "y");
const BUILDING_IN_ITEM = new RegExp(BUILDING_IN, "y");
// ("attacked X town, along with the villages of A and B": the list goes on.)
// ("the towns of A and the south of the city of B": a part of the next town, by its compass point.)
// ("shifted their assault to A, followed by B and C", "A, and finally B": the places one after the other;
// "strikes in A, B and in the vicinity of C": where the last one fell, said with its own preposition.)
const SEPARATOR = /^\s*(?:,\s*(?:and\s+(?:then\s+|finally\s+|later\s+)?|as well as\s+|or\s+|along with\s+|together with\s+|(?:then\s+)?followed by\s+)?|\s+and\s+(?:then\s+|finally\s+|later\s+)?|\s+as well as\s+|\s+or\s+|\s+along with\s+|\s+followed by\s+|;\s*(?:and\s+)?|\/)(?:(?<=and\s+)(?:the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:parts?\s+|outskirts\s+|edge\s+)?of|in\s+the\s+(?:vicinity|outskirts|area)\s+of|near|around)\s+(?=[A-Z]|the\s))?/;
const OWNER_KIND = new RegExp(String.raw`^\s+(?:${phrases([...REGION_KINDS, "district", "township", "county"])})['’]s\s+(?=[A-Z])`);
const TRAILING_KIND = new RegExp(String.raw`^\s+(?:${KIND})\b`, "i");
// "… on Tarsa's rural outskirts; and the villages of …": a description up to the next item.
const SKIP_TO_SEMICOLON = /^\s+(?:on|in|near|outside|(?:west|east|north|south)(?:-?(?:west|east))? of)\b[^,;.]*;\s*(?:and\s+)?/;
// "X district in Y province and Z district": the region a place lies in, between two items.
// ("Tarsa town in western Bolo and Ulmar town in eastern Bolo": a compass word and a name, then the next item.)
// ("A and B in southern countryside of Tarsa, and C": the countryside or outskirts of a town.)
const IN_REGION = new RegExp(String.raw`^\s+in\s+(?:the\s+)?(?:(?:(?:[a-z]+ern|central)\s+)?(?:countryside|outskirts|suburbs)\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:[\s-]+[A-Z][\w’'-]+)?(?=\s*(?:,|\band\b))|(?:[A-Z][\w’'-]+\s+){1,3}(?:${phrases([...REGION_KINDS, "district", "raion", "township", "municipality", "division", "zone", "woreda"])})\b|(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+[A-Z][\w’'-]+(?=\s+and\s+[A-Z][\w’'-]+(?:\s+(?:town|village|city|district))?\b))`);
// "A in Tarsa, B in Ulmar and C": where each item lies, when another item follows.
const IN_NAMED_REGION = /^\s+in\s+(?:[A-Z][\w’'-]+(?:[\s-]+[A-Z][\w’'-]+){0,2})(?=\s*(?:,|\band\b|;|\bas well as\b))/;
// "the following towns; Tarsa at the border, Ulmar in the south and Qarn": where an item lies, in a few
// words, when the list goes on after it.
// ("on the border of A and B districts" names places of its own: no "of" in the aside.)
// ("the villages of A and B near the border, and the district of C": a new item said by its kind.)
const LOCATED_ASIDE = /^\s+(?:at|on|near|in)\s+the\s+(?:(?!of\s)[a-z-]+\s+|[A-Z][\w-]*\s+(?=(?:[A-Z][\w-]*\s+)*border\b)){0,3}?(?!of\b)[a-z-]+(?=\s*(?:,|\band\b)\s*(?:and\s+)?(?:[A-Z]|the\s+(?:district|town|village|city)\s+of\s+[A-Z]))/;
// "in Tarsa, Qarn district, on Friday": the region an item lies in, set off by a comma (no list item).
const COMMA_REGION = new RegExp(String.raw`^,\s+(?:the\s+)?(?:[A-Z][\w’'-]+[\s-]+){1,3}(?:${phrases([...REGION_KINDS, "district", "raion", "township", "municipality", "division", "woreda", "zone"])})\b`);
const REGION_OF = /^\s+of\s+(?:[A-Z][\w’'-]+(?:[\s-]+[A-Z][\w’'-]+){0,2})(?:\s+(?:district|province|region|county|state|governorate))?(?=\s*(?:,|\band\b|;|$))/;
const DISTANCE_ASIDE = /^,\s+(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?(?:\d[\d,.]*|(?:a\s+)?(?:few|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\s*(?:km|kilometres|kilometers|miles|mi)\b[^,;.()]{0,40}(?=,\s*(?:and\s+|as well as\s+)?[A-Z])/;
// ("Tarsa, north of Bolo, and Ulmar": the direction alone, with no distance, and "and" after it: "Tarsa, just south of
// the capital, Bolo" names the capital.)
const DIRECTION_ASIDE = new RegExp(String.raw`^,\s+(?:(?:just|some|about|roughly)\s+)?${COMPASS_OF}\s+[^,;.()]{1,40}(?=,\s*(?:and|as\s+well\s+as)\s+[A-Z])`);
const ITEM_WHEN = new RegExp(String.raw`^\s+${WHEN}(?=\s*(?:,|and\b|followed\s+by\b))`);
// "Ruvo (Ruwo)": another name for the same place.
const ALSO_CALLED = /^\s*\([^()]{1,40}\)/;
// "captured another town on the highway, Saraqib."
// ("the town of Tarsa, Qarn": a town already named after "of" is no description waiting for its name; nor is "the state
// capital Tarsa, Ulmar and Qarn", a capital named right after its word.)
const NAMED_AT_ITS_KIND = /\b(?:town|village|city|capital)\s+(?:(?:al|el)-)?[A-Z]/;
const APPOSITIVE = /(?:another|a|an|the|one|its)\s+(?:[^\s,]+\s+){0,2}(?:town|village|city|area|hill|capital)\b(?:(?!\s(?:of|called|named)\s+[A-Z])[^,.;]){0,60},\s+/iy;
// "shelled two nearby villages, Tarsa and Ulmar": the villages named after their number.
// ("took another two towns – Tarsa and Ulmar –", "took three provincial capitals over the weekend — Tarsa, …".)
// ("seized two NAX camps – Camp A and Camp B –": an owner's name may stand before the kind.)
// "attacked Tarsa, which is the district's seat, and the villages of A and B": what an item is, between two items.
const RELATIVE_ASIDE = /^,\s+(?:which|that)\s+(?:is|was|are|were|has|had|lies|sits|hosts|houses)\b[^,;.:()]{1,80},(?=\s+(?:and|as well as)\s)/;
// (A dash typed as a spaced hyphen, as scraped copy has it: "three of its towns - Tarsa, Ulmar and Qarn -".)
const COUNTED_APPOSITIVE = /(?:(?:another|a further|all)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|the|these)\s+(?:(?:[a-z-]+|[A-Z]{2,6})\s+){0,3}(?:towns|villages|cities|areas|districts|settlements|neighbou?rhoods|capitals|camps|bases|islands|hamlets|localities|communities|outposts|positions|strongholds)(?:\s+(?:of|held\s+by)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?(?=\s*,))?(?:\s*,\s*|\s+(?:[\w-]+\s+){0,4}?[—–:]\s*|\s+(?:[\w-]+\s+){0,3}[\w-]+:\s*|\s*[—–:]\s*|\s+--?\s+)/iy;
// (Whose strongholds, in lower case: "the villages of Abu Tarsa, …" names the first village, not their owner.)
const countedAppositive = (s: string, pos: number) => {
  const m = execAt(COUNTED_APPOSITIVE, s, pos);
  return m && !/\s(?:of|by)\s+(?:the\s+)?[A-Z]/.test(m[0]) ? m : null;
};
// "Tarsa, the capital of Bolo province, Ulmar, …": an item's capital-of description, between two items.
// ("A, one of the most important towns in the east, B, and C": what an item is, said with "one of".)
// ("seized Tarsa, the second city of the province as well as the nearby town of Ulmar", "took Tarsa, a key town on the
// lake, the mining towns of A, B and C": what an item is, then the next item, joined by ", and", "as well as" or
// named with its kind; a bare " and" may end the aside itself, "a town between A and B".)
const KIND_ASIDE = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:city|town|village|capital|hub|stronghold|port|settlement|locality)\b[^,;.:()]{0,70}?(?=,\s*and\s+[A-Z]|,?\s+as\s+well\s+as\s+(?:the\s+)?[A-Za-z]|,\s*(?:and\s+)?the\s+(?:[a-z-]+\s+){0,2}(?:cities|towns|villages|city|town|village|port|district|districts)\s+of\s+[A-Z])`);
const CAPITAL_ASIDE = /^,\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}capital\s+of\s+|one\s+of\s+the\s+)[^,;.()]{1,70}?(?=,\s*(?:and\s+(?:finally\s+|then\s+)?)?(?:the\s+(?:city|town)\s+of\s+)?[A-Z“"])/;
// "liberated a number of villages, strategic heights and Tarsa town": unnamed items before a named one.
const UNNAMED_ITEM = /(?:(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:base|camp|airport|garrison|post|outpost|headquarters|checkpoint)|(?:a number of|several|some|many|dozens of|scores of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?(?:villages|towns|hills|heights|positions|settlements|areas|hamlets|localities)|(?:strategic\s+|key\s+|several\s+)?(?:heights|hills|positions))(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z“"]|(?:a number of|several|some|many|strategic|key|the\s+(?:city|town|village)\s+of|an?\s+(?:[a-z-]+\s+)?(?:town|village|city),\s+[A-Z]\w*|(?:much|most|parts|large\s+parts)\s+of\s+[A-Z]\w*)\b)/y;
const FOLLOWER = wordSet(ADJECTIVAL_FOLLOWERS);
const PLACE_PART = wordSet(["streets", "outskirts", "centre", "center", "suburbs", "neighbourhoods", "neighborhoods", "districts", "old", "eastern", "western", "northern", "southern", "central", "main", "airport", "port", "market", "edge", "edges", "residential",
  // ("hit Tarsa's private sector", "Tarsa's industrial zone", "Tarsa's city centre": a part of the town named after its possessive.)
  "private", "industrial", "historic", "downtown", "city", "neighbourhood", "neighborhood", "district", "areas", "villages"]);
const DEMONYM_SINGULAR = wordSet(DEMONYMS.map((d) => d.replace(/s$/, "")).concat(DEMONYMS));
const FACILITY_END = new RegExp(String.raw`\s(?:${FACILITY_WORDS.join("|")})$`);
// ("shelling of A and B, Ulmar claims": a capital that claims is a government speaking.)
// ("a hub the militants had held for a decade": a name with "had held" after it is a subject too.)
const OWN_VERB_NEXT = /^(?:\s*,[^,;.]{1,80},)?\s+(?:was|were|(?:has|had|have)\s+(?:been|fallen|held|controlled|occupied|ruled|used|[a-z]+ed\s+(?:it|them|there))|fell|remains|remained)\b/;
const SOURCE_VERB_NEXT = /^\s+(?:said|says|reported|reports|told|added|quoted|announced|claims|claimed|denies|denied|insists|insisted|accuses|accused|warns|warned)\b/;
// "…, Ivan Tarsov, the regional governor, said": a name whose role follows it, then a reporting verb, is the speaker.
// ("…, Ivan Tarsov, the aide of the President of Ruritania, announced": the role may name an office.)
const SPEAKER_ROLE_NEXT = /^,\s+(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w'’-]+){0,10}?,\s+(?:said|says|told|added|reported|announced|stated|confirmed|wrote|tweeted)\b/;
const FACILITY_WORD = new RegExp(String.raw`^(?:${FACILITY_WORDS.join("|")})$`);
// Words that are capitalised in a headline but never a place on their own.
const NOT_A_NAME = wordSet([...HEADLINE_WORDS, ...PLACE_KINDS, ...ORGANISATION_WORDS, ...SENTENCE_CONNECTIVES]);
// "However, the union in Tarsa district, which fell …": a connective and its comma open the sentence; the
// comma closes no apposition, so what follows it is the subject.
const CONNECTIVE_OPENING = new RegExp(String.raw`^\s*(?:${SENTENCE_CONNECTIVES.join("|")}),\s*`);
// "Civilians are under attack": people, capitalised at the head of a sentence, are never a place named alone.
const PEOPLE_WORDS = wordSet(all(People.CHILDREN, People.WOMEN, People.CIVILIANS, People.GOVERNMENT_FORCES, People.OPPOSITION_FIGHTERS, People.COMBATANTS, People.PEOPLE, People.TOLL_NOUNS, People.DISPLACED_NOUNS, People.HOUSEHOLD_NOUNS));
// ", the provincial capital of X": after a comma, "the" and a single place kind describe the item before.
// ("Tarsa, the town of Ulmar and Qarn": a settlement's kind with "of" and a name is a new item, not a description.)
// ("Tarsa, capital of Bolo state": the same, without its article.)
// ("Tarsa, the southern district of Ulmar", "Tarsa, a suburb of Ulmar": where the item lies, said with its part.)
const PART_OF_TOWN = String.raw`(?:district|suburb|neighbou?rhood|quarter|part|outskirts|section)\s+of\s`;
const APPOSITION = new RegExp(String.raw`^(?:the\s+(?:[a-z-]+\s+){0,2}(?:(?:capital|seat|hub|centre|center|stronghold|heart|gateway)\b|(?:city|town|village)\b(?!\s+of\s+[A-Z“"]))|(?:[a-z-]+\s+)?(?:capital|seat)\s+of\s|(?:a|an)\s+(?:[a-z-]+\s+){0,2}${PART_OF_TOWN}|the\s+(?:${COMPASS_ADJECTIVES.join("|")})\s+${PART_OF_TOWN})`);

// "militia-run", "army-backed": a hyphenated adjective, not a name.
const ADJECTIVE_SUFFIX = /-(?:run|held|controlled|backed|led|based|linked|allied|affiliated|occupied|majority|dominated)$/i;
const PLURAL_KINDS = wordSet(PLACE_KINDS.filter((k) => k.endsWith("s") && k !== "outskirts"));
// "East Ghouta", "Upper Nile", "North Kivu": a compass word leads many names. Alone it is none, and
// before a country ("Eastern Syria") it only says which part.
const COMPASS = wordSet(COMPASS_WORDS);
// Names recur in sentence after sentence: each is checked once.
const isName = remembered(checkName);

function checkName(name: string): boolean {
  const words = name.split(" "), first = words[0].toLowerCase(), last = words[words.length - 1];
  // ("New Tarsa", "New Ulmar": "New" leads names as compass words do, and is no name alone.)
  // ("Port Sudan", "Port Harcourt": "Port" too, even before a country's name.)
  const rest = words.slice(1).join(" ");
  const compassLed = words.length > 1 && ((COMPASS.has(first) && !isCountryName(rest)) || first === "new" || first === "port") && !NOT_A_NAME.has(rest.toLowerCase());
  // ("Southern Central", cut from "Southern Central Africa Republic": compass words alone name nothing.)
  if (words.every((w) => COMPASS.has(w.toLowerCase()))) return false;
  return !NOT_A_NAME.has(name.toLowerCase()) && !PEOPLE_WORDS.has(name.toLowerCase()) && (compassLed || !NOT_A_NAME.has(first)) && !isDemonym(name) && !ADJECTIVE_SUFFIX.test(name) &&
    // "West African", "Lankan Villages": a name ending in a nationality or in a plural kind is an adjective.
    !(words.length > 1 && (isDemonym(last) || PLURAL_KINDS.has(last.toLowerCase())));
}

/** "the Sudanese Tarsa town": a nationality before the name describes it. */
function withoutNationality(name: string): string {
  const [first, ...rest] = name.split(" ");
  return rest.length && isNationalityAdjective(first) && /^[A-Z]/.test(rest[0]) ? rest.join(" ") : name;
}

/** "Sudanese", "Iraqi", "Malian": only adjective forms, so "Kurd Ali" stays a village's name. */
const isNationalityAdjective = (word: string) => isDemonym(word) && /(?:ian|ean|ese|i|ish)$/.test(word);

/** "Malian troops", "Malian villages", "the Hassan family's house": a name used as an adjective. */
// "the Tarsa army base", "the Ulmar air base", "the Qarn check post": a base named after its town stands in it.
// ("stormed the Tarsa police station": a station too, where "the Tarsa police said" is the town's police.)
// ("the Ulmar army camp was attacked", "hit the Qarn security post": a camp or a post named by its force too.)
const POST_AFTER_NAME = String.raw`(?:(?:${phrases(POST_KINDS)})\s+)?(?:${phrases(POSTS_NAMED_BY_PLACE)})\b|(?:${phrases(POST_KINDS)})\s+(?:${phrases(POSTS_AFTER_KIND)})\b`;
const BASE_AFTER = new RegExp(String.raw`^\s+(?:${POST_AFTER_NAME})`);

const INDEFINITE_JUST_BEFORE = /\b(?:a|an)\s+$/;
const OWNED_AFTER = /^\s+(?:strongholds?|bastions?|heartland|fiefdom)\b/;
function usedAsAdjective(s: string, end: number, first: boolean): boolean {
  const next = /^\s+([a-z]+)|^(['’]s?\s+([a-z]+))/.exec(s.slice(end, end + 40));
  if (!next) return false;
  if (BASE_AFTER.test(s.slice(end, end + 30))) return false;
  // "Tarsa City's streets", "Tarsa's outskirts": the place itself; "the Hassan family's house": a person's.
  if (next[2]) return !PLACE_PART.has(next[3]);
  const w = next[1];
  return FOLLOWER.has(w) && !(PLURAL_KINDS.has(w) && !first);
}

function isDemonym(name: string): boolean {
  const n = name.toLowerCase();
  return DEMONYM_SINGULAR.has(n) || DEMONYM_SINGULAR.has(n + "s");
}

/** Place names forming the object that starts at `from`. Empty when the object is not a place. */
// "Tarsa's Ulmar camp": an owner's name and its possessive, before the name it owns.
const POSSESSOR = /^(.+?)['’]s\s+(?=[A-Z])/;
// ("an Ulmari security centre belonging to the Qarnis in Tarsa", "Bolo army camp in Tarsa": a kind word before the
// building's word, and who it belongs to, still leave the town after it.)
// (But "the Bolo refugee camp in Tarsa", "Qarn displacement camp": a camp where the displaced live is a settlement of
// its own, and the place, as conflict tables code it.)
// ("Tarsa refugee camp in Bolo, Ulmar cattle camp in Qarn": a camp that is a place of its own, and where it lies, before the list goes on.)
const OWN_CAMP = String.raw`(?:displacement|refugee|IDP|cattle|displaced(?:\s+persons?['’]?)?|displaced\s+people['’]s)\s+camp`;
const OWN_CAMP_NEXT = new RegExp(String.raw`^\s+${OWN_CAMP}(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?`);
// A building's word in capitals after its name, then its town: "the Jon Bolo School in the Tarsa neighbourhood" (a
// building named after a person); "Al-Tarsa School B in Ulmar", "Block 4 Hospital" (told apart by a letter or a number).
const CAPITAL_FACILITY = new RegExp(String.raw`^\s+(?:${FACILITY_WORDS.join("|")})(?:\s+(?:[A-Z]|\d{1,3}))?(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])`);
// ("the Tarsa Kan Buddhist monastery in Ulmar": a faith's word before the building's.)
const LOWER_FACILITY_WORD = LOWER_FACILITY_WORDS.join("|");
const LOWER_FACILITY = new RegExp(String.raw`^\s+(?!${OWN_CAMP}\b)(?:(?:[a-z]+|${COMMUNITY})\s+)?(?:${LOWER_FACILITY_WORD})(?:\s+(?:belonging\s+to|run\s+by|used\s+by|owned\s+by)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])`);
// "Bessin, the region's largest hospital, in Tarsa": a building named, then said what it is, then where.
const FACILITY_APPOSITION = new RegExp(String.raw`^,\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:${LOWER_FACILITY_WORD})s?,(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])`);
const FACILITY_NEXT = new RegExp(String.raw`^\s+(?:[A-Za-z]+\s+)?(?:${LOWER_FACILITY_WORD})\b`);
const OTHER_HALF = /^\s+and\s+(?:East|West|North|South|Upper|Lower)\b(?!\s+[A-Z])/;
const NUMBERED_ITEM = /^\s\d{1,2}(?=\s*,|\s+and\s+[A-Z])/;

// "seized a district in Tarsa province", "overran two villages in Ulmar state": unnamed places in a named
// region; the region is where the event is known to be (the gazetteer gives it region precision).
const UNNAMED_IN_REGION = new RegExp(String.raw`${UNNAMED_PLACE_IN_SRC}(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:${phrases([...REGION_KINDS, "district", "prefecture", "department"])})\b)`, "y");

export function objectPlaces(s: string, from: number): PlaceObject[] {
  const out: PlaceObject[] = [];
  let pos = from;
  const unnamed = execAt(UNNAMED_IN_REGION, s, pos);
  if (unnamed) {
    const region = nameAt(s.slice(pos + unnamed[0].length));
    return region && isName(region) ? [{ mention: region, at: pos + unnamed[0].length }] : [];
  }
  // "held some two-thirds of X", "seized much of X": a share of the place is the place.
  const share = execAt(SHARE_OF, s, pos);
  if (share && /^[A-Z]/.test(s.slice(pos + share[0].length))) pos += share[0].length;
  // ("seized both Tarsa and Ulmar": the list is the object.)
  const both = /^both\s+(?=[A-Z])/.exec(s.slice(pos, pos + 12));
  if (both) pos += both[0].length;
  const nation = execAt(NATION_CAPITAL_AT_POS, s, pos);
  if (nation) return nationCapital(nation, pos);
  const app = execAt(APPOSITIVE, s, pos);
  if (app && !NAMED_AT_ITS_KIND.test(app[0])) {
    const name = nameAt(s.slice(pos + app[0].length));
    if (name && /^\s*(?:[.,;]|$)/.test(s.slice(pos + app[0].length + name.length))) return [{ mention: name, at: pos + app[0].length }];
  }
  const counted = countedAppositive(s, pos);
  if (counted && nameAt(s.slice(pos + counted[0].length))) pos += counted[0].length;
  let afterComma = false;
  for (let guard = 0; guard < 40; guard++) {
    // "shelled Tarsa and two nearby villages, Ulmar and Qarn": the villages are named after their number.
    const more = guard > 0 ? countedAppositive(s, pos) : null;
    if (more && nameAt(s.slice(pos + more[0].length))) pos += more[0].length;
    // A later item may be a building in a town: "… and Ulmar villages as well as an IDP camp in Qarn".
    const building = guard > 0 ? execAt(BUILDING_IN_ITEM, s, pos) : null;
    if (building) pos += building[0].length;
    for (let unnamed = execAt(UNNAMED_ITEM, s, pos); unnamed; unnamed = execAt(UNNAMED_ITEM, s, pos)) pos += unnamed[0].length;
    // "… and much of X", "… and a nearby town, X": a share of a place, or an unnamed town named after a comma.
    const itemShare = execAt(SHARE_OF, s, pos) ?? execAt(TOWN_THEN_NAME, s, pos);
    if (itemShare && /^[A-Z]/.test(s.slice(pos + itemShare[0].length))) pos += itemShare[0].length;
    const pre = execAt(PREFIX, s, pos)!, itemStart = pos;
    if (afterComma && APPOSITION.test(s.slice(pos, pos + 80))) break;
    let at = pos + pre[0].length;
    // "the neighbourhood of "Bab Tarsa"": a name in quotes.
    const quote = /^[“"‘']/.exec(s.slice(at));
    if (quote) at += 1;
    // "the Sudanese Tarsa town": skip a nationality that the name reader refuses as a first word.
    const lead = /^([A-Z][a-z]+)\s+(?=[A-Z])/.exec(s.slice(at));
    if (lead && isNationalityAdjective(lead[1]) && !nameAt(s.slice(at))) at += lead[0].length;
    let written = nameAt(s.slice(at));
    // "pounded Tarsa’s suburbs": the possessor is the place when a part of a town follows it.
    const whose = !written && out.length === 0 ? /([A-Z][\w-]+)['’]s\s+([a-z]+)?/.exec(pre[0]) : null;
    if (whose && PLACE_PART.has(whose[2] ?? /^[a-z]+/.exec(s.slice(at))?.[0] ?? "")) {
      const town = nameAt(whose[1]);
      if (town && isName(town)) out.push({ mention: town, at: itemStart + whose.index });
      break;
    }
    if (!written) break;
    // "They took Tarsov hostage": a person taken, not a place.
    if (/^\s+(?:hostage|captive|prisoners?)\b/.test(s.slice(at + written.length, at + written.length + 12))) break;
    // "a Central Reserve Police Force bunker": the start of a force's or an organisation's name is no place.
    if (ORGANISATION_NEXT.test(s.slice(at + written.length, at + written.length + 20))) break;
    // "Tarsa City’s streets": the possessive is not part of the name.
    if (/['’]s$/.test(written)) written = nameAt(written.slice(0, -2)) ?? written;
    // "Ulmar Region’s Tarsa Township", "Tartar’s Narli village": the possessor says where; the place is
    // what follows (a building keeps its owner: "Tarsa’s Central Mosque" is read as the town by the callers).
    // ("Donetsk People’s Republic" is one name.)
    const owned = POSSESSOR.exec(written);
    if (owned && !FACILITY_END.test(written) && !/\bPeoples?$/.test(owned[1])) {
      const own = nameAt(written.slice(owned[0].length));
      if (own) { at += owned[0].length; written = own; }
    }
    // "western Ulmar state's Tarsa township": a region named with its kind in lower case owns the place after it.
    const ownerKind = OWNER_KIND.exec(s.slice(at + written.length));
    const ownedName = ownerKind ? nameAt(s.slice(at + written.length + ownerKind[0].length)) : null;
    if (ownerKind && ownedName) { at += written.length + ownerKind[0].length; written = ownedName; }
    // ("near the European Hospital in X": a nationality before a facility's word leaves the facility.)
    // "… on Saturday evening, Aljazeera reported": a name the reporting verb follows is the source.
    if (out.length && SOURCE_VERB_NEXT.test(s.slice(at + written.length, at + written.length + 14))) break;
    // "shelled A on Tuesday, and the town of B, a supply hub, was taken overnight": a later item with a verb of its
    // own is the subject of a new clause, not one more place of the verb before.
    if (out.length && OWN_VERB_NEXT.test(s.slice(at + written.length, at + written.length + 100))) break;
    if (out.length && SPEAKER_ROLE_NEXT.test(s.slice(at + written.length, at + written.length + 90))) break;
    const name = FACILITY_WORD.test(withoutNationality(written)) ? written : withoutNationality(written);
    at += written.length - name.length;
    if (!isName(name) || usedAsAdjective(s, at + name.length, out.length === 0)) break;
    // ("Tarsa, a Bolo stronghold": whose stronghold, after an item; "the Ulmar stronghold" may be the town's.)
    if (out.length && INDEFINITE_JUST_BEFORE.test(s.slice(Math.max(0, at - 5), at)) && OWNED_AFTER.test(s.slice(at + name.length, at + name.length + 20))) break;
    pos = at + name.length + (quote && /^[”"’'“]/.test(s.slice(at + name.length)) ? 1 : 0);
    // "Al-Nour Hospital in X": the building's town is the place; so is "X's Central Mosque".
    // ("at Asma school in Tarsa": a building named with its word in lower case.)
    const lowerFacility = LOWER_FACILITY.exec(s.slice(pos)) ?? CAPITAL_FACILITY.exec(s.slice(pos)) ?? FACILITY_APPOSITION.exec(s.slice(pos));
    if (lowerFacility) pos += lowerFacility[0].length;
    // ("Orient Hospital in the town of Tarsa": the town named with its kind.)
    // ("the Jon Bolo School in the Tarsa neighbourhood": the town with its kind after it.)
    const inTown = FACILITY_END.test(name) || lowerFacility ? /^\s+(?:in|at)\s+(?:the\s+(?:(?:town|city|village)\s+of\s+)?(?=[A-Z]))?/.exec(s.slice(pos)) : null;
    let townAt = inTown ? pos + inTown[0].length : pos;
    let town = inTown ? nameAt(s.slice(townAt)) : null;
    // ("in Tarsa City's Al-Shati camp": the owner says where; the place is the one it owns.)
    const townOwner = town ? POSSESSOR.exec(town) : null;
    if (townOwner) { townAt += townOwner[0].length; town = nameAt(s.slice(townAt)); }
    // ("hit the Tarsa hospital in Ulmar district": a building named after its town, in a district, stays with its town.)
    if (town && lowerFacility && !townOwner && /^\s+(?:district|province|region|state|governorate|county)\b/i.test(s.slice(townAt + town.length, townAt + town.length + 14))) town = null;
    const owner = !town && FACILITY_END.test(name) ? /([A-Z][\w-]+)['’]s\s+$/.exec(pre[0]) : null;
    const ownerName = owner ? nameAt(owner[1]) : null;
    if (ownerName && isName(ownerName)) out.push({ mention: ownerName, at: itemStart + owner!.index });
    // ("struck a Baptist chapel": after "a", a capitalised word before a building's word is its kind, not its town.)
    else if (!town && INDEFINITE_JUST_BEFORE.test(s.slice(Math.max(0, at - 4), at)) && FACILITY_NEXT.test(s.slice(at + name.length, at + name.length + 40))) break;
    else if (town) {
      out.push({ mention: town, at: townAt });
      pos = townAt + town.length;
    } else {
      // "Nambo 2, Ulmar and Qarn": a settlement numbered after its parent keeps its number (and the list goes on).
      // (Only in a list under way: "at Least 17, Hurts Dozens" opens a title-case headline.)
      const numbered = out.length ? NUMBERED_ITEM.exec(s.slice(pos)) : null;
      out.push({ mention: numbered ? name + numbered[0] : name, at });
      if (numbered) pos += numbered[0].length;
    }
    const ownCamp = lowerFacility || town ? null : OWN_CAMP_NEXT.exec(s.slice(pos));
    if (ownCamp) pos += ownCamp[0].length;
    const also = ALSO_CALLED.exec(s.slice(pos));
    if (also) pos += also[0].length;
    // "Um Tarsa East and West, Ulmar": two halves of one village named once.
    const halves = /\b(?:East|West|North|South|Upper|Lower)$/.test(out[out.length - 1].mention) ? OTHER_HALF.exec(s.slice(pos)) : null;
    if (halves) pos += halves[0].length;
    const kind = TRAILING_KIND.exec(s.slice(pos));
    if (kind) {
      pos += kind[0].length;
      // "A and B villages of Tarsa district, C …": the region the villages lie in.
      const of = REGION_OF.exec(s.slice(pos));
      if (of) pos += of[0].length;
      // "A and B villages (Tarsa district), C": the region in brackets.
      const bracketed = ALSO_CALLED.exec(s.slice(pos));
      if (bracketed) pos += bracketed[0].length;
    }
    const region = IN_REGION.exec(s.slice(pos)) ?? IN_NAMED_REGION.exec(s.slice(pos)) ?? COMMA_REGION.exec(s.slice(pos)) ?? LOCATED_ASIDE.exec(s.slice(pos));
    if (region) pos += region[0].length;
    // "took Tarsa early on Wednesday and Ulmar on Tuesday": when, between two items.
    const when = ITEM_WHEN.exec(s.slice(pos));
    if (when) pos += when[0].length;
    // "Tarsa, about 50 kilometres south of Bolo, and Ulmar": how far an item lies, between two items.
    const far = DISTANCE_ASIDE.exec(s.slice(pos)) ?? DIRECTION_ASIDE.exec(s.slice(pos)) ?? CAPITAL_ASIDE.exec(s.slice(pos)) ?? RELATIVE_ASIDE.exec(s.slice(pos)) ?? KIND_ASIDE.exec(s.slice(pos));
    if (far) pos += far[0].length;
    const skip = SKIP_TO_SEMICOLON.exec(s.slice(pos));
    if (skip) { pos += skip[0].length; continue; }
    const sep = SEPARATOR.exec(s.slice(pos));
    if (!sep) break;
    afterComma = /^\s*,\s*$/.test(sep[0]);
    pos += sep[0].length;
  }
  // "ambushed a convoy in Tarsa, Ulmar, killing five": two names and a comma, with no "and", are a place and
  // the larger place it lies in; a list of two is joined by "and".
  if (out.length === 2 && /^\s*,\s*$/.test(s.slice(out[0].at + out[0].mention.length, out[1].at)) && /^\s*,(?!\s*(?:and|or|as well as)\b)/.test(s.slice(out[1].at + out[1].mention.length))) out.pop();
  return out;
}

const SITE = `(?:${phrases(SITE_NOUNS)})`;
// Up to six words of what was hit, then where: "a house in", "militia reinforcements and positions in".
// What was hit may stand between the verb and where it was: "struck the car on a road near X", "3 p.m. Friday in X".
// ("the tents of uprooted households in X": "of" is passed when what follows is no name; "the village of X in Y" stops at X.)
// ("the Saba news agency reported", "Tarsa radio said": a news outlet named after its town is the source.)
const ORGANISATION_NEXT = /^\s+(?:Police\s+Force|Force|Forces|Party|Front|Movement|Brigade|Brigades|Battalion|Regiment|Corps|Council|Committee|Ministry|Agency|(?:news\s+)?agency|news\s+(?:site|website|outlet|channel|network|service|portal)|(?:radio|television|TV)(?!\s+(?:station|stations|mast|tower|centre|center|building|compound|offices?)\b)|newspaper|daily)\b/;
// ("a Kurdistan Workers' Party (PKK) vehicle near X": an acronym in brackets is one more word.)
// ("hit the house of Sheikh Abdul Karim in Tarsa", "struck the convoy of Governor Ulmari near Qarn": a house, a car or an office
// owned by a person named, then where it stood; "the village of Tarsa in Bolo" still stops at Tarsa.)
// ("hit two houses before dawn on Thursday in Tarsa": a time of day, not a clause, after "before" or "after".)
const SKIPPED_WORD = String.raw`(?:\([A-Z][A-Za-z]{1,8}\)|(?!(?:who|which|that|when|while|as|(?:after|before)(?!\s+(?:dawn|daybreak|sunrise|sunset|dusk|midnight|noon|midday)\b)|since|until|killing|wounding|leaving|for|during|from|but|said|says|to|deal|agreement|accord|chord|note|balance|compromise)\s|(?<!\b(?:house|home|residence|office|convoy|car|vehicle|farm)\s+)of\s+(?:the\s+)?(?:[A-Z\d]|(?:${KIND})\b))[^\s,.;:()“”"]+(?:\.[^\s,.;:()“”"]+)*\.?)`;
const DIRECTION_OF = String.raw`(?:(?:just|some|about)\s+)?${COMPASS_OF}`;
// A direction only right after the trigger ("targeted north of X"); after other words it places them, not the target.
// ("killed several civilians, including children, in X": an aside on the victims may stand before where.)
const VICTIMS_ASIDE = String.raw`(?:,\s+(?:including|among them|mostly|most of them|many of them)\s+[^,.;:]{1,40},)`;
// "targeted a house belonging to the Tarsi family in X": whose the building was, before where it stood.
// ("a depot belonging to Ulmar's forces in X": a force's, too.)
// ("bases belonging to Ulmar and another militant group in X": owners of any kind, up to where.)
// ("struck a camp for the displaced in Tarsa", "a shelter for internally displaced people in Ulmar": whom a building houses.)
const FOR_WHOM = String.raw`(?:for\s+(?:the\s+)?(?:internally\s+)?(?:displaced(?:\s+(?:people|persons|families))?|IDPs|refugees|orphans))`;
const OWNED_BY = String.raw`(?:belonging\s+to\s+[^,.;:()“”"]{2,60}?\s+(?=(?:in|near|at|outside|around)\s))`;
// ("hit a hospital, a school and other locations in X": a list of what was hit; "other parts of X".)
// ("struck several locations across X", "targets throughout Y": spread over the town, still the town; never a way
// taken, "people fleeing across the river".)
// ("flattened a home west of X", "struck a market north of Y": a building hit just outside a town is told by the town.)
const BUILDING_DIRECTION_OF = String.raw`(?:${SKIPPED_WORD}\s+){0,4}?(?:${phrases(BUILDINGS_HIT)})\s+(?:(?:just|some|about|\d+\s*(?:km|kilometres|kilometers|miles))\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of`;
const LOCATIVE_ANY = new RegExp(String.raw`^(?:${DIRECTION_OF}|${BUILDING_DIRECTION_OF}|(?:(?:${SKIPPED_WORD}|${FOR_WHOM})(?:,(?=\s+(?:an?|the|and|other|several)\s))?${VICTIMS_ASIDE}?\s+${OWNED_BY}?){0,10}?(?:in|near|inside|outside|around|(?<!\b(?:flee(?:ing|s)?|fled|cross(?:ing|ed|es)?|escap(?:ing|ed)|mov(?:ing|ed)|r[au]n(?:ning)?|swimming|swam|sail(?:ing|ed)|travell?(?:ing|ed)|head(?:ing|ed)|driv(?:ing|en)|drove|walk(?:ing|ed))\s+)across|throughout|at(?!\s+(?:least|most|once|times|first|last|dawn|night|noon|midnight)\b)|through|next\s+to|on\s+the\s+(?:edges?|outskirts)\s+of|(?:parts|areas|suburbs|districts|neighbou?rhoods)\s+of))\s+`);
// A site taken is ground taken in its town ("the complex in X"), not near it ("a base near X").
// ("the infantry battalion based in X", "the army camp located at Y": where the site stands, said with a participle.)
// ("took the “Sea Hawk” base at X": a site's name in quotation marks; only here, where a site noun must follow, for a
// quotation in an attack's object may run on: "“attacks by armed groups” in X".)
const QUOTED_NAME = String.raw`[“"][A-Z][^\s“”"]*(?:\s+[^\s“”"]+){0,3}[”"]`;
const LOCATIVE_SITE = new RegExp(String.raw`^(?:(?:${SKIPPED_WORD}|${QUOTED_NAME})\s+){0,4}?${SITE}\s+(?:(?:based|located|stationed|situated)\s+)?(?:in|of|at)\s+`);

/**
 * The place where the object of an attack (any object: "a house in X", "troops near Y") or of a
 * capture (only a site: "the government complex in the city of Z") lies.
 */
// (Only a post a side holds: "large areas of the countryside in Tarsa province" is a share of a region.)
const OWNED_SITE_OF = /\b(?:strongholds?|bases?|headquarters|garrisons?|barracks|camps?|posts?|outposts?|Base|Headquarters|Garrison|Barracks)\s+of\s+$/;
const SITE_OWNER_THEN_IN = /^(?:the\s+)?(?:[“"]?[\w’'-]+[”"]?\s+){1,4}?(?:(?:based|located|stationed|situated)\s+)?(?:in|at)\s+(?=(?:the\s+)?[A-Z])/;
export function locativePlaces(s: string, from: number, sitesOnly: boolean): PlaceObject[] {
  // "killed ten people in a tent in X": when the first "in" names no place, the next may (up to the third).
  for (let at = from, tries = 0; tries < 3; tries++) {
    const m = (sitesOnly ? LOCATIVE_SITE : LOCATIVE_ANY).exec(s.slice(at));
    if (!m) return [];
    const found = objectPlaces(s, at + m[0].length);
    // "the last stronghold of the rebels in X", "the base of the 5th Brigade located in Y": the site's owner, then where it is.
    const owner = !found.length && sitesOnly && OWNED_SITE_OF.test(m[0]) ? SITE_OWNER_THEN_IN.exec(s.slice(at + m[0].length)) : null;
    if (owner) return objectPlaces(s, at + m[0].length + owner[0].length);
    if (found.length || sitesOnly) return found;
    // "fired mortars at a barracks in the town": the town named before.
    const back = placeReferredBack(s, at + m[0].length);
    if (back.length) return back;
    at += m[0].length;
  }
  return [];
}

// A name and the words between it and a passive verb: "the Ulmar settlement was", "X city were".
// ("the Tarsa cattle camp was attacked", "the Ulmar displacement camp was shelled": what the camp shelters, before "camp".)
const NAME_BEFORE = new RegExp(String.raw`(?<![\w'’-])((?:[A-Z][\w'’-]*|al|el)(?:[\s-]+(?:[A-Z][\w'’-]*|al|el|da|de))*)(\s+(?:${ADJ}\s+|territorial\s+|(?:cattle|displacement|IDP|refugee)\s+(?=camps?$))?(?:city|town|village|settlement|district|area|camp|neighbou?rhood|province|governorate|region|county|communit(?:y|ies)|hromada|municipality|municipalities|township|localit(?:y|ies))s?)?$`);
const PREPOSITION_BEFORE = /\b(?:in|on|at|from|near|of|to|by|for|with|after|before|since|In|On|At|From|Near|After|Before|Since)\s*$/;
// "His house in western X was …": a name after a preposition is not the subject.
// ("tried to retake X, which fell": after "to", only a direction or "the" makes a place phrase; another word is a verb.)
const PREPOSITION_JUST_BEFORE = /\b(?:(?:in|on|at|from|near|by|for|with|into|across|In|On|At|From|Near)\s+(?:[a-z-]+\s+)?|to\s+(?:(?:[a-z]+ern|central|the)\s+)?)$/;
// "A clinic near X was hit", "the Ulmar Hospital in X was struck": the town a building hit stands in.
const BUILDING_IN_BEFORE = new RegExp(String.raw`\b(?:${phrases(BUILDINGS_HIT)})\s+(?:(?:located|situated)\s+)?(?:in|near|at|on the outskirts of|outside)\s+(?:the\s+)?$`, "i");
// "The army base in Tarsa was captured", "Police Battalion 9 in Ulmar was seized": a post taken stands in a town,
// the town taken as ground (as "seized the base in X" is read). Only "in" or "at": a base near X taken is no X taken.
const SITE_IN_BEFORE = /\b(?:base|bases|barracks|garrison|headquarters|outposts?|checkpoints?|posts?|camps?|airport|airbase|air\s+base|police\s+station|compound|positions|Base|Headquarters|Command|Garrison|Barracks|Airport|Battalion|Brigade|Regiment|Division)(?:\s+\d+)?\s+(?:(?:located|situated)\s+)?(?:in|at)\s+(?:the\s+)?$/;
// (A kind with "of" that follows another item of the list, a name: "A, the villages of ", "A and the town of "; not
// "In the Bolo district, the villages of", where the district only says where they lie.)
const KIND_OF_BEFORE_ITEM = new RegExp(String.raw`(?<=[A-Z][\w'’-]{0,40})(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?:(?:nearby|neighbou?ring|adjacent|surrounding|small|key|strategic)\s+)?(?:[a-z]+\s+)?(?:${KIND})\s+of\s+$`);
const KIND_OF_BEFORE = new RegExp(String.raw`\b(?:${KIND})\s+(?:of|in)\s+(?:the\s+)?$`, "i");
// ("Then Tarsa and Ulmar fell": a sentence's first word, capitalised, is no part of the name.)
const LISTED_IN_REGION = new RegExp(String.raw`((?:\b(?:of|and|near|in|at)\s+|,\s*)(?:(?:al|el)-)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*|\b(?:neighbou?rhood|district|quarter|area|camp))\s+(?:in|near)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:${phrases([...REGION_KINDS, "district", "county"])})\s+of\s+|[A-Z][\w'’-]*\s+(?:Region|Province|District|State|Governorate|Oblast|County|Division)\s+of\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}(?:\s+(?:${phrases([...REGION_KINDS, "district", "county"])}))?$`);
// "A, B and C city's outskirts northeastern Bolo witnessed airstrikes", "A and B in northern Bolo were shelled": the
// region a list of names lies in, said with a compass word, after the last name (only after a list: "Villages in
// northern Bolo were bombed" has Bolo for its place).
const LIST_THEN_COMPASS_REGION = new RegExp(String.raw`(?<=(?:,|\band)\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,3})(?:\s+(?:city|town|village)['’]s)?(?:\s+(?:outskirts|countryside|suburbs))?\s+(?:in\s+)?(?:the\s+)?(?:${phrases(COMPASS_WORDS)})(?:ern)?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:province|governorate|region|countryside))?$`);
// "A, B villages of Bolo district, C and D villages of Kaffa district were liberated": a list in groups, each group
// followed by the region it lies in; the regions are no places taken. (Blanked, not cut, so every offset still
// points into the sentence.)
const GROUP_IN_REGION = new RegExp(String.raw`(?<=[A-Z][\w'’-]*)\s+(?:villages?|towns?|settlements?|communities|localities|hamlets)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}\s+(?:${phrases([...REGION_KINDS, "district", "rayon", "raion", "municipality", "township"])})(?=,|$)`, "g");
// "A and B in the north fell": where in the country the listed places lie, said with a compass word alone.
const IN_THE_COMPASS = new RegExp(String.raw`(?<=[A-Z][\w'’-]*)\s+in\s+the\s+(?:far\s+)?(?:${phrases(COMPASS_WORDS)})(?:\s+of\s+the\s+(?:country|province|region|state))?$`);
// "Tarsa of the Bolo region is under …": the region a place belongs to, said with "of the".
const OF_THE_REGION = new RegExp(String.raw`(?<=[A-Z][\w'’-]*)\s+of\s+the\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?\s+(?:${phrases([...REGION_KINDS, "district", "rayon", "raion", "municipality", "community", "hromada"])})$`);
// "Tarsa district of Bolo fell": a district or a village, then the province it belongs to.
// (Not "the town of Tarsa", "the northern Bolo town of Tarsa": there the name after "of" is the place.)
const SUB_KIND = String.raw`(?:district|village|county|township)`;
const KIND_OF_REGION = new RegExp(String.raw`(?<!\b(?:the|The|a|A)\s+(?:[\w-]+\s+){0,3}[A-Z][\w'’-]*\s+${SUB_KIND})(?<=(?<![\w'’-])(?!(?:The|A|An|This|That|In|At|On|Its|Their)\b)[A-Z][\w'’-]*\s+${SUB_KIND})\s+of\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?(?:\s+(?:province|region|state|governorate|oblast))?$`);
const POST_OF_PLACE_AT_END = new RegExp(String.raw`((?:^|\s)[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2})\s+(?:${POST_AFTER_NAME})$`);
const LEADING_DETERMINER = /^(?:The|A|An|In|On|At|Then|But|And|So|Now|Meanwhile|Later|Also|Yesterday|Today|When|Where|Once|After|Before|Since|As|While|Although|Though|Because|Until|If|Unless)\s+/;
const NAMED_KIND_IN = /(?:^|\s)((?:[A-Z][\w'’-]*)(?:[\s-]+[A-Z][\w'’-]*){0,3}?)\s+(?:[Dd]istrict|[Vv]illage|[Tt]own|city|camp|area|neighbou?rhood|settlement|base)\s+in\s+(?:the\s+)?$/;
// "A church in Tarsa, Bolo Territory was attacked": the region after the comma says where the place lies.
const PLACE_THEN_REGION = new RegExp(String.raw`(\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}),\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}\s+(?:${phrases([...REGION_KINDS, "district", "county"])}|Territory|District|Province|State|County|Region|Governorate)$`);
const HEAD_NAME_IN = /^[“"]?\s*((?:[A-Z][\w'’-]*)(?:[\s-]+(?:[A-Z][\w'’-]*|[IVX]{1,4}))*)\s+in\s+$/;
const TRAILING_KIND_WORD = /\s+(?:City|Town|Village|District|Province|Region|Area|Township|County)$/;

// "In Tarsa, the Al-Nour Mosque was struck": the town set at the head of the sentence.
const FRONTED_IN = /^(?:[“"]?\s*)In\s+((?:[A-Z][\w’'-]+)(?:[\s-]+[A-Z][\w’'-]+){0,3}),/;

/**
 * A building named as the subject ("Al-Nour Mosque was hit") stands in a town: the possessor before it
 * ("Tarsa’s Al-Nour Mosque") or the town the sentence opens with ("In Tarsa, …"). Other subjects stay.
 */
export function townOfBuilding(s: string, p: PlaceObject): PlaceObject {
  if (!FACILITY_END.test(p.mention)) return p;
  const owner = /^([^’']+)['’]s\s/.exec(p.mention);
  if (owner) return { mention: owner[1], at: p.at };
  const fronted = FRONTED_IN.exec(s);
  if (fronted) { const town = nameAt(fronted[1]); if (town && isName(town)) return { mention: town, at: s.indexOf(fronted[1]) }; }
  return p;
}

/**
 * The subject of a passive verb, read backwards from `end`: one name, or a list when `plural`. With
 * `buildingsIn` (an attack), a building's town counts too: "a clinic near X was hit" hit X; with "sites" (a
 * capture), a post's town: "the base in X was overrun".
 */
// ", which" or ", that" closing the words before a verb: the pronoun stands for the place before it.
// ("the town of Tarsa which was taken by rebels": "which" right after a name, its comma left out.)
// ("the Tarsa district that fell to the rebels": "that" too, after a name and its kind.)
// ("Tarsa, a border area with Kenya": a name, then an apposition naming its kind; a "that" after it is about the place.)
const KIND_APPOSITION = String.raw`[A-Z][\w’'-]*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|area|district|settlement|port|locality|hub)(?:\s+(?:with|in|on|near|of)\s+[^,.;]{1,40}?)?`;
// ("A, B and C, which lie just south of the lake and have come under attack": a first predicate that only says where the
// places lie, then the event.)
const RELATIVE_AT_END = new RegExp(String.raw`,\s+(?:which|that)(?:\s+(?:lie|lies|sit|sits|are|is)\s+(?:[\w'’-]+\s+){1,10}?and)?$|(?<=[A-Z][\w’'-]*)\s+which$|(?<=[A-Z][\w’'-]*\s+(?:district|town|village|city|township|county|settlement|neighbou?rhood))\s+that$|(?<=${KIND_APPOSITION})\s+that$`);
const KIND_APPOSITION_THAT = new RegExp(String.raw`${KIND_APPOSITION}\s+that$`);
// ("tensions rose in Tarsa, which fell to the militia": a fall in the past, told of one place as well.)
const PAST_SINGULAR_NEXT = /^(?:was|(?:has|had)\s+been|fell|(?:has|had)\s+fallen)\b/;
// ("fled to Tarsa, which is now encircled by the rebels": a siege told in the present is still an event, where
// "which is held by" is a state; the singular verb agrees with the name.)
const SIEGE_SINGULAR_NEXT = /^(?:is|remains)\s+(?:now\s+|still\s+|effectively\s+|almost\s+|nearly\s+)*(?:besieged|encircled|blockaded|under\s+(?:(?:a|the)\s+)?(?:siege|blockade))\b/;
// ("100 villages in Bolo, including Tarsa, have been under siege": ", including" names the subject's items; no apposition.)
// ", 30 km south of Ulmar", ", also north of Qarn", ", located on the Qarn River", ", known for its orchards", ", close to the border",
// ", between Qarn and Ulmar": an apposition closing the subject.
// (The first apposition is cut as before, its lead words unbounded; a further one must lead with a whole word.)
// (", both in the south of Bolo,": an apposition shared by the items of a list.)
// ("Ulmar, capital of Bessin province, fell", "Tarsa, lost to the rebels in May, was retaken": an apposition with no article;
// "Tarsa, Ulmaria's second city, fell": nor with one, but a possessive.)
const APPOSITION_LEAD = String.raw`(?:both|all|each)\s+(?:in|near|on|outside|located|situated|lying|north|south|east|west)|a|an|the|its|in|near|on|outside|between|along|inside|beyond|across|overlooking|bordering|north|south|east|west|home to|which|located|situated|lying|known\s+(?:for|as)|(?:besieged|encircled|blockaded|held|controlled|captured|seized|shelled|bombed)\s+(?:by|for|since|from)|lost\s+to|(?:(?:provincial|regional|state|district)\s+)?(?:capital|seat|headquarters|hub|gateway|heart)\s+of|[A-Z][\w-]+['’]s(?=\s+(?:[a-z][\w-]*\s+){0,3}?(?:city|town|capital|port|stronghold|hub|bastion|gateway)\b)|directly|just|further|farther|(?:close|next|adjacent)\s+to`;
// ("Tarsa, eight miles west of Ulmar, was retaken": a distance written in words.)
const DISTANCE_WORD = String.raw`(?:a\s+few|several|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const apposition = (lead: string) => new RegExp(String.raw`(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|\d+))(?<![A-Z]\w*\s+\d+),\s+(?!including\b)(?:(?:also|too)\s+)?(?:${lead}|(?:about|some|around|roughly|approximately|less\s+than|more\s+than|nearly|almost|under|over|just)\s+(?:\d|${DISTANCE_WORD}\s*(?:km|kilometres|kilometers|miles)\b)|(?:\d[\d,.]*|${DISTANCE_WORD})\s*(?:km|kilometres|kilometers|miles)\b)\s*(?:[^,]|,(?=\d)){1,110}$`);
const APPOSITION_AT_END = apposition(APPOSITION_LEAD);
const TIME_ONLY = /^\s*(?:(?:On|Early|Late|Last|Earlier|Later|By|Since|In|Overnight|And|But)\s+)?(?:(?:early|late|last|on)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}(?:st|nd|rd|th)?|morning|evening|night|week|weekend|month|year|Overnight|Today|Yesterday)(?:\s+(?:\d{1,4}(?:st|nd|rd|th)?|morning|night|evening|afternoon|January|February|March|April|May|June|July|August|September|October|November|December))*$/;
const SOURCE_LEAD = /\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+(?:[^,;.]{0,60}\s)?$/;
const APPOSITION_WORD_AT_END = apposition(String.raw`(?:${APPOSITION_LEAD})\b`);
export function subjectPlaces(s: string, end: number, plural: boolean, buildingsIn: boolean | "sites" = false): PlaceObject[] {
  const out: PlaceObject[] = [];
  // "X, which was taken by the army": the relative pronoun stands for the place before it.
  // "Ulmar, a town of 20,000 people, was shelled": the apposition describes the name before it.
  // Only an apposition closed by its comma ("Ulmar, a town of 20,000, was"): in "In Tarsa, the Al-Nour
  // Mosque was hit" the words after the comma are the subject itself.
  const closed = /,\s*$/.test(s.slice(0, end));
  // ("Kunduz, the sixth-largest city, which fell": the apposition before "which" is closed too.)
  const relative = RELATIVE_AT_END.test(s.slice(0, end).trimEnd());
  // ("The city, which lies 50 km west of X, has been besieged", "Tarsa, 15 km south of Ulmar, was hit": a relative clause or a distance.)
  // ("Three more capitals -- the cities of A, B and C -- fell": the places named between dashes are the subject.)
  let lead = s.slice(0, end).trimEnd().replace(/\s*(?:--|[—–])$/, "").replace(RELATIVE_AT_END, "").replace(/,$/, "").replace(CONNECTIVE_OPENING, (c) => " ".repeat(c.length));
  // ("Tarsa, located on the Qarn River, about 30 km from the border, was bombed": two appositions in a row, each stripped.)
  // (After the first, a whole word opens each: ", including Tarsa" is no apposition.)
  // ("borders the volatile Tarsa district that fell": a "that" with no comma closes no apposition before it.)
  // ("Tarsa, a border town that fell to the militia": a "that" after an apposition naming the place's kind is about the place.)
  const bareThat = relative && /[^,]\s+that$/.test(s.slice(0, end).trimEnd()) && !KIND_APPOSITION_THAT.test(s.slice(Math.max(0, end - 90), end).trimEnd());
  // ("Late on Friday, a camp located in Tarsa, near the river, was hit": what stands after a fronted time is the subject.)
  if (closed || (relative && !bareThat)) for (let k = 0; k < 3; k++) { const shorter = lead.replace(k ? APPOSITION_WORD_AT_END : APPOSITION_AT_END, ""); if (shorter === lead || (k && TIME_ONLY.test(shorter))) break; lead = shorter; }
  lead = lead
    // "Tarsa, nine miles east of the capital, Ulmar, fell": a distance that ends on a name of its own.
    .replace(closed ? /,\s+(?:(?:about|some|around|roughly)\s+)?(?:\d[\d,.]*|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s*(?:km|kilometres|kilometers|miles)\s+[^,]{1,80},\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$/ : /$^/, "")
    // "The cities of A and B in Bolo have been besieged": where the listed places lie is not one of them
    // (nor the town they lie near: "the villages of A, B, C near Bolo are bombed").
    .replace(GROUP_IN_REGION, (g) => " ".repeat(g.length)).trimEnd()
    .replace(LISTED_IN_REGION, "$1")
    .replace(IN_THE_COMPASS, "")
    .replace(OF_THE_REGION, "")
    .replace(KIND_OF_REGION, "")
    .replace(LIST_THEN_COMPASS_REGION, "")
    .replace(PLACE_THEN_REGION, "$1")
    .replace(/\s+and\s+(?:(?:its|their)\s+)?(?:nearby|surrounding|neighbou?ring)\s+(?:villages|areas|towns|settlements)$/, "")
    // "A, B, C and other areas were targeted": the named items of a list that ends unnamed.
    // ("Tarsa and two other villages 30 miles south of Ulmar were bombarded": the unnamed others and where they lie.)
    .replace(/,?\s+and\s+(?:several\s+|many\s+|some\s+|(?:two|three|four|five|six|\d+)\s+)?other\s+(?:areas|towns|villages|places|districts|cities|localities|neighbou?rhoods|parts\s+of\s+the\s+(?:city|town|province|region|country))(?:\s+(?:\d+\s+(?:miles|km|kilometres|kilometers)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$/, "")
    // "Tarsa's southern suburbs were pounded": a part of the town stands for the town.
    .replace(/['’]s\s+(?:(?:[a-z]+ern|central|old|main|inner|outer)\s+)?(?:suburbs|outskirts|centre|center|districts|neighbou?rhoods|streets|quarters?|market|heart|old city)$/, "")
    // "Tarsa's 300,000 residents have faced a siege": the place's people stand for the place.
    .replace(/['’]s\s+(?:(?:some|about|nearly|estimated)\s+)?(?:[\d,.]+\s+(?:million\s+)?)?(?:residents|inhabitants|people|population|civilians)$/, "")
    // "Tarsa (village) was hit": the place's kind in brackets after its name.
    .replace(/\s*\((?:village|town|city|township|district|camp)\)$/i, "")
    // "X also came under attack": an adverb between the subject and its verb.
    .replace(/\s+(?:also|then|again|later|reportedly|repeatedly|once again|too|itself|finally|eventually)$/, "")
    // "The Tarsa army post was attacked": a post named by the place it holds; the place was hit.
    .replace(buildingsIn ? POST_OF_PLACE_AT_END : /$^/, "$1");
  // (Up to 40 names: regional officials list every village shelled overnight, often more than 20.)
  for (let guard = 0; guard < 40; guard++) {
    const m = NAME_BEFORE.exec(lead);
    if (!m) break;
    // "The Bakool village is …": the sentence's capitalised "The" is not part of the name.
    const skip = LEADING_DETERMINER.exec(m[1])?.[0].length ?? 0;
    const written = m[1].slice(skip), at = m.index + skip;
    const mention = nameAt(written);
    if (!mention || !isName(mention) || (mention !== written && written.replace(TRAILING_KIND_WORD, "") !== mention)) break;
    const before = lead.slice(0, at);
    // ("According to the military blog Kolda, Tarsa is now under Ulmari control": a source before the subject is no item of it.)
    if (out.length && SOURCE_LEAD.test(before)) break;
    // "The remains of Ivan Tarsov were taken by his comrades": a person's body, not a place.
    if (/\b(?:remains|body|bodies|corpses?)\s+of\s+$/i.test(before)) break;
    // ("The deceased, identified as Jo Bolo, was hit": a person named.)
    if (/\b(?:identified|named)\s+as\s+$/i.test(before)) break;
    // "Tarsa district in Ulmar was captured": the district is the subject; Ulmar only says where it lies.
    // ("Tarsa II in Ulmar was attacked": at the head of the sentence, a name in a name; not a capitalised
    // common word, "Fighting in Tarsa was …", "Homes in Ulmar were …".)
    const kindHead = NAMED_KIND_IN.exec(before);
    const bareHead = kindHead || out.length ? null : HEAD_NAME_IN.exec(before);
    const head = kindHead ?? (bareHead && !/^[A-Z][a-z]+(?:ing|ed|s)$/.test(bareHead[1]) ? bareHead : null);
    if (head && !out.length) {
      const headName = nameAt(head[1]);
      if (headName && isName(headName)) { out.unshift({ mention: headName, at: head.index + (head[0].length - head[0].trimStart().length) }); break; }
    }
    // "the towns of A and B were shelled", "villages in X were bombed": a kind before "of" or "in" names them.
    const named = KIND_OF_BEFORE.test(before);
    // ("military posts at A and B were targeted": the building's towns, a list, each of them.)
    if (buildingsIn && (buildingsIn === "sites" ? SITE_IN_BEFORE : BUILDING_IN_BEFORE).test(before)) { out.unshift({ mention, at }); break; }
    // ("near Tarsa, which was assaulted": a relative clause in the past is about the name just before it, after a
    // preposition too; "villages near Tarsa, which were held" is about the villages, "which is held" a state.)
    if (!named && (out.length ? PREPOSITION_BEFORE.test(before) : !(relative && (PAST_SINGULAR_NEXT.test(s.slice(end)) || SIEGE_SINGULAR_NEXT.test(s.slice(end)))) && PREPOSITION_JUST_BEFORE.test(before))) break;
    out.unshift({ mention, at });
    // ("the town of A and the villages of B and C were shelled", "the settlement of A, the villages of B and C came
    // under fire": a list of places each named with its kind, joined like bare names.)
    const kindOf = named && plural ? KIND_OF_BEFORE_ITEM.exec(before) : null;
    if (kindOf) { lead = before.slice(0, kindOf.index); continue; }
    if (named) break;
    if (!plural) break;
    // ("A, B towns plus C and D": two lists joined, each with its kind.)
    const sep = /(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:towns|villages|cities|districts)\s+plus\s+)$/.exec(before);
    if (!sep) break;
    lead = before.slice(0, sep.index);
  }
  return out;
}
