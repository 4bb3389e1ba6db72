/**
 * A light check that a text is English prose, so that an article in another language, or a file
 * that is not prose at all, is reported rather than silently yielding no claims.
 */
import { isLetter } from "./letters.ts";

const words = (list: string) => new Set(list.split(" "));

// (With the words of amount and time that news leans on, "more than", "now", "many of them": a one-sentence brief
// made mostly of names and figures still shows its English.)
const COMMON = words("the of and to in a is that for on was with as by at from it his her their said have has had were be are an which after who this its they not but been more than now many them over into will would also about other some when while where all");

/** The most frequent short words of languages a war report could plausibly arrive in. */
const OTHER_LANGUAGES: [string, Set<string>][] = [
  ["French", words("le la les des et est dans pour que qui une du au sur pas par il elle ont sont avec ce cette été aux")],
  ["Spanish", words("el la los las de que y en un una por con para es del se al lo como más su sus fue han")],
  ["German", words("der die das und ist nicht mit sich des den dem ein eine auf für von zu im wurde sind auch")],
  ["Italian", words("il di che e la per un non sono della del gli le nel alla è ha anche dei come")],
  ["Portuguese", words("de que não o a os as um uma para com do da em é no na foram pelo pela")],
  ["Turkish", words("ve bir bu da de için ile olarak daha çok gibi olan en kadar sonra ise ancak")],
  ["Dutch", words("de het een en van is dat op te niet met voor zijn werd door bij ook")],
  ["Indonesian/Malay", words("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke")],
  ["Latin placeholder text (lorem ipsum)", words("lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt ut labore et dolore magna aliqua")],
];

// The first 20,000 characters, lower-cased: where the words are counted.
const sampleOf = (text: string) => text.slice(0, 20000).toLowerCase();

// Each word's languages as bits (bit 0 English, bit i+1 the i-th other language): one lookup per word
// counts every language's common words in a single pass.
const LANGUAGE_BITS = new Map<string, number>();
for (const [bit, vocabulary] of [COMMON, ...OTHER_LANGUAGES.map(([, v]) => v)].entries())
  for (const w of vocabulary) LANGUAGE_BITS.set(w, (LANGUAGE_BITS.get(w) ?? 0) | (1 << bit));

// The same words as a trie by code point, so that a text's words are looked up as they are read, letter by
// letter, without being cut out of the text (measured: the cutting and the lookups cost most of the check).
interface TrieNode { next: Map<number, TrieNode>; bits: number }
const TRIE: TrieNode = { next: new Map(), bits: 0 };
for (const [w, bits] of LANGUAGE_BITS) {
  let node = TRIE;
  for (const ch of w) {
    const cp = ch.codePointAt(0)!;
    let child = node.next.get(cp);
    if (!child) node.next.set(cp, (child = { next: new Map(), bits: 0 }));
    node = child;
  }
  node.bits = bits;
}

/**
 * The words of `lower` (its runs of letters, \p{L}+) and how many of them are common words of English
 * (counts[0]) and of each other language (counts[i+1]).
 */
function wordCounts(lower: string): { words: number; counts: number[] } {
  const counts = new Array<number>(OTHER_LANGUAGES.length + 1).fill(0);
  let words = 0, inWord = false, node: TrieNode | undefined;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    if (isLetter(cp)) {
      if (!inWord) { inWord = true; words++; node = TRIE; }
      node = node?.next.get(cp);
    } else if (inWord) {
      inWord = false;
      addLanguages(counts, node);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (inWord) addLanguages(counts, node);
  return { words, counts };
}

function addLanguages(counts: number[], node: TrieNode | undefined) {
  for (let i = 0, bits = node?.bits ?? 0; bits; i++, bits >>>= 1) if (bits & 1) counts[i]++;
}

export function englishProseShare(text: string): number {
  const { words, counts } = wordCounts(sampleOf(text));
  return words === 0 ? 0 : counts[0] / words;
}

/** The other language the text reads as, when its common words clearly outnumber English ones. */
export function otherLanguageOf(text: string): string | null {
  const { words, counts } = wordCounts(sampleOf(text));
  return otherLanguageIn(words, counts);
}

/** `otherLanguageOf` from the counts of `wordCounts`. */
function otherLanguageIn(words: number, counts: number[]): string | null {
  if (words === 0) return null;
  const [english, ...others] = counts;
  let best: [string, number] | null = null;
  for (const [i, [name]] of OTHER_LANGUAGES.entries()) {
    const share = others[i] / words;
    if (share > 0.1 && share > english / words && (!best || share > best[1])) best = [name, share];
  }
  return best?.[0] ?? null;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters, and letters outside the Latin script, in one pass (ASCII letters need no regex). */
function letterCounts(sample: string): { letters: number; nonLatin: number } {
  let letters = 0, nonLatin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
    else if (sample.charCodeAt(i) >= 128 && LETTER.test(sample[i])) {
      letters++;
      if (!LATIN.test(sample[i])) nonLatin++;
    }
  }
  return { letters, nonLatin };
}

export function scriptOf(text: string): string | null {
  const sample = text.slice(0, 5000);
  const { letters, nonLatin } = letterCounts(sample);
  if (!letters) return null;
  // The common case: nearly every letter is Latin, so no script needs naming.
  if (nonLatin / letters <= 0.3) return "Latin";
  const scripts: [string, RegExp][] = [
    ["Arabic", /\p{Script=Arabic}/gu], ["Cyrillic", /\p{Script=Cyrillic}/gu], ["Han (Chinese)", /\p{Script=Han}/gu],
    ["Greek", /\p{Script=Greek}/gu], ["Hebrew", /\p{Script=Hebrew}/gu], ["Devanagari", /\p{Script=Devanagari}/gu],
    ["Hangul (Korean)", /\p{Script=Hangul}/gu], ["Japanese kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
    ["Armenian", /\p{Script=Armenian}/gu], ["Georgian", /\p{Script=Georgian}/gu], ["Thai", /\p{Script=Thai}/gu],
  ];
  for (const [name, re] of scripts) if ((sample.match(re)?.length ?? 0) / letters > 0.3) return name;
  return "Latin";
}

/** Fewer words than this cannot make a sentence that reports something. */
export const MIN_WORDS = 5;
/** Texts shorter than this are briefs: read, with a warning an editor sees. */
export const BRIEF_WORDS = 20;

/** Null when the text reads as English prose, otherwise the reason it does not. */
export function notEnglishProse(text: string): string | null {
  const script = scriptOf(text);
  if (script === null) return "the text holds no words";
  if (script !== "Latin") return `the text is in ${script} script; only English articles are read`;
  const { words, counts } = wordCounts(sampleOf(text));
  // A wire brief can be one sentence ("Some 8,000 people have fled, the UN said"): only a text with no
  // sentence in it at all is too short to read.
  if (words < MIN_WORDS) return `the text has only ${words} word${words === 1 ? "" : "s"}; too short to hold a sentence`;
  if (words < BRIEF_WORDS) return null; // too few words to tell one language's common words from another's
  const other = otherLanguageIn(words, counts);
  if (other) return `the text reads as ${other}, not English; only English articles are read`;
  const share = counts[0] / words;
  if (share < 0.12) return `the text does not read as English prose (${Math.round(share * 100)}% common English words, news runs at 30–45%)`;
  return null;
}
