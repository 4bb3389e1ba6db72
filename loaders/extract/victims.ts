/**
 * Who a figure counts: the noun phrase after a number ("16 civilians", "32 of them pro-government
 * forces", "tens of thousands of people", "138,500 women, children and men") and its class.
 */
import { all, phrases, wordSet } from "./lexicon/pattern.ts";
import { loadProfile, type Profile, type Side } from "./profile.ts";
import { countries, isDemonym } from "../geo/countries.ts";
import * as L from "./lexicon/people.ts";

const VICTIM_LISTS = all(L.SINGULAR_NOUNS, L.CHILDREN, L.WOMEN, L.CIVILIANS, L.GOVERNMENT_FORCES, L.OPPOSITION_FIGHTERS, L.COMBATANTS, L.PEOPLE, L.DEMONYMS, L.TOLL_NOUNS, L.DISPLACED_NOUNS, L.HOUSEHOLD_NOUNS);
/** Head nouns (the last word of each listed noun) as a pattern source, for the parsers' lists of figures. */
export const PEOPLE_NOUNS = phrases([...new Set(VICTIM_LISTS.map((n) => n.split(" ").pop()!))]);
// Nationalities in the plural name people too ("90 Liberians were killed"): every country's, from the
// same country data the gazetteer reads, beside the lexicon's list.
const HEADS = wordSet([...VICTIM_LISTS.map((n) => n.split(" ").pop()!), ...countries().flatMap((c) => c.demonyms.filter((d) => /s$/.test(d) && !/ /.test(d)))]);
const TIME_UNITS = wordSet(L.TIME_UNITS);
const PARTICIPLES = wordSet(["displaced", "dead", "wounded", "injured", "killed"]);
const TOLLS = wordSet(L.TOLL_NOUNS.filter((n) => n !== "victims"));
/** A noun that counts people (not a toll noun such as "deaths" or "bodies"). */
export const isPeopleNoun = (noun: string) => HEADS.has(noun.toLowerCase()) && !TOLLS.has(noun.toLowerCase());
// Words that may follow a bare figure ("thousands displaced", "another 13 were killed", "killed hundreds.").
const FOLLOWERS = new Set(
  ("were was have has had are is be been being killed dead died wounded injured displaced fled fleeing and or in on at by from since during " +
    "across including according amid after before when as while more who that which had to of allegedly reportedly reported believed " +
    "feared confirmed trapped stranded arrived abandoned could would may might will must should can " +
    "crossed crossing poured streamed escaped escaping left entered sought took remained remain remains flee managed " +
    // "wounded 38 outside a checkpoint", "killed 12 near the border", "killed 20 inside the camp".
    "outside inside near around within " +
    // "wounded about 20 yesterday", "killed 12 overnight": when, right after a bare figure.
    "yesterday today overnight last " +
    // "six of whom later died": an adverb of time before the figure's verb.
    "later subsequently then succumbed " +
    // "drove 50,000 out of the town", "6,000 temporarily taking refuge": where they went, or how, right after.
    "out temporarily initially eventually forcibly made " +
    // "put the toll at 14 but officials did not comment": a clause joined after a bare figure.
    "but whereas").split(" "),
);
// People words that also describe other people nouns: "local aid workers", "civilian truck drivers".
const ADJECTIVE_HEADS = new Set(["local", "civilian"]);
// The lexicon's two-word nouns by their first word ("asylum" → "seekers"): after a people word, the pair is still
// the compound's end ("Tarsan asylum seekers", "local aid workers").
const PAIR_NOUNS = new Map<string, Set<string>>();
for (const [a, b] of VICTIM_LISTS.filter((n) => /^[a-z]+ [a-z]+$/i.test(n)).map((n) => n.toLowerCase().split(" "))) PAIR_NOUNS.set(a, (PAIR_NOUNS.get(a) ?? new Set()).add(b));
const STOP_MODIFIERS = new Set("the a an of in on at by from to and or that which who with for than as".split(" "));

export interface NounPhrase {
  /** The head noun (lower case), or null for a bare figure. */
  noun: string | null;
  /** The words from the number to the end of the phrase. */
  phrase: string;
  /** Offset just after the phrase. */
  end: number;
  /** "32 of them ...": a part of an earlier figure. */
  partitive: boolean;
}

// (A double hyphen is a dash: "1,500 rebels--including commanders--" ends the word before it.)
const wordAt = /\s*([A-Za-z](?:[A-Za-z'’]|-(?!-))*)/y;
function peekAt(s: string, pos: number): { word: string; end: number } | null {
  wordAt.lastIndex = pos;
  const m = wordAt.exec(s);
  return m ? { word: m[1], end: wordAt.lastIndex } : null;
}

// A word, a number joined to words, or a punctuation mark. ("a 38-year-old man", "a 15 year old girl": an age is a
// describing word, however it is hyphenated.) One sticky pattern for the module, not one pattern and one closure per figure read.
// ("Two U.N. peacekeepers": initials with their full stops are one word.)
const TOKEN = /\s*((?:[A-Z]\.){2,}(?=\s+[a-z])|[A-Za-z](?:[A-Za-z'’]|-(?!-))*|\d+[\s-]+(?:years?|months?)[\s-]+old\b|\d+(?:-[A-Za-z]+)+|[,.;:!?()"“”])/y;
const AGE_ALONE = /^(\d+)[\s-]+(years?|months?)[\s-]+old$/i;
function tokenAt(s: string, pos: number): { word: string; end: number } | null {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(s);
  return m ? { word: m[1], end: TOKEN.lastIndex } : null;
}

/** The noun phrase after a quantity that ends at `from` in `s`; null when the figure counts something else. */
export function nounPhraseAfter(s: string, from: number): NounPhrase | null {
  // The casualty and displacement parsers ask about the same figures of the same sentence: read each once.
  if (s !== memoText) { memoText = s; memo.clear(); }
  if (memo.has(from)) return memo.get(from)!;
  // "the displacement of more than ( 6,100 ) IDPs": a figure set in brackets of its own, its noun after them.
  const bracket = BRACKETED_FIGURE_BEFORE.test(s.slice(Math.max(0, from - 40), from)) ? /^\s*\)/.exec(s.slice(from)) : null;
  const np = readNounPhrase(s, from + (bracket ? bracket[0].length : 0));
  memo.set(from, np);
  return np;
}
let memoText = "";
// (After a word that leads a figure: "of", "than", "about"; not "seven (7)", where the brackets repeat a figure.)
const BRACKETED_FIGURE_BEFORE = /\b(?:of|than|over|about|some|nearly|around|approximately|almost|least|to|at)\s*\(\s*\d[\d,.]*$/i;
const memo = new Map<number, NounPhrase | null>();

// ("68,000 Ruritanians have entered X", "2,500 ethnic Tarsans have crossed": a people's plural, before a move too.)
// ("registered 4,000 Tarsans arriving in Ulmaria", "9,000 Tarsans have reached the camp": arriving, counted.)
// ("30,000 South Ossetians escaped to X": a people named with a compass word, fleeing; "a million Tarsese fled the
// country": a people's word in -ese, and a country or homes left.)
const GROUP_VERB_AFTER = /^\s+(?:were|have been|had been|are)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|captured)\b|^\s+(?:died|perished)\b|^\s+(?:have|had|has)\s+(?:\w+ly\s+)?(?:fled|crossed|entered|arrived|reached|poured|streamed|been\s+displaced)\b|^\s+(?:arriving|crossing)\s+(?:in|into|at)\b|^\s+(?:\w+ly\s+)?(?:fled|escaped)\s+(?:to|into|from|across|(?:the|their)\s+(?:country|homes|homeland)\b)/;
// The verb of harm or uprooting right before the figure, and where a people's plural ends its phrase ("1,700 Tarsans, officials said").
// (Not "evacuated 300 Ulmaris": foreigners taken out of a war are not uprooted by it.)
const GROUP_VERB_BEFORE = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|displaced|displacing|displaces|uprooted|uprooting|massacred|executed)\s+(?:(?:more\s+than|over|at\s+least|about|around|nearly|almost|some|an\s+estimated|up\s+to|roughly|approximately)\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|[a-z]+(?:[\s-][a-z]+)?)$/i;
const GROUP_ENDS = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|from|and|on|at|who|since|during|last|this|over|across|after|as|while|when|near|to|into|living)\b)/;
const SOURCE_VERB_AFTER = /^\s+(?:said|say|says|told|reported|report|added|confirmed|claimed|stated)\b/i;
const TOLL_NOUN_AFTER = /^\s+(?:fatalities|deaths|casualties|dead|victims|injuries)\b/i;

// Built once: the people nouns make a long pattern, costly to rebuild for every figure.
// ("killed 41 people and displaced about 7,000 others": a people word before a figure is a verb.)
// ("killed a woman and wounded four": a participle after "and" is the next verb, not another noun.)
// ("Twelve civilians, members of two families, died": a noun with "of" after it describes the ones before.)
// ("killing ten people, local sources said": "local" before a word that names no people is the source's.)
const PEOPLE_LIST = new RegExp(String.raw`(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?!(?:wounded|injured|killed|dead)\b)(?!(?:local|civilian)\s+(?!(?:${PEOPLE_NOUNS})\b)[a-z])(?:${PEOPLE_NOUNS})(?:\s+(?!(?:dead|wounded|injured|killed)\b)(?:${PEOPLE_NOUNS}))?\b(?!\s+(?:about|some|around|nearly|almost|more|over|at least|an estimated|up to|roughly|approximately|\d))(?!\s+of\b)`, "iy");

const SIDE_WORDS = "military|police|security|army|government|civilian|rebel|militia|paramilitary|naval|air|border|allied|local|foreign|[A-Z][a-z]+(?:an|ian|ese|i|ish)";
const SIDE_MODIFIER = new RegExp(String.raw`\b(?:${SIDE_WORDS})\s*$`);
const SIDE_WORD = new RegExp(String.raw`^(?:${SIDE_WORDS})$`);

// A capitalised word of a name ("Sudanese", "Armed"), a name's acronym in brackets ("(SAF)"), and a noun a
// phrase can end on ("soldiers"; not a participle, and not "lives").
const NAME_WORD = /^[A-Z][a-z]{2,}$/;
const ACRONYM = /^\s*\(\s*[A-Z]{2,8}\s*\)/;
const endsPhrase = (word: string) => HEADS.has(word.toLowerCase()) && !PARTICIPLES.has(word.toLowerCase()) && word.toLowerCase() !== "lives";

function readNounPhrase(s: string, from: number): NounPhrase | null {
  let pos = from, partitive = false, modifiers = 0;
  // "250,000 or more people", "\"more than 100,000\" people": words and quotes that close the figure.
  const closer = /^(?:\s+or\s+(?:more|so)\b|-odd\b|[”"](?=\s+\w)|’(?=\s+[a-z]))/i.exec(s.slice(pos, pos + 12));
  if (closer) pos += closer[0].length;
  // 'Nineteen "militants"': a noun in quotes, as a source's word.
  const opener = /^\s+[“"](?=[A-Za-z])/.exec(s.slice(pos, pos + 4));
  if (opener) pos += opener[0].length;
  let t = tokenAt(s, pos);
  if (!t) return { noun: null, phrase: "", end: from, partitive };
  // "of them", "of whom": a part of the figure before.
  // ("3 of their children", "seven of his men": the noun after the owner is who they were.)
  const ofTheir = /^\s+of\s+(?:their|his|her|its)\s+(?=[a-z])/i.exec(s.slice(pos));
  if (ofTheir) { pos += ofTheir[0].length; t = tokenAt(s, pos); }
  const ofThem = ofTheir ? null : /^\s+of\s+(?:them|whom|those)\b/i.exec(s.slice(pos));
  if (ofThem) { partitive = true; pos += ofThem[0].length; t = tokenAt(s, pos); if (!t || /^[,.;]$/.test(t.word) || FOLLOWERS.has(t.word.toLowerCase())) return { noun: null, phrase: s.slice(from, pos), end: pos, partitive }; }
  else if (t && /^of$/i.test(t.word)) { pos = t.end; const the = /^\s+the\b/i.exec(s.slice(pos)); if (the) pos += the[0].length; t = tokenAt(s, pos); }
  const start = pos;
  // (Up to five words before the noun: "13 suspected Abu Sayyaf Group fighters".)
  for (let i = 0; t && i < 6; i++) {
    if (HEADS.has(t.word.toLowerCase())) {
      // "two local relief volunteers", "a civilian truck driver": a people word used as an adjective, when a
      // people noun follows within two words.
      const n1 = ADJECTIVE_HEADS.has(t.word.toLowerCase()) ? peekAt(s, t.end) : null;
      const n2 = n1 && !HEADS.has(n1.word.toLowerCase()) && !STOP_MODIFIERS.has(n1.word.toLowerCase()) && /^[a-z]+$/.test(n1.word) ? peekAt(s, n1.end) : null;
      if (n2 && HEADS.has(n2.word.toLowerCase()) && !PARTICIPLES.has(n2.word.toLowerCase())) t = n2;
      // A compound ends at its last noun: "Rohingya people", "family members", "aid workers".
      // Participles that follow people ("people displaced", "civilians dead") are not part of it.
      for (let n = peekAt(s, t.end); n && HEADS.has(n.word.toLowerCase()) && !PARTICIPLES.has(n.word.toLowerCase()); n = peekAt(s, t.end)) t = n;
      const pairFirst = peekAt(s, t.end), pairSecond = pairFirst && PAIR_NOUNS.has(pairFirst.word.toLowerCase()) ? peekAt(s, pairFirst.end) : null;
      if (pairSecond && PAIR_NOUNS.get(pairFirst!.word.toLowerCase())!.has(pairSecond.word.toLowerCase())) t = pairSecond;
      // ("seven Tarsanese Armed Forces (TAF) soldiers": a people's word opens a force's name; the noun comes after it.)
      if (NAME_WORD.test(t.word)) {
        let at = t.end, n = peekAt(s, at);
        for (let k = 0; n && k < 4 && NAME_WORD.test(n.word); k++) { at = n.end; n = peekAt(s, at); }
        const acr = at > t.end ? ACRONYM.exec(s.slice(at, at + 14)) : null;
        const head = at > t.end ? (acr ? peekAt(s, at + acr[0].length) : n) : null;
        if (head && /^[a-z]/.test(head.word) && endsPhrase(head.word)) t = head;
      }
      // ("thousands of Tarsan and Ulmari families": a people's word, "and" another's, then the noun they both describe.)
      const and = NAME_WORD.test(t.word) ? peekAt(s, t.end) : null, other = and?.word === "and" ? peekAt(s, and.end) : null, noun = other && NAME_WORD.test(other.word) ? peekAt(s, other.end) : null;
      if (noun && endsPhrase(noun.word)) t = noun;
      // ("seven Tarsan Armed Forces (TAF) soldiers": the name's acronym in brackets, then the noun it ends on.)
      const acronym = ACRONYM.exec(s.slice(t.end, t.end + 14));
      const beyond = acronym ? peekAt(s, t.end + acronym[0].length) : null;
      if (beyond && HEADS.has(beyond.word.toLowerCase()) && !PARTICIPLES.has(beyond.word.toLowerCase())) t = beyond;
      let end = t.end;
      // "women, children and men": a list of people nouns is one phrase.
      // ("killing 15 people, police said": the police are the source, not more victims.)
      for (PEOPLE_LIST.lastIndex = end; PEOPLE_LIST.exec(s) && !SOURCE_VERB_AFTER.test(s.slice(PEOPLE_LIST.lastIndex, PEOPLE_LIST.lastIndex + 20)); PEOPLE_LIST.lastIndex = end) end = PEOPLE_LIST.lastIndex;
      return { noun: t.word.toLowerCase(), phrase: s.slice(from, end), end, partitive };
    }
    if (i === 0 && TIME_UNITS.has(t.word.toLowerCase())) return null;
    // "the shelling killed a 12-year-old": an age with no noun after it is the person.
    if (i === 0 && AGE_ALONE.test(t.word)) {
      const next = peekAt(s, t.end);
      if (!next || !HEADS.has(next.word.toLowerCase())) return { noun: "person", phrase: s.slice(from, t.end), end: t.end, partitive };
    }
    // "seven Tigers were killed": a group's capitalised plural, right before the verb, names people.
    // ("clashes displaced more than 1,700 Tarsans, officials said": the plural right after the verb and its figure, the phrase ending there.)
    if (i === 0 && /^[A-Z][a-z]{2,}(?:s|ese)$/.test(t.word) && (GROUP_VERB_AFTER.test(s.slice(t.end, t.end + 30)) || (GROUP_ENDS.test(s.slice(t.end, t.end + 12)) && GROUP_VERB_BEFORE.test(s.slice(Math.max(0, from - 60), from))))) return { noun: "people", phrase: s.slice(from, t.end), end: t.end, partitive };
    const compassLed = i === 0 && /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/.test(t.word) ? /^\s+([A-Z][a-z]{2,}s)\b/.exec(s.slice(t.end)) : null;
    if (compassLed && GROUP_VERB_AFTER.test(s.slice(t.end + compassLed[0].length, t.end + compassLed[0].length + 30))) return { noun: "people", phrase: s.slice(from, t.end + compassLed[0].length), end: t.end + compassLed[0].length, partitive };
    // "1,000 ethnic Kemants": "ethnic" before a people's name.
    if (i === 0 && /^ethnic$/i.test(t.word)) {
      const next = tokenAt(s, t.end);
      const after = next ? peekAt(s, next.end) : null;
      // ("152 ethnic Tarsan soldiers": the noun after the people's name says who they are.)
      if (next && /^[A-Z][a-z]{2,}s?$/.test(next.word) && !(after && (HEADS.has(after.word.toLowerCase()) || /^[a-z]+$/.test(after.word) && HEADS.has(peekAt(s, after.end)?.word.toLowerCase() ?? "")))) return { noun: "people", phrase: s.slice(from, next.end), end: next.end, partitive };
    }
    // "three more soldiers", "five other civilians": a modifier, when a people noun follows.
    if (i === 0 && /^(?:more|other|further)$/i.test(t.word)) {
      const next = tokenAt(s, t.end);
      if (next && HEADS.has(next.word.toLowerCase())) { pos = t.end; t = next; continue; }
      // ("two more TLF members": a group's capitals between the modifier and the noun.)
      const then = next && /^(?:[A-Z]{2,8}|[A-Z][a-z]{2,})$/.test(next.word) ? peekAt(s, next.end) : null;
      if (then && HEADS.has(then.word.toLowerCase()) && !PARTICIPLES.has(then.word.toLowerCase())) { pos = t.end; t = next; continue; }
    }
    // ("Two (government) soldiers": one word in brackets, an editor's gloss.)
    if (t.word === "(") { const acr = (i > 0 ? /^\s*\(\s*[A-Z]{2,8}\s*\)/ : /^\s*\(\s*[a-z][a-z-]{2,20}\s*\)(?=\s+[a-z])/).exec(s.slice(pos)); if (acr) { pos += acr[0].length; t = tokenAt(s, pos); continue; } }
    // "18 reported fatalities", "12 confirmed deaths": a participle before a toll noun describes it.
    const describesToll = i === 0 && /^(?:reported|confirmed|recorded|documented|registered)$/i.test(t.word) && TOLL_NOUN_AFTER.test(s.slice(t.end, t.end + 20));
    if (i === 0 && !describesToll && ((FOLLOWERS.has(t.word.toLowerCase()) && !/^[A-Z]{2,}$/.test(t.word)) || /^[,.;:!?()"“”]$/.test(t.word))) return { noun: null, phrase: s.slice(from, pos), end: pos, partitive };
    // ("11 military and police personnel": two modifiers joined by "and", before their noun.)
    // (Only forces' and sides' words, or a nationality: "29 cases and five deaths" counts cases.)
    if (i > 0 && /^and$/i.test(t.word) && SIDE_MODIFIER.test(s.slice(Math.max(0, pos - 16), pos))) {
      const next = tokenAt(s, t.end), then = next ? peekAt(s, next.end) : null;
      if (next && then && SIDE_WORD.test(next.word) && HEADS.has(then.word.toLowerCase()) && then.word.toLowerCase() !== "lives") { pos = t.end; t = next; modifiers++; continue; }
    }
    // ("thousands of Tarsa and Ulmar civilians": two names joined by "and", before their noun.)
    if (i > 0 && t.word === "and" && /[A-Z][a-z]+\s+$/.test(s.slice(Math.max(0, pos - 20), pos + 1))) {
      const next = tokenAt(s, t.end), then = next ? peekAt(s, next.end) : null;
      if (next && then && NAME_WORD.test(next.word) && endsPhrase(then.word)) { pos = t.end; t = next; modifiers++; continue; }
    }
    // ("four New People's Army (NPA) fighters": a name's acronym in brackets inside the phrase.)
    // ("300 IS fighters": a group's capitals are its name, not the verb.)
    if ((STOP_MODIFIERS.has(t.word.toLowerCase()) && !/^[A-Z]{2,}$/.test(t.word)) || /^[,.;:!?()"“”]$/.test(t.word)) return partitive ? { noun: null, phrase: s.slice(from, pos), end: pos, partitive } : null;
    modifiers++;
    pos = t.end;
    t = tokenAt(s, pos);
  }
  void start; void modifiers;
  return null;
}

export type VictimClass = "children" | "women" | "government forces" | "opposition fighters" | "combatants" | "civilians" | "people";

// Each plural also in the singular ("a medic", "one soldier").
const words = (list: readonly string[]) => new RegExp(String.raw`\b(?:${phrases([...list, ...list.filter((w) => /[^s]s$/.test(w)).map((w) => w.slice(0, -1))])})\b(?!-(?:held|controlled|run|backed|allied))`, "i");
// The order decides a mixed phrase: "women and children" are children, "soldiers and civilians" soldiers.
const CLASSES: Array<[RegExp, VictimClass]> = [
  [words(L.CHILDREN), "children"],
  [words(all(L.GOVERNMENT_FORCES, L.GOVERNMENT_MODIFIERS)), "government forces"],
  [words(all(L.OPPOSITION_FIGHTERS, L.OPPOSITION_MODIFIERS)), "opposition fighters"],
  [words(L.COMBATANTS.filter((n) => n !== "members")), "combatants"],
  [words(L.CIVILIANS), "civilians"],
  [words(L.WOMEN), "women"],
];

const SIDE_CLASS: Record<Side, VictimClass> = { government: "government forces", opposition: "opposition fighters", ally: "combatants", other: "combatants" };

/**
 * The class of a victims phrase; `context` (words the phrase points to, such as an appositive
 * "mostly civilians") decides a bare figure. Fighters named by their group ("Nusra Front fighters",
 * "fighters from <group>") take the side the conflict profile gives that group.
 */
// "two Tarsa Front fighters", "four PDF members": fighters or members of a group named by its own name, not a
// nation's word, are a non-state armed group's ("Ukrainian fighters" stay combatants; a profile's actors decide first).
const NAMED_GROUP_FIGHTERS = /(?:^|\s)((?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:fighters?|members?|militiamen|operatives?|cadres?)$/;

// ("Some 30 people, fighters and civilians alike, died", "both soldiers and civilians": armed men and civilians said
// to be alike among one figure's dead are people, neither side's alone. Without "alike" or "both", the first named
// class stands, as annotators read "12 civilians and soldiers" or "the local police chief".)
const ALIKE = /\b(?:alike|both)\b/i;
// (What words beside a bare figure say of it: women alone there may be its part, not its class.)
const CLASSES_BUT_WOMEN = CLASSES.filter(([, c]) => c !== "women");
// ("30 people, fighters and civilians": a general noun, then the kinds it holds.)
const GENERAL_THEN_LIST = /^\s*(?:people|persons|individuals)\s*,/i;
/** The classes of armed men, of either side or none. */
export const ARMED_CLASSES: ReadonlySet<VictimClass> = new Set<VictimClass>(["combatants", "government forces", "opposition fighters"]);
// The first class the words name; every class is tried only where the words say the kinds are mixed (a hot path).
function mixedOrFirst(words: string, classes: typeof CLASSES): VictimClass {
  if (!ALIKE.test(words) && !GENERAL_THEN_LIST.test(words)) return classes.find(([re]) => re.test(words))?.[1] ?? "people";
  const named = classes.filter(([re]) => re.test(words)).map(([, c]) => c);
  if (!named.length) return "people";
  return named.some((c) => ARMED_CLASSES.has(c)) && named.some((c) => c === "civilians" || c === "children") ? "people" : named[0];
}

export function victimClass(phrase: string, context = "", profile: Profile = loadProfile()): VictimClass {
  // ("a 12-year-old": an age alone says a child or not.)
  const age = AGE_ALONE.exec(phrase.trim());
  if (age) return +age[1] < 18 || /^month/i.test(age[2]) ? "children" : "people";
  let found: VictimClass = mixedOrFirst(phrase, CLASSES);
  if (found === "people" && context) found = mixedOrFirst(context, CLASSES_BUT_WOMEN);
  // "three Turkish soldiers", "Ulmari troops": another state's forces are not the government's; the profile says
  // which side a state it names is on. (A nation it does not name may be the state of another war's story:
  // "Sudanese Armed Forces soldiers" in a Sudanese report read with another war's profile.)
  if (found === "government forces") {
    const actor = profile.actorIn(phrase);
    if (actor && actor.side !== "government" && /^\s*(?:\S+\s+){0,3}$/.test(phrase.slice(0, actor.at))) return SIDE_CLASS[actor.side];
  }
  if (found === "combatants" || found === "people") {
    const actor = profile.actorIn(phrase);
    if (actor && (found === "combatants" || /^\s*(?:\S+\s+){0,3}$/.test(phrase.slice(0, actor.at)))) return SIDE_CLASS[actor.side];
    const group = NAMED_GROUP_FIGHTERS.exec(phrase.trim());
    if (group && !group[1].split(/\s+/).some((w) => isDemonym(w) || /^(?:The|Its|Their|Our|His|Her|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(w))) return "opposition fighters";
  }
  return found;
}
