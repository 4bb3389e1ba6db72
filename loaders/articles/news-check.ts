/**
 * Does an English text read as a news report? A general heuristic, not a classifier: it rejects
 * only texts whose *shape* is clearly something else (a table dump, source code, a list, a set of
 * instructions) or that carry none of the two marks every news report has (someone is cited, and
 * a time is given). A report that merely lacks a source is read, with a warning.
 *
 * Tuned to be lenient: a wrongly rejected article vanishes from the claims, a wrongly accepted
 * recipe only yields no claims. Prose that cites nobody and gives no date is read with a warning.
 */

import { BRIEF_WORDS, englishProseShare } from "./language.ts";

export interface NewsVerdict {
  /** Why the text is not news; null when it may be read. */
  problem: string | null;
  /** Doubts worth showing next to an article that is still read. */
  warnings: string[];
}

// Each check splits the same text; remember the last split so a file is split once, not four times.
let last: { text: string; lines?: string[]; sentences?: string[]; sentenceWords?: number[] } = { text: "" };
const memo = (text: string) => (last.text === text ? last : (last = { text }));

const lines = (text: string) => (memo(text).lines ??= text.split("\n").map((l) => l.trim()).filter(Boolean));

/** How many times `c` (one character) occurs in `s`: what split(c).length - 1 tells, without the array. */
function occurrences(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** A CSV/TSV dump: most lines split into the same number (≥2) of fields. */
const TABLE_CELL_WORDS = 6;

export function looksLikeTable(text: string): string | null {
  const rows = lines(text);
  if (rows.length < 5) return null;
  // Each line's words, counted when first needed (-1: not yet).
  const words = new Int32Array(rows.length).fill(-1);
  for (const [name, delimiter, least] of [["comma", ",", 2], ["tab", "\t", 1], ["semicolon", ";", 2], ["pipe", "|", 2]] as const) {
    const perRow = rows.map((row) => occurrences(row, delimiter));
    // Fewer than 80% of the lines with enough delimiters cannot make a table: no need to count words.
    if (perRow.filter((n) => n >= least).length / rows.length < 0.8) continue;
    const counts = new Map<number, number>();
    for (const [i, row] of rows.entries()) {
      const n = perRow[i];
      // A table's cells are a few words each; a paragraph of prose has commas between long clauses.
      if (n < least) continue;
      if (words[i] < 0) words[i] = wordCount(row);
      if (words[i] / (n + 1) <= TABLE_CELL_WORDS) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const [fields, howMany] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (howMany / rows.length >= 0.8) return `it looks like a table (${howMany} of ${rows.length} lines have ${fields + 1} ${name}-separated fields), not an article`;
  }
  return null;
}

const CODE_LINE = /^(import|export|from|function|def|class|return|const|let|var|public|private|static|package|#include|using|elif|else:|try:|except|raise|print\(|if\s*\(|for\s*\(|while\s*\(|SELECT|INSERT|CREATE|<\?php|<\/?[a-z][\w-]*(\s[^>]*)?>$)|[;{}]$|\):$|^[})\]]/;

const CODE_SYMBOLS = "{}[]();=<>$\\|&*_^~`";
// The code symbols as a table by character code: a lookup without making a one-character string.
const IS_CODE_SYMBOL = new Uint8Array(128);
for (const c of CODE_SYMBOLS) IS_CODE_SYMBOL[c.charCodeAt(0)] = 1;
/** Characters other than white space, and code symbols among them, in one pass. */
function symbolCounts(text: string): { visible: number; symbols: number } {
  let visible = 0, symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(text[i]))) continue;
    visible++;
    if (c < 127) symbols += IS_CODE_SYMBOL[c];
  }
  return { visible, symbols };
}

/** Source code or markup: many lines shaped like statements, or a high density of code symbols. */
export function looksLikeCode(text: string): string | null {
  const rows = lines(text);
  const codeLines = rows.filter((l) => CODE_LINE.test(l)).length;
  const { visible, symbols } = symbolCounts(text);
  const density = symbols / Math.max(1, visible);
  if (rows.length >= 5 && codeLines / rows.length >= 0.3) {
    return `it looks like source code or markup (${codeLines} of ${rows.length} lines are shaped like code), not an article`;
  }
  // Prose with pasted markup (an embed, a stray tag) stays well under this; code runs at 10–20%.
  if (density > 0.15 || (density > 0.06 && codeLines / Math.max(1, rows.length) >= 0.15)) return `it looks like source code or data (${Math.round(density * 100)}% of characters are brackets and symbols), not an article`;
  return null;
}

/** Sentences: split at terminal punctuation (with closing quotes) and at line breaks. */
export function sentencesOf(text: string): string[] {
  return (memo(text).sentences ??= splitSentencesOf(text));
}

/** The word count of each of `sentencesOf(text)`, counted once for the checks that need them. */
const sentenceWordsOf = (text: string) => (memo(text).sentenceWords ??= sentencesOf(text).map(wordCount));

function splitSentencesOf(text: string): string[] {
  // (?=\s) first: the look back is tried only where white space starts, not at every character.
  return text
    .split(/(?=\s)(?<=[.!?]["'”’)]{0,4})\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sentence lengths only need a rough count: runs of non-space characters, counted in one loop. */
export function wordCount(s: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(s[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const ENDS_LIKE_A_SENTENCE = /(?:[.!?]["'”’)]*|[:;])$/;
// Only the last few characters can end a sentence: testing them spares a scan of the whole sentence.
const endsLikeSentence = (s: string) => ENDS_LIKE_A_SENTENCE.test(s.slice(-8));

/** Running prose: most words stand in sentences of a normal length that end like sentences. */
export function looksLikeList(text: string): string | null {
  let total = 0, inProse = 0;
  const counts = sentenceWordsOf(text);
  for (const [i, s] of sentencesOf(text).entries()) {
    const words = counts[i];
    total += words;
    // A very long "sentence" is prose whose punctuation was lost in a scrape when it is made of common
    // English words, and a run of keywords when it is not.
    if ((endsLikeSentence(s) || words >= 12) && words >= 5 && (words <= 120 || englishProseShare(s) >= 0.25)) inProse += words;
  }
  const share = inProse / Math.max(1, total);
  if (total >= 40 && share < 0.5) return `it is not running prose (only ${Math.round(share * 100)}% of its words stand in full sentences; lists, headings or fragments otherwise)`;
  return null;
}

/** Verbs that open a command ("Add the flour", "Click Save"); news sentences rarely start with one. */
const COMMANDS = new Set(
  ("add stir mix bake preheat place put remove cut chop pour combine serve heat cook season whisk beat fold spread sprinkle " +
    "transfer drain rinse slice boil simmer fry roast grill blend knead melt garnish refrigerate chill marinate peel dice mince " +
    "click tap open install run select enter choose download visit subscribe sign type press scroll drag copy paste save " +
    "use make take let keep try check go turn set bring cover leave allow repeat follow apply wash store avoid don't do")
    .split(" "),
);

/** Instructions (a recipe, a how-to, a manual): a large share of sentences are commands. */
export function looksLikeInstructions(text: string): string | null {
  const counts = sentenceWordsOf(text);
  const sentences = sentencesOf(text).filter((s, i) => counts[i] >= 2);
  const commands = sentences.filter((s) => COMMANDS.has((s.match(/^[\p{L}']+/u)?.[0] ?? "").toLowerCase().replace("’", "'"))).length;
  // A news page's own furniture ("Follow us", "Subscribe", "Click here") gives a few commands: only a
  // text made mostly of them is a set of instructions.
  if (commands >= 4 && commands / sentences.length >= 0.4) {
    return `it reads as instructions, e.g. a recipe or a how-to (${commands} of ${sentences.length} sentences are commands such as 'Add…' or 'Click…'), not a news report`;
  }
  return null;
}

const ATTRIBUTION = /\b(said|says|say|told|tells|reported|reports|according to|announced|confirmed|stated|claimed|added|quoted|denied|warned|spokesm[ae]n|spokeswom[ae]n|spokesperson|statement|news agency|agencies|monitor|correspondent|officials?|sources?|witness(es)?|activists?|residents?)\b/gi;
const TIME = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tonight|overnight|this (?:morning|week|month|year)|last (?:week|month|year|night)|(?:19|20)\d\d)\b/gi;

const ATTRIBUTION_ANY = new RegExp(ATTRIBUTION.source, "i"), TIME_ANY = new RegExp(TIME.source, "i");

/** The two marks of a news report: someone is cited, and a time is given. */
export function newsMarks(text: string): { cited: number; dated: number } {
  return { cited: text.match(ATTRIBUTION)?.length ?? 0, dated: text.match(TIME)?.length ?? 0 };
}

/** Shapes that are plainly not an article, whatever the language: checked first, as their message is the most precise. */
export function notArticleShape(text: string): string | null {
  return looksLikeTable(text) ?? looksLikeCode(text);
}

/** Is the text a news report? Checks its shape first. */
export function checkNews(text: string): NewsVerdict {
  const shape = notArticleShape(text);
  return shape ? { problem: shape, warnings: [] } : checkNewsOfShape(text);
}

/** For English text that passed `notArticleShape` (the reader checks it first): is it a news report? */
export function checkNewsOfShape(text: string): NewsVerdict {
  const problem = looksLikeList(text) ?? looksLikeInstructions(text);
  if (problem) return { problem, warnings: [] };
  // A doubtful text is read and flagged, never dropped: a UN update or a brief often cites nobody.
  // Only whether there is any mark counts here: a first match tells it, no need to count them all.
  const cited = ATTRIBUTION_ANY.test(text), dated = TIME_ANY.test(text);
  const warnings: string[] = [];
  if (!cited && !dated) warnings.push("nobody is cited in it and no day or date is given; check it is a news report");
  else if (!cited) warnings.push("nobody is cited in it (no 'said', 'according to'…); check it is a news report");
  // The sentences are the text cut at white space (and trimmed of it), so their words add up to the text's.
  const words = sentenceWordsOf(text).reduce((sum, n) => sum + n, 0);
  if (words < BRIEF_WORDS) warnings.push(`a brief of ${words} words`);
  return { problem: null, warnings };
}
