// `npm run ingest` on temporary folders only (never the real data/articles).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readIngestCommand } from "../scripts/lib/ingest-command.ts";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { readArticles } from "../loaders/articles/read.ts";
import { ingestFiles } from "../loaders/ingest/ingest.ts";
import { badInputs, NO_CLAIMS, wireStory } from "./fixtures/hostile/bad-inputs.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const SEEDS = join(ROOT, "data/articles");
const temps: string[] = [];
const temp = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `ingest-${label}-`));
  temps.push(dir);
  return dir;
};
/** A folder of input files, written as given. */
function inputs(files: Record<string, string | Uint8Array>): { dir: string; paths: string[] } {
  const dir = temp("in");
  const paths = Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  });
  return { dir, paths };
}
/** A target folder holding the five seeds. */
function seededTarget(): string {
  const dir = temp("out");
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  return dir;
}
function runCli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/ingest.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe("ingest", () => {
  after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("adds a .txt as .md with front matter, UTF-8 and \\n, and the reader reads it back", () => {
    const { paths } = inputs({ "story.txt": "\ufeff" + wireStory("Saraqib", "Monday").replace(/\n/g, "\r\n") });
    const dir = seededTarget();
    const { added, refused } = ingestFiles(paths, { dir, meta: { outlet: "Test Wire", published: "2019-08-26" } });
    assert.deepEqual(refused, []);
    assert.equal(added[0].file, `2019-08-26-test-fixture-shelling-reported-near-saraqib-${added[0].file.slice(-11, -3)}.md`);
    const raw = readFileSync(join(dir, added[0].file), "utf8");
    assert.ok(raw.startsWith("---\ntitle: \"TEST FIXTURE: Shelling reported near Saraqib\"\noutlet: Test Wire\npublished: 2019-08-26\ningested_from: story.txt\n---\nTEST FIXTURE"), raw.slice(0, 200));
    assert.ok(!raw.includes("\r") && !raw.includes("\ufeff"));
    const { articles, rejected } = readArticles(dir);
    assert.deepEqual(rejected, []);
    const article = articles.find((a) => a.file === added[0].file)!;
    assert.equal(article.outlet, "Test Wire");
    assert.equal(article.published, "2019-08-26");
    assert.equal(article.text, wireStory("Saraqib", "Monday") + "\n");
  });

  it("keeps a .md file's front matter, with command-line values winning", () => {
    const { paths } = inputs({ "a.md": `---\ntitle: Own title\noutlet: Own outlet\npublished: 2019-09-01\nurl: https://example.org/a\n---\n${NO_CLAIMS}\n` });
    const dir = temp("out");
    const { added } = ingestFiles(paths, { dir, meta: { outlet: "Given outlet" } });
    const [article] = readArticles(dir).articles;
    assert.equal(added[0].file.startsWith("2019-09-01-own-title-"), true);
    assert.deepEqual([article.title, article.outlet, article.published, article.url], ["Own title", "Given outlet", "2019-09-01", "https://example.org/a"]);
  });

  it("adds a saved web page with its metadata", () => {
    const html = `<html><head><meta property="og:title" content="Diplomats meet on Idlib"><meta property="og:site_name" content="Test Outlet"><meta property="article:published_time" content="2019-09-16T08:00:00Z"><link rel="canonical" href="https://example.org/geneva"></head><body><nav>Home World Sport</nav><article>${NO_CLAIMS.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const { paths } = inputs({ "page.html": html });
    const dir = temp("out");
    const { added, refused } = ingestFiles(paths, { dir });
    assert.deepEqual(refused, []);
    assert.match(added[0].file, /^2019-09-16-diplomats-meet-on-idlib-[0-9a-f]{8}\.md$/);
    const [article] = readArticles(dir).articles;
    assert.deepEqual([article.title, article.outlet, article.url], ["Diplomats meet on Idlib", "Test Outlet", "https://example.org/geneva"]);
    assert.ok(!article.text.includes("Sport"));
  });

  it("refuses text already there, naming the article, even with different white space", () => {
    const seed = readFileSync(join(SEEDS, "002_fa140e02a259b78e.txt"), "utf8");
    const { paths } = inputs({ "again.txt": seed, "again-spaced.txt": `  ${seed.replace(/\n/g, "\r\n\r\n")}  \n` });
    const dir = seededTarget();
    const { added, refused } = ingestFiles(paths, { dir });
    assert.deepEqual(added, []);
    for (const r of refused) assert.match(r.reason, /same text is already there as '002_fa140e02a259b78e\.txt'/);
    assert.equal(readdirSync(dir).length, 5);
  });

  it("refuses a second copy given in the same run, and a URL already there", () => {
    const { paths } = inputs({ "one.txt": NO_CLAIMS, "two.txt": NO_CLAIMS + "\n", "three.txt": wireStory("Ariha", "Friday") });
    const dir = temp("out");
    const { added, refused } = ingestFiles(paths.slice(0, 2), { dir, meta: { url: "https://example.org/x" } });
    assert.equal(added.length, 1);
    assert.match(refused[0].reason, new RegExp(`same text is already there as '${added[0].file}'`));
    const second = ingestFiles([paths[2]], { dir, meta: { url: "https://example.org/x" } });
    assert.match(second.refused[0].reason, /same URL is already there/);
  });

  it("never writes outside the folder, whatever the file is called", () => {
    const { dir: inDir } = inputs({ "sub/keep": "", "evil name.txt": wireStory("Hish", "Monday"), "إدلب.txt": wireStory("Kafr Nabl", "Monday") });
    const dir = temp("out");
    // Unnormalised paths with '..', as a shell may pass them.
    const sources = [`${inDir}/sub/../evil name.txt`, `${inDir}/sub/../إدلب.txt`];
    const { added, refused } = ingestFiles(sources, { dir });
    assert.deepEqual(refused, []);
    for (const a of added) assert.match(a.file, /^undated-[a-z0-9-]+-[0-9a-f]{8}\.md$/);
    assert.equal(readdirSync(dir).length, 2);
  });

  it("names the file after the source when the title has no Latin letters", () => {
    const text = "إدلب\n\n" + wireStory("Maarat Harma", "Monday").split("\n").slice(2).join("\n");
    const { paths } = inputs({ "Report from Idlib.txt": text });
    const { added } = ingestFiles(paths, { dir: temp("out") });
    assert.match(added[0].file, /^undated-report-from-idlib-[0-9a-f]{8}\.md$/);
  });

  it("gives the same name and bytes for the same input, every time", () => {
    const { paths } = inputs({ "s.txt": wireStory("Latamneh", "Friday") });
    const [a, b] = [temp("out"), temp("out")].map((dir) => {
      const { added } = ingestFiles(paths, { dir, meta: { published: "2019-08-30" } });
      return [added[0].file, readFileSync(join(dir, added[0].file), "utf8")];
    });
    assert.deepEqual(a, b);
  });

  it("refuses every bad input with a reason naming the problem, and writes nothing for them", () => {
    const refusedOnes = badInputs().filter((b) => "rejected" in b.expect && !b.folder && !b.special && !b.name.startsWith(".") && !b.name.includes("\\"));
    const inDir = temp("in");
    for (const b of refusedOnes) writeFileSync(join(inDir, b.name), b.bytes);
    const dir = temp("out");
    const { added, refused } = ingestFiles(refusedOnes.map((b) => join(inDir, b.name)), { dir });
    const reasons = new Map(refused.map((r) => [r.source.slice(inDir.length + 1), r.reason]));
    // Ingest is more forgiving than the folder reader in three ways: it reads Windows-1252, UTF-16 without BOM and HTML.
    // The copies of the hostile article and of the dated original are refused only beside their originals, which are not in this run.
    const forgiven = ["invalid-utf8.txt", "utf16-without-bom.txt", "saved-page.html", "z-copy-of-hostile-article.md", "000-copy-of-original.txt"];
    assert.deepEqual(added.map((a) => a.source.slice(inDir.length + 1)).sort(), forgiven.sort());
    for (const b of refusedOnes.filter((b) => !forgiven.includes(b.name))) {
      assert.ok(reasons.get(b.name), `${b.name} was not refused`);
      if (!["casualties.csv"].includes(b.name)) assert.match(reasons.get(b.name)!, (b.expect as { rejected: RegExp }).rejected, b.name);
    }
    assert.match(reasons.get("casualties.csv")!, /'\.csv' files cannot be ingested/);
    assert.equal(readdirSync(dir).length, forgiven.length);
  });

  it("checks but writes nothing in a dry run", () => {
    const { paths } = inputs({ "s.txt": wireStory("Tamanah", "Monday") });
    const dir = temp("out");
    assert.equal(ingestFiles(paths, { dir, dryRun: true }).added.length, 1);
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe("ingest command line", () => {
  it("prints help and exits 0", () => {
    const { code, out } = runCli(["--help"]);
    assert.equal(code, 0);
    assert.match(out, /Exit code: 0 when every file was added; 1 when any file was refused/);
  });

  it("exits 0 when all were added, 1 when any was refused, with a summary", () => {
    const { paths } = inputs({ "good.txt": wireStory("Kafr Zita", "Friday"), "empty.txt": "" });
    const dir = temp("out");
    const first = runCli([paths[0], "--dir", dir, "--outlet", "Test Wire"]);
    assert.equal(first.code, 0, first.out);
    assert.match(first.out, /1 added, 0 refused/);
    const second = runCli([...paths, "--dir", dir]);
    assert.equal(second.code, 1);
    assert.match(second.out, /refused .*good\.txt: the same text is already there as 'undated-test-fixture-shelling-reported-near-kafr-zita-[0-9a-f]{8}\.md'/);
    assert.match(second.out, /refused .*empty\.txt: the file is empty/);
    assert.match(second.out, /0 added, 2 refused/);
  });

  it("refuses a wrong command with one line naming the problem", () => {
    const { paths } = inputs({ "a.txt": NO_CLAIMS, "b.txt": wireStory("Morek", "Friday") });
    const wrong: Array<[string[], RegExp]> = [
      [[], /no FILE given/],
      [[paths[0], "--published", "2019-02-30"], /--published/],
      [[paths[0], "--url", "javascript:alert(1)"], /--url 'javascript:alert\(1\)' is not a web link/],
      [[...paths, "--title", "One title"], /--title and --url describe one article/],
      [[paths[0], "--colour", "red"], /colour/],
      [[paths[0], "--outlet", "  "], /--outlet is empty/],
      [[paths[0], "--dir", paths[1]], /--dir .* is a file, not a folder/],
    ];
    for (const [args, problem] of wrong) {
      const read = readIngestCommand([...args, ...(args.includes("--dir") ? [] : ["--dir", temp("out")])]);
      assert.ok("problem" in read, `${args.join(" ")} should be refused`);
      assert.match(read.problem, problem);
    }
    const ok = readIngestCommand([paths[0], "--published", "23 August 2019", "--outlet", " AFP ", "--dir", temp("out")]);
    assert.ok("command" in ok);
    assert.deepEqual([ok.command.meta.published, ok.command.meta.outlet], ["2019-08-23", "AFP"]);
    // The command line itself: a wrong command exits 2 with the problem on one line.
    const { code, out } = runCli([paths[0], "--colour", "red", "--dir", temp("out")]);
    assert.equal(code, 2, out);
    assert.match(out, /^ingest: .*colour/m);
  });

  it("is wired to npm run ingest", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    assert.equal(pkg.scripts.ingest, "tsx scripts/ingest.ts");
    assert.equal(pkg.scripts["bad-inputs"], "tsx scripts/make-bad-inputs.ts");
  });
});

describe("make-bad-inputs", () => {
  // Its folders hold a pipe, links and a 3 GB sparse file: remove them, and the text a link points to.
  const outside: string[] = [];
  after(() => [...temps, ...outside].forEach((d) => rmSync(d, { recursive: true, force: true })));
  it("writes every bad input into a folder, which the reader accounts for in full", () => {
    const dir = temp("bad");
    execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/make-bad-inputs.ts"), dir], { cwd: ROOT });
    outside.push(dirname(readlinkSync(join(dir, "link-to-outside-story.txt"))));
    const { articles, rejected } = readArticles(dir);
    assert.equal(articles.length + rejected.length, badInputs().length);
    assert.equal(rejected.length, badInputs().filter((b) => "rejected" in b.expect).length);
  });
  it("refuses to write into the real data/articles", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/make-bad-inputs.ts"), "data/articles"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 2);
  });
});
