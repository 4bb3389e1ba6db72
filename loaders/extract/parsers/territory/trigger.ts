/**
 * The loop every forward-reading parser shares: find a trigger, skip it when the words before it
 * make it a plan or a fear ("could capture", "an imminent attack on"), read the places after it.
 */
import { flatPhrases, phrases } from "../../lexicon/pattern.ts";
import { NOT_EVENT_CUES, SHARED_PLACE_VERBS, SIEGE_ENDING_VERBS } from "../../lexicon/territory-words.ts";
import type { ActionClass, TerritoryCandidate } from "./types.ts";
import { placeReferredBack, type PlaceObject } from "./object.ts";
import { remembered } from "../../../remembered.ts";

// "an imminent attack", "a possible strike": these cues qualify only the words right after them.
// ("attacks aimed at capturing X", "preparations to begin the liberation of Y": an aim, said right before its verb.)
// ("troops responsible for securing X": a duty, said right before its verb.)
const NEAR_CUES = new Set(["responsible for", "tasked with", "imminent", "impending", "possible", "potential", "feared", "planned", "looming", "aimed at", "aiming at", "efforts on", "efforts to", "preparations to", "preparations for"]);
// Each cue's first letter in either case, but "may" only in lower case: "May 3" is a date, not a plan.
const eitherCase = (src: string) => src.replace(/(^|\|)([a-z])/g, (_, lead, c) => `${lead}[${c.toUpperCase()}${c}]`);
const NOT_EVENT_BEFORE = new RegExp(String.raw`\b(?:${eitherCase(flatPhrases(NOT_EVENT_CUES.filter((c) => c !== "may" && !NEAR_CUES.has(c))))}|may)\b[^.;]*$`);

const NOT_EVENT_NEAR = new RegExp(String.raw`\b(?:${[...NEAR_CUES].join("|")})\s+(?:[\w-]+\s+){0,2}$`, "i");

// "As many as 40 people may have died in the attack on X": the hedge is on the toll; the attack, named with "the", happened.
const HEDGED_TOLL_THE = /\b(?:may|might|could)\s+have\s+(?:been\s+)?[a-z]+\s+(?:[a-z]+\s+){0,2}?the\s+(?:[\w-]+\s+)?$/;

/** True when the words before `at` make what follows a plan, a fear or a habit. */
// "… continue to attack after seizing X": a gerund after "after" or "since" tells what already happened.
const AFTER_GERUND = /\b(?:after|since)\s+$/i;

// "…, which Reuters could not independently verify, planes bombed X": a note on the source, not a hedge on the event.
const UNVERIFIED = /\b(?:could|can|would)\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*/gi;

const RELATIVE_BEFORE = /^.*,\s+(?:which|who|where)\s+(?=[^,]*$)/s;

// "forces continue to besiege X": a siege that goes on is a siege, where "continue to attack" tells a habit.
const CONTINUES = /\bcontinu(?:e|es|ed|ing)\s+to\s+/gi;

// "During its failed attempts to defend its bases, the junta bombarded X": an opening clause's plan or
// attempt is its own; the main clause after its comma tells what happened.
const OPENING_CLAUSE = /^\W{0,2}(?:During|Amid|Despite|After|Following|While|When|Before|Having|In\s+(?:a|an|its|their)\s+(?:bid|attempt|effort|push|drive))\b[^,;.:]{0,100},\s*/;

const DASH_ASIDE_END = /(?:--|[—–])[^—–]{1,150}?(?:--|[—–])\s*$/;

// "The army is close to retaking X", "on the verge of capturing Y": an event nearly done is not done.
const ALMOST = /\b(?:(?:close|closer|near|nearer)\s+to|on\s+the\s+(?:verge|brink|point)\s+of)\s+$/i;
const GERUND = /^[A-Za-z]+ing\b/;

// "had not captured X", "did not take", "has never been seized": the verb denied (not "not only captured").
const NEGATED = /\b(?:not|never|n[’']t)\s+(?:(?:yet|fully|completely|been|be|have|managed\s+to|succeeded\s+in)\s+)*$/i;

// "an assault aimed at breaking the siege of X", "a bid to lift the blockade": the aim is to end a siege that goes on.
const AIM_TO_END = new RegExp(String.raw`\b(?:aimed|aiming|aims?|bids?|attempts?|efforts?|moved|moves|sought|seeking|seeks|tried|trying|tries|push|drive|plans?|calls?)\s+(?:at|to|for)\s+(?:the\s+)?(?:${phrases(SIEGE_ENDING_VERBS)})\s+(?:(?:the|their|its|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$`, "i");

export const notAnEvent = (s: string, at: number, ongoing = false) => {
  if (ongoing && AIM_TO_END.test(s.slice(Math.max(0, at - 70), at))) return false;
  if (GERUND.test(s.slice(at, at + 20)) && ALMOST.test(s.slice(Math.max(0, at - 30), at))) return true;
  if (NEGATED.test(s.slice(Math.max(0, at - 40), at))) return true;
  const opening = OPENING_CLAUSE.exec(s);
  const from = opening && at >= opening[0].length ? Math.max(opening[0].length, at - 60) : Math.max(0, at - 60);
  // ("tried to retake Tarsa, which fell last month": a relative clause tells its own event; the plan before it is not its.)
  // ("X -- accused by aid agencies of recruiting children -- seized Y": an aside between the subject and its verb says nothing of the event.)
  let before = s.slice(from, at).replace(UNVERIFIED, "").replace(RELATIVE_BEFORE, "").replace(DASH_ASIDE_END, "");
  if (ongoing) before = before.replace(CONTINUES, "");
  if (AFTER_GERUND.test(before) && !/\b(?:if|unless|would|could|will|might)\b/i.test(before)) return false;
  return (NOT_EVENT_BEFORE.test(before) && !HEDGED_TOLL_THE.test(before)) || NOT_EVENT_NEAR.test(s.slice(Math.max(0, at - 40), at));
};

// "An attack on X would displace 400,000": an attack named with "a" whose own verb is "would" is a fear.
// (A past verb between ends the noun's clause: "An air strike on X killed five, and the toll could rise".)
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]ny)\s+(?:[\w-]+\s+){0,3}$/;
// ("announced a blockade of X and said they would shut the highway": an irregular past ends the clause as well.)
const PAST_VERB = /\b(?:[a-z]+ed|said|told|took|began|came|went|fell|hit|struck|left|made|won|lost|held|drove|fled|sent|brought|gave|cut|ran|shot|broke|swept|overran|retook)\b/;
// ("An attack on X, officials warned, would …": the source's aside is no verb of the attack's.)
const SAID_ASIDE = /,\s+(?:[\w'’-]+\s+){1,4}?(?:said|say|says|told\s+\w+|added|warned|noted|believe|believed|fear|feared),/g;
const modalVerbOf = (s: string, end: number) => {
  const m = /^[^.;]{0,100}?\b(?:would|could|might)\b/.exec(s.slice(end, end + 120));
  return !!m && !PAST_VERB.test(m[0].replace(SAID_ASIDE, ""));
};
export const hypothetical = (s: string, m: RegExpExecArray) => INDEFINITE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index)) && modalVerbOf(s, m.index + m[0].length);

/** What a parser's place reader returns to say the trigger is no event at all: nothing is read, not even "the town". */
export const NOT_AN_EVENT: PlaceObject[] = Object.freeze([]) as unknown as PlaceObject[];

const AND_VERB = new RegExp(String.raw`^\s*and\s+(?:then\s+)?(?:${flatPhrases(SHARED_PLACE_VERBS)})\s+(?=(?:the\s+)?(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:city|town|village|district|camp|port)\s+of\s+[A-Z]))`);

export function readTriggers(
  s: string, re: RegExp, actionClass: ActionClass, rule: string,
  action: (m: RegExpExecArray) => string, places: (s: string, end: number, m: RegExpExecArray) => PlaceObject[],
): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (notAnEvent(s, m.index, actionClass === "siege") || hypothetical(s, m)) continue;
    let found = places(s, m.index + m[0].length, m);
    if (found === NOT_AN_EVENT) continue;
    // "Troops besieged and shelled X": two verbs share the place after the second.
    const and = found.length ? null : AND_VERB.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (and) { const shared = places(s, m.index + m[0].length + and[0].length, m); if (shared !== NOT_AN_EVENT) found = shared.filter((p) => !p.refersBack); }
    for (const p of found.length ? found : placeReferredBack(s, m.index + m[0].length, actionClass !== "attack")) out.push({ action: action(m), actionClass, rule, verbAt: m.index, ...p });
  }
  return out;
}

/** The action as tabled: "retook" and "regained control of" are both "recaptured". */
// A few hundred verbs as written: each is normalised once.
export const normaliseAction = remembered(actionOf);

function actionOf(verb: string): string {
  const v = verb.toLowerCase();
  if (/recaptur|retook|retak|regain|restored|reclaim|recover|(?:took|taken|seized|seizes|won|wins|wrested|snatched)\s+back/.test(v)) return "recaptured";
  // ("the rebels now hold X": a hold newly told is control taken.)
  if (/took|taken|taking|takes|\btake\b|control|^claimed$|\b(?:holds?|held)$/.test(v)) return "took control";
  if (/captur|fall|fell|takeover|overr|storm|lost|loss|secur|conque|wrest/.test(v)) return "captured";
  if (/seiz/.test(v)) return "seized";
  if (/occup/.test(v)) return "took control";
  if (/enter|invad|way into|storming into|stormed into|advanced into|moved into|pushed into|swept into|burst into|broke into|marched into|rolled into|rode into|drove into|(?:further|deeper|farther) into/.test(v)) return "entered";
  if (/liberat|freed|frees|\bfree\b|clear/.test(v)) return "captured";
  if (/surround|cut off|ringed/.test(v)) return "surrounded";
  if (/besieg|beseig|siege|blockad|sealed off/.test(v)) return "besieged";
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
