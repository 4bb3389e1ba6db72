// Shared by the download loaders and the build: a table by name, as rows and as the file a reader
// downloads. (No loader extension: not served.)
import {csvChunks} from "../../../loaders/report/csv.ts";
import type {Tables} from "../../../loaders/report/types.ts";
import {allClaims} from "../../../loaders/report/report.ts";
import {columnsOf, type TableName} from "../../../loaders/report/schema.ts";

import {DOWNLOAD_FORMATS, DOWNLOAD_TABLES} from "../../components/download-address.js";

// (The list the Sources page links: one list for the page, the loaders and the build.)
export const TABLES = DOWNLOAD_TABLES;
export const FORMATS = DOWNLOAD_FORMATS;

export function rowsOf(tables: Tables, name: string | undefined): Array<Record<string, unknown>> {
  switch (name) {
    case "articles": return tables.articles.map(({warnings, ...a}) => ({...a, warnings: (warnings ?? []).join("; ")}));
    case "casualties": return tables.casualties;
    case "displacement": return tables.displacement;
    case "territory": return tables.territory;
    case "claims": return allClaims(tables) as unknown as Array<Record<string, unknown>>;
    case "rejected": return tables.rejected as unknown as Array<Record<string, unknown>>;
    default: throw new Error(`no table '${name}'`);
  }
}

/** The download itself: CSV with the schema's columns first (a header even when empty), or JSON. */
export function downloadText(tables: Tables, name: string | undefined, format: (typeof FORMATS)[number]): string {
  return [...downloadChunks(tables, name, format)].join("");
}

/** The text of downloadText in pieces (the build writes them as they come: a whole download is up to 100 MB). */
export function downloadChunks(tables: Tables, name: string | undefined, format: (typeof FORMATS)[number]): Iterable<string> {
  const rows = rowsOf(tables, name);
  return format === "csv" ? csvChunks(rows, columnsOf(name as TableName)) : jsonChunks(rows);
}

/** JSON.stringify(rows, null, 1), row by row: the same text. (No raw line break is ever inside a JSON value, so indenting every line of a row is exact.) */
function* jsonChunks(rows: Array<Record<string, unknown>>): Generator<string> {
  if (!rows.length) { yield "[]"; return; }
  yield "[\n";
  for (let i = 0; i < rows.length; i++) yield (i ? ",\n " : " ") + JSON.stringify(rows[i], null, 1).replaceAll("\n", "\n ");
  yield "\n]";
}
