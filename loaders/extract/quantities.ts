/**
 * The quantity grammar of conflict reporting: "at least 16", "more than 2,000", "nearly half a million",
 * "some 6,000", "a dozen", "1.5 million", "tens of thousands" (and the common typo "ten of thousands").
 * General NLP number parsers drop the qualifier and misread vague plurals, so we own this grammar.
 *
 * A vague plural takes two of its unit as its low and best value ("dozens" → 24, "hundreds" → 200),
 * keeps the phrase in `vague`, and its high is the top of its range. ACLED codes one unit ("dozens" as
 * 12, "hundreds" as 100); two is the smallest plural, and the report's method text says so.
 */
import { remembered } from "../remembered.ts";
import { NUMBERED_NAMES } from "./lexicon/numbered-names.ts";
export type Qualifier = "exact" | "at least" | "more than" | "approximately" | "nearly" | "up to" | "less than";

export interface Quantity {
  /** Offsets into the string that was scanned. */
  start: number;
  end: number;
  text: string;
  qualifier: Qualifier;
  low: number | null;
  best: number;
  high: number | null;
  /** The vague phrase ("dozens", "tens of thousands"), or null for a stated number. */
  vague: string | null;
}

// The words before a figure that qualify it, each with what it says. One table gives both the pattern that finds
// them and the reading of the one found (two lists drifted apart once: "approx." was read but never found).
const QUALIFIER_WORDS: Array<[readonly string[], Qualifier]> = [
  [["at least", "no fewer than", "no less than", "a minimum of"], "at least"],
  [["more than", "over", "upwards of", "in excess of", "well over", "just over", "above"], "more than"],
  [["nearly", "almost", "close to", "just under", "nearing"], "nearly"],
  // ("an estimated number of 80,000 people": the number said with its own noun.)
  [["around", "about", "some", "approximately", "roughly", "an estimated", "estimated", "an approximate", "circa", "approx.", "an estimated number of", "an approximate number of"], "approximately"],
  [["up to", "as many as", "as high as", "at most", "no more than"], "up to"],
  [["less than", "fewer than", "under"], "less than"],
];
const QUALIFIER_OF = new Map(QUALIFIER_WORDS.flatMap(([words, q]) => words.map((w) => [w, q] as const)));
// Longest first, so "an estimated number of" is tried before "an estimated".
const QUAL_SRC = [...QUALIFIER_OF.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** The number words up to ninety, as a pattern source ("killed seven people"). */
export const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)].join("|");
// "2.5 lakh", "two crore": the South Asian scales, as Indian and Pakistani copy writes them.
// A clock time, not a count: "at 5 am", "at around 330 pm" (a scrape that lost the colon of 3:30).
const CLOCK_AFTER = /^\s*(?:[ap]\.m\.|[ap]m\b|hrs\b|GMT\b|o['’]clock\b)/i;
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9 };

/** Vague amounts: [unit, upper bound of the range]. Low and best are two units. */
const VAGUE: Record<string, [number, number]> = {
  "dozens": [12, 99], "scores": [20, 99], "hundreds": [100, 999], "thousands": [1000, 9999],
  "tens of thousands": [10000, 99999], "hundreds of thousands": [100000, 999999], "millions": [1e6, 9999999],
  "tens of millions": [1e7, 99999999],
};
const VAGUE_SRC = "tens? of thousands|hundreds of thousands|tens? of millions|millions|thousands|hundreds|dozens|scores(?=\\s+of\\b|(?<=\\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\\s+scores)\\s+(?:more|others)\\b|\\s+(?:(?:were|have\\s+been|had\\s+been|are|more)\\s+)?(?:killed|injured|wounded|dead|hurt|died)\\b)";
// "several hundred", "a few thousand": a small multiple of a scale word.
const SEVERAL_SRC = "several|a few|a couple of";

const WORD_SRC = `(?:${Object.keys(TENS).join("|")})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join("|")}))?|${Object.keys(UNITS).join("|")}`;
// Thousands may be grouped with commas, spaces ("10 000", French and UN style) or dots ("100.000").
// ("30, 000": a thousands comma that copy broke with a space, only before "000" where nothing else is meant.)
// ("more than 6, 277 people": any broken thousands comma, when the people counted follow at once.)
// ("2,50,000 people": South Asian grouping in lakhs, two digits between commas above the thousands.)
const LAKHS = String.raw`\d{1,2}(?:,\d\d)+,\d{3}`;
const IS_LAKHS = new RegExp(`^${LAKHS}$`);
const DIGIT_SRC = String.raw`${LAKHS}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:, 000)+(?!\d)|\d{1,3}(?:, \d{3})+(?=\s+(?:people|persons|civilians|residents|individuals|families|households|refugees|IDPs|children|villagers|displaced)\b)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?`;
const SCALE_SRC = "hundred|thousand|lakhs?|crores?|million|billion";

// "a mother and her three children", "a man and two of his sons": a family counted by its members.
// ("a village chief and his two sons", "a farmer and his wife": anyone named by role or trade heads a family too.)
export const ONE_CHILD = "son|daughter|child|baby|infant|grandson|granddaughter|wife|husband|brother|sister";
export const CHILDREN = "children|sons|daughters|kids|grandchildren|brothers|sisters";
const KIN_HEADS = "mother|father|woman|man|parent|couple|farmer|shepherd|herder|teacher|doctor|nurse|driver|chief|elder|fisherman|trader|shopkeeper|villager|resident|civilian|imam|priest|pastor|journalist|worker|widow|grandmother|grandfather|boy|girl";
// ("a Tarsan couple and their son", "a young mother and her baby": a describing word, and one child named alone.)
const KIN_SRC = String.raw`an? family of (?:${WORD_SRC}|\d{1,2})\b|an? (?:[A-Za-z]+ )?(?:${KIN_HEADS}) and (?:(?:(?:her|his|their) (?:${WORD_SRC}|\d{1,2})|(?:${WORD_SRC}|\d{1,2}) of (?:her|his|their)) (?:${CHILDREN})|(?:her|his|their) (?:${ONE_CHILD})\b)`;

const ONE_CHILD_WORD = new RegExp(`^(?:${ONE_CHILD})$`);
const NUMBER_SRC = [
  `(?<kin>${KIN_SRC})`,
  // ("an estimated quarter of a million": the article may go with the qualifier.)
  String.raw`(?<half>(?:half|(?:(?:a|one) )?quarter of|(?:a|one) third of|three quarters of) a (?:million|billion))`,
  String.raw`(?<dozen>(?:a|one|two|three|four|five|half a) dozen)`,
  // ("gunned down a pair of militants": two, said as a pair.)
  String.raw`(?<pair>(?:a|one) pair of(?= [a-z]))`,
  String.raw`(?<several>(?:${SEVERAL_SRC}) (?:dozen|hundred|thousand|million))`,
  String.raw`(?<vague>${VAGUE_SRC})`,
  // "and" joins only after a scale ("two hundred and six"); "between six and nine" is two figures, a range.
  // ("a" only before a scale: "a hundred"; the article alone, in every other sentence, is no figure and is not tried as one.)
  // ("1.9m internally displaced", "2.5bn", "3m people": millions and billions written short, as British papers do;
  // a whole number only before the people it counts, "300m" being a distance too.)
  String.raw`(?<short>\d+\.\d+(?:m|mn|bn)|\d+(?:m|mn|bn)(?=\s+(?:people|persons|civilians|residents|refugees|displaced|children|IDPs|internally|of\s+whom|of\s+them)\b))`,
  String.raw`(?<num>(?:(?:${DIGIT_SRC}|${WORD_SRC})(?:(?:[ -](?:${SCALE_SRC}))+(?:[ -]and[ -](?:${WORD_SRC}))?)?|a(?:[ -](?:${SCALE_SRC}))+(?:[ -]and[ -](?:${WORD_SRC}))?))`,
].join("|");

// One precompiled pass per text. The lookbehind keeps us out of the middle of words and numbers.
// Every figure starts with a letter or digit after a non-word character, so the \b in front changes
// no match; it lets the engine skip most positions before looking back.
// ("runway number#2", "Unit No. 4": a number that names a thing is no count.)
// ("At 09:20, 31 people had been …": a time of day counts no one.)
const QUANTITY = new RegExp(String.raw`\b(?<![\w.,$€£#]|[A-Za-z]-|\d:|\b[Nn]umber\s|\bN[Oo]\.\s?)(?:(?<qual>${QUAL_SRC})\s+)?(?:${NUMBER_SRC})(?![\w%]|[.,:]\d|-[A-Za-z])`, "gi");

// Figures recur ("two", "1,000", "dozens"): each text is read once.
const wordsToNumber = remembered(readNumber);

function readNumber(s: string): number | null {
  let total = 0, current = 0, any = false;
  for (const w of s.toLowerCase().replace(/,(?=\d{3})/g, "").split(/[\s-]+/)) {
    if (w === "and") continue;
    if (w === "a") { current = 1; any = true; continue; }
    if (/^\d+(\.\d+)?$/.test(w)) { current += Number(w); any = true; continue; }
    if (w in UNITS) { current += UNITS[w]; any = true; continue; }
    if (w in TENS) { current += TENS[w]; any = true; continue; }
    if (w in SCALES) {
      const scale = SCALES[w];
      if (!any) return null;
      if (scale === 100) current *= 100;
      else { total += current * scale; current = 0; }
      continue;
    }
    return null;
  }
  return any ? Math.round((total + current) * 1000) / 1000 : null;
}

function qualifierOf(q: string | undefined): Qualifier {
  if (!q) return "exact";
  return QUALIFIER_OF.get(q.toLowerCase()) ?? "exact";
}

/** Low/best/high for a stated number with its qualifier (conservative: the stated figure is the floor). */
function range(n: number, q: Qualifier): [number | null, number, number | null] {
  switch (q) {
    case "exact": return [n, n, n];
    case "at least": case "more than": return [n, n, null];
    case "nearly": case "less than": return [null, n, n];
    case "up to": return [null, n, n];
    default: return [null, n, null];
  }
}

// What every figure above holds: a digit, or a number, scale or vague word as a whole word (each word of
// NUMBER_SRC ends where a space, a hyphen or the figure's end follows it). Half the sentences of news hold
// none, and this one scan tells, where QUANTITY tries its qualifiers and forms at every word.
const ANY_FIGURE = new RegExp(String.raw`\d|\b(?:${Object.keys(UNITS).join("|")}|${Object.keys(TENS).join("|")}|hundreds?|thousands?|millions?|billions?|lakhs?|crores?|dozens?|scores|pair|(?:her|his|their) (?:${ONE_CHILD}))\b`, "i");

/** Every quantity in `text`, left to right. Years (1900–2099 written without separators) are skipped. */
/**
 * The words before a figure, without the "between" that opens its range: in "killed between 80 and 150
 * civilians" the verb stands right before the range, not before "between".
 */
export const beforeRange = (before: string, q: Quantity): string =>
  (q.low ?? q.best) < (q.high ?? q.best) ? before.replace(/\b[Bb]etween\s+$/, "") : before;

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (!ANY_FIGURE.test(text)) return out;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g = m.groups!;
    const qualifier = qualifierOf(g.qual);
    let q: Omit<Quantity, "start" | "end" | "text" | "qualifier"> | null = null;
    if (g.kin) {
      const k = g.kin.toLowerCase();
      const family = /family of (\S+)/.exec(k);
      const kin = family ? null : /\b(?:her|his|their) (\S+)|(\S+) of (?:her|his|their)\b/.exec(k)!.slice(1).find(Boolean)!;
      const n = family ? wordsToNumber(family[1]) : ONE_CHILD_WORD.test(kin!) ? 1 : wordsToNumber(kin!);
      if (n === null) continue;
      q = fixed(family ? n : n + (k.includes("couple") ? 2 : 1), qualifier);
    } else if (g.half) {
      const h = g.half.toLowerCase(), share = h.startsWith("half") ? 0.5 : h.includes("three quarters") ? 0.75 : h.includes("quarter") ? 0.25 : 1 / 3;
      q = fixed(Math.round(share * SCALES[h.split(" ").pop()!]), qualifier);
    }
    else if (g.pair) q = fixed(2, qualifier);
    else if (g.dozen) {
      const [a] = g.dozen.toLowerCase().split(" ");
      const k = a === "half" ? 0.5 : a === "a" ? 1 : UNITS[a];
      q = fixed(12 * k, qualifier);
    } else if (g.several) {
      const unit = SCALES[g.several.toLowerCase().split(" ").pop()!] ?? 12;
      q = { low: 2 * unit, best: 3 * unit, high: 9 * unit, vague: g.several.toLowerCase() };
    } else if (g.vague) {
      const phrase = g.vague.toLowerCase().replace(/^ten of/, "tens of");
      const [unit, hi] = VAGUE[phrase];
      q = { low: 2 * unit, best: 2 * unit, high: hi, vague: phrase };
    } else if (g.short) {
      const [, digits, scale] = /^([\d.]+)(m|mn|bn)$/i.exec(g.short)!;
      q = fixed(Math.round(Number(digits) * (scale.toLowerCase() === "bn" ? 1e9 : 1e6)), qualifier);
    } else if (g.num) {
      const raw = g.num;
      // A year, unless people follow it: "more than 2000 injured", "2000 people were displaced" are counts.
      if (/^(?:19|20)\d\d$/.test(raw) && !g.qual && (!YEAR_LIKE_COUNT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || YEAR_PREPOSITION.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
      if (isCalendarDay(text, m.index, m.index + m[0].length, raw)) continue; // "Feb. 6", "6 February"
      if (isAge(text, m.index, m.index + m[0].length, raw)) continue; // "Ahmed, 12, was killed"
      if (/^\d{1,4}$/.test(raw) && CLOCK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue; // "at 5 am", "330 pm"
      if (!g.qual && /^\d+$/.test(raw) && NAME_BEFORE_NUMBER.test(text.slice(Math.max(0, m.index - 16), m.index)) && NAME_ENDS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue; // "District 2", "Camp 4"
      if (/^a\b/i.test(raw) && !/^a[ -](?:hundred|thousand|million|billion)/i.test(raw)) continue;
      const grouped = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/.test(raw) || /^\d{1,3}(?:, \d{3})+$/.test(raw) || IS_LAKHS.test(raw) ||
        (/^\d{1,3}(?:\.\d{3})+$/.test(raw) && !/^\s*(?:million|billion|per ?cent|%)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)));
      // ("1,481 million displaced": a decimal comma, as much of the world writes it; a thousand million people is no one's count.)
      const decimalComma = /^\d{1,3},\d{3}[ -](?:million|billion)$/i.exec(raw);
      const n = decimalComma ? wordsToNumber(raw.replace(",", ".")) : grouped ? Number(raw.replace(/\D/g, "")) : wordsToNumber(raw);
      if (n === null) continue;
      q = fixed(n, qualifier);
    }
    if (!q) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], qualifier: q.vague && qualifier === "exact" ? "approximately" : qualifier, ...q });
  }
  return ranges(text, out);
}

const YEAR_PREPOSITION = /\b(?:in|since|by|until|from|during|of|before|after)\s+$/i;
const YEAR_LIKE_COUNT = /^\s+(?:people|persons|civilians|residents|individuals|families|households|refugees|children|soldiers|troops|fighters)\b/i;
const MONTH = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\b`);

// The other end of a span of days: "between January 26 and 30, 2,880 people", "from 3 to 9 May".
const DAY_SPAN_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|until|through|-|–)\s*$`);
const DAY_SPAN_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:and|to|until|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\b`);

/** A day of the month written next to its month, or at either end of a span of days, is a date, not a count. */
function isCalendarDay(text: string, start: number, end: number, raw: string): boolean {
  if (!/^\d{1,2}$/.test(raw) || +raw < 1 || +raw > 31) return false;
  const before = text.slice(Math.max(0, start - 24), start), after = text.slice(end, end + 30);
  return MONTH_BEFORE.test(before.slice(-12)) || MONTH_AFTER.test(after.slice(0, 16)) || DAY_SPAN_BEFORE.test(before) || DAY_SPAN_AFTER.test(after);
}

/** A number set off by commas right after a name is the person's age: "Bana, 7, who had tweeted". */
// "the 35 year old man", "her eight month-old baby": an age, however it is hyphenated.
const AGE_AFTER = /^[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b/i;
// A name's number: "the area known as District 2" (digits only, right after the capitalised word).
const NAME_BEFORE_NUMBER = new RegExp(String.raw`\b(?:${NUMBERED_NAMES.join("|")})\s$`);
// (What follows the name: punctuation, the end, or a word that is no noun of people.)
const NAME_ENDS_AFTER = /^(?:\s*(?:[,.;:)”"’]|$)|\s+(?:and|or|in|on|at|of|to|near|where|which|while|with|from|for|is|was|has|had)\b)/;

function isAge(text: string, start: number, end: number, raw: string): boolean {
  if (AGE_AFTER.test(text.slice(end, end + 16))) return true;
  if (!/^\d{1,3}$/.test(raw) || +raw > 115) return false;
  return /[A-Z][\w'’-]+,\s*$/.test(text.slice(Math.max(0, start - 30), start)) && /^\s*,/.test(text.slice(end, end + 3));
}

// Two figures joined as a range: "between 500 and 1,300", "from 50,000 to 70,000", "40,000-44,000".
const RANGE_GAP = /^\s*(?:-|–|—|to)\s*$/;
// "20,000 to 100,000 refugees": two figures joined by "to" are a range when the second counts something
// named after it; not a change ("rose 10 to 15"), and not days ("9 to 10 July").
const CHANGE_BEFORE = /\b(?:rose|risen|rising|rises|increased|increasing|climbed|jumped|grew|up|down|fell|dropped|declined|went)\s+(?:by\s+)?$/i;
const MONTH_NEAR = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
function isToRange(text: string, a: Quantity, b: Quantity, gap: string): boolean {
  return /^\s+to\s+$/.test(gap) && /\d$/.test(a.text) && /^\d/.test(b.text) && b.best <= 20 * a.best &&
    /^\s+(?:more\s+|other\s+)?[a-z]/i.test(text.slice(b.end, b.end + 20)) && !MONTH_NEAR.test(text.slice(b.end, b.end + 12)) &&
    !CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start));
}

const MAY_REACH = /^,\s*(?:perhaps|possibly|maybe|probably|likely|or even|even|if not|and possibly|and perhaps|or possibly|or perhaps)\s+$/i;
const ASIDE_CLOSE = /^,|^\s*(?=[-–—])/;

/**
 * Merges ranges into one quantity: low the first figure, high the second, best their middle ("between
 * 1,200 and 1,400": 1,300), as annotators of real news read a range; low and high keep both ends.
 * "rose from 12 to 20" is a change, not a range: its figures stay apart.
 */
function ranges(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i], b = qs[i + 1];
    // "dozens, perhaps hundreds, of people": a figure and a larger one it may reach, said as an aside.
    const aside = b && b.best > a.best ? MAY_REACH.exec(text.slice(a.end, b.start)) && ASIDE_CLOSE.exec(text.slice(b.end, b.end + 3)) : null;
    if (aside) {
      out.push({ ...a, end: b.end + aside[0].length, text: text.slice(a.start, b.end + aside[0].length), high: b.high ?? b.best });
      i++;
      continue;
    }
    if (b && !a.vague && !b.vague && (a.qualifier === "exact" || (a.qualifier === "approximately" && b.qualifier === "exact" && isToRange(text, a, b, text.slice(a.end, b.start)))) && a.best < b.best) {
      const gap = text.slice(a.end, b.start), lead = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
      const change = lead?.[1].toLowerCase() === "from" && CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start - lead[0].length));
      if (!change && ((lead?.[1].toLowerCase() === "between" && /^\s*and\s*$/i.test(gap)) || (lead?.[1].toLowerCase() === "from" && /^\s*to\s*$/i.test(gap)) || (!lead && RANGE_GAP.test(gap) && /^\s*(?:-|–)?\s*$/.test(gap) && /\d/.test(a.text)) || (!lead && isToRange(text, a, b, gap)))) {
        out.push({ ...b, start: a.start, text: text.slice(a.start, b.end), qualifier: "approximately", low: a.best, best: Math.floor((a.best + b.best) / 2), high: b.high ?? b.best, vague: null });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function fixed(n: number, qualifier: Qualifier) {
  const [low, best, high] = range(n, qualifier);
  return { low, best, high, vague: null };
}
