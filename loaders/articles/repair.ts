/**
 * Text pulled out of PDFs (UN and NGO reports) loses spaces at line ends: "peoplewere evacuated",
 * "displacedabout 4,400", "Around1.6 million". A reader that cannot see the words cannot read the
 * figure, so two words glued together are split again, but only when both halves are words the
 * extraction rules know and the glued form is not itself an English word ("insecurity" is not "in
 * security", nor "bulletin" "bullet in"): an English word list tells. Words a PDF broke at a line end
 * with a hyphen ("fami-lies", "dis- placed") are joined again when the whole is a word the rules need.
 * The article is flagged.
 */
import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { all, wordSet } from "../extract/lexicon/pattern.ts";
import * as People from "../extract/lexicon/people.ts";
import * as Kill from "../extract/lexicon/casualty-verbs.ts";
import * as Moves from "../extract/lexicon/displacement-words.ts";
import { remembered } from "../remembered.ts";

// Short words that often lose their space and would be too risky among the longer ones
// ("some"+"one" is "someone"): only these may be a half shorter than four letters.
const FUNCTION_WORDS = ["were", "was", "are", "been", "have", "has", "had", "more", "than", "about", "from", "with", "into", "over", "nearly", "some", "around", "between", "following", "after", "before", "during", "since", "still", "the", "and", "who", "to", "in", "of", "at", "on", "by"];
const KNOWN = wordSet([
  ...all(People.CHILDREN, People.WOMEN, People.CIVILIANS, People.GOVERNMENT_FORCES, People.OPPOSITION_FIGHTERS, People.COMBATANTS, People.PEOPLE, People.TOLL_NOUNS, People.DISPLACED_NOUNS, People.HOUSEHOLD_NOUNS),
  ...all(Kill.KILL_VERBS_BEFORE, Kill.KILLED_AFTER, Kill.INJURED_AFTER, Moves.DISPLACED_AFTER, Moves.DISPLACED_BEFORE, Moves.FORCING_BEFORE, Moves.FORCING_AFTER),
  ...FUNCTION_WORDS, "living", "staying", "seek", "refuge", "shelter", "shelters", "camps", "homes", "flee", "forced", "fled", "people", "persons",
].flatMap((p) => p.toLowerCase().split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)));
// English words (274,000, lower case, one per line), read the first time a token splits into two known words:
// most articles have none. A corpus asks about a few dozen words at most, so the list is searched as text
// (a millisecond a word) rather than made a set (a quarter of a second and 20 MB); after many questions, a set.
let englishText: string | null = null, english: Set<string> | null = null, asked = 0;
const SET_AFTER = 300;
function isEnglishWord(w: string): boolean {
  if (english) return english.has(w);
  englishText ??= `\n${readFileSync(wordListPath, "utf8")}\n`;
  if (++asked < SET_AFTER) return englishText.includes(`\n${w}\n`);
  english = new Set(englishText.slice(1, -1).split("\n"));
  englishText = null;
  return english.has(w);
}
const minHalf = (w: string) => (FUNCTION_WORDS.includes(w) ? 2 : 4);

// Long words recur across a corpus: each is tried once.
const unglue = remembered(splitInTwo);

/** Splits `token` into two known words, or null. */
function splitInTwo(token: string): string | null {
  const t = token.toLowerCase();
  if (t.length < 7 || KNOWN.has(t)) return null;
  for (let i = 2; i <= t.length - 2; i++) {
    const a = t.slice(0, i);
    // (The second half is cut only when the first is a known word: most are not.)
    if (!KNOWN.has(a) || a.length < minHalf(a)) continue;
    const b = t.slice(i);
    if (KNOWN.has(b) && b.length >= minHalf(b)) return isEnglishWord(t) ? null : `${token.slice(0, i)} ${token.slice(i)}`;
  }
  return null;
}

const LETTER_THEN_DIGIT = /[A-Za-z]\d/;
// A hyphen inside a word, maybe followed by the line break's space: "fami-lies", "dis- placed".
const BROKEN_WORD = /\b([A-Za-z][a-z]+)-\s?([a-z]{2,})\b/g;


/** The text with glued words split ("peoplewere" → "people were", "Around1.6" → "Around 1.6") and broken ones joined, and how many. */
export function repairGluedWords(text: string): { text: string; repaired: number } {
  let repaired = 0;
  // A word glued to a figure has a letter right before a digit: most texts have none, and skip the pattern.
  const figures = LETTER_THEN_DIGIT.test(text)
    ? text.replace(/\b([A-Za-z]{3,})(?=\d)/g, (m, w: string) => (/^(?:around|about|some|nearly|almost|over|than|least|approximately)$/i.test(w) ? (repaired++, `${w} `) : m))
    : text;
  // "fami-lies" → "families", only when the whole is a word the rules read ("pro-government" stays).
  const joined = figures.includes("-")
    ? figures.replace(BROKEN_WORD, (m, a: string, b: string) => (KNOWN.has((a + b).toLowerCase()) ? (repaired++, a + b) : m))
    : figures;
  const out = joined.replace(/\b[a-z]{7,}\b/g, (m) => {
    const split = unglue(m);
    if (!split) return m;
    repaired++;
    return split;
  });
  return { text: out, repaired };
}
