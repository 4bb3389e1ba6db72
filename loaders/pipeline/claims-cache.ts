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

type Table = "casualties" | "displacement" | "territory";
const TABLES: Table[] = ["casualties", "displacement", "territory"];
// Columns restored rather than stored: the quote from the text, the article id from the article.
const RESTORED = new Set(["quote", "article_id"]);

interface PackedTable { columns: string[]; rows: unknown[][] }
interface Packed { article: ArticleTables["article"]; tables: Record<Table, PackedTable> }

function pack(t: ArticleTables, article: Article): Packed {
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

function unpack(p: Packed, article: Article): ArticleTables {
  const out = {article: p.article} as ArticleTables;
  for (const name of TABLES) {
    const {columns, rows} = p.tables[name];
    const qs = columns.indexOf("quote_start"), qe = columns.indexOf("quote_end");
    (out[name] as unknown[]) = rows.map((values) => {
      const row: Record<string, unknown> = {};
      // Column by column, in the stored order, so a row's keys keep their order (and the tables their bytes).
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        const v = values[i];
        row[c] = v !== 0 || !RESTORED.has(c) ? v : c === "quote" ? article.text.slice(values[qs] as number, values[qe] as number) : article.id;
      }
      return row;
    });
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
