// The pipeline over a whole folder: the same tables whatever the threads and the cache, and a cache
// that re-extracts exactly what changed (loaders/pipeline/).
import assert from "node:assert/strict";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {readArticles} from "../loaders/articles/read.ts";
import {extractArticles} from "../loaders/extract/index.ts";
import {extractCorpus} from "../loaders/pipeline/corpus.ts";
import {extractorVersion} from "../loaders/pipeline/version.ts";
import {MAX_SEGMENTS, Snapshot} from "../loaders/pipeline/snapshot.ts";
import type {ArticleTables} from "../loaders/pipeline/article-tables.ts";
import type {Article} from "../loaders/articles/types.ts";
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

  const segments = () => readdirSync(join(cache, "snapshot"), {recursive: true, encoding: "utf8"}).filter((f) => f.endsWith(".json"));

  test("a warm run reads the snapshot, not one cache file per article: the same tables", async () => {
    const direct = JSON.stringify(extractArticles(readArticles(dir)));
    await extractCorpus(dir, {threads: 1, cacheDir: cache});
    assert.ok(segments().length >= 1 && segments().length <= MAX_SEGMENTS, "the folder is in a few segments");
    // Without the per-article caches, every article must come from the snapshot.
    rmSync(join(cache, "claims"), {recursive: true, force: true});
    rmSync(join(cache, "articles"), {recursive: true, force: true});
    const warm = await extractCorpus(dir, {threads: 1, cacheDir: cache});
    assert.equal(warm.stats.extracted, 0, "nothing extracted again");
    assert.equal(JSON.stringify(warm.tables), direct);
    assert.deepEqual(warm.set.rejected.map((r) => r.file).sort(), ["empty.txt", "zz-copy.txt"], "rejected files are still read and listed");
  });

  test("articles added one at a time: the small segments are merged, the tables stay exact", async () => {
    const added: string[] = [];
    try {
      for (let n = 1; n <= MAX_SEGMENTS + 3; n++) {
        const file = `added-${n}.txt`;
        writeFileSync(join(dir, file), `Shelling kills ${n + 2} in Tarsa\n\nShelling killed ${n + 2} civilians in the town of Tarsa on Monday, the monitor said, and ${n * 100} families fled.\n`);
        added.push(file);
        const run = await extractCorpus(dir, {threads: 1, cacheDir: cache});
        assert.equal(run.stats.extracted, 1, `run ${n}: only the new article is extracted`);
        assert.ok(segments().length <= MAX_SEGMENTS, `run ${n}: ${segments().length} segments`);
      }
      const run = await extractCorpus(dir, {threads: 1, cacheDir: cache});
      assert.equal(run.stats.extracted, 0);
      assert.equal(JSON.stringify(run.tables), JSON.stringify(extractArticles(readArticles(dir))));
    } finally {
      for (const file of added) rmSync(join(dir, file));
    }
  });

  test("a segment cut short is passed over: its articles are read again", async () => {
    await extractCorpus(dir, {threads: 1, cacheDir: cache});
    const folder = join(cache, "snapshot", readdirSync(join(cache, "snapshot"))[0]);
    const largest = readdirSync(folder).filter((f) => f.endsWith(".bin")).sort((a, b) => statSync(join(folder, b)).size - statSync(join(folder, a)).size)[0];
    truncateSync(join(folder, largest), 100);
    const run = await extractCorpus(dir, {threads: 1, cacheDir: cache});
    assert.equal(JSON.stringify(run.tables), JSON.stringify(extractArticles(readArticles(dir))));
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

describe("Snapshot", () => {
  // Rows of our own making: offsets (whole numbers), coordinates (fractions), nulls, repeated words.
  const article = (id: string, text: string) => ({id, file: `${id}.txt`, format: "txt", title: id, outlet: null, published: null, url: null, text, words: 3, sha256: id, bytes: text.length, warnings: []}) as Article;
  const tables = (a: Article, n: number, extra = false): ArticleTables =>
    ({
      article: {id: a.id, title: a.id} as unknown as ArticleTables["article"],
      casualties: Array.from({length: n}, (_, k) => ({
        id: `${a.id}:k${k}`, rule: k % 2 ? "casualty.verb-after" : "casualty.verb-before", article_id: a.id, quote: a.text.slice(0, 4 + k), quote_start: 0, quote_end: 4 + k,
        count_best: k * 7, lat: k % 3 ? 35.1 + k / 10 : null, place: k % 2 ? "Tarsa" : null, in_scope: k % 4 !== 0, ...(extra ? {note: "a column the others lack"} : {})
      })),
      displacement: [],
      territory: []
    }) as unknown as ArticleTables;
  let cache: string;
  before(() => (cache = mkdtempSync(join(tmpdir(), "snapshot-"))));
  after(() => rmSync(cache, {recursive: true, force: true}));

  test("gives back each article and its rows exactly, whatever the columns and characters", () => {
    const a = article("a", "Shelling in Tarsa — 12 dead (معرة) 🙁 and more words after.");
    // A lone half of a surrogate pair cannot go through UTF-8: it must still come back as it was.
    const b = article("b", "Odd text \ud83d here, shelling in Ulmar, four dead and more.");
    const c = article("c", "A third article about Qarn, where the fighting went on for days.");
    const want = [tables(a, 9), tables(b, 5), tables(c, 3, true)];
    const snapshot = new Snapshot(cache, "v1");
    [a, b, c].forEach((x, i) => snapshot.add(`key-${x.id}`, x, want[i]));
    snapshot.save();
    const again = new Snapshot(cache, "v1");
    for (const [i, x] of [a, b, c].entries()) {
      const read = again.article(`key-${x.id}`)!;
      assert.equal(read.text, x.text);
      assert.equal(JSON.stringify(again.tables(read)), JSON.stringify(want[i]), `${x.id}'s rows`);
    }
    assert.equal(new Snapshot(cache, "v2").article("key-a"), undefined, "another version reads nothing (and removes the old)");
    assert.deepEqual(readdirSync(join(cache, "snapshot")), ["v2"]);
  });

  test("rewrites itself when most of what it holds is no longer asked for", () => {
    const s1 = new Snapshot(cache, "v3");
    const xs = ["p", "q", "r", "s"].map((id) => article(id, `Text of ${id}, about shelling in Bolo and the families who fled.`));
    xs.forEach((x) => s1.add(`key-${x.id}`, x, tables(x, 2)));
    s1.save();
    const s2 = new Snapshot(cache, "v3");
    s2.tables(s2.article("key-p")!);
    s2.save();
    const s3 = new Snapshot(cache, "v3");
    assert.ok(s3.article("key-p"), "what was used is kept");
    assert.equal(s3.article("key-q"), undefined, "what was not is dropped");
  });
});
