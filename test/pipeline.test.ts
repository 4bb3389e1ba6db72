// The pipeline over a whole folder: the same tables whatever the threads and the cache, and a cache
// that re-extracts exactly what changed (loaders/pipeline/).
import assert from "node:assert/strict";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {readArticles} from "../loaders/articles/read.ts";
import {extractArticles} from "../loaders/extract/index.ts";
import {extractCorpus} from "../loaders/pipeline/corpus.ts";
import {extractorVersion} from "../loaders/pipeline/version.ts";
import {indexFileFor} from "../loaders/geo/store.ts";
import {makeCorpus, writeCorpus} from "../scripts/bench/corpus.ts";
import {projectRoot} from "../scripts/lib/project-copy.ts";

describe("extractCorpus", () => {
  let dir: string, cache: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "pipeline-articles-"));
    cache = mkdtempSync(join(tmpdir(), "pipeline-cache-"));
    // Enough articles for the worker threads to start, plus the seeds and two files the reader rejects.
    writeCorpus(dir, makeCorpus(projectRoot, 60, 11));
    cpSync(join(projectRoot, "data/articles"), dir, {recursive: true});
    writeFileSync(join(dir, "empty.txt"), "");
    // Letters beyond ASCII, a character outside the Basic Plane among them: the cache stores them escaped.
    writeFileSync(join(dir, "zz-letters.txt"), "Shelling kills 12 in Maʿarrat Tarsa — monitor\n\nShelling killed 12 civilians in Maʿarrat Tarsa (معرة) on Monday, the monitor said 🙁, and 3,000 people fled.\n");
    cpSync(join(projectRoot, "data/articles/000_7359126576216b6d.txt"), join(dir, "zz-copy.txt"));
  });
  after(() => {
    rmSync(dir, {recursive: true, force: true});
    rmSync(cache, {recursive: true, force: true});
  });

  test("one thread, two threads, cold and cached: the same tables as extracting the folder directly", async () => {
    const direct = JSON.stringify(extractArticles(readArticles(dir)));
    const one = await extractCorpus(dir, {threads: 1});
    // A low threshold, so that a small folder takes the worker threads' road.
    const cold = await extractCorpus(dir, {threads: 2, cacheDir: cache, workersFrom: 50});
    const warm = await extractCorpus(dir, {threads: 2, cacheDir: cache, workersFrom: 50});
    const entries = readdirSync(cache, {recursive: true, withFileTypes: true}).filter((e) => e.isFile() && e.name.endsWith(".json"));
    assert.ok(entries.length > 120, "reads and claims are cached");
    for (const e of entries) assert.ok(!/[^\x00-\x7f]/.test(readFileSync(join(e.parentPath, e.name), "utf8")), `${e.name} is ASCII`);
    assert.equal(cold.stats.threads, 2, "a cold folder of 67 files goes to the worker threads");
    // The workers run bundled code: they must find the place index the main thread uses, not build their own.
    assert.ok(existsSync(indexFileFor()), "the main thread's place index is still there after the workers ran");
    assert.equal(warm.stats.threads, 1, "a folder already read and extracted needs no thread");
    assert.equal(cold.stats.fromCache, 0);
    assert.equal(warm.stats.fromCache, warm.stats.articles, "nothing changed: every article from the cache");
    for (const run of [one, cold, warm]) assert.equal(JSON.stringify(run.tables), direct);
    assert.deepEqual(cold.set.rejected.map((r) => r.file).sort(), ["empty.txt", "zz-copy.txt"]);
    assert.equal(cold.set.articles.length, one.set.articles.length);
  });

  test("an added article is the only one extracted", async () => {
    await extractCorpus(dir, {threads: 1, cacheDir: cache});
    const story = "BEIRUT, March 3, 2020 (Reuters) - Government shelling killed five civilians in the town of Ariha on Tuesday, rescuers said, as the offensive in the north-west of the country went on. " +
      "Residents said the shells hit a market and a street of homes in the morning, and that many families had fled towards the border with Turkey in the days before the attack.";
    writeFileSync(join(dir, "new-one.txt"), `Shelling kills five in Ariha\n\n${story}\n`);
    const run = await extractCorpus(dir, {threads: 2, cacheDir: cache, workersFrom: 50});
    assert.equal(run.stats.extracted, 1);
    assert.equal(run.stats.threads, 1, "one new article is extracted here, not in a worker");
    assert.ok(run.tables.casualties.some((c) => c.article_id === "new-one" && c.count_best === 5));
    rmSync(join(dir, "new-one.txt"));
  });

  test("the extractor's version changes with its rules and gazetteer, not with anything else", () => {
    const base = mkdtempSync(join(tmpdir(), "pipeline-version-"));
    try {
      cpSync(join(projectRoot, "loaders"), join(base, "loaders"), {recursive: true});
      cpSync(join(projectRoot, "data/gazetteer.csv"), join(base, "data/gazetteer.csv"));
      const v0 = extractorVersion(base);
      writeFileSync(join(base, "loaders/report/new-page-helper.ts"), "export const x = 1;\n");
      assert.equal(extractorVersion(base), v0, "report code does not invalidate claims");
      writeFileSync(join(base, "loaders/extract/new-rule.ts"), "export const y = 2;\n");
      const v1 = extractorVersion(base);
      assert.notEqual(v1, v0, "a rule does");
      writeFileSync(join(base, "data/gazetteer.csv"), "name,variants,kind,governorate,lat,lon,source\n");
      assert.notEqual(extractorVersion(base), v1, "so does the gazetteer");
    } finally {
      rmSync(base, {recursive: true, force: true});
    }
  });
});
