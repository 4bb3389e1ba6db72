/**
 * Word lists become patterns here, in one way: phrases are escaped, tried longest first (so "shot dead"
 * wins over "shot"), and a space in a phrase matches any run of whitespace (scraped and PDF text often
 * doubles spaces). The lists themselves are data, one small file each in this folder.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regular-expression source matching any of the phrases (no groups, no anchors). */
export function phrases(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((p) => escape(p).replace(/ +/g, "\\s+")).join("|");
}

/**
 * A quick test a pattern of these phrases needs to pass: each phrase's longest word, anywhere, in any case.
 * No phrase can match where none of these words is, so a costly pattern can be skipped when this fails.
 */
export function requiredWords(list: readonly string[]): RegExp {
  const longest = list.map((p) => p.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)));
  return new RegExp([...new Set(longest)].map(escape).join("|"), "i");
}

/** The union of several lists. */
export const all = (...lists: ReadonlyArray<readonly string[]>) => lists.flat();

/** A set for exact lookups of single words, lower-cased. */
export const wordSet = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

const isAcronym = (n: string) => n === n.toUpperCase() && /[A-Z]/.test(n);
// "regime" also matches "Regime" at a sentence's start: each word's first letter in either case.
const eitherCase = (source: string) => source.replace(/(^|\\s\+|-|\|)([A-Za-z])/g, (_, lead, c) => `${lead}[${c.toUpperCase()}${c.toLowerCase()}]`);
/**
 * Names as written in a sentence: acronyms keep their case ("WHO" is not "who", "IS" is not "is");
 * other names match with either case of each word's first letter ("Regime forces" at a sentence's
 * start). Null for an empty list.
 */
export function nameRegex(list: readonly string[]): RegExp | null {
  if (!list.length) return null;
  const loose = list.filter((n) => !isAcronym(n)), upper = list.filter(isAcronym);
  const parts = [loose.length ? eitherCase(phrases(loose)) : "", upper.length ? phrases(upper) : ""].filter(Boolean);
  // A leading \b changes nothing when every name starts with a word character (the look back already
  // wants a non-word one before it), but lets the engine skip most positions without looking back.
  const lead = list.every((n) => /^\w/.test(n)) ? String.raw`\b` : "";
  return new RegExp(String.raw`${lead}(?<![\w-])(?:${parts.join("|")})(?![\w])`);
}
