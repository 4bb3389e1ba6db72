/** Sieges: "surrounded X", "laid siege to X", "the siege imposed by the RSF on X", "the siege of X". */
import { phrases } from "../../lexicon/pattern.ts";
import { SIEGE_VERBS } from "../../lexicon/territory-words.ts";
import { objectPlaces, placeReferredBack } from "./object.ts";
import { normaliseAction, readTriggers } from "./trigger.ts";
import type { TerritoryCandidate } from "./types.ts";

const SIEGE_VERB = new RegExp(String.raw`\b(${phrases(SIEGE_VERBS)})\s+`, "gi");
const SIEGE_NOUN = /\b(siege|blockade|encirclement)\s+(?:(?:imposed|laid|placed)\s+)?(?:by\s+[^,.;]{1,40}?\s+)?(?:on|of|to|around)\s+/gi;

// "in the besieged port city": the siege said as a describing word, of a town named before.
const THE_BEFORE = /\bthe\s+$/i;

export function siegeVerb(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_VERB, "siege", "territory.siege-verb", (m) => normaliseAction(m[1]), (t, end, m) => {
    const direct = objectPlaces(t, end);
    if (direct.length || !THE_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index))) return direct;
    return placeReferredBack(t, m.index - 4);
  });
}

export function siegeNoun(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_NOUN, "siege", "territory.siege-noun", (m) => normaliseAction(m[1]), (t, end) => objectPlaces(t, end));
}
