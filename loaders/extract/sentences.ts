/**
 * Splits an article body into sentences with character offsets into the body.
 * News text breaks sentences at ". " but also uses "Jan. 28", "U.N.", "Mr." — those are not ends.
 * A sentence that repeats an earlier one word for word (a pasted paragraph, a caption printed twice)
 * is marked `repeat` so that its figures are tabled once.
 */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Index of the earlier identical sentence, or -1. */
  repeatOf: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(
  ("jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen col lt sgt maj capt prof no vs etc " +
    "approx est fig inc ltd co corp jr sr gov sen rep rev u.s u.n u.k e.u u.s.a a.m p.m").split(" "),
);

// Starts only where a run of [.!?] starts, so a run of 10,000 dots is tried once, not 10,000 times.
const BREAK = /(?<![.!?])[.!?]+["'”’)]*(?=\s+["“'‘(]?[A-Z0-9])/g;

// White space that the sentence key would fold: a run of two, or any white space but a plain space.
const ODD_SPACE = /\s\s|[^\S ]/;

// A line that ends on a comma, followed at once (no blank line) by a line of words: where that line ends.
const CONTINUED = /,[ \t]*$/;
const NEXT_LINE = /[ \t]*[^\s][^\n]*/y;
function continuation(text: string, lineEnd: number): number | null {
  if (text[lineEnd] !== "\n" || !CONTINUED.test(text.slice(Math.max(0, lineEnd - 8), lineEnd))) return null;
  NEXT_LINE.lastIndex = lineEnd + 1;
  return NEXT_LINE.exec(text) ? NEXT_LINE.lastIndex : null;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Map<string, number>();
  let paragraph = 0;
  // Paragraphs are lines: news bodies put one paragraph per line.
  const lineRe = /[^\n]+/g;
  let prevLineEnd = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (text.slice(prevLineEnd, m.index).includes("\n")) paragraph++;
    // "… reported in Tarsa,\n    Ulmar and Qarn.": a line that ends on a comma goes on in the next one (a report
    // wrapped by hand); the sentence runs on with the line break as its space.
    let lineEnd = m.index + m[0].length;
    for (let next = continuation(text, lineEnd); next; next = continuation(text, lineEnd)) lineEnd = next;
    if (lineEnd > m.index + m[0].length) lineRe.lastIndex = lineEnd;
    prevLineEnd = lineEnd;
    const line = text.slice(m.index, lineEnd);
    let from = 0;
    BREAK.lastIndex = 0;
    for (let b = BREAK.exec(line); b; b = BREAK.exec(line)) {
      const cut = b.index + b[0].length;
      const before = line.slice(from, b.index);
      // Only the last few letters can be an abbreviation: reading more would rescan a long run at every break.
      const lastWord = (before.slice(-16).match(/([A-Za-z.]+)$/)?.[1] ?? "").toLowerCase().replace(/\.$/, "");
      if (b[0].startsWith(".") && b[0].length === 1 && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord) || /(^|\.)[a-z]\.[a-z]$/.test(lastWord))) continue;
      push(m.index + from, m.index + cut);
      from = cut;
    }
    push(m.index + from, m.index + line.length);
  }
  return out;

  function push(s: number, e: number) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) return;
    const sentenceText = text.slice(s, e);
    const lower = sentenceText.toLowerCase();
    // Most sentences have single spaces only: the replace below would rebuild them unchanged.
    const key = ODD_SPACE.test(lower) ? lower.replace(/\s+/g, " ") : lower;
    const earlier = key.length > 20 ? seen.get(key) : undefined;
    if (earlier === undefined) seen.set(key, out.length);
    out.push({ index: out.length, start: s, end: e, text: sentenceText, paragraph, repeatOf: earlier ?? -1 });
  }
}
