/**
 * Attacks on places: "shelled X", "air strikes on X", "the shelling of X", "fired rockets at X",
 * and where the thing hit lies: "targeted a house in X", "attacked troops near Y".
 */
import { phrases, requiredWords } from "../../lexicon/pattern.ts";
import { ATTACK_EVENT_NOUNS, ATTACK_NOUNS_WITH_OF, ATTACK_VERBS, PROJECTILES } from "../../lexicon/territory-words.ts";
import { locativePlaces, objectPlaces } from "./object.ts";
import { normaliseAction, readTriggers } from "./trigger.ts";
import type { TerritoryCandidate } from "./types.ts";

// "shelled and bombed X": two verbs, one object.
const ATTACK_VERB = new RegExp(String.raw`\b(${phrases(ATTACK_VERBS)})\s+(?:and\s+(?:${phrases(ATTACK_VERBS)})\s+)?`, "gi");
// "air strikes on X", "an 'enemy strike' on X", "the shelling was concentrated on X".
// ("11 airstrikes by the warplanes of the coalition backing the government on X": the attacker may take many words.)
// ("shelling operations on X", "a bombing campaign against Y": the attack named twice.)
const ATTACK_NOUN = new RegExp(String.raw`\b(${phrases(ATTACK_EVENT_NOUNS)})[”"’]?\s+(?:(?:operations?|campaigns?|sorties|missions?)\s+)?(?:(?:launched\s+|carried out\s+)?by\s+[^,.;]{1,90}?\s+|(?:(?:was|were|has been|have been|had been)\s+)?(?:carried out|launched|conducted)\s+|continued\s+|(?:was|were|is|are)\s+(?:mainly\s+|mostly\s+)?(?:concentrated|focused|directed|aimed)\s+)?(?:on|in|near|against|targeting|hitting|around|at|over)\s+`, "gi");
const ATTACK_NOUN_OF = new RegExp(String.raw`\b(${phrases(ATTACK_NOUNS_WITH_OF)})\s+of\s+`, "gi");
// "a drone attack injured two men in the village of X": what the attack did, then where.
const ATTACK_DID = new RegExp(String.raw`\b(${phrases([...ATTACK_EVENT_NOUNS, "killings", "massacre", "explosion", "blast"])})\s+(?:by\s+[^,.;]{1,40}?\s+)?(?:(?:have|has|had)\s+)?(?=(?:killed|injured|wounded|hit|struck|destroyed|damaged|targeted|happened|occurred|took place)\s)`, "gi");
// "several houses were burned in X": damage done in a place.
const DAMAGED_IN = /\b(?:houses|homes|buildings|shops|properties|vehicles|cars|schools|mosques|churches|markets)\s+(?:were|was|have been|had been)\s+(?:\w+ly\s+)?(?:burned|burnt|torched|destroyed|damaged|razed|set ablaze|set on fire|looted)\s+(?:in|at)\s+/gi;
const FIRED_AT = new RegExp(String.raw`\b(?:fired|launched|lobbed|dropped|slammed|rained)\s+(?:\w+\s+){0,2}?(?:${phrases(PROJECTILES)})\s+(?:at|on|into|towards|toward)\s+`, "gi");
// "Two rockets fell on the X neighbourhood", "shells landed in X".
// "bombs were dropped on X", "missiles were fired at Y".
const LANDED = /\b(?:rockets?|shells?|missiles?|mortars?|mortar rounds?|bombs?|drones?|projectiles?)\s+(?:also\s+)?(?:fell|landed|exploded|slammed|rained\s+down|(?:were|was|had been|have been)\s+(?:dropped|fired|launched))\s+(?:(?:early|late\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight)\s+)?(?:on|in|into|near|at|towards?)\s+/gi;

/** The place hit, or where the thing hit was. */
const targetPlaces = (s: string, end: number) => {
  const direct = objectPlaces(s, end);
  return direct.length ? direct : locativePlaces(s, end, false);
};

export function attackVerb(s: string): TerritoryCandidate[] {
  return readTriggers(s, ATTACK_VERB, "attack", "territory.attack-verb", (m) => normaliseAction(m[1]), targetPlaces);
}

// The words each pattern of attackNoun cannot match without: the parser's cue words are all of them
// together, so a sentence that calls it often holds the words of only one or two of its patterns.
const NOUN_WORDS = requiredWords(ATTACK_EVENT_NOUNS), DID_WORDS = requiredWords([...ATTACK_EVENT_NOUNS, "killings", "massacre", "explosion", "blast"]);
const NOUN_OF_WORDS = requiredWords(ATTACK_NOUNS_WITH_OF), DAMAGED_WORDS = /houses|homes|buildings|shops|properties|vehicles|cars|schools|mosques|churches|markets/i;

export function attackNoun(s: string): TerritoryCandidate[] {
  return [
    ...(NOUN_WORDS.test(s) ? readTriggers(s, ATTACK_NOUN, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), targetPlaces) : []),
    ...(DID_WORDS.test(s) ? readTriggers(s, ATTACK_DID, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), (t, end) => locativePlaces(t, end, false)) : []),
    ...(NOUN_OF_WORDS.test(s) ? readTriggers(s, ATTACK_NOUN_OF, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), targetPlaces) : []),
    ...(DAMAGED_WORDS.test(s) ? readTriggers(s, DAMAGED_IN, "attack", "territory.damaged-in", () => "attack", (t, end) => objectPlaces(t, end)) : []),
  ];
}

// "15 civilians were killed in Tarsa in shelling attacks": the place of the dead, when an attack killed them.
const KILLED_IN = /\b(?:killed|wounded|injured|died|dead|murdered|massacred|slaughtered)\s+in\s+/gi;
// "41 people were murdered in Tarsa village": a killing at a named village or camp is an attack on it.
const AT_SETTLEMENT = /^\s+(?:village|camp|town|settlement|hamlet)\b/;
const SETTLEMENT_OF = /(?:the\s+)?(?:village|camp|town|settlement|hamlet)\s+of\s+$/i;
const BY_ATTACK = new RegExp(String.raw`^\s+(?:in|by|during|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${phrases(["shelling", "air strikes", "air strike", "airstrikes", "airstrike", "strikes", "strike", "bombardment", "bombing", "bombings", "drone attack", "drone attacks", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "artillery", "raids", "raid"])})\b`, "i");

export function killedIn(s: string): TerritoryCandidate[] {
  return readTriggers(s, KILLED_IN, "attack", "territory.killed-in", () => "attack", (t, end) => {
    const places = objectPlaces(t, end);
    const last = places[places.length - 1];
    if (!last) return [];
    const rest = t.slice(last.at + last.mention.length);
    const named = (p: { at: number; mention: string }) => AT_SETTLEMENT.test(t.slice(p.at + p.mention.length)) || SETTLEMENT_OF.test(t.slice(end, p.at));
    return BY_ATTACK.test(rest) ? places : places.filter(named);
  });
}

export function firedAt(s: string): TerritoryCandidate[] {
  return [
    ...readTriggers(s, FIRED_AT, "attack", "territory.fired-at", () => "attack", targetPlaces),
    ...readTriggers(s, LANDED, "attack", "territory.fired-at", () => "attack", targetPlaces),
  ];
}
