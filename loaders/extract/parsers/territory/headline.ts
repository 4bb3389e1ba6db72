/**
 * Headlines tell events in the bare present: "Rebels Seize Tarsa", "Troops encircle Ulmar", "Drones
 * Strike Qarn Depot". A body sentence never counts a bare verb (a plan or a habit: "they take the
 * road"), so these are read only in a sentence shaped like a headline: no final full stop, and short.
 */
import { objectPlaces } from "./object.ts";
import { normaliseAction, NOT_AN_EVENT, readTriggers } from "./trigger.ts";
import type { TerritoryCandidate } from "./types.ts";

const CONTROL = ["seize", "capture", "take", "retake", "recapture", "enter", "overrun", "liberate", "storm", "occupy", "conquer"];
const SIEGE = ["surround", "encircle", "besiege", "blockade"];
const ATTACK = ["shell", "bomb", "strike", "attack", "pound", "target", "raid", "bombard", "hammer", "hit"];
export const HEADLINE_VERBS = [...CONTROL, ...SIEGE, ...ATTACK];

// The verb, then its object: a name, "the", "a" ("Troops Take Tarsa", "Rebels take over a town"). A capital
// after the word may be a title-case noun's next word instead ("Drone Strike On Car", "Attack Kills 5").
const NOT_OBJECT = String.raw`(?!(?:On|In|At|Near|Of|Against|For|From|To|Into|By|With|Over|After|As|Kills?|Leaves?|Wounds?|Injures?|Hits?|Claims?)\b)`;
const cased = (list: string[]) => [...list, ...list.map((w) => w[0].toUpperCase() + w.slice(1))].join("|");
// ("Troops recapture strategic Tarsa ridgeline": a describing word may stand before the name.)
// ("Troops Retake Control of Tarsa", "Rebels Take Over Ulmar": the particle in title case too; "Rebels seize key town
// of Tarsa": the place's kind before its name, as sentence-case headlines write it.)
const verbs = (list: string[]) => new RegExp(String.raw`\b(${cased(list)})\s+(?:(?:[Oo]ver|[Bb]ack|(?:[Ff]ull\s+)?[Cc]ontrol\s+(?:[Oo]f|[Oo]ver))\s+)?${NOT_OBJECT}(?=[A-Z]|the\s|a\s|(?:strategic|key|northern|southern|eastern|western|border|main|rebel-held|besieged)\s+[A-Z]|(?:(?:strategic|key|northern|southern|eastern|western|border|main|rebel-held|besieged)\s+)?(?:town|city|village|port|capital|stronghold|district|region|province)\s+of\s+[A-Z])`, "g");
const CONTROL_RE = verbs(CONTROL), SIEGE_RE = verbs(SIEGE), ATTACK_RE = verbs(ATTACK);
const MAX_WORDS = 18;

/** A sentence shaped like a headline: no closing full stop, question or exclamation mark, and short. */
export function isHeadlineShaped(s: string): boolean {
  const t = s.trim();
  return !/[.!?]["”’)]?$/.test(t) && t.split(/\s+/).length <= MAX_WORDS;
}

// "Rebels vow to take X", "Army could storm Y": an infinitive or a modal is no event.
const NOT_DONE_BEFORE = /\b(?:to|will|would|could|may|might|must|can|cannot|can't|won't|not|never|bid)\s+$/i;

export function headlineVerb(s: string): TerritoryCandidate[] {
  if (!isHeadlineShaped(s)) return [];
  // In title case a comma list is no list of places ("Rebels Encircle Tarsa, Escalating Crisis"): the object
  // is its first name, and names joined to it by "and".
  const places = (t: string, end: number, m: RegExpExecArray) => {
    if (NOT_DONE_BEFORE.test(t.slice(Math.max(0, m.index - 10), m.index))) return NOT_AN_EVENT;
    const found = objectPlaces(t, end);
    return found.filter((p, i) => i === 0 || /^\s*(?:and|&)\s*$/i.test(t.slice(found[i - 1].at + found[i - 1].mention.length, p.at)));
  };
  return [
    ...readTriggers(s, CONTROL_RE, "control", "territory.headline-verb", (m) => normaliseAction(m[1]), places),
    ...readTriggers(s, SIEGE_RE, "siege", "territory.headline-verb", (m) => normaliseAction(m[1]), places),
    ...readTriggers(s, ATTACK_RE, "attack", "territory.headline-verb", (m) => normaliseAction(m[1]), places),
  ];
}
