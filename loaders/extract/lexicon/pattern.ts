/**
 * Word lists become patterns here, in one way: phrases are escaped, tried longest first (so "shot dead"
 * wins over "shot"), and a space in a phrase matches any run of whitespace (scraped and PDF text often
 * doubles spaces). The lists themselves are data, one small file each in this folder.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The phrases as a flat alternation, longest first: for callers that rewrite each phrase's first letter. */
export function flatPhrases(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((p) => escape(p).replace(/ +/g, "\\s+")).join("|");
}

/**
 * A regular-expression source matching any of the phrases (no capturing groups, no anchors), as a
 * tree of shared beginnings: "re(?:took|captured|gained …)" rather than a list of hundreds of
 * phrases the engine would try one by one at every word. It matches what the flat list matches, in
 * the same order: at each branch a longer phrase is tried before the shorter one it extends, so the
 * longest phrase that fits wins, as "shot dead" wins over "shot".
 */
export function phrases(list: readonly string[], { exactSpaces = false } = {}): string {
  const root: Trie = new Map();
  for (const p of new Set(list)) {
    let node = root;
    for (const unit of units(p, exactSpaces)) {
      if (!node.has(unit)) node.set(unit, new Map());
      node = node.get(unit)!;
    }
    node.set(END, new Map());
  }
  return emit(root);
}

type Trie = Map<string, Trie>;
const END = "";
// A phrase's characters, escaped, with a run of spaces as one unit matching any whitespace.
// (`exact`: a space matches one space only, for names matched as written.)
const units = (p: string, exact = false) => p.match(exact ? /./gsu : / +|./gsu)!.map((u) => (!exact && u.startsWith(" ") ? "\\s+" : escape(u)));

function emit(node: Trie): string {
  const ends = node.has(END);
  const branches = [...node.keys()].filter((k) => k !== END).sort().map((k) => k + emit(node.get(k)!));
  if (!branches.length) return "";
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  // ("shot" and "shot dead": "dead" is tried first, and nothing after "shot" only if it does not fit.)
  return ends ? (branches.length === 1 && [...node.keys()].length === 2 && !/^\(/.test(body) && units(body).length === 1 ? `${body}?` : `(?:${body})?`) : body;
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
  const parts = [loose.length ? eitherCase(flatPhrases(loose)) : "", upper.length ? flatPhrases(upper) : ""].filter(Boolean);
  // A leading \b changes nothing when every name starts with a word character (the look back already
  // wants a non-word one before it), but lets the engine skip most positions without looking back.
  const lead = list.every((n) => /^\w/.test(n)) ? String.raw`\b` : "";
  return new RegExp(String.raw`${lead}(?<![\w-])(?:${parts.join("|")})(?![\w])`);
}
