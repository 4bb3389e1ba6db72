/**
 * Is a publication date believable? It must exist in the calendar (2019-02-30 is not 2 March), must
 * not be in the future, and must not be before newspapers reported wars like this one: such dates are
 * typos, and one of them alone would stretch every timeline of the report.
 */

/** The earliest year accepted: anything before is a mistyped year ("0219" for "2019"). */
export const EARLIEST_YEAR = 1800;

/** A calendar date that exists: 2019-02-30 parses in JavaScript as 2 March, so check the round trip. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  // setUTCFullYear, not Date.UTC or a parsed string: those move years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Today as YYYY-MM-DD, one day ahead: an article dated in Asia may be a day ahead of UTC. */
export function latestPossibleDate(now = new Date()): string {
  return new Date(now.getTime() + 864e5).toISOString().slice(0, 10);
}

/** Why `s` cannot be a publication date, or null when it can. */
export function publicationDateProblem(s: string, now = new Date()): string | null {
  if (!isRealDate(s)) return `'${s}' is not a real date (want YYYY-MM-DD)`;
  if (s > latestPossibleDate(now)) return `'${s}' is in the future (today is ${now.toISOString().slice(0, 10)})`;
  if (+s.slice(0, 4) < EARLIEST_YEAR) return `'${s}' is before ${EARLIEST_YEAR}; is the year mistyped?`;
  return null;
}
