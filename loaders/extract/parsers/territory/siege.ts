/** Sieges: "surrounded X", "laid siege to X", "the siege imposed by the RSF on X", "the siege of X". */
import { phrases } from "../../lexicon/pattern.ts";
import { SIEGE_VERBS } from "../../lexicon/territory-words.ts";
import { objectPlaces } from "./object.ts";
import { normaliseAction, readTriggers } from "./trigger.ts";
import type { TerritoryCandidate } from "./types.ts";

const SIEGE_VERB = new RegExp(String.raw`\b(${phrases(SIEGE_VERBS)})\s+`, "gi");
const SIEGE_NOUN = /\b(siege|blockade|encirclement)\s+(?:(?:imposed|laid|placed)\s+)?(?:by\s+[^,.;]{1,40}?\s+)?(?:on|of|to|around)\s+/gi;

export function siegeVerb(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_VERB, "siege", "territory.siege-verb", (m) => normaliseAction(m[1]), (t, end) => objectPlaces(t, end));
}

export function siegeNoun(s: string): TerritoryCandidate[] {
  return readTriggers(s, SIEGE_NOUN, "siege", "territory.siege-noun", (m) => normaliseAction(m[1]), (t, end) => objectPlaces(t, end));
}
