/**
 * Territory events, one per place named: control changes, sieges and attacks. Each parser in
 * `territory/` reads one way news writes them, and tags its candidates with its rule id; this list
 * is their order. Only past events count: "could capture" and "an imminent attack on" are skipped,
 * and bare verbs are not in the grammar at all.
 */
import { controlNoun, controlOf, controlVerb, droveOut, groundIn, handedOver, inHands, lostTo } from "./territory/control.ts";
import { leftUnderSiege, siegeNoun, siegeState, siegeVerb, takenAfterSiege } from "./territory/siege.ts";
import { attackNoun, attackVerb, attemptedAssault, firedAt, frontedAttack, killedIn, movedOnTo, takenAfterBombardment } from "./territory/attack.ts";
import { among, cameUnder, fellTo, forceSurrounded, kindParticiple, nthToFall, passive, relativeObject, setOffParticiple, under, withTaken } from "./territory/passive.ts";
import { includedList, namedAfterCount, namedList } from "./territory/lists.ts";
import { HEADLINE_VERBS, headlineVerb } from "./territory/headline.ts";
import type { TerritoryCandidate, TerritoryParser } from "./territory/types.ts";
import { plainQuotedWords } from "../quoted-words.ts";
import { ATTACK_EVENT_NOUNS, ATTACK_NOUNS_WITH_OF, ATTACK_VERBS, CONTROL_VERBS, DAMAGED_THINGS, SIEGE_VERBS } from "../lexicon/territory-words.ts";

export type { ActionClass, TerritoryCandidate } from "./territory/types.ts";
export { objectPlaces } from "./territory/object.ts";

const first = (list: readonly string[]) => list.map((p) => p.split(" ")[0]);
const PROJECTILE_WORDS = ["rocket", "rockets", "shell", "shells", "missile", "missiles", "mortar", "mortars", "bomb", "bombs", "drone", "drones", "projectile", "projectiles"];

/**
 * The parsers, in order (a place read by two of them is tabled by the first; see firstReading), each
 * with the words its patterns cannot match without: a parser runs only on a sentence that has one of
 * them, which a set lookup tells at once.
 */
export const TERRITORY_PARSERS: Array<[TerritoryParser, readonly string[]]> = [
  [controlVerb, first(CONTROL_VERBS)],
  [controlOf, ["used", "helped", "recaptured", "recapturing", "been", "gave", "give", "gives", "giving", "handed", "handing", "took", "taken", "taking", "takes", "gained", "gaining", "gains", "seized", "seizing", "wrested", "regained", "regaining", "retaken", "retook", "established", "establishing", "reestablished", "reestablishing", "re", "restored", "restoring", "reasserted", "reasserting", "assumed", "imposed", "extended", "consolidated", "asserted", "tightened", "managed", "succeeded", "able", "has", "have", "had", "raised", "hoisted", "planted", "raising", "hoisting", "mounted", "mounting", "planting", "flag", "flags", "completed", "completing", "announced", "announcing", "declared", "declaring", "claimed", "claiming", "led", "leading", "resulted", "resulting", "culminated", "culminating"]],
  [controlNoun, ["capture", "seizure", "recapture", "retaking", "fall", "takeover", "liberation", "taking", "loss", "conquest", "whose", "recovery", "takeovers", "captures", "seizures"]],
  [groundIn, ["ground", "territory", "gains"]],
  [lostTo, ["lost", "losing", "loses", "ceded", "surrendered", "relinquished", "relinquishing", "relinquish"]],
  [handedOver, ["handed", "handing", "hands"]],
  [droveOut, ["dislodged", "dislodging", "chased", "chasing", "evicted", "evicting", "ejected", "ejecting", "flushing", "kicking", "routed", "routing", "kicked", "repelled", "repelling", "repulsed", "abandoned", "abandoning", "left", "fled", "deserted", "forcing", "pushing", "drove", "driven", "driving", "pushed", "forced", "expelled", "expelling", "ousted", "ousting", "flushed", "cleared", "withdrew", "withdrawn", "withdrawing", "retreated", "pulled", "pulling", "pulls", "fell", "falling", "fallen", "knocked", "vacated", "vacating", "emptied"]],
  [inHands, ["hands", "declared", "declares", "announced", "pronounced"]],
  [siegeVerb, first(SIEGE_VERBS)],
  [siegeNoun, ["siege", "blockade", "encirclement"]],
  [leftUnderSiege, ["left", "leaving", "leaves", "kept", "keeping", "keeps", "placed", "placing", "put", "putting"]],
  [siegeState, ["surrounding", "encircling", "besieged", "encircled", "surrounded", "blockaded", "siege", "blockade", "encirclement"]],
  [attackVerb, first(ATTACK_VERBS)],
  [attemptedAssault, ["tried", "attempted"]],
  [movedOnTo, ["moved", "proceeded", "went", "headed", "continued"]],
  [attackNoun, [...first(ATTACK_EVENT_NOUNS), ...ATTACK_NOUNS_WITH_OF, "killings", "occurred", "happened", "massacre", "explosion", "blast", "incident", "offensive", "offensives", "counter-offensive", "counteroffensive", ...DAMAGED_THINGS]],
  [firedAt, ["where", "burned", "burnt", "torched", "levelled", "leveled", "flattened", "destroyed", "damaged", "demolished", "razed", "reduced", "worst", "detonated", "set", "planted", "exploded", "bomber", "bombers", "fired", "fires", "firing", "threw", "thrown", "throws", "throwing", "hurled", "hurls", "hurling", "tossed", "tossing", "launched", "launches", "launch", "launching", "lobbed", "lobs", "lobbing", "dropped", "drops", "dropping", "slammed", "rained", "rains", "raining", "sends", "sending", "strike", "strikes", "airstrike", "airstrikes", "subjected", "subjecting", "subjects", "sent", "deployed", "dispatched", "used", "brought", "called", "artillery", "shellfire", "fire", "shelling", "bombardment", "bombardments", "patrol", "patrolling", "stationed", "based", "positioned", "posted", "garrisoned", ...PROJECTILE_WORDS]],
  [includedList, ["include", "includes", "included", "including", "such", "like"]],
  [namedList, ["liberated", "captured", "recaptured", "retaken", "freed", "seized", "fallen", "besieged", "encircled", "shelled", "bombed", "targeted", "attacked", "struck", "hit", "raided"]],
  [passive, ["was", "were", "has", "had", "have", "is", "are", "being", "remained", "remains", "remain", "still", "got", "gets"]],
  [forceSurrounded, ["surrounded", "besieged", "encircled", "cut"]],
  [withTaken, ["with"]],
  [setOffParticiple, ["captured", "seized", "recaptured", "retaken", "overrun", "occupied", "besieged", "encircled", "surrounded", "shelled", "bombed", "bombarded", "struck", "hit", "attacked", "raided", "pounded", "targeted"]],
  [kindParticiple, ["towns", "villages", "cities", "districts", "settlements", "localities", "now"]],
  [fellTo, ["fell", "fallen"]],
  [nthToFall, ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"]],
  [relativeObject, ["that", "which"]],
  // ("are the two other towns now claimed by …": "the" is everywhere, so its participles are the cue.)
  [among, ["among", "one", "claimed", "captured", "seized", "liberated", "retaken", "recaptured", "taken", "occupied", "controlled", "overrun", "besieged", "encircled", "surrounded", "attacked", "shelled", "targeted", "bombed", "struck", "hit", "raided"]],
  [cameUnder, ["under", "exposed", "subjected", "target", "targets"]],
  [under, ["face", "faced", "faces", "facing", "caught", "witnessed", "saw", "seen", "experienced", "under", "flames", "brunt", "scene", "undergone", "underwent", "endured", "suffered", "weathered", "faced", "lived", "worst", "hardest"]],
  [headlineVerb, HEADLINE_VERBS],
  [namedAfterCount, ["namely", "they", "these", "which", "villages", "towns", "cities", "districts", "areas", "settlements", "localities", "communities", "camps", "islands", "hamlets", "outposts", "bases"]],
  [killedIn, ["damaged", "destroyed", "burned", "burnt", "killed", "kills", "killing", "wounding", "wounded", "injured", "died", "dead", "murdered", "martyred", "massacred", "slaughtered", "killings", "massacre", "massacres", "killing", "wounding", "injuring", "lives", "death", "deaths"]],
];
const SIEGE_NOUN_BIT = 1 << TERRITORY_PARSERS.findIndex(([parse]) => parse === siegeNoun);
// Each cue word with the parsers (one bit each) that need it.
const PARSERS_OF = new Map<string, number>();
TERRITORY_PARSERS.forEach(([, words], i) => { for (const w of words) PARSERS_OF.set(w.toLowerCase(), (PARSERS_OF.get(w.toLowerCase()) ?? 0) | (1 << i)); });

/** Two parsers reading the same place for the same class: the first in the list above tells it. */
function firstReading(candidates: TerritoryCandidate[]): TerritoryCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.actionClass}|${c.at}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// The (first letter, length) of each cue word: a word of another shape is skipped without being cut out.
const CUE_SHAPES = new Uint8Array(26 * 64);
const shapeOf = (first: number, length: number) => (first - 97) * 64 + Math.min(length, 63);
for (const w of PARSERS_OF.keys()) if (/^[a-z]+$/.test(w)) CUE_SHAPES[shapeOf(w.charCodeAt(0), w.length)] = 1;

/** The parsers the words of `s` (its runs of a–z once lower-cased) call for, as bits. */
function dueParsers(s: string): number {
  const t = s.toLowerCase();
  let due = 0;
  for (let i = 0; i < t.length; ) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) { i++; continue; }
    let j = i + 1;
    for (let d = t.charCodeAt(j); d >= 97 && d <= 122; d = t.charCodeAt(++j));
    if (CUE_SHAPES[shapeOf(c, j - i)]) due |= PARSERS_OF.get(t.slice(i, j)) ?? 0;
    i = j;
  }
  return due;
}

// "By Jo Bolo in Tarsa, occupied Ulmar and Kim Lee in Qarn": a byline says where the reporters are, not what happened.
const BYLINE = /^\W{0,2}By\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:in|and)\s+[A-Z]/;

export function territoryCandidates(written: string): TerritoryCandidate[] {
  if (BYLINE.test(written)) return [];
  // ("said its troops had 'liberated' the villages of A and B": a word read without the source's marks; every
  // position stays. A quoted phrase, '"cowardly and barbaric" attack', is read as before, as one.)
  const s = plainQuotedWords(written);
  // The parsers this sentence's words call for (none, for most sentences): the cue lists above decide.
  const due = dueParsers(s);
  const out: TerritoryCandidate[] = [];
  if (!due) return [];
  TERRITORY_PARSERS.forEach(([parse], i) => { if (due & (1 << i)) out.push(...parse(s)); });
  // A place taken "after a siege" was besieged too: read from what the parsers above found.
  if (due & SIEGE_NOUN_BIT) out.push(...takenAfterSiege(s, out));
  // And "after days of bombardment", bombarded.
  if (/bombard|shelling|strikes|bombing/i.test(s)) out.push(...takenAfterBombardment(s, out));
  // "In Tarsa, two car bombs exploded near a market": the place at the head, when the attack hit no place named.
  // (It stands before a reading of the same place that waits for the gazetteer: "In Tarsa, shelling killed five".)
  const fronted = /^\W{0,3}(?:\w+,?\s+)?[Ii]n\s/.test(s) ? frontedAttack(s, out) : [];
  if (fronted.length) return firstReading([...fronted, ...out.filter((c) => !(c.townOnly && c.at === fronted[0].at))]);
  return firstReading(out);
}
