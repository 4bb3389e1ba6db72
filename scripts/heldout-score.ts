/**
 * npm run heldout [-- --verbose] [-- --dir DIR]
 *
 * Scores the extractor on the annotated proxy corpora (test/fixtures/heldout/: 40 articles in the
 * styles of many outlets; test/fixtures/blind/: 30 more, written by someone who had not seen the
 * extractor). For each it prints: toll recall (the annotated civilian toll is among the killed rows),
 * date accuracy (articles.json `published` equals the annotated date), and killed rows per article,
 * next to what the annotators would table. With --verbose, every miss.
 * Always exits 0 unless a corpus cannot be read: it measures, it does not gate (the tests do).
 */
import {scoreProxy, type ArticleScore} from "./lib/proxy-score.ts";
import type {CasualtyRow} from "../loaders/extract/index.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const dirArg = args.indexOf("--dir");
const dirs = dirArg >= 0 ? [args[dirArg + 1]] : ["test/fixtures/heldout", "test/fixtures/blind"];
for (const a of args) {
  if (a.startsWith("-") && !["--verbose", "-v", "--dir"].includes(a)) {
    console.error(`heldout-score: unknown option '${a}'\nusage: npm run heldout [-- --verbose] [--dir DIR]`);
    process.exit(2);
  }
}

const clip = (s: string, n = 150) => (s.length > n ? s.slice(0, n - 1) + "…" : s).replace(/\s+/g, " ");
const showRows = (rows: CasualtyRow[]) =>
  rows.length === 0
    ? "      (no killed rows)"
    : rows
        .map((r) => `      ${String(r.count_best).padStart(6)}  vague=${r.vague ?? "-"}  victims=${r.victims}${r.part_of ? "  (part of)" : ""}${r.in_scope ? "" : `  (set aside: ${r.scope_note})`}  «${clip(r.quote)}»`)
        .join("\n");
const pct = (x: number) => (100 * x).toFixed(1) + "%";
const section = (title: string, lines: string[]) => lines.length && console.log(`\n${title} (${lines.length})\n${lines.join("\n")}`);

for (const dir of dirs) {
  const s = scoreProxy(dir);
  const read = s.articles.filter((a) => a.article).length;
  console.log(`${dir}: ${s.articles.length} annotated articles, ${read} read${s.rejected.length ? `, ${s.rejected.length} rejected` : ""}`);
  console.log(`  toll recall      ${pct(s.tollRecall).padStart(7)}  (of ${s.tollN} articles with a civilian toll; target ≥ 92%)`);
  console.log(`  date accuracy    ${pct(s.dateAccuracy).padStart(7)}  (of ${s.dateN} articles stating a date near the top; target ≥ 95%)`);
  console.log(`  killed/article   ${s.killedPerArticle.toFixed(2).padStart(7)}  (${s.killedTopPerArticle.toFixed(2)} not part of another; annotators table ${s.expectedPerArticle.toFixed(2)}; target < 2)`);
  console.log(`  in scope         ${s.killedInScopePerArticle.toFixed(2).padStart(7)}  (killed rows about the reported events; ${s.killedInScopeTopPerArticle.toFixed(2)} not part of another)`);
  console.log(`  false dates      ${String(s.falseDates).padStart(7)}  (of ${s.undatedN} articles with no stated date, a date was given anyway)`);
  if (!verbose) continue;
  const lines = (keep: (a: ArticleScore) => boolean, say: (a: ArticleScore) => string) => s.articles.filter(keep).map(say);
  for (const r of s.rejected) console.log(`\nREJECTED ${r.file}: ${r.reason}`);
  section("TOLL MISSES: expected, then the killed rows extracted", lines((a) => a.tollFound === false, (a) => `  ${a.id}: expected ${JSON.stringify(a.gold.civilian_toll)}\n${showRows(a.killed)}`));
  section("DATE MISSES", lines((a) => a.dateRight === false, (a) => `  ${a.id}: expected ${a.gold.published}, got ${a.article?.published ?? "null"} (source: ${a.article?.published_source ?? "not read"})`));
  section("FALSE DATES", lines((a) => a.gold.published == null && a.article?.published != null, (a) => `  ${a.id}: no date stated near the top, got ${a.article!.published} (source: ${a.article!.published_source})`));
  section("MORE KILLED ROWS THAN EXPECTED", lines((a) => a.killed.length > a.gold.killed_claims_expected, (a) => `  ${a.id}: ${a.killed.length} killed rows, expected ${a.gold.killed_claims_expected}\n${showRows(a.killed)}`));
}
