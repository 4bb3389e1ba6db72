/**
 * Lists of places introduced by what happened to them: "areas hit include A, B and C", "the
 * liberated districts are A, B and C", "captured several districts, including A and B".
 */
import { objectPlaces } from "./object.ts";
import { notAnEvent } from "./trigger.ts";
import type { ActionClass, TerritoryCandidate } from "./types.ts";

// ("airstrikes in civilian areas like A and B": "like" after a word for places.)
const INCLUDE_LIST = /\b(?:include|includes|included|including|such as|(?<=\b(?:areas|villages|towns|cities|places|localities|settlements|districts|communities)\s)like)\s+/gi;
// ("harassment took place in municipalities such as A and B": Colombian reports' word for armed attacks on a town.)
// (Not a verb joined by a hyphen: "famine-hit Tarsa" describes a place.)
const ATTACK_LEAD = /(?<![-‑])\b(?:attack(?:s|ed)?|assaulted|raided|harassments?|strikes?|airstrikes?|shelling|bombardment|bombing|targeted|hit|shelled|bombed|raided|pounded|struck|pummelled|pummeled|hammered)\b/i;
// ("struck the south, the agency said, including the towns of A and B": the plural too.)
const TOWN_ITEM = /^(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:city|cities|towns?|villages?|port)\s+of\s+[A-Z]/;
// ("regained control of key villages such as A and B": a change of control named by its noun.)
// ("managed to recapture key cities from the rebels, including A and B": a base form after what was achieved; "the
// seizure of outlying villages, including A", "regained three districts, including B": a noun, and a town taken again.)
const CONTROL_LEAD = /\b(?:(?:managed|succeeded|able)\s+to\s+(?:capture|seize|take|retake|recapture|liberate|free|clear)|captured|seized|took(?!\s+place)|taken(?!\s+place)|retaken|retook|recaptured|liberated|overran|overrun|freed|cleared|capturing|seizing|taking|retaking|recapturing|liberating|overrunning|(?:re)?gained\s+control\s+(?:of|over)|regained|regaining|(?:seizure|capture|recapture|takeover|liberation)\s+of|eliminat\w*\s+(?:terrorism|terrorists|militants|insurgents)\s+from|restored\s+(?:security|stability|control)\s+(?:to|in|over))\b/i;
// ("have imposed blockades on key cities, including A and B": a siege laid on each.)
const SIEGE_LEAD = /\b(?:besieged|besieging|encircled|encircling|blockaded|blockading|(?:imposed|laid|placed|put)\s+(?:a\s+)?(?:sieges?|blockades?)\s+(?:on|around)|under\s+(?:siege|blockade))\b/i;
// ("militiamen attacked several neighbourhoods, including A": the quarters of a city too.)
const PLACES_LEAD = /\b(?:areas?|places|villages|towns|cities|districts|targets|locations|settlements|positions|territory|swathes?|neighbou?rhoods|quarters|communities|camps)\b/i;
const PLACE_BEFORE = /[A-Z][\w’'-]+(?:\s+(?:district|province|region|governorate|state|county|area))?,\s*$/;
// "the fallen districts are A, B and C" (and "the fallen district are", as a hurried wire writes it).
const LISTED = /\b(liberated|captured|recaptured|retaken|freed|seized|fallen|besieged|encircled|shelled|bombed|targeted|attacked)\s+(?:villages?|towns?|cities|city|districts?|areas?|settlements?|places|localities)\s+(?:are|were|include|included|:)\s+/gi;

// ("The capture of X lets the army move to retake towns such as Y": what is yet to be taken, after the event.)
const PLAN_AFTER_LEAD = /\bto\s+(?:capture|seize|take|retake|recapture|liberate|free|clear|enter|attack|strike|hit|shell|bomb)\b/i;
const FLED_FROM_LEAD = /\bfrom\s+(?:[\w-]+\s+){0,3}(?:villages|towns|areas|places|localities|settlements|communities)\b[^.;]{0,30}\b(?:flee|fled|fleeing|leave|left)\b/i;
// The lead's verb says what befell the listed places: the first kind that matches, in this order.
const LIST_LEADS: Array<[ActionClass, RegExp, string, string]> = [
  ["attack", ATTACK_LEAD, "attack", "territory.attacked-list"],
  ["control", CONTROL_LEAD, "captured", "territory.captured-list"],
  ["siege", SIEGE_LEAD, "besieged", "territory.besieged-list"],
];
// Each lead's pattern made global once, to find its last verb.
const EVERY_LEAD = new Map(LIST_LEADS.map(([, re]) => [re, new RegExp(re.source, "gi")]));

export function includedList(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  INCLUDE_LIST.lastIndex = 0;
  for (let m = INCLUDE_LIST.exec(s); m; m = INCLUDE_LIST.exec(s)) {
    const lead = s.slice(0, m.index);
    // ("pounded the coast, including the port city of Tarsa": an item said to be a town needs no places word before.)
    // ("shells hit Tarsa, including A, B and C": the places within a place named just before.)
    if (!PLACES_LEAD.test(lead) && !TOWN_ITEM.test(s.slice(m.index + m[0].length)) && !PLACE_BEFORE.test(lead)) continue;
    // ("The attacks have forced residents from 24 villages to flee, including A and B": where people fled from.)
    const list = LIST_LEADS.find(([, re]) => re.test(lead) && !(re === ATTACK_LEAD && FLED_FROM_LEAD.test(lead)));
    if (!list) continue;
    const [actionClass, re, action, rule] = list;
    // ("is close to retaking more towns, including A", "plans to capture key cities such as B": the lead's last verb is no event.)
    // ("The capture of X lets the army move to retake towns such as Y": a plan after it lists what is yet to be taken.)
    const verb = [...lead.matchAll(EVERY_LEAD.get(re)!)].pop();
    if (verb && notAnEvent(s, verb.index)) continue;
    if (verb && PLAN_AFTER_LEAD.test(lead.slice(verb.index! + verb[0].length))) continue;
    for (const p of objectPlaces(s, m.index + m[0].length)) out.push({ action, actionClass, rule, ...p });
  }
  return out;
}

// "The towns attacked since mid-January include A and B": the participle after the places' word, then the list
// (not the towns "hit hardest by the storm").
const LISTED_AFTER = /\b(?:villages|towns|cities|districts|areas|settlements|places|localities|communities)\s+(liberated|captured|recaptured|retaken|freed|seized|besieged|encircled|shelled|bombed|targeted|attacked|struck|hit|raided)\b(?![^.;:]{0,50}?\b(?:storms?|floods?|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|droughts?|rains)\b)[^.;:]{0,50}?\s+(?:are|were|include|included|includes)\s+/gi;

export function namedList(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  for (const re of [LISTED, LISTED_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const verb = m[1].toLowerCase();
      const cls: ActionClass = /besieg|encircl/.test(verb) ? "siege" : /shell|bomb|target|attack|struck|hit|raid/.test(verb) ? "attack" : "control";
      // (a fallen place is a captured one)
      for (const p of objectPlaces(s, m.index + m[0].length)) out.push({ action: cls === "control" ? "captured" : verb, actionClass: cls, rule: "territory.named-list", ...p });
    }
  }
  return out;
}

// "Troops recaptured five towns on Friday. The towns are A, B and C": places an event of the sentence
// before counted without naming, named in the next. The reader pairs the two sentences.
const UNNAMED_PLACES = String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|many|dozens\s+of|a\s+number\s+of|the\s+number\s+of)\s+)(?:[a-z-]+\s+|[A-Z][a-z]+-[a-z]+\s+){0,2}?(?:towns|villages|cities|communities|settlements|localities|areas|districts|camps|islands|hamlets|outposts|bases)\b`;
const UNNAMED_EVENTS: Array<[RegExp, ActionClass, string]> = [
  // ("confirmed the liberation of five settlements": the event as a noun.)
  [new RegExp(String.raw`\b(?:captured|seized|took|retook|recaptured|liberated|overran|freed|cleared|took\s+control\s+of|regained\s+control\s+of|(?:the\s+)?(?:capture|seizure|recapture|liberation|fall)\s+of)\s+(?:[\w-]+\s+){0,2}?${UNNAMED_PLACES}`, "i"), "control", "captured"],
  [new RegExp(String.raw`\b(?:attacked|shelled|bombed|raided|struck|targeted|hit|burned|torched)\s+(?:[\w-]+\s+){0,2}?${UNNAMED_PLACES}`, "i"), "attack", "attack"],
  [new RegExp(String.raw`\b(?:besieged|surrounded|encircled|blockaded)\s+(?:[\w-]+\s+){0,2}?${UNNAMED_PLACES}`, "i"), "siege", "besieged"],
  // "nine more districts were captured by the Taliban", "five towns fell to the army": the passive and the fall.
  [new RegExp(String.raw`${UNNAMED_PLACES}[^.;]{0,40}?\b(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:captured|seized|retaken|recaptured|liberated|overrun|freed|taken|controlled)|(?:fell|have\s+fallen|had\s+fallen)\s+(?:to|into|under))\b`, "i"), "control", "captured"],
  [new RegExp(String.raw`${UNNAMED_PLACES}[^.;]{0,40}?\b(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:attacked|shelled|bombed|raided|struck|targeted|hit|burned|torched)\b`, "i"), "attack", "attack"],
];

/** The event of a sentence whose places are counted but not named ("recaptured five towns"), or null. */
export function unnamedPlacesEvent(s: string): { actionClass: ActionClass; action: string } | null {
  for (const [re, actionClass, action] of UNNAMED_EVENTS) if (re.test(s)) return { actionClass, action };
  return null;
}

const NAMED_NEXT = /^[“"]?(?:The|These|Those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[a-z-]+\s+)?(?:towns|villages|cities|communities|settlements|localities|areas|districts|camps)\s+(?:are|were|include|included|includes|in\s+question\s+are|concerned\s+are)\s+/;

/** "The towns are A, B and C": the places a sentence names for the event of the sentence before. */
export function placesNamedNext(s: string): Array<{ mention: string; at: number }> {
  const m = NAMED_NEXT.exec(s);
  return m ? objectPlaces(s, m[0].length).filter((p) => !p.refersBack) : [];
}

// "the number of villages controlled by the army rose to 15, they are A, B and C": the places a count
// in the same sentence did not name, named after it.
// ("recaptured five villages near X: they are A, B and C": a colon or a dash before "they are" too.)
const NAMED_AFTER_COUNT = /(?:(?:,|:|\s+[-–—])\s+(?:they\s+are|these\s+are|namely|which\s+are|they\s+include)\s+|:\s+)(?=[A-Z“"]|(?:al|el)-)/g;

export function namedAfterCount(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  NAMED_AFTER_COUNT.lastIndex = 0;
  for (let m = NAMED_AFTER_COUNT.exec(s); m; m = NAMED_AFTER_COUNT.exec(s)) {
    const event = unnamedPlacesEvent(s.slice(0, m.index));
    if (!event) continue;
    for (const p of objectPlaces(s, m.index + m[0].length)) if (!p.refersBack) out.push({ action: event.action, actionClass: event.actionClass, rule: "territory.named-after-count", ...p });
  }
  return out;
}

