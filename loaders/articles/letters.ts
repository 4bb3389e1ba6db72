/**
 * Letters and words for the article reader, as its Unicode patterns would find them (\p{L}; words of
 * letters and numbers), in one loop over the text. ASCII is told by its code; only other characters ask
 * a pattern, once per code point. Measured: several times faster than the patterns.
 */
const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

const letterMemo = new Map<number, boolean>();
const letterOrNumberMemo = new Map<number, boolean>();

function memoTest(memo: Map<number, boolean>, re: RegExp, cp: number): boolean {
  let yes = memo.get(cp);
  if (yes === undefined) memo.set(cp, (yes = re.test(String.fromCodePoint(cp))));
  return yes;
}

/** A letter (\p{L}) at code point `cp`. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return memoTest(letterMemo, LETTER, cp);
}

/** A letter or a number (\p{L}, \p{N}) at code point `cp`. */
export function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return memoTest(letterOrNumberMemo, LETTER_OR_NUMBER, cp);
}

// ASCII letters and digits (1), and the other characters that continue a word after its first: ' . , - (2).
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isLetterOrNumber(c) ? 1 : c === 39 || c === 46 || c === 44 || c === 45 ? 2 : 0;

// How many words `s` has, as the length of `s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)` tells, without the array.
export function wordRunCount(s: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind: number;
    if (c < 128) kind = ASCII_WORD[c];
    else {
      const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
      if (cp > 0xffff) i++;
      kind = isLetterOrNumber(cp) ? 1 : cp === 0x2019 ? 2 : 0;
    }
    // Inside a word any of them continues it; outside, only a letter or a digit starts one.
    if (inWord) inWord = kind !== 0;
    else if (kind === 1) { n++; inWord = true; }
  }
  return n;
}
