/**
 * Tables as downloads. CSV cells that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return) get a leading quote; numbers stay numbers.
 */
import {csvFormat} from "d3-dsv";

export function safeCell(value: unknown): string | number | boolean | null {
  if (value == null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Rows as CSV: the given columns first (a table's schema, so an empty table still has its header), then any others. */
export function toCsv(rows: Array<Record<string, unknown>>, first: string[] = []): string {
  const columns = [...new Set([...first, ...rows.flatMap((r) => Object.keys(r))])];
  const safe = rows.map((r) => Object.fromEntries(columns.map((c) => [c, safeCell(r[c])])));
  return rows.length ? csvFormat(safe as Array<Record<string, string>>, columns) : `${csvFormat([], columns).trim() || columns.join(",")}\n`;
}
