/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC. */
const DAY = 86_400_000;

export const isIsoDate = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Whole days from a to b (b − a); null when either is missing. */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!isIsoDate(a) || !isIsoDate(b)) return null;
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY);
}

/** Code-unit comparison of ISO dates, nulls last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a == b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "23 August 2019" — newsroom style, no locale dependence. */
export function formatDate(iso: string | null | undefined): string {
  if (!isIsoDate(iso)) return "undated";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Whether a sentence states the year of `iso` beside its month ("April 2019", "5 April 2019",
 * "April 5, 2019"), or, for a year-precise date, the year alone: the date is then the sentence's own,
 * not a year borrowed from another clause ("the 2018 agreement") or guessed.
 */
export function statesOwnYear(quote: string, iso: string, precision?: string | null): boolean {
  const year = iso.slice(0, 4);
  if (precision === "year") return new RegExp(String.raw`\b${year}\b`).test(quote);
  const month = MONTHS[+iso.slice(5, 7) - 1];
  if (!month) return false;
  const name = String.raw`${month.slice(0, 3)}[a-z]*\.?`;
  return new RegExp(String.raw`\b${name}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?${year}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${name}\s+${year}\b|\b${iso.slice(0, 7)}`).test(quote);
}

/**
 * The date a claim is charted at, or null when it cannot be placed in time. In an article with no
 * publication date (given or inferred), a claim keeps its date only when its sentence states that
 * date's year beside its month: "since April" runs to an unknown day, and a year from another
 * clause ("under the 2018 agreement") or a guess is not the claim's. Undated claims stay undated.
 */
export function claimDate(row: {start: string | null; end: string | null; quote: string; date_precision?: string | null}, article: {published: string | null} | undefined): string | null {
  const date = row.end ?? row.start ?? article?.published ?? null;
  if (!date) return null;
  if (!article?.published) {
    if (!row.end || !isIsoDate(row.end)) return null;
    if (!statesOwnYear(row.quote, row.end, row.date_precision)) return null;
  }
  return date;
}

/** Why a claim has no date the report can use, or null when it has one. */
export function undatedReason(row: {start: string | null; end: string | null; quote: string; date_precision?: string | null}, article: {published: string | null} | undefined): string | null {
  if (claimDate(row, article)) return null;
  if (!row.start && !row.end && !article?.published) return "no date in the sentence, and the article has none";
  if (!row.start && !row.end) return "no date";
  return "the article has no date and the sentence does not state the year of its own date";
}
