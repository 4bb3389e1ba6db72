/**
 * npm run heldout [-- --verbose] [-- --dir DIR]
 *
 * Scores the extractor on the held-out proxy corpus (test/fixtures/heldout/: articles written in the
 * styles of many outlets, annotated in annotations.json, see its `_conventions`). Runs the library in
 * process and prints three metrics:
 *   1. toll recall: the annotated civilian toll is among the killed rows (count_best, or the vague
 *      phrase for a vague toll), over articles that have a toll;
 *   2. date accuracy: articles.json `published` equals the annotated date, over articles that state one;
 *   3. killed claims per article (all killed rows, and rows that are not part of another), next to
 *      what the annotators would table.
 * With --verbose, every miss: the article, the expected value, and what was extracted.
 * Always exits 0 unless the corpus cannot be read: it measures, it does not gate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readArticles } from "../loaders/articles/read.ts";
import { extractArticles, type CasualtyRow } from "../loaders/extract/index.ts";

interface Annotation {
  published: string | null;
  civilian_toll: number | string | null;
  killed_claims_expected: number;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const dirArg = args.indexOf("--dir");
const dir = dirArg >= 0 ? args[dirArg + 1] : "test/fixtures/heldout";
for (const a of args) {
  if (a.startsWith("-") && !["--verbose", "-v", "--dir"].includes(a)) {
    console.error(`heldout-score: unknown option '${a}'\nusage: npx tsx scripts/heldout-score.ts [--verbose] [--dir DIR]`);
    process.exit(2);
  }
}

const raw = JSON.parse(readFileSync(join(dir, "annotations.json"), "utf8")) as Record<string, Annotation>;
const gold = new Map(Object.entries(raw).filter(([id]) => !id.startsWith("_")));

const set = readArticles(dir);
const tables = extractArticles(set);
const byId = new Map(tables.articles.map((a) => [a.id, a]));
const killedOf = new Map<string, CasualtyRow[]>();
for (const r of tables.casualties) {
  if (r.outcome !== "killed") continue;
  if (!killedOf.has(r.article_id)) killedOf.set(r.article_id, []);
  killedOf.get(r.article_id)!.push(r);
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/\bof$/, "").trim();
const tollFound = (toll: number | string, rows: CasualtyRow[]) =>
  typeof toll === "number"
    ? rows.some((r) => r.count_best === toll)
    : rows.some((r) => r.vague != null && (norm(r.vague) === norm(toll) || norm(r.vague).includes(norm(toll))));

const clip = (s: string, n = 150) => (s.length > n ? s.slice(0, n - 1) + "…" : s).replace(/\s+/g, " ");
const showRows = (rows: CasualtyRow[]) =>
  rows.length === 0
    ? "      (no killed rows)"
    : rows
        .map((r) => `      ${String(r.count_best).padStart(6)}  vague=${r.vague ?? "-"}  victims=${r.victims}${r.part_of ? "  (part of)" : ""}${r.in_scope ? "" : `  (set aside: ${r.scope_note})`}  «${clip(r.quote)}»`)
        .join("\n");

const missing: string[] = [];
const rejected = set.rejected.filter((r) => gold.has(r.file.replace(/\.[^.]+$/, "")));
let tollN = 0, tollHit = 0, dateN = 0, dateHit = 0, falseDates = 0, nullN = 0;
let killedAll = 0, killedTop = 0, killedInScope = 0, killedInScopeTop = 0, expectedAll = 0, articlesN = 0;
const tollMisses: string[] = [], dateMisses: string[] = [], padding: string[] = [], falseDateLines: string[] = [];

for (const [id, g] of gold) {
  const a = byId.get(id);
  articlesN++;
  expectedAll += g.killed_claims_expected;
  if (!a) {
    missing.push(id);
    if (g.civilian_toll != null) { tollN++; tollMisses.push(`  ${id}: not read (rejected or missing)`); }
    if (g.published != null) { dateN++; dateMisses.push(`  ${id}: not read (rejected or missing)`); }
    continue;
  }
  const rows = killedOf.get(id) ?? [];
  killedAll += rows.length;
  killedTop += rows.filter((r) => !r.part_of).length;
  killedInScope += rows.filter((r) => r.in_scope).length;
  killedInScopeTop += rows.filter((r) => r.in_scope && !r.part_of).length;
  if (g.civilian_toll != null) {
    tollN++;
    if (tollFound(g.civilian_toll, rows)) tollHit++;
    else tollMisses.push(`  ${id}: expected ${JSON.stringify(g.civilian_toll)}\n${showRows(rows)}`);
  }
  if (g.published != null) {
    dateN++;
    if (a.published === g.published) dateHit++;
    else dateMisses.push(`  ${id}: expected ${g.published}, got ${a.published ?? "null"} (source: ${a.published_source})`);
  } else {
    nullN++;
    if (a.published != null) {
      falseDates++;
      falseDateLines.push(`  ${id}: no date stated near the top, got ${a.published} (source: ${a.published_source})`);
    }
  }
  if (rows.length > g.killed_claims_expected) {
    padding.push(`  ${id}: ${rows.length} killed rows (${rows.filter((r) => !r.part_of).length} not part of another), expected ${g.killed_claims_expected}\n${showRows(rows)}`);
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + "%" : "n/a");
const read = articlesN - missing.length;
console.log(`heldout: ${articlesN} annotated articles in ${dir}, ${read} read${rejected.length ? `, ${rejected.length} rejected` : ""}`);
console.log(`  toll recall      ${pct(tollHit, tollN).padStart(7)}  (${tollHit}/${tollN} articles with a civilian toll; target ≥ 92%)`);
console.log(`  date accuracy    ${pct(dateHit, dateN).padStart(7)}  (${dateHit}/${dateN} articles stating a date near the top; target ≥ 95%)`);
console.log(`  killed/article   ${(killedAll / Math.max(read, 1)).toFixed(2).padStart(7)}  (${killedAll} killed rows; ${(killedTop / Math.max(read, 1)).toFixed(2)} not part of another; annotators table ${(expectedAll / articlesN).toFixed(2)}; target < 2)`);
console.log(`  in scope         ${(killedInScope / Math.max(read, 1)).toFixed(2).padStart(7)}  (${killedInScope} killed rows about the reported events; ${(killedInScopeTop / Math.max(read, 1)).toFixed(2)} not part of another)`);
console.log(`  false dates      ${String(falseDates).padStart(7)}  (of ${nullN} articles with no stated date, a date was given anyway)`);

if (verbose) {
  for (const r of rejected) console.log(`\nREJECTED ${r.file}: ${r.reason}`);
  if (tollMisses.length) console.log(`\nTOLL MISSES (${tollMisses.length}): expected, then the killed rows extracted\n${tollMisses.join("\n")}`);
  if (dateMisses.length) console.log(`\nDATE MISSES (${dateMisses.length})\n${dateMisses.join("\n")}`);
  if (falseDateLines.length) console.log(`\nFALSE DATES (${falseDateLines.length})\n${falseDateLines.join("\n")}`);
  if (padding.length) console.log(`\nMORE KILLED ROWS THAN EXPECTED (${padding.length})\n${padding.join("\n")}`);
}
