/**
 * Who a figure counts: the noun phrase after a number ("16 civilians", "32 of them pro-government
 * forces", "tens of thousands of people", "138,500 women, children and men") and its class.
 */
export const PEOPLE_NOUNS =
  "civilians|civilian|citizens|people|persons|person|individuals|residents|inhabitants|villagers|locals|children|child|kids|boys|girls|babies|infants|minors|" +
  "women|men|students|doctors|medics|nurses|aid workers|rescuers|journalists|fighters|rebels|militants|jihadists|insurgents|combatants|soldiers|soldier|" +
  "troops|servicemen|personnel|members|forces|officers|policemen|militiamen|gunmen|loyalists|mercenaries|others|Syrians|Turks|Kurds|refugees|" +
  "brothers|sisters|siblings|relatives|cousins|families|family|households|IDPs|lives|dead|deaths|bodies|victims|fatalities|wounded|injured|worshippers|patients|workers|farmers|mourners|displaced";
const NOUN_RE = new RegExp(`^(?:${PEOPLE_NOUNS})$`, "i");
// Words that may follow a bare figure ("thousands displaced", "another 13 were killed", "killed hundreds.").
const FOLLOWERS = new Set(
  ("were was have has had are is be been being killed dead died wounded injured displaced fled fleeing and or in on at by from since during " +
    "across including according amid after before when as while more who that which had to of").split(" "),
);
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

/** The noun phrase after a quantity that ends at `from` in `s`; null when the figure counts something else. */
export function nounPhraseAfter(s: string, from: number): NounPhrase | null {
  const tokenRe = /\s*([A-Za-z][A-Za-z'’-]*|[,.;:!?()"“”])/y;
  let pos = from, partitive = false, modifiers = 0;
  const peek = () => { tokenRe.lastIndex = pos; const m = tokenRe.exec(s); return m ? { word: m[1], end: tokenRe.lastIndex } : null; };
  let t = peek();
  if (!t) return { noun: null, phrase: "", end: from, partitive };
  // "of them", "of whom": a part of the figure before.
  const ofThem = /^\s+of\s+(?:them|whom|those)\b/i.exec(s.slice(pos));
  if (ofThem) { partitive = true; pos += ofThem[0].length; t = peek(); if (!t || /^[,.;]$/.test(t.word)) return { noun: null, phrase: s.slice(from, pos), end: pos, partitive }; }
  else if (/^of$/i.test(t.word)) { pos = t.end; const the = /^\s+the\b/i.exec(s.slice(pos)); if (the) pos += the[0].length; t = peek(); }
  const start = pos;
  for (let i = 0; t && i < 4; i++) {
    if (NOUN_RE.test(t.word)) {
      let end = t.end;
      // "women, children and men": a list of people nouns is one phrase.
      const list = new RegExp(String.raw`^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:${PEOPLE_NOUNS})\b`, "i");
      for (let l = list.exec(s.slice(end)); l; l = list.exec(s.slice(end))) end += l[0].length;
      return { noun: t.word.toLowerCase(), phrase: s.slice(from, end), end, partitive };
    }
    if (i === 0 && (FOLLOWERS.has(t.word.toLowerCase()) || /^[,.;:!?()"“”]$/.test(t.word))) return { noun: null, phrase: s.slice(from, pos), end: pos, partitive };
    if (STOP_MODIFIERS.has(t.word.toLowerCase()) || /^[,.;:!?()"“”]$/.test(t.word)) return partitive ? { noun: null, phrase: s.slice(from, pos), end: pos, partitive } : null;
    modifiers++;
    pos = t.end;
    t = peek();
  }
  void start; void modifiers;
  return null;
}

export type VictimClass = "children" | "women" | "government forces" | "opposition fighters" | "combatants" | "civilians" | "people";

const CLASSES: Array<[RegExp, VictimClass]> = [
  [/\b(?:child|children|kids|boys|girls|babies|infants|minors)\b/i, "children"],
  [/\b(?:pro-?government|government(?!-(?:held|controlled|run))|regime(?!-(?:held|controlled|run))|army|soldiers?|troops|loyalists?|servicemen|security forces|police(?:men)?|Syrian forces)\b/i, "government forces"],
  [/\b(?:rebels?(?!-(?:held|controlled|run))|opposition(?!-(?:held|controlled|run))|jihadists?|insurgents?|militants?|HTS|Tahrir|extremists?|terrorists?|FSA|NLF|gunmen)\b/i, "opposition fighters"],
  [/\b(?:fighters?|combatants?|both sides|militiamen|mercenaries)\b/i, "combatants"],
  [/\b(?:civilians?|citizens|residents|villagers|inhabitants|locals|students|worshippers|patients|farmers|mourners|aid workers|journalists|medics|doctors|nurses|rescuers)\b/i, "civilians"],
  [/\bwomen\b/i, "women"],
];

/** The class of a victims phrase; `context` (the rest of the clause) decides bare figures. */
export function victimClass(phrase: string, context = ""): VictimClass {
  for (const [re, c] of CLASSES) if (re.test(phrase)) return c;
  for (const [re, c] of CLASSES) if (c !== "women" && re.test(context)) return c;
  return "people";
}
