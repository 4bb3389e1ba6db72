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
// (In the order the Sources page lists them: the held-out half right after the seeds, as it is the figure a
// reader should weigh and the table scrolls.)
const CORPORA: Record<string, string> = {
  seeds: "the five seed articles",
  "corpus-test": "real news about many wars, test half (never tuned on)",
  "corpus-dev": "real news about many wars, development half (the rules were tuned on it)"
};

export interface AccuracyRow {corpus: string; about: string; articles: number | null; table: string; P: number | null; R: number | null; F1: number | null; measured: string; stale: boolean}

type Kept = {measured: string; extractor: string; rows: Array<Record<string, unknown>>};

/** A corpus row that was scored (not "not present" or "nothing to score"). */
const scored = (r: Record<string, unknown>) => typeof r.tp === "number";

/**
 * The rows to keep after a new run: the new ones, and, for a corpus the new run could not score (its
 * texts are not on this machine), the rows kept before, each stamped with the day and the extractor
 * they were measured with. Why: a new machine without the third-party texts must not erase what was
 * measured on them, nor pass it off as measured now.
 */
export function carryOver(before: Kept | null, now: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  if (!before) return now;
  const scoredNow = new Set(now.filter(scored).map((r) => String(r.corpus)));
  const carried = before.rows
    .filter((r) => scored(r) && !scoredNow.has(String(r.corpus)))
    .map((r): Record<string, unknown> => ({...r, measured: r.measured ?? before.measured, extractor: r.extractor ?? before.extractor}));
  // Each carried corpus takes the place of the new run's "not present" line; one the new run does not name
  // at all goes after the rest.
  const pending = new Set(carried.map((r) => String(r.corpus)));
  const rowsOf = (corpus: string) => (pending.delete(corpus) ? carried.filter((c) => c.corpus === corpus) : []);
  const out = now.flatMap((r) => (scoredNow.has(String(r.corpus)) || !carried.some((c) => c.corpus === r.corpus) ? [r] : rowsOf(String(r.corpus))));
  return [...out, ...[...pending].flatMap(rowsOf)];
}

export function readAccuracy(file = ACCURACY): {measured: string; stale: boolean; rows: AccuracyRow[]} | null {
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, "utf8")) as Kept;
  const current = extractorVersion();
  const articles = new Map<string, number>();
  for (const r of data.rows) {
    const m = /gold (\d+)\/\d+/.exec(String(r.notes ?? ""));
    if (m) articles.set(String(r.corpus), +m[1]);
  }
  articles.set("seeds", articles.get("seeds") ?? 5);
  const num = (x: unknown) => (typeof x === "number" ? x : null);
  const rows = data.rows
    .filter((r) => String(r.corpus) in CORPORA && r.P != null)
    .map((r) => ({
      corpus: String(r.corpus), about: CORPORA[String(r.corpus)], articles: articles.get(String(r.corpus)) ?? null,
      table: String(r.table).replace("_", " "), P: num(r.P), R: num(r.R), F1: num(r.F1),
      measured: String(r.measured ?? data.measured), stale: String(r.extractor ?? data.extractor) !== current
    }));
  const order = Object.keys(CORPORA);
  rows.sort((a, b) => order.indexOf(a.corpus) - order.indexOf(b.corpus));
  return {measured: data.measured, stale: data.extractor !== current || rows.some((r) => r.stale), rows};
}
