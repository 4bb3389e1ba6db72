/** Sieges: "surrounded X", "laid siege to X", "the siege imposed by the RSF on X", "the siege of X". */
import { phrases } from "../../lexicon/pattern.ts";
import { RAIDERS, RAIDERS_MOUNTS, SIEGE_ENDING_VERBS, SIEGE_VERBS } from "../../lexicon/territory-words.ts";
import { locativePlaces, objectPlaces, placeReferredBack, type PlaceObject } from "./object.ts";
import { nameAt, NAME_SRC } from "../../places.ts";
import { normaliseAction, NOT_AN_EVENT, readTriggers } from "./trigger.ts";
import { LANDSCAPE_BEFORE } from "./passive.ts";
import type { TerritoryCandidate } from "./types.ts";

// ("encircling, according to military sources, the forces …": an aside on the source before the object.)
const SIEGE_VERB = new RegExp(String.raw`\b(${phrases(SIEGE_VERBS)})(?:\s+|(?=,\s+according\s+to\s))`, "gi");
const SIEGE_NOUN = /\b(siege|blockade|encirclement)\s+(?:(?:imposed|laid|placed)\s+)?(?:by\s+[^,.;]{1,40}?\s+)?(?:on|of|to|around|in)\s+/gi;

// "in the besieged port city": the siege said as a describing word, of a town named before.
const THE_BEFORE = /\bthe\s+$/i;
const REGION_WHICH_BEFORE = /\b(?:province|region|state|district|county|governorate|oblast|area|desert|mountains|hills)\s*,?\s+(?:which|that)\s+$/i;

// "Tarsa, the besieged capital", "Tarsa, a town besieged for months": the siege describes the name before it.
// ("Tarsa – the besieged state capital –": the description may stand between dashes.)
const NAMED_BEFORE = /((?:[A-Z][\w’'-]+)(?:[\s-]+(?:al-|el-)?[A-Z][\w’'-]+){0,2})["”’]?(?:,|\s+[–—])\s+(?:the|an?)\s+(?:(?:[a-z-]+|[A-Z][a-z]+n)\s+){0,2}?(?:(?:town|city|village|enclave|capital|port)\s+)?$/;
// "the besieged capital", "the besieged enclave": a capital or an enclave named before (a bare "the capital" is the country's).
const BESIEGED_BACK = /^the\s+besieged\s+(?:[a-z-]+\s+|[A-Z][a-z]+n\s+){0,2}(?:capital|enclave)\b/;

const NAMED_AFTER = /^(?:[a-z-]+\s+){0,2}(?:capital|city|town|enclave|port)\s*,\s+(?=[A-Z])/;

// "Scores of men on motorcycles ringed A and B and opened fire", "the bandits surrounded the
// community": raiders who surround a place ring it for a raid, not a siege (an army or a militia lays sieges).
const RAIDERS_BEFORE = new RegExp(String.raw`\b(?:${phrases(RAIDERS)}|men\s+on\s+(?:${phrases(RAIDERS_MOUNTS)}))\b[^.;]{0,60}$`, "i");

export function siegeVerb(s: string): TerritoryCandidate[] {
  return readSieges(s).map((c) => (c.verbAt !== undefined && /^(?:surrounded|encircled)\b/i.test(s.slice(c.verbAt)) && RAIDERS_BEFORE.test(s.slice(Math.max(0, c.verbAt - 100), c.verbAt))
    ? { ...c, action: "attacked", actionClass: "attack", rule: "territory.surrounded-by-raiders" } : c));
}

function readSieges(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_VERB, "siege", "territory.siege-verb", (m) => normaliseAction(m[1]), (t, end, m) => {
    // "Hills surround the village": the land, not a siege.
    if (LANDSCAPE_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) return NOT_AN_EVENT;
    // "Bolo province, which surrounds Tarsa": a region that lies around a town, said in the present.
    if (/^(?:surrounds|encircles)$/i.test(m[1]) && REGION_WHICH_BEFORE.test(t.slice(Math.max(0, m.index - 60), m.index))) return NOT_AN_EVENT;
    const w0 = Math.max(0, m.index - 90), named = NAMED_BEFORE.exec(t.slice(w0, m.index));
    // ("Tarsa, a besieged city in the north": the indefinite describes the name before it too.)
    if (named && (/\b(?:the|an?)\s+$/i.test(t.slice(Math.max(0, m.index - 4), m.index)) || /\b(?:town|city|village|enclave|capital|port)\s+$/.test(named[0]))) {
      const name = nameAt(named[1]);
      if (name) return [{ mention: name, at: w0 + named.index }];
    }
    const theBefore = THE_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index));
    // "the besieged regional capital, Tarsa": the place named right after its description.
    const namedAfter = theBefore ? NAMED_AFTER.exec(t.slice(end)) : null;
    const after = namedAfter ? nameAt(t.slice(end + namedAfter[0].length)) : null;
    if (after) return [{ mention: after, at: end + namedAfter![0].length }];
    const back = theBefore ? placeReferredBack(t, m.index - 4) : [];
    // "the besieged Ruritanian capital": the country's capital, before the word is read as a name.
    if (back.some((b) => b.nation)) return back;
    // ("encircled the governor's residence in X": a site besieged in its town.)
    const direct = objectPlaces(t, end);
    if (!direct.length && !theBefore) {
      const held = forcesIn(t, end);
      if (held.length) return held;
      return /^(?:the|a|an|its|their)\s/i.test(t.slice(end)) ? locativePlaces(t, end, true) : [];
    }
    if (direct.length || !theBefore) return direct;
    if (back.length) return back;
    const capital = BESIEGED_BACK.exec(t.slice(m.index - 4));
    return capital ? [{ mention: capital[0], at: m.index - 4, refersBack: true }] : [];
  });
}

// "are encircling militia units in the town of X", "surrounded 300 soldiers in Y": the forces' place, besieged.
// ("encircled General Bolo's army in Tarsa", "encircles Bolo's RSF in Ulmar": whose forces they are, before them.)
// ("besieged ISIS inside Tarsa village": a group named by its acronym; "encircling, according to military sources, the
// forces of the Ulmar commander in the areas of Tarsa": an aside on the source, and whose forces they are.)
const FORCES_OBJECT = /^(?:(?:the\s+|some\s+|about\s+|around\s+|more\s+than\s+)?(?:[\w'’-]+\s+){0,3}?(?:units|troops|forces|fighters|soldiers|militants|rebels|garrison|members|personnel|insurgents|jihadists|militiamen|servicemen|army|division|brigade|battalion|regiment|defenders)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?(?=\s+(?:in|inside)\s))?|(?:[A-Z][\w-]*['’]s\s+)?[A-Z]{2,6})\s+(?:(?:still\s+)?(?:remaining|holed\s+up|trapped|entrenched|hiding|left)\s+)?(?=(?:in|inside)\s)/;
const SOURCE_ASIDE = /^,\s+according\s+to\s+[^,.;]{1,60},\s+/i;
function forcesIn(t: string, end: number): PlaceObject[] {
  const aside = SOURCE_ASIDE.exec(t.slice(end));
  if (aside) end += aside[0].length;
  const m = FORCES_OBJECT.exec(t.slice(end));
  return m ? locativePlaces(t, end + m[0].length, false).filter((p) => !p.refersBack) : [];
}

// "troops broke the months-long siege of X", "the end of the blockade of Y", "the siege of Z was lifted on
// Monday": the siege ends (a blind reading of real reports tables no siege for it); the day it ends is no siege laid (the place was besieged before, on days the text
// may tell elsewhere).
const SIEGE_ENDING = phrases(SIEGE_ENDING_VERBS);
// ("moved to end a siege in X", "calls for the lifting of the siege", "aimed at breaking the siege": an aim; the siege goes on.)
const ENDING_BEFORE = new RegExp(String.raw`(?<!\b(?:to|for|at|would|could|will|might|must|should|tried|trying|sought|seeking|bid|attempts?|efforts?|calls?|demands?)\s+(?:the\s+)?)\b(?:${SIEGE_ENDING})\s+(?:(?:the|their|its|his|her|this|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$`, "i");
const ENDED_AFTER = new RegExp(String.raw`^[^.;:,]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|got)\s+(?:\w+ly\s+|finally\s+|now\s+)?(?:${SIEGE_ENDING})\b`, "i");

// ("completed the encirclement of enemy units in X": the forces' place, as after the verb.)
const orForcesIn = (places: PlaceObject[], t: string, end: number) => (places.length ? places : forcesIn(t, end));

export function siegeNoun(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_NOUN, "siege", "territory.siege-noun", (m) => normaliseAction(m[1]), (t, end, m) =>
    ENDING_BEFORE.test(t.slice(Math.max(0, m.index - 50), m.index)) || ENDED_AFTER.test(t.slice(end)) ? NOT_AN_EVENT : orForcesIn(objectPlaces(t, end), t, end));
}

// "rebels are surrounding X": the siege going on ("the surrounding villages" is no siege: no auxiliary).
const SURROUNDING = /\b(?:is|are|was|were|been)\s+(?:now\s+|still\s+|already\s+)?(surrounding|encircling)\s+/gi;
// "escaped from surrounded X", "food reached besieged Y": the state of a place, said in passing; an
// attempt or a plan before it ("tried to escape from") is about the people, not the siege.
// ("fled their besieged stronghold of Tarsa": the place's kind and "of" before its name.)
const STATE = /\b(?:from|in|into|inside|out of|to|reach|reached|reaching|enter|entered|flee|fled|fleeing|escape|escaped|escaping)\s+(?:the\s+|their\s+|its\s+)?(besieged|encircled|surrounded|blockaded)\s+(?=[A-Z]|(?:[a-z-]+\s+){0,2}(?:town|city|village|stronghold|enclave|port|bastion)\s+of\s+[A-Z])/g;
// "took Tarsa after an 11-day siege": the town taken had been besieged.
const AFTER_SIEGE = new RegExp(String.raw`(${NAME_SRC})(?:\s+(?:town|city|village))?,?\s+after\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(siege|blockade|encirclement)\b`, "g");

// "People in this encircled city": the place of the dateline, besieged.
const THIS_BESIEGED = /\bthis\s+(besieged|encircled|blockaded)\s+(?:[a-z-]+\s+)?(?:city|town|village|enclave|capital|port)\b/gi;

// "The militants are now besieged in the northwestern corner of Tarsa": forces besieged where they hold out.
const FORCES_BESIEGED_IN = /\b(?:[Mm]ilitants|[Ff]ighters|[Tt]roops|[Ss]oldiers|[Ff]orces|[Rr]ebels|[Ii]nsurgents|[Jj]ihadists|[Gg]arrison|[Dd]efenders)\s+(?:are|were|is|was|have\s+been|had\s+been|remain|remained)\s+(?:now\s+|still\s+)?(besieged|encircled|surrounded)\s+(?:in|inside)\s+(?:the\s+(?:(?:[a-z]+ern|central)\s+)?(?:corner|part|parts|centre|center|heart|edge|outskirts|old\s+city)\s+of\s+)?(?:the\s+(?:city|town|village)\s+of\s+)?(?=[A-Z])/g;

export function siegeState(s: string): TerritoryCandidate[] {
  const out = readTriggers(s, SURROUNDING, "siege", "territory.siege-verb", (m) => normaliseAction(m[1]), (t, end) => { const direct = objectPlaces(t, end); return direct.length ? direct : forcesIn(t, end); });
  out.push(...readTriggers(s, FORCES_BESIEGED_IN, "siege", "territory.forces-besieged-in", (m) => normaliseAction(m[1]), (t, end) => objectPlaces(t, end).slice(0, 1)));
  THIS_BESIEGED.lastIndex = 0;
  for (let m = THIS_BESIEGED.exec(s); m; m = THIS_BESIEGED.exec(s)) out.push({ action: normaliseAction(m[1]), actionClass: "siege", rule: "territory.siege-state", mention: m[0], at: m.index, refersBack: true });
  STATE.lastIndex = 0;
  for (let m = STATE.exec(s); m; m = STATE.exec(s)) {
    for (const p of objectPlaces(s, m.index + m[0].length).slice(0, 1)) out.push({ action: normaliseAction(m[1]), actionClass: "siege", rule: "territory.siege-state", ...p });
  }
  AFTER_SIEGE.lastIndex = 0;
  for (let m = AFTER_SIEGE.exec(s); m; m = AFTER_SIEGE.exec(s)) {
    const name = nameAt(m[1]);
    if (name && name === m[1].slice(0, name.length)) out.push({ action: normaliseAction(m[2]), actionClass: "siege", rule: "territory.after-siege", mention: name, at: m.index });
  }
  return out;
}

// "Troops took Tarsa on Sunday after months of siege", "Ulmar fell after a two-year blockade": the place
// taken had been besieged. The words between "after" and the siege only say how long or how hard.
const TAKEN_AFTER_SIEGE = /\b(?:after|following)\s+(?:(?:a|an|the|its|their|months|weeks|days|years|nearly|almost|more|than|over|long|lengthy|prolonged|brutal|bloody|punishing|crippling|[\w]+-(?:day|week|month|year)(?:-long|s-long)?|(?:months|weeks|years)-long)\s+){1,4}(?:of\s+(?:a\s+|the\s+)?)?(siege|blockade|encirclement)\b/i;

/** A siege of each place a control event of the same clause took, when it was taken after a siege. */
export function takenAfterSiege(s: string, candidates: TerritoryCandidate[]): TerritoryCandidate[] {
  const m = TAKEN_AFTER_SIEGE.exec(s);
  if (!m) return [];
  return candidates
    .filter((c) => c.actionClass === "control" && !c.townOnly && c.at < m.index && !/[;:]/.test(s.slice(c.at, m.index)))
    .map((c) => ({ ...c, action: normaliseAction(m[1]), actionClass: "siege" as const, rule: "territory.taken-after-siege" }));
}

// "a takeover that has left the city under siege", "keeping Tarsa under blockade": a place put under a siege.
const LEFT = /\b(?:left|leaving|leaves|kept|keeping|keeps|placed|placing|put|putting)\s+/g;
// ("kept the town of Tarsa, in Bolo province, under blockade": an aside may stand between.)
// ("overran Tarsa, leaving Ulmar almost encircled": the siege said by its participle.)
const UNDER_SIEGE_NEXT = /^(?:,[^,.;]{1,60},)?\s+(?:under\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(siege|blockade)|(?:all\s+but\s+|almost\s+|nearly\s+|virtually\s+)?(?:surrounded|encircled|besieged|cut\s+off)(?!\s+(?:by|with)\s+(?:hills|mountains|forests?|water|farmland|fields|desert)\b))\b/i;

export function leftUnderSiege(s: string): TerritoryCandidate[] {
  return readTriggers(s, LEFT, "siege", "territory.left-under-siege", () => "besieged", (t, end) => {
    const list = objectPlaces(t, end), last = list[list.length - 1];
    // ("kept Tarsa and Ulmar under siege": every place of the list.)
    if (list.length > 1 && UNDER_SIEGE_NEXT.test(t.slice(last.at + last.mention.length, last.at + last.mention.length + 110))) return list;
    const found = [...list, ...placeReferredBack(t, end, true)];
    const under = found.filter((p) => UNDER_SIEGE_NEXT.test(t.slice(p.at + p.mention.length, p.at + p.mention.length + 110)));
    return under.length ? under.slice(0, 1) : NOT_AN_EVENT;
  });
}

