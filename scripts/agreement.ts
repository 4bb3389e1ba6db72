/**
 * npm run agreement
 *
 * How far two careful annotators agree, which is the ceiling any extractor can reach on the real corpus.
 * test/corpus/agreement/second.dev.json is a second, blind annotation of development excerpts; each
 * annotation is written as prediction tables and scored against the other with the same scorer as the
 * extractor (../shared/eval/score.mjs), which is then scored against both on the same texts. Scores
 * only the excerpts whose text is present (test/corpus/texts/).
 */
import {execFileSync} from "node:child_process";
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {CORPUS_DIR} from "../test/corpus/gather.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCORER = resolve(ROOT, "../shared/eval/score.mjs");
type Fact = Record<string, unknown> & {optional?: boolean};
type Gold = {id: string; published?: string | null; outlet?: string | null; casualties?: Fact[]; displacement?: Fact[]; territory?: Fact[]};
// A vague figure as a prediction: the lowest count its word stands for (the scorer's own ranges).
const VAGUE: Record<string, number> = {dozens: 20, scores: 20, hundreds: 100, thousands: 1000, "tens of thousands": 10_000, "hundreds of thousands": 100_000, millions: 1_000_000};

/** An annotation written as the extractor's four tables; `requiredOnly` leaves out the facts it marks optional. */
export function asPrediction(articles: Gold[], requiredOnly: boolean): Record<string, unknown[]> {
  const keep = (f: Fact) => !(requiredOnly && f.optional);
  const count = (f: Fact) => (typeof f.count === "number" ? f.count : VAGUE[String(f.vague)] ?? null);
  const base = (id: string, f: Fact) => ({article_id: id, in_scope: f.in_scope !== false, quote: f.quote ?? null});
  return {
    articles: articles.map((a) => ({id: a.id, published: a.published ?? null, outlet: a.outlet ?? null})),
    casualties: articles.flatMap((a) => (a.casualties ?? []).filter(keep).map((f) => ({...base(a.id, f), outcome: f.outcome, count_best: count(f), vague: f.vague ?? null, victims: f.victims ?? null, end: f.end ?? null}))),
    displacement: articles.flatMap((a) => (a.displacement ?? []).filter(keep).map((f) => ({...base(a.id, f), kind: f.kind, count_best: count(f), vague: f.vague ?? null, families: f.families ?? null, end: f.end ?? null}))),
    territory: articles.flatMap((a) => (a.territory ?? []).filter(keep).map((f) => ({...base(a.id, f), action: f.action, place: f.place, place_mention: (f.aliases as string[] | undefined)?.[0] ?? null, date: f.date ?? null}))),
  };
}

function main() {
  if (!existsSync(SCORER)) { console.error(`agreement: no scorer at ${SCORER}`); process.exit(1); }
  const second: Gold[] = JSON.parse(readFileSync(join(CORPUS_DIR, "agreement/second.dev.json"), "utf8")).articles;
  const ids = new Set(second.map((a) => a.id).filter((id) => existsSync(join(CORPUS_DIR, "texts", `${id}.txt`))));
  if (!ids.size) { console.log("agreement: none of the doubly annotated texts is present (npm run corpus:check)"); return; }
  const first: Gold[] = JSON.parse(readFileSync(join(CORPUS_DIR, "gold.dev.json"), "utf8")).articles.filter((a: Gold) => ids.has(a.id));
  const tmp = mkdtempSync(join(tmpdir(), "agreement-"));
  const gold = (name: string, articles: Gold[]) => { const f = join(tmp, `${name}.json`); writeFileSync(f, JSON.stringify({articles})); return f; };
  const pred = (name: string, tables: Record<string, unknown[]>) => {
    const dir = join(tmp, name); mkdirSync(dir);
    for (const [t, rows] of Object.entries(tables)) writeFileSync(join(dir, `${t}.json`), JSON.stringify(rows));
    return dir;
  };
  const firstGold = gold("first", first), secondGold = gold("second", second.filter((a) => ids.has(a.id)));
  const texts = join(tmp, "texts"); mkdirSync(texts);
  for (const id of ids) copyFileSync(join(CORPUS_DIR, "texts", `${id}.txt`), join(texts, `${id}.txt`));
  const extracted = join(tmp, "extracted");
  execFileSync("npm", ["run", "-s", "extract", "--", "--articles", texts, "--out", extracted, "--profile", "none"], {cwd: ROOT, stdio: "ignore"});
  const score = (g: string, p: string) => JSON.parse(execFileSync("node", [SCORER, "--gold", g, "--pred", p, "--json"], {encoding: "utf8", maxBuffer: 1 << 26}));
  const runs: Array<[string, string, string]> = [
    ["second annotator, every fact", pred("second-all", asPrediction(second.filter((a) => ids.has(a.id)), false)), firstGold],
    ["second annotator, required facts", pred("second-req", asPrediction(second.filter((a) => ids.has(a.id)), true)), firstGold],
    ["first annotator, every fact", pred("first-all", asPrediction(first, false)), secondGold],
    ["first annotator, required facts", pred("first-req", asPrediction(first, true)), secondGold],
    ["extractor", extracted, firstGold],
    ["extractor", extracted, secondGold],
  ];
  const f = (x: number) => x.toFixed(3);
  console.log(`${ids.size} development excerpts annotated twice, blind to each other (F1, recall in brackets)\n`);
  console.log("| tables of | scored against | casualties | displacement | places taken | attacks | sieges | overall |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [who, p, g] of runs) {
    const s = score(g, p), t = s.tables;
    const cell = (k: string) => (t[k].tp + t[k].fp + t[k].fn ? f(t[k].f1) : "-");
    console.log(`| ${who} | ${g === firstGold ? "the gold (first annotator)" : "the second annotator"} | ${["casualties", "displacement", "territory_control", "territory_attack", "territory_siege"].map(cell).join(" | ")} | ${f(s.overall.f1)} (${f(s.overall.recall)}) |`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
