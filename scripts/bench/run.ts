/**
 * `npm run bench`: extraction and report-build figures at 100, 1,000 and 10,000 articles.
 *
 * For each size it prints throughput (MB/s, articles/s), wall time and peak memory of a cold
 * single-thread run and of a run on every core (checking both give identical tables), the time to
 * re-run with nothing changed and after adding one article (incremental), the report build time and
 * its peak memory (the build process, both threads; Framework's process beside it is printed too),
 * and the same text's compromise `numbers()` pass as a reference: our speed as a multiple of it
 * holds on a busy machine where seconds do not. Beside the run on every core it prints what two cores
 * give this work at all (the folder's halves in two separate processes) and to a plain loop.
 *
 *   npm run bench [-- --sizes 100,1000,10000] [--build-sizes 100,1000,10000] [--threads N] [--repeat N]
 */
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {cpus, totalmem} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {makeCorpus, writeCorpus} from "./corpus.ts";
import {compromiseNumbersPass, regexScan} from "./reference.ts";
import {arithmeticLoop, sideBySide, splitInHalves} from "./two-cores.ts";
import {copyProject} from "../lib/project-copy.ts";
import {defaultThreads} from "../../loaders/pipeline/workers.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const list = (name: string, fallback: number[]) => (args.includes(name) ? args[args.indexOf(name) + 1].split(",").map(Number) : fallback);
const sizes = list("--sizes", [100, 1000, 10000]);
const buildSizes = new Set(list("--build-sizes", sizes));
const threads = args.includes("--threads") ? Number(args[args.indexOf("--threads") + 1]) : defaultThreads();
const work = join(root, ".cache/bench");
const REPEAT = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 2;
const best = (run: () => Measure): Measure => {
  let fastest = run();
  for (let i = 1; i < REPEAT; i++) {
    const next = run();
    if (next.seconds < fastest.seconds) fastest = next;
  }
  return fastest;
};
/** compromise runs at ~0.1 MB/s: time it on a sample of this many articles, not the whole corpus. */
const REFERENCE_SAMPLE = 150;

interface Measure {
  seconds: number;
  cpu_seconds: number;
  peak_rss_mb: number;
  tables_sha256: string;
  killed_rows: number;
  articles: number;
  rejected: number;
  fromCache: number;
  extracted: number;
  threads: number;
  bytes: number;
  second_half_mbs: number | null;
}

// The same Node flags as `npm run extract` and the report's data loaders.
const measureArgv = (dir: string, threads: number) => ["--no-regexp-tier-up", "--max-semi-space-size=32", "--import", "tsx", join(root, "scripts/bench/measure.ts"), "--articles", dir, "--threads", String(threads)];

function measure(dir: string, options: {cache?: string; threads: number}): Measure {
  const argv = measureArgv(dir, options.threads);
  if (options.cache) argv.push("--cache", options.cache);
  const out = execFileSync(process.execPath, argv, {cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26});
  return JSON.parse(out.trim().split("\n").pop()!);
}

/**
 * The report built from nothing, then built again after one article is added to the folder (what an
 * editor does: drop an article in, rebuild). `addOne` adds the article.
 */
type BuildPeak = {build: number; framework: number | null} | null;
// The build's own last line: "peak memory: this process 870 MB (both threads), Framework 350 MB".
const peakOf = (stdout: string): BuildPeak => {
  const m = /peak memory: this process (\d+) MB.*Framework (?:(\d+) MB|not known)/.exec(stdout);
  return m ? {build: Number(m[1]), framework: m[2] ? Number(m[2]) : null} : null;
};
const fmtPeak = (p: BuildPeak) => (p ? `${p.build} MB${p.framework === null ? "" : ` (Framework's process beside it ${p.framework} MB)`}` : "not known");

function buildReport(dir: string, addOne: () => void): {seconds: number; again: number; peak: BuildPeak; peakAgain: BuildPeak; largestData: {file: string; kb: number}; pages: number; ok: boolean} {
  const project = copyProject();
  try {
    // As after `npm install`, whose last step builds the place index (not timed: no build pays it).
    spawnSync(process.execPath, ["--import", "tsx", "scripts/place-index.ts"], {cwd: project, stdio: "ignore"});
    const build = () => {
      const start = performance.now();
      const run = spawnSync(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", "scripts/build-bounded.ts"], {
        cwd: project,
        env: {...process.env, ARTICLES_DIR: dir},
        encoding: "utf8",
        maxBuffer: 1 << 28
      });
      return {run, seconds: (performance.now() - start) / 1000};
    };
    const first = build();
    addOne();
    const second = build();
    const result = first.run.status !== 0 ? first.run : second.run;
    const seconds = first.seconds;
    let largestData = {file: "-", kb: 0};
    const fileDir = join(project, "dist/_file");
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    if (existsSync(fileDir)) {
      for (const f of walk(fileDir)) {
        const kb = statSync(f).size / 1024;
        // Downloads are links, not data a page loads: they do not count against the 1 MB per page.
        if (kb > largestData.kb && !f.includes("/downloads/")) largestData = {file: f.slice(fileDir.length + 1), kb};
      }
    }
    // Framework's pages; dist/articles/ holds only the redirects from articles' old addresses to the viewer.
    const pages = existsSync(join(project, "dist")) ? walk(join(project, "dist")).filter((f) => f.endsWith(".html") && !f.startsWith(join(project, "dist/articles/"))).length : 0;
    if (result.status !== 0) console.error(result.stderr.slice(-2000));
    return {seconds, again: second.seconds, peak: peakOf(first.run.stdout), peakAgain: peakOf(second.run.stdout), largestData, pages, ok: result.status === 0};
  } finally {
    rmSync(project, {recursive: true, force: true});
  }
}

const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", {maximumFractionDigits: digits, minimumFractionDigits: digits});
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; worker threads: ${threads}\n`);

// Whether this machine's cores run side by side at all: measured once, for every size's line.
const loop = threads >= 2 ? await arithmeticLoop() : NaN;

const rows: string[][] = [];
const perArticle: string[] = [];
for (const size of sizes) {
  const dir = join(work, `corpus-${size}`);
  const corpus = makeCorpus(root, size);
  writeCorpus(dir, corpus);
  const mb = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  console.log(`== ${size.toLocaleString("en-US")} articles, ${fmt(mb)} MB`);

  // Timings on a shared machine wander by ±15%: each run is made REPEAT times and the fastest kept.
  const cache = join(work, `cache-${size}`);
  const cold = (threads: number) => best(() => {
    rmSync(cache, {recursive: true, force: true});
    return measure(dir, {threads, cache});
  });
  const single = best(() => measure(dir, {threads: 1}));
  // Like with like: both cold runs without a cache; the first run that fills the cache is timed apart.
  const parallel = best(() => measure(dir, {threads}));
  // What two cores can give this work at all: the folder's two halves read by two separate processes
  // at once, one thread each, nothing copied between them (no cache, like the runs above).
  let halves = Infinity;
  if (threads >= 2 && parallel.threads >= 2) {
    const [a, b] = splitInHalves(dir, join(work, `halves-${size}`));
    for (let i = 0; i < REPEAT; i++) halves = Math.min(halves, await sideBySide([measureArgv(a, 1), measureArgv(b, 1)], root));
  }
  const filling = cold(threads);
  const identical = parallel.tables_sha256 === single.tables_sha256 && filling.tables_sha256 === single.tables_sha256;
  const warm = best(() => measure(dir, {threads, cache}));
  const extra = join(dir, "zzzz-one-more.txt");
  let added = 0;
  const oneMore = best(() => {
    // An article the cache has never seen: a new figure each time.
    writeFileSync(extra, corpus[1].text.replace(/\d+/, String(77 + added++)));
    return measure(dir, {threads, cache});
  });

  const sample = corpus.slice(0, Math.min(REFERENCE_SAMPLE, size)).map((a) => a.text);
  const sampleMb = sample.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const reference = compromiseNumbersPass(sample);
  const compromiseMbs = sampleMb / reference.seconds;
  const regex = regexScan(corpus.map((a) => a.text));
  const oursMbs = mb / single.seconds;

  const build = buildSizes.has(size) ? buildReport(dir, () => writeFileSync(extra, corpus[2].text.replace(/\d+/, String(77 + added++)))) : null;
  console.log(
    [
      `  one thread, cold:   ${fmt(single.seconds)} s, ${fmt(oursMbs)} MB/s (${fmt(mb / single.cpu_seconds)} MB/s per CPU-second), ${fmt(size / single.seconds, 0)} articles/s, peak ${fmt(single.peak_rss_mb, 0)} MB`,
      `  one thread, warm:   ${single.second_half_mbs === null ? "too short to tell" : `${fmt(single.second_half_mbs)} MB/s over the second half of the articles (code compiled, files read: the extractor's own pace)`}`,
      `  ${threads} threads allowed, cold: ${fmt(parallel.seconds)} s, ${fmt(mb / parallel.seconds)} MB/s, peak ${fmt(parallel.peak_rss_mb, 0)} MB, ${parallel.threads === 1 ? "one thread used (too few articles for workers to pay)" : `${parallel.threads} threads used`}; tables identical to one thread: ${identical ? "yes" : "NO"}`,
      Number.isFinite(halves)
        ? `  two cores: ours on ${parallel.threads} threads ${fmt(single.seconds / parallel.seconds)}× one thread; the same work as two separate processes, each on half the folder, ${fmt(halves)} s (${fmt(single.seconds / halves)}×: what any split of it reaches here); an arithmetic loop on two threads ${fmt(loop)}× (the cores do run side by side)`
        : `  two cores: not measured (${threads < 2 ? "one thread allowed" : "too few articles for workers"})`,
      `  first run, filling the cache: ${fmt(filling.seconds)} s (every read and every article's claims written to .cache)`,
      `  nothing changed:    ${fmt(warm.seconds)} s (${warm.fromCache} of ${warm.articles} from cache)`,
      `  one article added:  ${fmt(oneMore.seconds)} s (${oneMore.extracted} extracted, ${oneMore.fromCache} from cache)`,
      `  compromise numbers(): ${fmt(compromiseMbs, 3)} MB/s on ${sample.length} articles → ours is ${fmt(oursMbs / compromiseMbs, 1)}× faster`,
      `  one regex pass:     ${fmt(mb / regex.seconds, 0)} MB/s (the ceiling for a single scan)`,
      build
        ? `  report build:       ${fmt(build.seconds, 1)} s, peak ${fmtPeak(build.peak)}, ${build.pages} pages, largest data file a page loads ${build.largestData.file} ${fmt(build.largestData.kb, 0)} kB${build.ok ? "" : " — BUILD FAILED"}\n  build after one article added: ${fmt(build.again, 1)} s, peak ${fmtPeak(build.peakAgain)}`
        : `  report build:       skipped`
    ].join("\n")
  );
  rows.push([size.toLocaleString("en-US"), fmt(mb), fmt(oursMbs), fmt(size / single.seconds, 0), fmt(single.seconds), fmt(parallel.seconds), Number.isFinite(halves) ? fmt(halves) : "-", identical ? "yes" : "NO", fmt(single.peak_rss_mb, 0), fmt(oneMore.seconds), fmt(oursMbs / compromiseMbs, 1) + "×", build ? fmt(build.seconds, 1) : "-", build ? fmt(build.again, 1) : "-", build?.peak ? String(Math.max(build.peak.build, build.peakAgain?.build ?? 0)) : "-"]);
  perArticle.push(`${size.toLocaleString("en-US")}: ${fmt((single.seconds / size) * 1000, 3)} ms`);
}

console.log("\n| articles | MB | MB/s (1 thread) | articles/s | 1 thread s | all threads s | two processes on halves s | identical | peak MB | +1 article s | vs compromise | report build s | build after +1 s | build peak MB |");
console.log("|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\ntime per article (one thread): ${perArticle.join(", ")} — flat means linear in corpus size`);
