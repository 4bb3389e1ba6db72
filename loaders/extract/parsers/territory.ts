/**
 * Territory events, one per place named: control changes, sieges and attacks. Each parser in
 * `territory/` reads one way news writes them, and tags its candidates with its rule id; this list
 * is their order. Only past events count: "could capture" and "an imminent attack on" are skipped,
 * and bare verbs are not in the grammar at all.
 */
import { controlNoun, controlOf, controlVerb, droveOut, lostTo } from "./territory/control.ts";
import { siegeNoun, siegeVerb } from "./territory/siege.ts";
import { attackNoun, attackVerb, firedAt, killedIn } from "./territory/attack.ts";
import { among, cameUnder, fellTo, passive, under } from "./territory/passive.ts";
import { includedList, namedList } from "./territory/lists.ts";
import type { TerritoryCandidate, TerritoryParser } from "./territory/types.ts";
import { phrases } from "../lexicon/pattern.ts";
import { ATTACK_EVENT_NOUNS, ATTACK_VERBS, CONTROL_VERBS, PROJECTILES, SIEGE_VERBS } from "../lexicon/territory-words.ts";

export type { ActionClass, TerritoryCandidate } from "./territory/types.ts";
export { objectPlaces } from "./territory/object.ts";

/** The parsers, in order: a place read by two of them is tabled by the first (see index.ts). */
export const TERRITORY_PARSERS: TerritoryParser[] = [
  controlVerb, controlOf, controlNoun, lostTo, droveOut, siegeVerb, siegeNoun, attackVerb, attackNoun, firedAt,
  includedList, namedList, passive, fellTo, among, cameUnder, under, killedIn,
];

/** Two parsers reading the same place for the same class: the first in the list above tells it. */
function firstReading(candidates: TerritoryCandidate[]): TerritoryCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.actionClass}|${c.at}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// Every parser needs one of these words; a sentence with none is skipped in one cheap scan.
const FIRST_WORDS = [...CONTROL_VERBS, ...SIEGE_VERBS, ...ATTACK_VERBS, ...ATTACK_EVENT_NOUNS, ...PROJECTILES].map((p) => p.split(" ")[0]);
const CUE = new RegExp(String.raw`\b(?:${phrases([...new Set(FIRST_WORDS)])}|fell|fallen|under|among|one of|bomb|shell|rocket|missile|mortar|drone|projectile|includ\w*|such as|driven|drove|driving|pushed|forced|expelled|expelling|ousted|ousting|flushed|withdr\w*|retreated|lost|ceded|surrendered|siege|blockade|encirclement|capture|seizure|recapture|fall|takeover|liberation|taking|houses|homes|buildings|shops|properties|vehicles|cars|schools|mosques|churches|markets|killings|massacre|explosion|blast|killed|wounded|injured|died|dead|taken|controlled|occupied|stormed|freed|cleared|overrun|hit|rocked|raided|are|were)\b`, "i");

export function territoryCandidates(s: string): TerritoryCandidate[] {
  if (!CUE.test(s)) return [];
  return firstReading(TERRITORY_PARSERS.flatMap((parse) => parse(s)));
}
