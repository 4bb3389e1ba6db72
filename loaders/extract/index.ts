/**
 * The extraction engine: articles in, four claim tables out. A pipeline in the manner of chrono-node:
 * small parsers (parsers/) propose candidates per sentence, read-claims.ts gives each its dates,
 * place, source and scope, and the refiners (refiners/index.ts, in order) drop repeats and what is
 * not an event. Pure and deterministic: the output does not depend on the order articles are given in.
 */
import { hash as oneShotHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleSet } from "../articles/types.ts";
import { parseIso } from "./dates.ts";
import { defaultGazetteer, type Gazetteer, placeKey } from "./gazetteer.ts";
import { articleMeta } from "./metadata.ts";
import { readClaims, type ReadContext } from "./read-claims.ts";
import { refine } from "./refiners/index.ts";
import { splitSentences } from "./sentences.ts";
import { columnsOf, TABLE_SCHEMAS, type ArticleRow, type ClaimTables, type TableName } from "./tables.ts";
import { toCsv } from "./csv.ts";
import { compileRegExpsOnce } from "./regexp-engine.ts";

// (Before any article is read: see regexp-engine.ts.)
compileRegExpsOnce();

export type * from "./tables.ts";
export { Gazetteer, defaultGazetteer } from "./gazetteer.ts";
export { findQuantities } from "./quantities.ts";
export { splitSentences } from "./sentences.ts";
export { articleMeta } from "./metadata.ts";

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

/** Extracts every article of the set; rows are sorted by article id, then position. */
export function extractArticles(set: ArticleSet, options: ExtractOptions = {}): ClaimTables {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const articles = [...set.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tables: ClaimTables = { articles: [], casualties: [], displacement: [], territory: [], rejected: [] };
  for (const a of articles) {
    const t = extractArticle(a, gaz);
    tables.articles.push(t.article);
    tables.casualties.push(...t.casualties);
    tables.displacement.push(...t.displacement);
    tables.territory.push(...t.territory);
  }
  tables.rejected = rejectedRows(set.rejected);
  assignGroups(tables);
  return tables;
}

/** The rejected files' table: file and reason, by file name. */
export const rejectedRows = (rejected: ArticleSet["rejected"]): ClaimTables["rejected"] =>
  rejected.map((r) => ({ file: r.file, reason: r.reason })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

// The one-shot hash: the same digest as createHash().update().digest(), without a Hash object per row.
const hash = (s: string) => oneShotHash("sha1", s, "hex").slice(0, 12);

/** The same claim in different articles shares a group id, so charts never add it up twice. */
function assignGroups(t: ClaimTables) {
  for (const r of t.casualties) r.group_id = "g" + hash(`k|${r.outcome}|${r.victims}|${r.count_best}|${r.vague}|${r.end}|${r.in_scope}`);
  for (const r of t.displacement) r.group_id = "g" + hash(`d|${r.kind}|${r.people_best}|${r.vague}|${r.end}`);
  for (const r of t.territory) r.group_id = "g" + hash(`t|${r.action_class}|${placeKey(r.place)}|${r.start}|${r.end}`);
}

/** One candidate a parser proposed, and what the refiners did with it: what `npm run explain` prints. */
export interface TraceEntry {
  sentence_index: number;
  table: "casualties" | "displacement" | "territory";
  rule: string;
  /** The refiner that dropped it, or null. */
  refiner: string | null;
  mention: string;
  /** Null when it became a row; otherwise why a refiner dropped it. */
  dropped: string | null;
}

export function extractArticle(article: Article, gaz: Gazetteer = defaultGazetteer(), trace?: TraceEntry[]) {
  const meta = articleMeta(article);
  const years = [...article.text.matchAll(/\b20[0-3]\d\b/g)].map((m) => +m[0]);
  const sentences = splitSentences(article.text);
  const headline = sentences.find((s) => s.index === 0 && s.text === article.title.trim())?.index ?? -1;
  const repeated: ReadContext["repeated"] = [];
  const unplaced: NonNullable<ReadContext["unplaced"]> | undefined = trace ? [] : undefined;
  const read = readClaims({
    article, sentences, headline, published: meta.published, ref: parseIso(meta.published),
    fallbackYear: years.length ? Math.max(...years) : null, gazetteer: gaz, repeated, unplaced,
  });
  const { rows, dropped } = refine(read, { gazetteer: gaz, headline, text: article.text });
  if (trace) {
    for (const r of repeated) trace.push({ sentence_index: r.sentence_index, table: "casualties", rule: "-", refiner: "reader", mention: r.text.slice(0, 60), dropped: `the sentence repeats sentence ${r.repeatOf}` });
    for (const u of unplaced ?? []) trace.push({ sentence_index: u.sentence_index, table: "territory", rule: u.rule, refiner: "reader", mention: u.mention, dropped: u.reason });
    const why = new Map(dropped.map((d) => [d.row, d]));
    for (const table of ["casualties", "displacement", "territory"] as const) {
      for (const r of read[table]) {
        const d = why.get(r);
        trace.push({ sentence_index: r.sentence_index, table, rule: r.rule, refiner: d?.refiner ?? null, mention: "mention" in r ? r.mention : r.place_mention, dropped: d?.reason ?? null });
      }
    }
  }
  const { casualties, displacement, territory } = rows;
  // Ids end in the figure's offset ("…:k117"): compare it as a number, so "k95" comes before "k117".
  const offset = (id: string) => Number(id.slice(id.lastIndexOf(":") + 2));
  const byPos = <T extends { quote_start: number; id: string }>(a: T, b: T) => a.quote_start - b.quote_start || offset(a.id) - offset(b.id);
  const articleRow: ArticleRow = {
    id: article.id, file: article.file, title: article.title,
    outlet: meta.outlet, outlet_inferred: meta.outlet_inferred, outlet_source: meta.outlet_source, outlet_rule: meta.outlet_rule,
    published: meta.published, published_inferred: meta.published_inferred, published_source: meta.published_source,
    url: article.url, words: article.words, sentences: sentences.length, repeated_sentences: sentences.filter((s) => s.repeatOf >= 0).length,
    casualty_claims: casualties.length, displacement_claims: displacement.length, territory_claims: territory.length,
    warnings: article.warnings.join("; "),
  };
  return { article: articleRow, casualties: casualties.sort(byPos), displacement: displacement.sort(byPos), territory: territory.sort(byPos) };
}

/** Writes each table as JSON and CSV into `outDir` (created if missing). */
export function writeTables(tables: ClaimTables, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    const rows: object[] = tables[name];
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(rows, null, 1) + "\n");
    // Columns in the schema's order: the header is there even when no row is.
    writeFileSync(join(outDir, `${name}.csv`), toCsv(rows, columnsOf(name)));
  }
}
