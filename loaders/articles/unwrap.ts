/**
 * Wire copy and e-mailed text often arrive hard-wrapped: every line cut near 60–80 characters, so a
 * sentence runs over three lines ("recaptured the port town of Vila do\nMar"). Read line by
 * line, such a text is fragments, not prose, and names are cut in two. When most lines end near one
 * width without ending a sentence, the breaks inside paragraphs become spaces again. A line that
 * ends a sentence well short of the width ends its paragraph, and stays.
 */
const MIN_LINES = 6;
const MAX_WIDTH = 100;

// A paragraph that stops on a word the next goes on from: "…the government\n\nsaid major operations…",
// "…east of\n\nthe state capital…".
const GOES_ON_AFTER = /^[ \t]*[a-z]/;
const ENDS_ON_LINK = /\b(?:of|the|a|an|and|or|to|in|on|at|as|by|for|with|from|that|his|her|their|its|last|this|said|says|were|was|is|are|has|have|had|been)$/;

/**
 * Some pages were scraped with a blank line after every wrapped line, so that each piece of a sentence
 * stands as a paragraph of its own. When many "paragraphs" stop mid-sentence and the next one goes on
 * (in lower case, or after a word such as "of" or "the"), those breaks are joined; the others stay.
 */
function joinSplitParagraphs(text: string): string | null {
  const parts = text.split(/\n[ \t]*\n/);
  if (parts.length < 8) return null;
  const joins = parts.map((p, i) => {
    const end = p.trimEnd(), next = parts[i + 1];
    // (Never the title line, nor a paragraph that ends a sentence.)
    return i > 0 && next !== undefined && /[a-z,]$/.test(end) && (GOES_ON_AFTER.test(next) || ENDS_ON_LINK.test(end));
  });
  const n = joins.filter(Boolean).length;
  if (n < 5 || n / (parts.length - 1) < 0.3) return null;
  return parts.reduce((out, p, i) => (i === 0 ? p : out + (joins[i - 1] ? " " + p.trim() : "\n\n" + p)), "");
}

export function unwrapHardBreaks(text: string): { text: string; unwrapped: boolean } {
  const joined = joinSplitParagraphs(text);
  if (joined !== null) return { text: joined, unwrapped: true };
  const lines = text.split("\n");
  const full = lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  if (full.length < MIN_LINES) return { text, unwrapped: false };
  const lengths = full.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > MAX_WIDTH || width < 30) return { text, unwrapped: false };
  const nearWidth = full.filter((l) => l.length >= width * 0.6).length / full.length;
  const unfinished = full.filter((l) => !/[.!?:;"”’)]$/.test(l)).length / full.length;
  // Prose cut mid-sentence: many lines go on in lower case, and lines hold words, not cells or keywords.
  // ("… loyal to former vice president Riek Machar\nannounced …", "… in Kajo-keji\nCounty after …": a line that
  // ends on a word, the next going on, is a sentence cut too, even when the next line opens with a name.)
  const startsLower = full.slice(1).filter((l) => /^\s*[a-z]/.test(l)).length / (full.length - 1);
  const endsOnWord = lines.filter((l, i) => /[a-z,]$/.test(l.trimEnd()) && (lines[i + 1] ?? "").trim() !== "").length / (full.length - 1);
  // (Only where some lines end sentences: a list of keyword lines ends none, and is no prose.)
  const endsSentence = full.filter((l) => /[.!?]["”’)]?$/.test(l)).length / full.length;
  const goesOn = Math.max(startsLower, endsOnWord >= 0.5 && endsSentence >= 0.15 ? endsOnWord * 0.6 : 0);
  const words = full.reduce((n, l) => n + l.split(/\s+/).filter(Boolean).length, 0) / full.length;
  // (A page copied from a browser wraps at the width of its box, which varies: when many lines go on
  // in lower case, few need to reach the width.)
  if (nearWidth < (goesOn >= 0.4 ? 0.3 : 0.6) || unfinished < 0.5 || goesOn < 0.3 || words < 6) return { text, unwrapped: false };
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd(), next = lines[i + 1];
    out += line;
    if (next === undefined) break;
    const joins = line.trim() !== "" && next.trim() !== "" && !(/[.!?"”’)]$/.test(line) && line.length < width * 0.75);
    out += joins ? (/\w-$/.test(line) && /^[a-z]/.test(next) ? "" : " ") : "\n";
  }
  return { text: out, unwrapped: true };
}
