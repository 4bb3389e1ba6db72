/**
 * Territory events: control changes ("captured", "seized the villages of A, B and C", "the capture of
 * X", "entered"), sieges ("surrounded", "besieged") and attacks ("air strikes on X", "targeted the
 * villages of ...", "areas hit by attacks include ..."). One event per place named as the verb's
 * object. Only past events count: "the next target", "could capture" are not events, and the bare
 * verb forms are not in the grammar at all.
 */
import { nameAt } from "./places.ts";

export type ActionClass = "control" | "siege" | "attack";

export interface TerritoryCandidate {
  action: string;
  actionClass: ActionClass;
  /** The rule that read it, for `npm run explain` and the tables. */
  rule: string;
  mention: string;
  /** Offset of the place name in the sentence. */
  at: number;
}

const CONTROL_VERB = /\b(captured|seized(?: full| complete)?(?: control of)?|took (?:full |complete |back )?control of|(?:has |have |had )?taken (?:full |complete )?control of|took|recaptured|retook|retaken|regained(?: control of)?|entered|stormed|overran|overrun|liberated|wrested(?: control of)?|gained control of|seizing(?: control of)?|capturing|taking control of|entering|recapturing|advanced into)\s+/gi;
const CONTROL_NOUN = /\b(?:the|its|their|[A-Za-z]+['’]s?)\s+(capture|seizure|recapture|fall|takeover|liberation) of\s+/gi;
const SIEGE_VERB = /\b(surrounded|besieged|encircled|laid siege to|besieging|encircling|imposed a siege on|cut off)\s+/gi;
const ATTACK_VERB = /\b(targeted|shelled|bombed|bombarded|pounded|struck|attacked|raided|shelling|bombing|targeting|pounding)\s+/gi;
const ATTACK_NOUN = /\b(air ?strikes?|airstrikes?|strikes?|raids?|shelling|bombardment|bombing|attacks?|barrel bombs?|missiles?|rockets?)\s+(?:by\s+[^,.;]{1,40}?\s+|carried out\s+)?(?:on|in|near|against|targeting|hitting|around)\s+/gi;
const PASSIVE = /(?:was|were|has been|had been|have been)(?:\s+\w+ly|\s+also)?\s+(captured|seized|taken|recaptured|retaken|surrounded|besieged|encircled|shelled|targeted|bombed|struck|hit|attacked)\b/gi;
const INCLUDE_LIST = /\b(?:include|includes|included|including|such as)\s+/gi;

// Words between a verb and its place: determiners, descriptions ("the villages of", "nearby", "Idlib's southwestern villages of").
const PREFIX = /^(?:(?:the|a|an|its|nearby|key|strategic|important|rebel-held|opposition-held|government-held|regime-held|jihadist-held|militant-held|neighbou?ring|northern|southern|eastern|western|central|north-?western|south-?western|south-?eastern|north-?eastern|rural|small|large|several|most of|parts of|much of|all of)\s+|[A-Z][\w-]+['’]s\s+)*(?:(?:villages?|towns?|cit(?:y|ies)|areas?|districts?|neighbou?rhoods?|outskirts|hills?|hamlets?|suburbs?|parts|edges|strongholds?|airbase|air base|military airport|base|countryside)\s+(?:of\s+)?)?/i;
const SEPARATOR = /^\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|;\s*(?:and\s+)?)/;
const TRAILING_DESCRIPTION = /^\s+(?:town|village|city|districts?|areas?)\b/;
// "Latemne districts on Hama's rural outskirts; and the villages of ...": a description up to the next item.
const SKIP_TO_SEMICOLON = /^\s+(?:on|in|near|outside|(?:west|east|north|south)(?:-?(?:west|east))? of)\b[^,;.]*;\s*(?:and\s+)?/;
// "captured another town on the highway, Saraqib."
const APPOSITIVE = /^(?:another|a|an|the|one)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|area|hill)\b[^,.;]{0,60},\s+/i;
// Intentions and expectations are not events.
const NOT_EVENT_BEFORE = /\b(?:if|could|would|may|might|will|plans? to|aims? to|seeks? to|threaten(?:s|ed)? to|expected to|likely to|poised to|set to|attempt(?:s|ed)? to|tried to|try to|trying to|bid to|push to|failed to|next target)\b[^.;]*$/i;

/** Place names forming the object that starts at `from`; stops at the first thing that is not a place. */
export function objectPlaces(s: string, from: number): Array<{ mention: string; at: number }> {
  const out: Array<{ mention: string; at: number }> = [];
  let pos = from;
  const app = APPOSITIVE.exec(s.slice(pos));
  if (app) {
    const name = nameAt(s.slice(pos + app[0].length));
    if (name && /^\s*(?:[.,;]|$)/.test(s.slice(pos + app[0].length + name.length))) return [{ mention: name, at: pos + app[0].length }];
  }
  for (let guard = 0; guard < 40; guard++) {
    const pre = PREFIX.exec(s.slice(pos))!;
    const name = nameAt(s.slice(pos + pre[0].length));
    if (!name) break;
    const at = pos + pre[0].length;
    out.push({ mention: name, at });
    pos = at + name.length;
    const desc = TRAILING_DESCRIPTION.exec(s.slice(pos));
    if (desc) pos += desc[0].length;
    const skip = SKIP_TO_SEMICOLON.exec(s.slice(pos));
    if (skip) { pos += skip[0].length; continue; }
    const sep = SEPARATOR.exec(s.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
  }
  return out;
}

export function territoryCandidates(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  const add = (re: RegExp, cls: ActionClass, actionOf: (m: RegExpExecArray) => string, rule: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (NOT_EVENT_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
      for (const p of objectPlaces(s, m.index + m[0].length)) out.push({ action: actionOf(m), actionClass: cls, rule, ...p });
    }
  };
  add(CONTROL_VERB, "control", (m) => normaliseAction(m[1]), "territory.control-verb");
  add(CONTROL_NOUN, "control", (m) => normaliseAction(m[1]), "territory.control-noun");
  add(SIEGE_VERB, "siege", (m) => normaliseAction(m[1]), "territory.siege-verb");
  add(ATTACK_VERB, "attack", (m) => normaliseAction(m[1]), "territory.attack-verb");
  add(ATTACK_NOUN, "attack", (m) => normaliseAction(m[1]), "territory.attack-noun");
  // "Areas subjected to recent regime attacks include ...": a list of attacked places.
  INCLUDE_LIST.lastIndex = 0;
  for (let m = INCLUDE_LIST.exec(s); m; m = INCLUDE_LIST.exec(s)) {
    const lead = s.slice(0, m.index);
    if (!/\b(?:attacks?|strikes?|airstrikes?|shelling|bombardment|bombing|targeted|hit|shelled|bombed)\b/i.test(lead) || !/\b(?:areas?|places|villages|towns|targets|locations)\b/i.test(lead)) continue;
    for (const p of objectPlaces(s, m.index + m[0].length)) out.push({ action: "attack", actionClass: "attack", rule: "territory.attacked-list", ...p });
  }
  // Passive: "the town of X was also surrounded".
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(s); m; m = PASSIVE.exec(s)) {
    const lead = s.slice(0, m.index).trimEnd();
    const name = /((?:[A-Z][\w'’-]*|al|el)(?:[\s-]+(?:[A-Z][\w'’-]*|al|el))*)$/.exec(lead);
    if (!name || NOT_EVENT_BEFORE.test(lead)) continue;
    const mention = nameAt(name[1]);
    if (!mention || mention !== name[1]) continue;
    const verb = m[1].toLowerCase();
    const cls: ActionClass = /surround|besieg|encircl/.test(verb) ? "siege" : /shell|target|bomb|struck|hit|attack/.test(verb) ? "attack" : "control";
    out.push({ action: normaliseAction(verb), actionClass: cls, rule: "territory.passive", mention, at: name.index });
  }
  return out;
}

function normaliseAction(verb: string): string {
  const v = verb.toLowerCase();
  if (/took|taken|taking|control/.test(v)) return "took control";
  if (/recaptur|retook|retaken|regain/.test(v)) return "recaptured";
  if (/captur|fall|takeover|overr|storm/.test(v)) return "captured";
  if (/seiz/.test(v)) return "seized";
  if (/enter|advanced into/.test(v)) return "entered";
  if (/liberat/.test(v)) return "captured";
  if (/surround|cut off/.test(v)) return "surrounded";
  if (/besieg|siege/.test(v)) return "besieged";
  if (/encircl/.test(v)) return "encircled";
  if (/air ?strike|airstrike/.test(v)) return "air strike";
  if (/shell/.test(v)) return "shelled";
  if (/bomb|barrel/.test(v)) return "bombed";
  if (/strike|struck/.test(v)) return "strike";
  if (/target/.test(v)) return "targeted";
  if (/raid/.test(v)) return "raided";
  if (/pound/.test(v)) return "pounded";
  return "attack";
}
