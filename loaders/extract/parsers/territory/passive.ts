/**
 * Places named before their verb: "X was captured", "A and B were completely controlled", "X fell
 * to the rebels", "X came under heavy fire", "X is among several villages liberated".
 */
import { MONTH_SRC } from "../../dates.ts";
import { objectPlaces, subjectPlaces, subjectReferredBack, locativePlaces, townOfBuilding } from "./object.ts";
import { normaliseAction, notAnEvent } from "./trigger.ts";
import { nameAt, NAME_SRC } from "../../places.ts";
import { callsATown } from "../../antecedent.ts";
import { phrases } from "../../lexicon/pattern.ts";
import { NATURAL_HAZARDS, THINGS_CALLED_IT } from "../../lexicon/territory-words.ts";
import type { ActionClass, TerritoryCandidate } from "./types.ts";

// ("X was wrested from army control by rebels": taken, said of who lost it.)
const CONTROL = "captured|seized|recaptured|retaken|liberated|freed|cleared|overrun|controlled|occupied|stormed|wrested(?=\\s+(?:back\\s+)?from\\b)|placed\\s+under\\s+(?:(?:our|their|its|his|the|full|complete|total)\\s+)*control|taken(?=\\s+(?:by|from|back|over)\\b)|claimed(?=\\s+by\\s+(?:[\\w-]+\\s+){0,3}?(?:troops|forces|army|rebels|fighters|militants|militia|insurgents)\\b)";
// ("X was ringed by fighters", "X has been cut off since May", "cut off from Ulmar": a place cut off is besieged;
// "cut off from electricity", "from aid" or "from the rest of the country" may say only what it lacks: see CUT_OFF_AFTER.)
const SIEGE = "surrounded|besieged|encircled|blockaded|ringed(?=\\s+by\\b)|cut\\s+off(?=\\s+(?:since|for|by|from)\\b|\\s*[,.;])";
// ("X was severely damaged by an airstrike": damage an attack did, with the attack named.)
const ATTACK = "shelled|targeted|bombed|bombarded|struck|hit|attacked|assaulted|rocketed|mortared|raided|looted|pillaged|ransacked|plundered|pounded|rocked|pummelled|pummeled|hammered|battered|strafed|torched|razed|set ablaze|burnt|burned|set on fire|set alight|(?:damaged|destroyed|flattened|razed)(?=\\s+(?:[a-z]+\\s+)?by\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:air\\s?strikes?|airstrikes?|strikes?|shelling|shells|missiles?|rockets?|drones?|bombs?|bombing|bombardment|artillery|mortars?|warplanes|jets)\\b)";
// ("the district of Tarsa got shelled": "got" as the passive's verb, as spoken.)
// ("X was left cut off", "X was declared liberated": the state said of the place, as the passive.)
// ("X was reported to have been taken by the rebels", "is said to have been captured": the event, reported.)
const PASSIVE = new RegExp(String.raw`\b((?:is|are|was|were)\s+(?:reported|said|believed|understood|thought|confirmed)\s+to\s+have\s+been|(?:is|are|was|were)\s+being|was|were|got|gets|(?:has|had|have)(?:\s+(?:also|now|already|reportedly|since|just|been\s+repeatedly))?\s+been|is|are|being|remained|remains|remain|still)(?:\s+\w+ly|\s+also|\s+now|\s+then|\s+still|\s+almost|\s+left(?=\s+(?:\w+ly\s+)?(?:surrounded|besieged|encircled|blockaded|cut\s+off)\b)|\s+(?:officially\s+)?declared(?=\s+(?:\w+ly\s+)?(?:liberated|freed|cleared|captured|retaken|recaptured)\b))*\s+(?:[“"](?:\w+ly\s+)?)?(${CONTROL}|${SIEGE}|${ATTACK})\b`, "gi");
// "X fell to the rebels"; "the city of X fell on Monday morning" (a fall with its time, not a price's).
// ("Tarsa fell overnight into rebel hands": when, between the fall and whose it is.)

// Bare, "fell" says less ("Prices fell on Monday"): only a subject that is plainly a place counts, one
// named with its kind ("the city of X fell") or not opening the sentence ("After a week of fighting, X fell").
// ("the provincial capital of X fell and officials fled", "the town of X fell, a spokesman said": the fall ends its clause.)
// ("Ulmar's capital, Dorsk, also fell": an adverb before the fall is read with it.)
const ADVERB_BEFORE_FALL = String.raw`(?:(?:also|too|finally|eventually|then|later|quickly|soon)\s+)?`;
// ("Its capital, Dorsk, also fell to the militia": an adverb before the fall is read with it.)
const FELL = new RegExp(String.raw`\b${ADVERB_BEFORE_FALL}(?:fell|has fallen|had fallen|have fallen)\s+(?:back\s+)?(?:(?:overnight|yesterday|today|quickly|early|late|finally|again|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:to|into|under)\b`, "gi");
// ("A fifth, Tarsa, fell two weeks ago", "Ulmar fell in July 1995": a fall dated by how long ago, or by its month or year.)
const FALL_DATED = String.raw`(?:(?:early|late)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|yesterday)\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b|(?:last|earlier\s+this)\s+(?:week|month|year)\b|in\s+(?:early\s+|late\s+|mid-)?(?:${MONTH_SRC}|(?:19|20)\d\d)\b`;
const FELL_BARE = new RegExp(String.raw`\b${ADVERB_BEFORE_FALL}fell\s+(?=${FALL_DATED})|\b${ADVERB_BEFORE_FALL}(?:fell|has fallen|had fallen)(?=\s*[.;,]|\s+(?:after|and)\s)`, "g");
// ("Tarsa, a crossroads town near the border, fell on Saturday": the apposition says it is a town.)
const KIND_APPOSITION_AFTER = /^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|near|to|with|on|at|from|by)\b)[\w-]+\s+){0,3}?(?:city|town|village|capital|stronghold|port|base|hub|garrison\s+town)\b[^,;]{0,80},\s*(?:fell|has fallen|had fallen)\b/i;
const KIND_BEFORE = /\b(?:city|town|village|capital|stronghold|port|base|centre|center|hub|seat|headquarters)\s+of\s+(?:the\s+)?$/i;
// ("X was exposed to heavy bombardment", "X was subjected to shelling": the same, said with "exposed to".)
// ("X was the target of heavy shelling", "Y was again the target of an attack": the place the attack was aimed at.)
const CAME_UNDER = /\b(?:(?:came|(?:has|had|have)\s+(?:also\s+|again\s+|repeatedly\s+)?come|comes|come)\s+under|(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:again\s+|also\s+|repeatedly\s+)?(?:exposed|subjected)\s+to|(?:was|were|became|(?:has|have|had)\s+been)\s+(?:again\s+|also\s+|repeatedly\s+|once\s+again\s+)?the\s+(?:main\s+|latest\s+|first\s+)?targets?\s+of(?:\s+(?:an?|the))?(?:\s+[a-z]+\s+day\s+of)?)\s+["“”‘'’]?(?:\w+\s+){0,2}?(fire|attacks?|assaults?|ambush(?:es)?|shelling|bombardment|bombing|air\s?strikes?|airstrikes?|strikes?|raids?|drone\s+strikes?)\b/gi;
// ("Alamata and Korem are the two other towns now claimed by federal troops".)
const AMONG = new RegExp(String.raw`\b(is|was|are|were)\s+(?:among|one of|the)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:villages|towns|cities|areas|districts|places|settlements|neighbou?rhoods|localities|communities|(?<=among\s+)those)\s+(?:(?:that|which)\s+(?:were|was|have been|had been)\s+)?(?:\w+ly\s+|now\s+)?(${CONTROL}|${SIEGE}|${ATTACK})\b`, "gi");

const IS_SIEGE = /^(?:surrounded|besieged|encircled|blockaded|ringed|cut\s+off)$/i, IS_ATTACK = new RegExp(`^(?:${ATTACK.replace(/\(\?=.*$/, "")})$`, "i");
// ("cut off by a rebel blockade", "by an RSF siege": the siege named as what cuts it off.)
const CUT_OFF_AFTER = /^(?:\s*[,.;]|\s+(?:since|for)\b|\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forces|troops|rebels|fighters|army|militants|militias?|insurgents)\b|\s+by\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:blockade|siege|encirclement)\b|\s+from\s+(?:the\s+)?[A-Z])/;
const classOf = (verb: string): ActionClass => (IS_SIEGE.test(verb) ? "siege" : IS_ATTACK.test(verb) ? "attack" : "control");
// The participles PASSIVE needs, searched first: its copulas ("was", "is") call it for most sentences.
const ANY_PARTICIPLE = new RegExp(`${CONTROL}|${SIEGE}|${ATTACK}`, "i");
const isPlural = (copula: string) => /^(?:were|are|have\b.*been|had\b.*been|remain|(?:are|were)\s+being)$/i.test(copula);
// "Tarsa, which has been under shelling", "X remained under siege".
// ("which had earlier been under siege", "has long been under blockade", "has once again been under siege":
// an adverb between.)
// ("X is among four district towns under siege": the place counted among the places under it.)
const UNDER = /\b(?:(?:is|was)\s+(?:one|among)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:towns|cities|capitals|villages|places|areas|settlements|enclaves)(?:\s+(?:now|still))?|is|was|are|were|(?:has|had|have)(?:\s+(?:\w+ly|long|also|now|already|again|once\s+(?:again|more)|still)){0,2}\s+been|remains?|remained|came|comes|come)\s+(?:still\s+|now\s+|again\s+|\w+ly\s+)?under\s+(?:(?:heavy|constant|intense|intensive|continuous|relentless|sustained|incessant|renewed|daily|nightly|massive|most|a|an|the|near-constant)\s+)*(?:(?:dual|double|total|full|tight|crippling|complete|partial|military|year-long|months-long|weeks-long|long|prolonged)\s+)?(?:(?:rebel|government|army|militia|militant|jihadist|insurgent|regime|enemy|[A-Z][\w-]+)\s+(?=siege|blockade|attack|fire|shelling|bombardment))?(siege|blockade|shelling|fire|attack|bombardment|bombing)\b/gi;

// "Tarsa is the rebels' last stronghold and has been under siege since May": the sentence's subject,
// across a first predicate; "in Tarsa, where 60,000 people have been besieged": the place of "where".
// ("Tarsa, in the south, is held by the army but remains under siege": an aside after the name, and "but".)
const COORDINATED = /^\s*(?:In\s+)?([A-Z][\w’'-]+(?:[\s-]+(?:al-|el-)?[A-Z][\w’'-]+){0,2})(?:,[^,.;]{1,60},)?\s+(?:is|was|has|had|remains|remained|lies)\b[^.;]{3,120}\b(?:and|but)\s+$/;
const WHERE_BEFORE = /\b(?:In\s+)?([A-Z][\w’'-]+(?:[\s-]+(?:al-|el-)?[A-Z][\w’'-]+){0,2}),\s+where\b(?:[^.;,]|,(?=\d)){0,80}$/;
function heldSubject(s: string, at: number): { mention: string; at: number }[] {
  const lead = s.slice(0, at);
  const m = COORDINATED.exec(lead) ?? WHERE_BEFORE.exec(lead);
  const name = m ? nameAt(m[1]) : null;
  return name && name === m![1].slice(0, name.length) ? [{ mention: name, at: m!.index + m![0].indexOf(m![1]) }] : [];
}

// ("The town is surrounded by four camps": what lies around it, built or grown, is no siege either.)
const LANDSCAPE = String.raw`(?:hills|mountains|forests?|jungle|fields|farmland|desert|waters?|lakes?|rivers?|sea|swamps?|marshes|orchards|vineyards|plains|trees|walls|greenery|valleys?|camps|settlements|villages|suburbs|farms|estates)`;
const LANDSCAPE_AGENT = new RegExp(String.raw`^\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${LANDSCAPE}\b`, "i");
export const LANDSCAPE_BEFORE = new RegExp(String.raw`\b${LANDSCAPE}\s+(?:that\s+|which\s+)?$`, "i");

const NATURE_AGENT = new RegExp(String.raw`^\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:${phrases(NATURAL_HAZARDS)})\b`, "i");
const IT_SUBJECT = /^\W{0,2}It\s+$/;
// "fled Tarsa village yesterday when it was shelled", "the town of Ulmar … and it came under fire": "it" after a
// conjunction, in a sentence that has called a name a town, village or city before it.
const IT_AFTER_CONJUNCTION = /\b(?:when|after|as|and|but|before|until|since|because|while|where|once)\s+it\s+$/;
// (Nor when the sentence names a thing "it" may stand for: "a convoy left Tarsa town when it was hit".)
const THING_NAMED = new RegExp(String.raw`\b(?:${phrases(THINGS_CALLED_IT)})s?\b`, "i");
function itAfterTown(s: string, at: number): boolean {
  const lead = s.slice(0, at);
  if (!IT_AFTER_CONJUNCTION.test(lead)) return false;
  return callsATown(lead) && !THING_NAMED.test(lead);
}
const BUILDINGS_SUBJECT = /\b(?:houses|homes|buildings|shops|huts|vehicles|cars|trucks|convoys?|markets?|schools?|hospitals?|clinics?|mosques?|churches|temples?|offices?|stations?|granaries|crops|fields)\b[^.;]{0,40}$/i;

const AS_WELL_AS_AFTER = /^,?\s+(?:as well as|along with)\s+/;
// "The following settlements of Bolo district have been liberated from the occupiers – A village, B village and C":
// places named by their kind before the verb, listed after it past a colon or a dash.
const KINDS_BEFORE = /\b(?:following|these|those|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+)?(?:settlements|villages|towns|cities|localities|hamlets|communities)\b[^.;:–—]{0,60}$/i;
const LIST_AFTER = /^(?:\s+(?:by|from)\s+[^:;–—.]{1,60}?)?\s*(?::|\s(?:–|—|--?))\s+(?=[A-Z])/;

// What hits a person rather than a place: a part of the body, a bullet, splinters.
const PERSON_HIT_AFTER = /^\s+(?:\w+ly\s+)?(?:(?:in|on)\s+(?:the|his|her|their)\s+(?:head|chest|neck|legs?|arms?|back|abdomen|stomach|face|eyes?|shoulders?|hands?|feet|foot|thighs?|knees?)\b|by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:bullets?|shrapnel|splinters?|sniper(?:'s)?\s+(?:fire|bullets?)|gunshots?|shell\s+fragments)\b)/i;

function before(s: string, re: RegExp, rule: string, read: (m: RegExpExecArray) => { verb: string; plural: boolean }): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (notAnEvent(s, m.index)) continue;
    const { verb, plural } = read(m);
    // ("was sexually assaulted": an assault on a person.)
    if (verb === "assaulted" && /\b(?:sexually|physically|verbally|indecently)\b/i.test(s.slice(Math.max(0, m.index - 12), m.index + m[0].length))) continue;
    const cls = classOf(verb);
    // (Cut off from a place, by forces, since or for a time: not "cut off from electricity".)
    if (/^cut/.test(verb) && !CUT_OFF_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "Amina was hit in the head", "he was struck by shrapnel": a person hit, not a place.
    if (/^(?:hit|struck)$/i.test(verb) && PERSON_HIT_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "Tarsa was hit by the floods": weather, not war.
    if (cls === "attack" && NATURE_AGENT.test(s.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    // "Tarsa is surrounded by mountains": the land around a place, not a siege.
    if (cls === "siege" && LANDSCAPE_AGENT.test(s.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    // ('The villages of A and B "came under terrorist attack"': the source's words quoted after their subject.)
    const subject = subjectPlaces(s, /\s["“]$/.test(s.slice(m.index - 2, m.index)) ? m.index - 1 : m.index, plural, cls === "attack" || (cls === "control" && "sites"));
    let found = subject.length ? subject : subjectReferredBack(s, m.index);
    // "It has been besieged since May": the place just named, for a siege only ("It was hit" may be a car),
// and not "surrounded" ("It was surrounded by controversy").
    if (!found.length && cls === "siege" && verb !== "surrounded" && IT_SUBJECT.test(s.slice(0, m.index))) found = [{ mention: "It", at: s.indexOf("It"), refersBack: true }];
    // ("fled Tarsa village when it was shelled": an attack or a siege only, as above; "it was captured on film" is none.)
    if (!found.length && cls !== "control" && verb !== "surrounded" && itAfterTown(s, m.index)) found = [{ mention: "it", at: s.lastIndexOf("it", m.index), refersBack: true, nearOnly: true }];
    // "Some units were completely surrounded in the city of Tarsa": people encircled in a place, the place besieged.
    // ("The houses were burnt in the villages of A and B": things hit, then where they stood.)
    const inPlace = !found.length && (cls === "siege" || (cls === "attack" && BUILDINGS_SUBJECT.test(s.slice(Math.max(0, m.index - 60), m.index)))) ? /^["”’']?\s+(?=in\s)/.exec(s.slice(m.index + m[0].length)) : null;
    if (inPlace) found = locativePlaces(s, m.index + m[0].length + inPlace[0].length, false).filter((p) => !p.refersBack);
    // ("The following villages were captured: A, B and C": the listed places are the subject.)
    const listed = KINDS_BEFORE.test(s.slice(Math.max(0, m.index - 100), m.index)) ? LIST_AFTER.exec(s.slice(m.index + m[0].length)) : null;
    if (listed) { const items = objectPlaces(s, m.index + m[0].length + listed[0].length).filter((p) => !p.refersBack); if (items.length) found = items; }
    // (A place taken across a first predicate only with its taker named: "X is home to 3,500 and was seized by jihadists".)
    for (const p of found.length || (cls === "control" && !/^\s+by\s/.test(s.slice(m.index + m[0].length))) ? found : heldSubject(s, m.index)) out.push({ action: normaliseAction(verb), actionClass: cls, rule, ...townOfBuilding(s, p) });
    // "A and B were liberated, as well as the villages of C and D": more places the verb takes, after it.
    const more = found.length ? AS_WELL_AS_AFTER.exec(s.slice(m.index + m[0].length)) : null;
    if (more) for (const p of objectPlaces(s, m.index + m[0].length + more[0].length)) out.push({ action: normaliseAction(verb), actionClass: cls, rule, ...p });
  }
  return out;
}

// "Tarsa, Ulmar and Qarn towns also liberated": a list of places named by their kind, the participle
// without its auxiliary, as statements and headlines write it.
const KIND_PARTICIPLE = new RegExp(String.raw`(?<=\b(?:towns|villages|cities|districts|settlements|localities|areas))\s+(?:(?:also|now|all|\w+ly)\s+)?(${CONTROL})\b`, "g");

export function passive(s: string): TerritoryCandidate[] {
  if (!ANY_PARTICIPLE.test(s)) return [];
  return before(s, PASSIVE, "territory.passive", (m) => ({ verb: m[2].toLowerCase(), plural: isPlural(m[1]) })).filter((c) => !heldNow(s, c));
}

// "Tarsa, in the south, is controlled by the army but remains under siege": who holds a place today is a state,
// not a change of hands ("is now controlled by" tells one; "was controlled by" may, and stays).
const HELD_STATE = /^[^.;]{0,120}?\b(?:is|are|remains?|still)\s+(?:(?:still|largely|mostly|firmly|partly|effectively|fully|also)\s+)*(?:controlled|occupied)\b/;
const heldNow = (s: string, c: TerritoryCandidate) => {
  const held = c.actionClass === "control" ? HELD_STATE.exec(s.slice(c.at)) : null;
  return !!held && !/\bnow\b/i.test(held[0]);
};

// "The town of Palma, seized by militants last week, was deserted": a participle set off by commas after the
// place, with who did it. (A closing comma is needed: "Tarsa, hit by floods" opens no aside about war.)
// ("The city, besieged for 18 months, fell": a siege's length set off the same way; "Tarsa, besieged and looted, has
// become hell": a siege needs nobody named when the aside is followed by the sentence's own verb.)
const SET_OFF = new RegExp(String.raw`,\s+(?:\w+ly\s+)?(captured|seized|recaptured|retaken|overrun|occupied|besieged|encircled|blockaded|surrounded|shelled|bombed|bombarded|struck|hit|attacked|raided|pounded)(?:\s+(?:by|from|(?<=(?:besieged|encircled|blockaded)\s+)(?:for|since))\s+[^,.;()]{2,80}?|(?<=(?:besieged|encircled|blockaded))(?:\s+and\s+(?:\w+ly\s+)?[a-z]+(?:ed|en))?(?=,\s+(?:has|have|had|is|was|are|were|now|remains?|remained|became)\b)),`, "g");

// "Ulmar, a city captured last week": an apposition that names the place's kind, then what befell it and when.
const KIND_PARTICIPLE_ASIDE = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|stronghold|base|district|township|settlement)\s+(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:\w+ly\s+)?(captured|seized|retaken|recaptured|overrun|occupied|liberated|besieged|encircled|surrounded|shelled|bombed|bombarded|taken(?=\s+(?:by|from|over)\b))\s+(?=(?:last|earlier|on|in|by|this|from|after|during|overnight|yesterday|two|three|several|days|weeks|months|over)\b)/g;

// (The name right before the comma, whatever stands before it: "found in Ulmar, a city captured last week".)
const NAME_AT_END = new RegExp(`(${NAME_SRC})$`);
function kindParticipleAside(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  KIND_PARTICIPLE_ASIDE.lastIndex = 0;
  for (let m = KIND_PARTICIPLE_ASIDE.exec(s); m; m = KIND_PARTICIPLE_ASIDE.exec(s)) {
    const named = NAME_AT_END.exec(s.slice(Math.max(0, m.index - 60), m.index));
    const at = named ? m.index - named[1].length : -1, name = named ? nameAt(named[1]) : null;
    if (name && name === named![1] && !notAnEvent(s, at)) out.push({ action: normaliseAction(m[1]), actionClass: classOf(m[1].toLowerCase()), rule: "territory.set-off", mention: name, at });
  }
  return out;
}

// "The attacked village, Tarsa, lies in Ulmar": the participle before the place's kind, its name set off after it.
const PARTICIPLE_KIND_NAMED = /\b[Tt]he\s+(attacked|bombed|shelled|targeted|bombarded|raided|captured|seized|overrun|besieged|encircled)\s+(?:village|town|city|district|camp|settlement|hamlet|locality|base)\s*,\s+(?=[A-Z])/g;
function participleKindNamed(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  PARTICIPLE_KIND_NAMED.lastIndex = 0;
  for (let m = PARTICIPLE_KIND_NAMED.exec(s); m; m = PARTICIPLE_KIND_NAMED.exec(s)) {
    const at = m.index + m[0].length, name = nameAt(s.slice(at));
    // (The name closed by its own comma or dash: "the attacked village, Tarsa, is …", not "the attacked village, which …".)
    // ("A resident of the attacked village, Jo Bolo, said": the name after "of the village" is the resident's.)
    if (/\bof\s+$/.test(s.slice(Math.max(0, m.index - 4), m.index)) || /^,\s+(?:said|says|told|added)\b/.test(s.slice(at + (name?.length ?? 0)))) continue;
    if (name && /^\s*(?:,|[–—]|\s-\s)/.test(s.slice(at + name.length)) && !notAnEvent(s, m.index)) out.push({ action: normaliseAction(m[1]), actionClass: classOf(m[1].toLowerCase()), rule: "territory.set-off", mention: name, at });
  }
  return out;
}

export function setOffParticiple(s: string): TerritoryCandidate[] {
  return [...before(s, SET_OFF, "territory.set-off", (m) => ({ verb: m[1].toLowerCase(), plural: false })), ...kindParticipleAside(s), ...participleKindNamed(s)]
    .filter((c) => !LANDSCAPE_AGENT.test(s.slice(c.at + c.mention.length + 2 + c.action.length)) && !/\b(?:floods?|storms?|earthquakes?|drought|rains?|cyclones?|hurricanes?|landslides?)\b/i.test(s.slice(c.at, c.at + c.mention.length + 60)));
}

// "Tarsa, now controlled by the rebels, lies on the highway": an aside that says who holds the place now.
const NOW_HELD = /,\s+now\s+(?:fully\s+|firmly\s+)?(controlled|held|occupied)\s+by\b/g;

// "The army in Tarsa has been surrounded by rebels": a garrison encircled where it stands is that place besieged.
const FORCE_IN = /\b(?:army|troops|forces|soldiers|garrison|units?|defenders|troops)\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?=[A-Z])/g;
const SURROUNDED_NEXT = /^\s+(?:(?:has|have|had)\s+been|was|were|is|are|remain(?:s|ed)?)\s+(?:\w+ly\s+|now\s+|still\s+)?(surrounded|besieged|encircled|cut off)\b/i;

export function forceSurrounded(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  FORCE_IN.lastIndex = 0;
  for (let m = FORCE_IN.exec(s); m; m = FORCE_IN.exec(s)) {
    const at = m.index + m[0].length, name = nameAt(s.slice(at));
    const verb = name ? SURROUNDED_NEXT.exec(s.slice(at + name.length)) : null;
    // ("The troops in Tarsa are surrounded by mountains": the land around them.)
    if (name && verb && !notAnEvent(s, m.index) && !LANDSCAPE_AGENT.test(s.slice(at + name.length + verb[0].length, at + name.length + verb[0].length + 50))) out.push({ action: normaliseAction(verb[1]), actionClass: "siege", rule: "territory.force-surrounded", mention: name, at });
  }
  return out;
}

// "With Tarsa captured, troops are heading north", "with Ulmar in rebel hands": a place taken, told as the
// setting of what follows. (Not "with Smith taken to hospital": the participle is closed by a comma, its
// taker or its day.)
const WITH_NAMED = /\b[Ww]ith\s+(?:the\s+(?:[a-z]+\s+)?(?:town|city|village|port|capital|stronghold)\s+of\s+)?(?=[A-Z])/g;
const WITH_TAKEN_AFTER = /^\s+(?:(?:now|finally|firmly|largely|effectively|already)\s+)?(?:(captured|taken|seized|retaken|recaptured|liberated|overrun|besieged|encircled|surrounded)(?=\s*[,;]|\s+(?:by|from|on|and|last|earlier)\b)|(fallen)(?=\s*[,;]|\s+(?:to|on|and|last|earlier)\b)|(in\s+(?:the\s+)?(?:[\w-]+\s+){1,2}hands|under\s+(?:the\s+)?(?:[\w-]+\s+){1,2}control)(?=\s*[,;]))/;

export function withTaken(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  WITH_NAMED.lastIndex = 0;
  for (let m = WITH_NAMED.exec(s); m; m = WITH_NAMED.exec(s)) {
    const at = m.index + m[0].length, name = nameAt(s.slice(at));
    const v = name ? WITH_TAKEN_AFTER.exec(s.slice(at + name.length)) : null;
    if (!name || !v || notAnEvent(s, m.index)) continue;
    const verb = (v[1] ?? (v[2] ? "fell" : "took control")).toLowerCase();
    out.push({ action: v[3] ? "took control" : normaliseAction(verb), actionClass: v[3] ? "control" : classOf(verb), rule: "territory.with-taken", mention: name, at });
  }
  return out;
}

export function kindParticiple(s: string): TerritoryCandidate[] {
  return [
    ...before(s, KIND_PARTICIPLE, "territory.kind-participle", (m) => ({ verb: m[1].toLowerCase(), plural: true })),
    ...(s.includes("now") ? before(s, NOW_HELD, "territory.now-held", () => ({ verb: "controlled", plural: false })) : []),
  ];
}

// "When Tarsa fell, we walked in", "since Ulmar fell": a fall told as the time of something else. The subject
// may be a person or a government ("when the regime fell"), so only a name the gazetteer knows as a town counts.
// ("after Tarsa fell on Tuesday", "since Ulmar fell last month": a time may follow the fall.)
const FELL_TIME = String.raw`\s*(?:,|\.|$)|\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year)|earlier|(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:19|20)\d\d)\b`;
const FELL_WHEN = new RegExp(String.raw`\b(?:fell|had fallen|has fallen)(?=${FELL_TIME})`, "g");
const FELL_WHEN_AFTER = new RegExp(String.raw`^\s+(?:(?:finally|eventually|quickly|soon)\s+)?(?:fell|had fallen|has fallen)(?:${FELL_TIME})`);
const WHEN_BEFORE = /\b(?:[Ww]hen|[Aa]fter|[Ss]ince|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]y the time|[Nn]ow that)\s+$/;

export function fellTo(s: string): TerritoryCandidate[] {
  const bare = before(s, FELL_BARE, "territory.fell-to", () => ({ verb: "fell", plural: true }))
    .filter((c) => KIND_BEFORE.test(s.slice(0, c.at)) || /[,;:]\s*$/.test(s.slice(0, c.at)) || KIND_APPOSITION_AFTER.test(s.slice(c.at + c.mention.length)));
  const when = /fell|fallen/.test(s) ? before(s, FELL_WHEN, "territory.fell-to", () => ({ verb: "fell", plural: false }))
    .filter((c) => !c.refersBack && WHEN_BEFORE.test(s.slice(0, c.at)) && FELL_WHEN_AFTER.test(s.slice(c.at + c.mention.length)))
    .map((c) => ({ ...c, townOnly: true })) : [];
  return [...before(s, FELL, "territory.fell-to", () => ({ verb: "fell", plural: true })), ...bare, ...when];
}

// "Tarsa, the seat of Qarn province, became the first provincial capital to fall to the rebels", "Ulmar is the
// second town seized by the militia this week": a place counted among those taken. (Not "the next town to fall":
// a forecast.)
const NTH_VERBS = String.raw`captured|taken|seized|overrun|retaken|recaptured|liberated|attacked|shelled|bombed|struck|hit|targeted|raided|besieged|encircled`;
// ("Tarsa is the fifth town in the area to be attacked by rebels": where the towns are counted may come between.)
const NTH_TO_FALL = new RegExp(String.raw`\b(?:became|has\s+become|had\s+become|is|was)\s+(?:now\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|village|district|stronghold|base|garrison|cities|towns)\s+(?:(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:area|region|province|district|state|country|north|south|east|west)\s+)?(?:to\s+(?:(fall)|be\s+(${NTH_VERBS}))\b|(${NTH_VERBS})\s+by\b)`, "gi");

export function nthToFall(s: string): TerritoryCandidate[] {
  return before(s, NTH_TO_FALL, "territory.nth-to-fall", (m) => ({ verb: m[1] ? "captured" : (m[2] ?? m[3]).toLowerCase(), plural: false }));
}

export function among(s: string): TerritoryCandidate[] {
  return before(s, AMONG, "territory.among", (m) => ({ verb: m[2].toLowerCase(), plural: isPlural(m[1]) }));
}

// "Tarsa, under siege since February, was shelled again": the place the aside describes.
const UNDER_ASIDE = /,\s+(?:long\s+|still\s+|now\s+)?under\s+(?:a\s+|the\s+)?(?:[a-z-]+\s+)?(siege|blockade)\b/g;

// "Tarsa came under government control", "X is now under the control of the army", "A and B are under
// Tarsan forces", "X is under the Ulmari flag again": the place's holder said with "under".
const UNDER_CONTROL = /\b(?:is|was|are|were|(?:has|had|have)\s+been|remains?|remained|came|comes|come|fell|falls)\s+(?:(?:now|fully|firmly|back|again|completely|effectively)\s+){0,2}under\s+(?:the\s+)?(?:(?:full|complete|total|effective|firm)\s+)?(?:control\s+of\b|(?:our|their)\s+(?:full\s+|complete\s+)?control\b|(?:[A-Z][\w-]+|rebel|government|army|military|militia|opposition|insurgent|jihadist|separatist|regime|enemy|federal)(?:[\s-]+[A-Z][\w-]+){0,2}\s+(?:control|forces|troops|rule|occupation|flag)\b)/g;

// "Tarsa, Ulmar and Qarn were in flames": villages set alight.
const IN_FLAMES = /\b(?:is|was|are|were|(?:has|have|had)\s+been|lay|lie)\s+(?:left\s+|still\s+)?in\s+flames\b/g;

// "On that day Tarsa was the scene of the deadliest attack of the war": the place an attack happened in.
// (Not fighting or clashes: fighting about a town is not told as an attack on it.)
const SCENE_OF = /\s+(?:was|were|became|(?:has|have|had)\s+been)\s+(?:again\s+|also\s+)?(?:the\s+)?scene\s+of\s+(?:(?:an?|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,4}?(?:attacks?|massacres?|assaults?|shelling|bombardments?|bombings?|air\s?strikes|airstrikes?|raids?|ambush(?:es)?|killings)\b/g;
// "Three villages -- A, B and C -- took the worst of the bombardment": the places an attack fell on most.
const BRUNT = /(?:\s*(?:--|–|—))?\s+(?:bore|bear|bears|bearing|borne|have borne|has borne)\s+the\s+brunt\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:shelling|attacks?|strikes|air\s?strikes|bombardment|bombing|raids|assault)\b/g;

// "A, B and C villages, which have been caught in attacks by the army": places the attacks reached.
const CAUGHT_IN = /,?\s+(?:which|that)\s+(?:have|has|had|were|was)\s+(?:been\s+)?caught\s+(?:up\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|shelling|bombardment|bombing|air\s?strikes|strikes|crossfire)\b/g;

// "Tarsa, a town of 25,000, has endured a blockade by militias": a siege the place endured.
// ("Tarsa's 300,000 residents have faced a devastating siege": its people faced it.)
const UNDERWENT = /\b(?:(?:has|have|had)\s+)?(?:undergone|underwent|endured|suffered|weathered|faced|lived\s+through|lived\s+under)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:siege|blockade)\b/g;

// "The hospital in Tarsa witnessed airstrikes", "Tarsa saw heavy shelling overnight", "The town of Tarsa has
// suffered repeated attacks", "bases in A and B face unrelenting attacks": the place the attack fell on.
// ("Tarsa and Ulmar, which witnessed intense shelling": the places the relative clause is about.)
const WITNESSED = /(?:,?\s+(?:which|that))?\s+(?:(?:has|have|had)\s+)?(?:witnessed|saw|seen|experienced|suffered|endured|faced|face|faces|facing)\s+(?:(?:an?\s+)?(?:["“][^"”]{1,40}["”]\s+)?(?:(?:heavy|intense|intensive|fierce|renewed|repeated|daily|fresh|more|further|new|several|multiple|frequent|constant|nightly|relentless|terrorist|deadly|major|bloody|brutal|massive|coordinated|violent|sustained|continuous|indiscriminate)\s+|[A-Z][\w-]+\s+){0,3}(?:shelling|air\s?strikes|strikes|bombardment|bombing|bombings|raids|attacks|assaults)|an?\s+(?:["“][^"”]{1,40}["”]\s+)?(?:(?:heavy|intense|fierce|renewed|fresh|new|terrorist|deadly|major|bloody|brutal|massive|coordinated|violent|drone|rocket|missile|air)\s+|[A-Z][\w-]+\s+){0,3}(?:air\s?strike|strike|bombardment|bombing|raid|attack|assault))\b/g;

// "Qarn village was the worst hit, with 12 houses destroyed by shelling", "A and B were among the hardest hit": the
// place an attack fell on hardest, named first. (Only where the sentence tells an attack: floods and storms hit too.)
const WORST_HIT_SUBJECT = /\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:among\s+)?(?:the\s+)?(?:worst|hardest)[-\s]hit\b/g;
const ATTACK_TOLD = /\b(?:shell(?:s|ed|ing)?|(?:air\s?)?strikes?|airstrikes?|bomb(?:s|ed|ing|ings|ardment)?|attacks?|raids?|drones?|missiles?|rockets?|artillery|assaults?|mortars?)\b/i;

export function under(s: string): TerritoryCandidate[] {
  return [
    ...(/worst|hardest/i.test(s) && ATTACK_TOLD.test(s) ? before(s, WORST_HIT_SUBJECT, "territory.worst-hit", () => ({ verb: "attacked", plural: true })) : []),
    ...(/witnessed|saw|seen|experienced|suffered|endured|fac/.test(s) ? before(s, WITNESSED, "territory.witnessed", () => ({ verb: "attacked", plural: true })) : []),
    ...(/siege|blockade/i.test(s) ? before(s, UNDERWENT, "territory.under", () => ({ verb: "besieged", plural: true })) : []),
    ...(s.includes("caught") ? before(s, CAUGHT_IN, "territory.caught-in", () => ({ verb: "attacked", plural: true })) : []),
    ...(s.includes("brunt") ? before(s, BRUNT, "territory.bore-brunt", () => ({ verb: "attacked", plural: true })) : []),
    ...(s.includes("scene of") ? before(s, SCENE_OF, "territory.scene-of", () => ({ verb: "attacked", plural: true })) : []),
    ...(s.includes("flames") ? before(s, IN_FLAMES, "territory.in-flames", () => ({ verb: "attacked", plural: true })) : []),
    ...before(s, UNDER_CONTROL, "territory.under-control", () => ({ verb: "took control", plural: true })),
    ...before(s, UNDER, "territory.under", (m) => ({ verb: /siege|blockade/i.test(m[1]) ? "besieged" : "shelled", plural: true })),
    ...before(s, UNDER_ASIDE, "territory.under", () => ({ verb: "besieged", plural: false })),
  ];
}

/** "X came under fire", and "troops came under fire near the village of Y". */
export function cameUnder(s: string): TerritoryCandidate[] {
  // ("attacked", not "attack": the verb decides the class, and "attack" is no past participle.)
  const out = before(s, CAME_UNDER, "territory.came-under", () => ({ verb: "attacked", plural: true }));
  CAME_UNDER.lastIndex = 0;
  for (let m = CAME_UNDER.exec(s); m; m = CAME_UNDER.exec(s)) {
    if (notAnEvent(s, m.index)) continue;
    for (const p of locativePlaces(s, m.index + m[0].length, false)) out.push({ action: normaliseAction(m[1]), actionClass: "attack", rule: "territory.came-under", ...p });
  }
  return out;
}

const TOLD_BEFORE = /\b(?:told|telling|informed|assured|warned|reminded)\s+(?:the\s+)?$/i;
// "the border town of X that Iraqi forces retook from IS": the place the relative clause's verb took.
// ("X, which they now control": a place held now was taken; "Y, which al Tarsa said it captured": a claim of it.)
const RELATIVE_OBJECT = new RegExp(String.raw`,?\s+(?:that|which)\s+(?!(?:was|were|is|are|has|had|have|will|would|could)\b)(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){1,3}?(?:(?:said|says|claimed|claims)\s+(?:it|they)\s+)?(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(${CONTROL}|${SIEGE}|${ATTACK}|took|retook|overran|(?<=\bnow\s)controls?)\b`, "g");

export function relativeObject(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  RELATIVE_OBJECT.lastIndex = 0;
  for (let m = RELATIVE_OBJECT.exec(s); m; m = RELATIVE_OBJECT.exec(s)) {
    if (notAnEvent(s, m.index)) continue;
    const verb = m[1].toLowerCase(), cls = classOf(verb);
    // ("told Valley Radio that shells had hit X": "that" after who was told opens what was said, not a relative clause.)
    for (const p of subjectPlaces(s, m.index, false)) if (!TOLD_BEFORE.test(s.slice(Math.max(0, p.at - 20), p.at))) out.push({ action: normaliseAction(verb), actionClass: cls, rule: "territory.relative-object", ...p });
  }
  return out;
}
