/**
 * Word scanners for the article reader: the same words as its Unicode patterns (runs of letters; words
 * of letters and numbers), found in one loop over the text. ASCII is told by its code; only other
 * characters ask a pattern, once per code point. Measured: several times faster than the patterns.
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

/** The runs of letters in `s`: `s.match(/\p{L}+/gu) ?? []`. */
export function letterRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

// Characters that continue a word after its first: letters, numbers, ' ’ . , -
const continuesWord = (cp: number) => cp === 39 || cp === 0x2019 || cp === 46 || cp === 44 || cp === 45 || isLetterOrNumber(cp);

// How many words `s` has, as the length of `s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)` tells, without the array.
export function wordRunCount(s: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
    if (inWord) inWord = continuesWord(cp);
    if (!inWord && isLetterOrNumber(cp)) { n++; inWord = true; }
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}
