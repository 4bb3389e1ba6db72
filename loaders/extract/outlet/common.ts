/**
 * What every credit form reads: the page cut into lines (its top, where datelines, bylines and mastheads
 * stand, and its bottom, where sign-offs and credit lines stand), and the tests every candidate name must
 * pass before it is tabled as an outlet.
 */
import { OUTLET_WORDS, outletIn } from "../lexicon/outlets.ts";

export const MAX_LINE = 400;

/** An article's page as the credit forms read it. */
export interface Page {
  text: string;
  title: string;
  /** Every non-empty line, trimmed. */
  all: string[];
  /** The lines short enough to be a credit (a long paragraph is story, not credit). */
  lines: string[];
  /** The first twelve lines: a dateline opens the first paragraph, however long it is. */
  top: string[];
  /** The last six short lines: a sign-off ends the last one. */
  bottom: string[];
}

export function pageOf(article: { text: string; title?: string | null }): Page {
  const all = article.text.split("\n").map((l) => l.trim()).filter(Boolean);
  const lines = all.filter((l) => l.length <= MAX_LINE);
  return { text: article.text, title: article.title ?? "", all, lines, top: all.slice(0, 12).map((l) => l.slice(0, MAX_LINE)), bottom: lines.slice(-6) };
}

/** What a reader works out from the page once, however many forms ask for it (a credit line is read early and late). */
export function oncePerPage<T>(read: (page: Page) => T): (page: Page) => T {
  const seen = new WeakMap<Page, T>();
  return (page) => { if (!seen.has(page)) seen.set(page, read(page)); return seen.get(page)!; };
}

/** A credit form: a rule id an editor can look up, how the page credits the outlet, and the reader. */
export interface CreditForm {
  rule: string;
  source: string;
  /** The outlet's name; or the name, its source and a finer rule id, when one form reads several kinds of credit line by line. */
  read: (page: Page) => string | [name: string, source: string, rule: string] | null;
}

// A tag as tabled: under the full name of the outlet it names ("MNA" is the Mehr News Agency), but whole when
// it names a source and its publisher ("APP - Valley Point / Valley News").
export const named = (tag: string) => (/\s[-/]\s/.test(tag) ? tag : outletIn(tag) ?? tag);

// Words that start a "By …" or "From …" line but are not outlets.
const NOT_OUTLETS = new Set(["The", "A", "An", "By", "Staff", "Our", "Agencies", "Wire", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
// ("In a Press Release issued yesterday (May 9, 2002)": a date in brackets is no outlet's tag.)
const ONLY_A_DATE = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4})$/;
// (A lone outlet word, "News" or "Times", is the end of a name the pattern did not reach: "Channel 4 News".)
export const plausible = (name: string | undefined): name is string => !!name && !NOT_OUTLETS.has(name.trim()) && name.trim().length >= 2 && !ONLY_A_DATE.test(name.trim()) && !GENERIC_OUTLET_WORD.has(name.trim());
const GENERIC_OUTLET_WORD = new Set(["News", "Times", "Post", "Radio", "TV", "Television", "Press", "Agency", "Media", "Online", "Daily", "Service", "Network", "Journal"]);

export const tidy = (name: string) => name.replace(/\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s*\d{4}\s*$/, "").trim();

// "Staff Reporter", "Special Correspondent": a writer's role, not an outlet.
export const PERSON_ROLE = /\b(?:Reporter|Writer|Correspondent|Staff|Editor|Contributor)s?$/;

export const OUTLET_WORD = new Set(OUTLET_WORDS);
/** Whether a name holds an outlet's word: "Valley Times", "Tarsa Radio". */
export const hasOutletWord = (name: string) => name.split(/\s+/).some((w) => OUTLET_WORD.has(w));

export function firstMatch(lines: string[], re: RegExp): string | null {
  for (const line of lines) {
    const m = re.exec(line);
    const name = m?.slice(1).find(Boolean);
    if (plausible(name)) return name;
  }
  return null;
}
