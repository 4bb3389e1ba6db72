/**
 * The claims cache: one article's rows, stored compactly. Each table is kept as its column names once
 * and one array of values per row, and a row's quote (its sentence) is not stored at all: it is the
 * article's text between `quote_start` and `quote_end`, restored on reading. An article's claims then
 * take about a third of the space, and a warm run of 10,000 articles parses a third of the bytes.
 */
import {join} from "node:path";
import type {Article} from "../articles/types.ts";
import {articleKey, type ArticleTables} from "./article-tables.ts";
import {JsonCache} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";

export type Table = "casualties" | "displacement" | "territory";
export const TABLES: Table[] = ["casualties", "displacement", "territory"];
// Columns restored rather than stored: the quote from the text, the article id from the article.
const RESTORED = new Set(["quote", "article_id"]);

interface PackedTable { columns: string[]; rows: unknown[][] }
export interface Packed { article: ArticleTables["article"]; tables: Record<Table, PackedTable> }

export function pack(t: ArticleTables, article: Article): Packed {
  const tables = {} as Record<Table, PackedTable>;
  for (const name of TABLES) {
    const rows = t[name] as unknown as Array<Record<string, unknown>>;
    const columns = rows.length ? Object.keys(rows[0]) : [];
    // (A quote that is not exactly its stretch of the text, should one ever be, is stored as it is.)
    const restorable = (r: Record<string, unknown>, c: string) =>
      c === "article_id" ? r[c] === article.id : c === "quote" ? r[c] === article.text.slice(r.quote_start as number, r.quote_end as number) : false;
    tables[name] = {columns, rows: rows.map((r) => columns.map((c) => (RESTORED.has(c) && restorable(r, c) ? 0 : r[c])))};
  }
  return {article: t.article, tables};
}

type RowBuilder = (values: unknown[], article: Article) => Record<string, unknown>;
const builders = new Map<string, RowBuilder>();

/**
 * The fields of a row's object literal, as code: `value(i)` is the code that reads column i. The quote
 * and the article id, stored as 0 (pack), are restored from the article `a`. Shared with the snapshot,
 * which reads its columns otherwise.
 */
export function rowFields(columns: string[], value: (i: number) => string): string {
  const at = (name: string) => (columns.includes(name) ? value(columns.indexOf(name)) : "undefined");
  return columns
    .map((c, i) => {
      const key = JSON.stringify(c);
      if (c === "quote") return `${key}: ${value(i)} !== 0 ? ${value(i)} : a.text.slice(${at("quote_start")}, ${at("quote_end")})`;
      if (c === "article_id") return `${key}: ${value(i)} !== 0 ? ${value(i)} : a.id`;
      return `${key}: ${value(i)}`;
    })
    .join(", ");
}

/**
 * A function that makes a row of these columns as one object literal, keys in the stored order (so the
 * tables keep their bytes). Rows made key by key were slow to make and slower to use: the engine keeps
 * an object given thirty keys one by one as a dictionary (measured: unpacking 10,000 articles' claims
 * took 250 ms that way).
 */
function rowBuilder(columns: string[]): RowBuilder {
  const signature = columns.join(",");
  let build = builders.get(signature);
  if (!build) {
    build = new Function("v", "a", `return {${rowFields(columns, (i) => `v[${i}]`)}};`) as RowBuilder;
    builders.set(signature, build);
  }
  return build;
}

export function unpack(p: Packed, article: Article): ArticleTables {
  const out = {article: p.article} as ArticleTables;
  for (const name of TABLES) {
    const {columns, rows} = p.tables[name];
    const build = rowBuilder(columns);
    (out[name] as unknown[]) = rows.map((values) => build(values, article));
  }
  return out;
}

export class ClaimsCache {
  private readonly cache: JsonCache<Packed>;
  constructor(cacheDir: string) {
    this.cache = new JsonCache<Packed>(join(cacheDir, "claims"), extractorVersion());
  }
  get(article: Article): ArticleTables | undefined {
    const p = this.cache.get(articleKey(article));
    return p?.tables ? unpack(p, article) : undefined;
  }
  set(article: Article, tables: ArticleTables): void {
    this.cache.set(articleKey(article), pack(tables, article));
  }
}
