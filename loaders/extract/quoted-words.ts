/**
 * Words a source is quoted in: 'scores' of insurgents, were "neutralised", 'could kill thousands'. The
 * marks say who chose the words, not what happened, so the parsers read the words without them. Each
 * mark of a pair becomes a space, so every position in the sentence stays where it was (rows point into
 * the sentence as written).
 */
// An opening mark after a space or bracket, a short stretch with no other mark, and its closing mark before a
// space or punctuation. ("Tarsa's", "the soldiers' bodies": an apostrophe has no opening partner and stays.)
const QUOTED = /(^|[\s(\[—–])(['‘"“])([A-Za-z][^'‘’"“”\n]{0,58}?[A-Za-z0-9.,!?])(['’"”])(?=[\s,.;:!?)\]—–]|$)/g;

// An army's euphemism in quote marks ('"neutralised" 440 terrorists') is the writer keeping a distance from a word
// that may count the captured and the surrendered with the dead: its marks stay, and it is not read as a toll.
const EUPHEMISM = /^(?:neutrali[sz]\w*|eliminat\w*|liquidat\w*)$/i;

export function plainQuotes(s: string): string {
  return unquoted(s, false);
}

/** The same for a single quoted word only ('had "liberated" the villages'): a quoted phrase stays as one. */
export function plainQuotedWords(s: string): string {
  return unquoted(s, true);
}

function unquoted(s: string, singleWordsOnly: boolean): string {
  if (!/['‘’"“”]/.test(s)) return s;
  return s.replace(QUOTED, (whole: string, lead: string, _open: string, words: string) => (EUPHEMISM.test(words) || (singleWordsOnly && /\s/.test(words)) ? whole : `${lead} ${words} `));
}
