import { publicationDateProblem } from "../articles/publication-date.ts";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, "i");

const pad = (n: number | string) => String(n).padStart(2, "0");

/**
 * A publication date as YYYY-MM-DD, from what pages and people write: ISO timestamps
 * ("2019-08-23T14:05:00+03:00" keeps the outlet's own calendar day), "2019/08/23", "23 August 2019",
 * "Aug. 23, 2019", "Fri, 23 Aug 2019 14:05:00 GMT". Never guessed: a day that does not exist
 * ("Feb 30"), a date without a year ("Aug 23"), a future date or an ambiguous one ("08/07/2019") is
 * a problem, said in words, never rolled over to another day.
 */
export function readDate(value: string | null | undefined): { date: string } | { problem: string } {
  const s = value?.trim() ?? "";
  if (!s) return { problem: "no date given" };
  const quoted = `'${s.length > 60 ? `${s.slice(0, 57)}…` : s}'`;
  let ymd: [string, number, number] | null = null;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])/.exec(s);
  const dmy = DAY_MONTH_YEAR.exec(s);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (iso) ymd = [iso[1], +iso[2], +iso[3]];
  else if (dmy) ymd = [dmy[3], MONTHS[dmy[2].toLowerCase()], +dmy[1]];
  else if (mdy) ymd = [mdy[3], MONTHS[mdy[1].toLowerCase()], +mdy[2]];
  else if (MONTH_DAY.test(s)) return { problem: `${quoted} has no year; give the full date, e.g. 2019-08-23` };
  else if (/^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(s)) return { problem: `${quoted} is ambiguous (day and month could be either way round); write it as YYYY-MM-DD` };
  else return { problem: `${quoted} cannot be read as a date; write it as YYYY-MM-DD` };
  const date = `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
  const problem = publicationDateProblem(date);
  if (problem) return { problem: date === s ? problem : `${quoted}: ${problem}` };
  return { date };
}

/** `readDate`'s date, or null when there is a problem with it. */
export function toIsoDate(value: string | null | undefined): string | null {
  const read = readDate(value);
  return "date" in read ? read.date : null;
}
