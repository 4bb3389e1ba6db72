import { isRealDate } from "../articles/front-matter.ts";

/**
 * A publication date as YYYY-MM-DD, from what pages and people write: ISO timestamps
 * ("2019-08-23T14:05:00+03:00" keeps the outlet's own calendar day), or "23 August 2019",
 * "Aug. 23, 2019". Null when it cannot be read as a real date.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(s);
  if (iso) return isRealDate(iso[1]) ? iso[1] : null;
  if (/^\d+$/.test(s)) return null; // a bare number is a timestamp or a year, too ambiguous
  const parsed = new Date(s.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g, "$1"));
  if (Number.isNaN(parsed.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const out = `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  return isRealDate(out) ? out : null;
}
