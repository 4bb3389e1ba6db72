/**
 * CSV output through d3-dsv (quoting done right), with one guard: a text cell starting with = + - @
 * (or tab/CR) is prefixed with a single quote so spreadsheets do not run it as a formula. Numbers are
 * left as numbers, so "-3" stays a number while the text "-3 dead" is guarded.
 */
import { csvFormat } from "d3-dsv";

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(v: unknown): string | number | boolean | null {
  if (v == null) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function toCsv<T extends object>(rows: T[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const safe = rows.map((r) => Object.fromEntries(cols.map((c) => [c, safeCell((r as Record<string, unknown>)[c])])));
  return csvFormat(safe, cols) + "\n";
}
