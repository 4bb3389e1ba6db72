/**
 * One measured extraction run, in its own process so that its peak memory is its own.
 * Prints one JSON line. Used by scripts/bench/run.ts.
 *   tsx scripts/bench/measure.ts --articles DIR [--cache DIR] [--threads N] [--out FILE]
 */
import {createHash} from "node:crypto";
import {writeFileSync} from "node:fs";
import {extractCorpus} from "../../loaders/pipeline/corpus.ts";
import {progressPrinter} from "../lib/progress.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = opt("--articles")!;
const threads = Number(opt("--threads") ?? 1);

const start = performance.now();
const cpu = process.cpuUsage();
const progress = progressPrinter("extracting");
// The second half of the articles, timed apart: by then the code and the patterns are compiled and
// warm, so its pace is the extractor's own, without the start-up a short run is mostly made of.
let half: {at: number; done: number} | undefined, end = {at: 0, done: 0};
const onProgress = (done: number, total: number) => {
  progress.update(done, total);
  const at = performance.now();
  if (!half && done >= total / 2) half = {at, done};
  end = {at, done};
};
const {tables, stats} = await extractCorpus(dir, {cacheDir: opt("--cache"), threads, onProgress});
progress.done();
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const json = JSON.stringify(tables);
if (opt("--out")) writeFileSync(opt("--out")!, json);
console.log(
  JSON.stringify({
    seconds,
    cpu_seconds: (used.user + used.system) / 1e6,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    tables_sha256: createHash("sha256").update(json).digest("hex"),
    killed_rows: tables.casualties.filter((r) => r.outcome === "killed").length,
    // MB/s over the second half (the corpus's articles are alike in size on average); null when too short to tell.
    second_half_mbs: half && end.at - half.at > 100 && stats.articles ? ((end.done - half.done) / stats.articles) * (stats.bytes / 1e6) / ((end.at - half.at) / 1000) : null,
    ...stats
  })
);
