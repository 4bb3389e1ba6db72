// Minimal types for the d3-dsv functions we use (d3-dsv ships no types, and @types/d3-dsv is not installed).
declare module "d3-dsv" {
  export function csvFormat(rows: object[], columns?: string[]): string;
  export function csvFormatRows(rows: unknown[][]): string;
  export function csvParse(text: string): Array<Record<string, string>> & { columns: string[] };
}
