/**
 * The extractor's measured accuracy, as `npm run accuracy` kept it (data/accuracy.json): precision,
 * recall and F1 per table on the corpora scored against people's annotations, how many articles each
 * holds, when it was measured, and whether the extractor has changed since.
 */
import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {extractorVersion} from "../pipeline/version.ts";

export const ACCURACY = join(dirname(fileURLToPath(import.meta.url)), "../../data/accuracy.json");

/** What each gold-scored corpus is, for a reader. */
const CORPORA: Record<string, string> = {
  seeds: "the five seed articles",
  "corpus-dev": "real news about many wars, development half (the rules were tuned on it)",
  "corpus-test": "real news about many wars, test half (never tuned on)"
};

export interface AccuracyRow {corpus: string; about: string; articles: number | null; table: string; P: number | null; R: number | null; F1: number | null}

export function readAccuracy(file = ACCURACY): {measured: string; stale: boolean; rows: AccuracyRow[]} | null {
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, "utf8")) as {measured: string; extractor: string; rows: Array<Record<string, unknown>>};
  const articles = new Map<string, number>();
  for (const r of data.rows) {
    const m = /gold (\d+)\/\d+/.exec(String(r.notes ?? ""));
    if (m) articles.set(String(r.corpus), +m[1]);
  }
  articles.set("seeds", articles.get("seeds") ?? 5);
  const num = (x: unknown) => (typeof x === "number" ? x : null);
  return {
    measured: data.measured,
    stale: data.extractor !== extractorVersion(),
    rows: data.rows
      .filter((r) => String(r.corpus) in CORPORA && r.P != null)
      .map((r) => ({corpus: String(r.corpus), about: CORPORA[String(r.corpus)], articles: articles.get(String(r.corpus)) ?? null, table: String(r.table).replace("_", " "), P: num(r.P), R: num(r.R), F1: num(r.F1)}))
  };
}
