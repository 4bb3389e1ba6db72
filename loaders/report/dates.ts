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
 * The date a claim is charted at, or null when it cannot be placed in time: no date at all, or a
 * date whose year had to be guessed (the article has no publication date, given or inferred, and the
 * sentence names no year: "since April" could be any April).
 */
export function claimDate(row: {start: string | null; end: string | null; quote: string}, article: {published: string | null} | undefined): string | null {
  const date = row.end ?? row.start ?? article?.published ?? null;
  if (!date) return null;
  if (!article?.published && !/\b(19|20)\d\d\b/.test(row.quote)) return null;
  return date;
}
