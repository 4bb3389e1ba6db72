/**
 * Why is this number here? `npm run explain -- FILE [PATTERN] [--profile none|FILE]` reads one article as the build does and
 * prints, for each sentence (or each sentence matching PATTERN, a regular expression), every candidate
 * the parsers proposed, the rule that proposed it, and whether it became a row or which refiner
 * dropped it and why. Then the rows themselves, as tabled.
 */
import { readFileSync } from "node:fs";
import { parseArticle } from "../loaders/articles/read.ts";
import { decodeArticleBytes } from "../loaders/articles/decode.ts";
import { extractArticle, findQuantities, splitSentences, type TraceEntry } from "../loaders/extract/index.ts";
import { applyProfile, profileProblem } from "./lib/profile-option.ts";

// (--profile as in `npm run extract`: the war's profile, another file, or none for any war.)
const args = process.argv.slice(2).filter((a) => a !== "--");
const at = args.indexOf("--profile");
const profile = at >= 0 ? args.splice(at, 2)[1] : undefined;
const [file, pattern] = args;
if (!file || file === "--help") {
  console.log("usage: npm run explain -- FILE [PATTERN] [--profile none|FILE]\n  FILE       an article (.txt or .md)\n  PATTERN    only sentences matching this regular expression (case-insensitive)\n  --profile  the conflict profile (default data/conflict.yaml), another one, or none");
  process.exit(file ? 0 : 2);
}
if (at >= 0) {
  const problem = profileProblem(profile);
  if (problem) {
    console.error(`explain: ${problem}`);
    process.exit(2);
  }
  applyProfile(profile!);
}
let article;
try {
  const bytes = readFileSync(file);
  const { text, warnings } = decodeArticleBytes(bytes);
  article = parseArticle(file, text, bytes.length, warnings);
} catch (e) {
  console.error(`${file}: ${(e as Error).message}`);
  process.exit(1);
}
const trace: TraceEntry[] = [];
const result = extractArticle(article, undefined, trace);
const match = pattern ? new RegExp(pattern, "i") : null;
console.log(`${file}: published ${result.article.published ?? "unknown"} (${result.article.published_source}), outlet ${result.article.outlet ?? "unknown"} (${result.article.outlet_source}, rule ${result.article.outlet_rule})`);
if (article.warnings.length) console.log(`warnings: ${article.warnings.join("; ")}`);
for (const s of splitSentences(article.text)) {
  if (match && !match.test(s.text)) continue;
  const here = trace.filter((t) => t.sentence_index === s.index);
  if (!here.length && match === null && !findQuantities(s.text).length) continue;
  console.log(`\n[${s.index}] ${s.text}`);
  if (!here.length) console.log("    no parser proposed anything here");
  // Figures no rule read: the first thing to look at when a number is missing.
  for (const q of findQuantities(s.text)) if (!here.some((t) => t.mention === q.text)) console.log(`    unread   ${"".padEnd(12)} ${"(no rule)".padEnd(34)} "${q.text}"`);
  for (const t of here) console.log(`    ${t.dropped ? "dropped" : "tabled "}  ${t.table.padEnd(12)} ${t.rule.padEnd(34)} "${t.mention}"${t.dropped ? `: ${t.dropped} (refiner ${t.refiner})` : ""}`);
  const rows = [...result.casualties, ...result.displacement, ...result.territory].filter((r) => r.sentence_index === s.index);
  for (const r of rows) {
    const what = "outcome" in r ? `${r.outcome} ${r.count_best} ${r.victims}` : "kind" in r ? `${r.kind} ${r.people_best} (${r.count_best} ${r.unit})` : `${r.action} ${r.place}`;
    console.log(`      row ${r.id}: ${what}, ${r.start ?? "?"}..${r.end ?? "?"} (${r.date_basis})${r.in_scope ? "" : `, set aside: ${r.scope_note}`}${r.attributed_to ? `, says ${r.attributed_to}` : ""}`);
  }
}
