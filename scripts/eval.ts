/**
 * npm run eval [-- --json] [-- --only NAME] [-- --corpus DIR]
 *
 * One table of precision, recall and F1 for every corpus present:
 *   seeds                    ../shared/seeds scored against ../shared/eval/seeds.gold.json
 *   corpus-dev, corpus-test  the texts of test/corpus present on this machine, against the gold of
 *                            those articles (--corpus DIR reads another folder laid out the same way)
 *   heldout, blind           the annotated proxies in test/fixtures (toll recall as R; dates in notes)
 *   fakes-dev, idetect-dev   ../shared/eval/{fakes,idetect}-dev.mjs (hit as R; the rest in notes)
 * Gold-scored corpora use ../shared/eval/score.mjs --json on `npm run -s extract` output: the seeds
 * with the conflict profile (data/conflict.yaml, their war), the real corpus with `--profile none`
 * (34 wars: one war's country, actors and names are no context for the others).
 * --json prints the rows with all numbers; --only NAME runs one corpus. Exits 1 if a corpus fails.
 */
import {spawn} from "node:child_process";
import {closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {checkCorpus, CORPUS_DIR, type Checked} from "../test/corpus/gather.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "../shared"), SCORER = join(SHARED, "eval/score.mjs");
const NAMES = ["seeds", "corpus-dev", "corpus-test", "heldout", "blind", "fakes-dev", "idetect-dev"];
const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const only = opt("--only"), corpusDir = resolve(opt("--corpus") ?? CORPUS_DIR);
const bad = args.find((a, i) => a.startsWith("-") ? !["--json", "--only", "--corpus"].includes(a) : !["--only", "--corpus"].includes(args[i - 1]));
if (bad || (only && !NAMES.includes(only))) {
  console.error(`eval: ${bad ? `unknown argument '${bad}'` : `no corpus '${only}'`}\nusage: npm run eval [-- --json] [--only ${NAMES.join("|")}] [--corpus DIR]`);
  process.exit(2);
}

interface Row {corpus: string; table: string; tp?: number; fp?: number; fn?: number; P?: number; R?: number; F1?: number; notes?: string; raw?: unknown}
const tmp = mkdtempSync(join(tmpdir(), "eval-"));

/**
 * Runs a command and gives its standard output. With `outFile` the output goes to that file and is read
 * back: the scorer exits right after printing, and a pipe loses what it had not yet taken (the
 * development half's JSON is past 200 kB); writes to a file are done at once.
 */
function run(cmd: string, argv: string[], outFile?: string): Promise<string> {
  return new Promise((ok, no) => {
    const fd = outFile ? openSync(outFile, "w") : null;
    const p = spawn(cmd, argv, {cwd: ROOT, stdio: ["ignore", fd ?? "pipe", "pipe"]});
    let out = "", err = "";
    p.stdout?.on("data", (d) => (out += d));
    p.stderr!.on("data", (d) => (err += d));
    p.on("error", no);
    p.on("close", (code) => {
      if (fd !== null) { closeSync(fd); out = readFileSync(outFile!, "utf8"); }
      code === 0 ? ok(out) : no(new Error(`${cmd} ${argv[0]} exited ${code}: ${err.trim().split("\n").slice(-2).join(" | ")}`));
    });
  });
}

type Stats = {tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; attrs?: Record<string, {ok: number; n: number}>};
const frac = (name: string, a: {ok: number; n: number}) => `${name} ${a.ok}/${a.n}`;
async function goldScored(corpus: string, articles: string, gold: string, notes = "", extract: string[] = []): Promise<Row[]> {
  const out = join(tmp, `${corpus}-out`);
  await run("npm", ["run", "-s", "extract", "--", "--articles", articles, "--out", out, ...extract]);
  const s = JSON.parse(await run("node", [SCORER, "--gold", gold, "--pred", out, "--json"], join(tmp, `${corpus}-score.json`)));
  const row = (table: string, t: Stats, notes: string, raw: unknown): Row => t.tp + t.fp + t.fn // P, R, F1 blank when nothing to score
    ? {corpus, table, tp: t.tp, fp: t.fp, fn: t.fn, P: t.precision, R: t.recall, F1: t.f1, notes, raw} : {corpus, table, tp: 0, fp: 0, fn: 0, notes: notes || "no claims", raw};
  return [
    ...Object.entries(s.tables as Record<string, Stats>).map(([k, t]) =>
      row(k, t, Object.entries(t.attrs ?? {}).map(([n, a]) => frac(n, a)).join(" "), {attrs: t.attrs})),
    row("overall", s.overall, [frac("published", s.meta.published), frac("outlet", s.meta.outlet), notes].filter(Boolean).join(" "), {meta: s.meta}),
  ];
}

async function half(split: string, entries: Checked[] | null): Promise<Row[]> {
  const corpus = `corpus-${split}`, goldFile = join(corpusDir, `gold.${split}.json`);
  if (!entries) return [{corpus, table: "", notes: `not present (no ${join(corpusDir, "manifest.json")})`}];
  if (!existsSync(SCORER)) return [{corpus, table: "", notes: `not present (no ${SCORER})`}];
  const listed = entries.filter((e) => e.split === split), present = listed.filter((e) => e.present);
  const mismatched = present.filter((e) => e.matches === false).map((e) => e.id);
  for (const id of mismatched) console.error(`eval: warning: texts/${id}.txt differs from its sha256 in the manifest`);
  let notes = `texts ${present.length}/${listed.length}${mismatched.length ? `, sha256 MISMATCH ${mismatched.join(" ")}` : ""}`;
  if (!present.length) return [{corpus, table: "", notes: `${notes}: nothing to score`}];
  if (!existsSync(goldFile)) return [{corpus, table: "", notes: `${notes}; no gold.${split}.json`}];
  const texts = join(tmp, `${corpus}-texts`), ids = new Set(present.map((e) => e.id));
  mkdirSync(texts);
  for (const e of present) copyFileSync(e.path, join(texts, `${e.id}.txt`));
  const gold = (() => { try { return JSON.parse(readFileSync(goldFile, "utf8")); } catch (e) { throw new Error(`gold.${split}.json: ${(e as Error).message}`); } })();
  const kept = gold.articles.filter((a: {id: string}) => ids.has(a.id));
  writeFileSync(join(tmp, `${corpus}.gold.json`), JSON.stringify({...gold, articles: kept}));
  return goldScored(corpus, texts, join(tmp, `${corpus}.gold.json`), `${notes}, gold ${kept.length}/${gold.articles.length}`, ["--profile", "none"]);
}

async function proxy(name: string): Promise<Row[]> {
  const {scoreProxy} = await import("./lib/proxy-score.ts"); // imported here so a broken loader fails one row, not the run
  const {articles, ...s} = scoreProxy(join(ROOT, "test/fixtures", name));
  const hits = articles.filter((a) => a.tollFound).length, dates = articles.filter((a) => a.dateRight).length;
  const notes = `date ${dates}/${s.dateN} (${s.dateAccuracy.toFixed(3)}) killed/article ${s.killedPerArticle.toFixed(2)} ` +
    `(in scope ${s.killedInScopePerArticle.toFixed(2)}, annotators ${s.expectedPerArticle.toFixed(2)}) false dates ${s.falseDates}/${s.undatedN}` +
    (s.rejected.length ? ` rejected ${s.rejected.length}` : "");
  return [{corpus: name, table: "civilian toll", tp: hits, fn: s.tollN - hits, R: s.tollRecall, notes, raw: {...s, read: articles.filter((a) => a.article).length}}];
}

async function shared(corpus: string, table: string): Promise<Row[]> {
  const script = join(SHARED, `eval/${corpus}.mjs`), csv = join(SHARED, `corpora/${corpus}.csv`);
  if (!existsSync(script) || !existsSync(csv)) return [{corpus, table: "", notes: `not present (no ${existsSync(script) ? csv : script})`}];
  const line = (await run("node", [script, "--project", ROOT])).trim().split("\n").pop() ?? "";
  const raw: Record<string, unknown> = {line};
  for (const [, k, v, ok, n] of line.matchAll(/(\w+) ([\d.]+(?:\/\d+)?)(?: \((\d+)\/(\d+)\))?/g))
    raw[k] = ok ? {rate: +v, ok: +ok, n: +n} : v.includes("/") ? {ok: +v.split("/")[0], n: +v.split("/")[1]} : +v;
  const m = line.match(/ hit ([\d.]+) \((\d+)\/(\d+)\) (.*)$/);
  if (!m) throw new Error(`cannot read the last line of ${corpus}.mjs: '${line}'`);
  return [{corpus, table, tp: +m[2], fn: +m[3] - +m[2], R: +m[1], notes: m[4], raw}];
}

const seeds = (): Promise<Row[]> =>
  existsSync(join(SHARED, "seeds")) && existsSync(SCORER)
    ? goldScored("seeds", join(SHARED, "seeds"), join(SHARED, "eval/seeds.gold.json"))
    : Promise.resolve([{corpus: "seeds", table: "", notes: `not present (no ${SHARED})`}]);
const entries = only && !only.startsWith("corpus-") ? null : checkCorpus(corpusDir);
const jobs: Record<string, () => Promise<Row[]>> = {
  seeds, "corpus-dev": () => half("dev", entries), "corpus-test": () => half("test", entries),
  "fakes-dev": () => shared("fakes-dev", "civilian toll"), "idetect-dev": () => shared("idetect-dev", "displacement"),
  heldout: () => proxy("heldout"), blind: () => proxy("blind"), // in-process: run last, while the extractions above run
};
let failed = false;
const started = Object.entries(jobs).filter(([name]) => !only || name === only).map(([name, job]) =>
  job().catch((e: Error): Row[] => ((failed = true), [{corpus: name, table: "", notes: `ERROR ${e.message}`}])));
const rows = (await Promise.all(started)).flat().sort((a, b) => NAMES.indexOf(a.corpus) - NAMES.indexOf(b.corpus));
rmSync(tmp, {recursive: true, force: true});

if (args.includes("--json")) console.log(JSON.stringify(rows, null, 1));
else {
  const cols: Array<[keyof Row, number]> = [["corpus", 12], ["table", 18], ["tp", 5], ["fp", 5], ["fn", 5], ["P", 6], ["R", 6], ["F1", 6], ["notes", 0]];
  const cell = (k: string, v: unknown) => (v == null ? "" : typeof v === "number" && "PRF1".includes(k) ? v.toFixed(3) : String(v));
  const line = (r: Record<string, unknown>) =>
    cols.map(([k, w], i) => (i < 2 || k === "notes" ? cell(k, r[k]).padEnd(w) : cell(k, r[k]).padStart(w))).join(" ").trimEnd();
  const head = Object.fromEntries(cols.map(([k]) => [k, k]));
  console.log(line(head));
  console.log(line(Object.fromEntries(cols.map(([k, w]) => [k, "-".repeat(w || 5)]))));
  let last = "";
  for (const r of rows) console.log(line({...r, corpus: r.corpus === last ? "" : (last = r.corpus)}));
}
process.exitCode = failed ? 1 : 0;
