// Ingest and the command lines on hostile input (issue 13): pages nested deep or wide, dates that
// would be guessed or rolled over, a link hidden behind a bad canonical one, a text the build would
// refuse, and paths that are files where folders should be. Every case ends in a reason, never a
// hang or a stack trace, and nothing is written for it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { ingestFiles } from "../loaders/ingest/ingest.ts";
import { htmlToArticle } from "../loaders/ingest/html-article.ts";
import { wireStory } from "./fixtures/hostile/bad-inputs.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), "ingest-hostile-"));
  temps.push(dir);
  return dir;
};
function run(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts", script), ...args], { cwd: ROOT, timeout: 60_000 });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => done({ code, out }));
  });
}
const noStackTrace = (out: string) => assert.doesNotMatch(out, /^\s+at .+:\d+:\d+\)?$/m, out);
const story = wireStory("Saraqib", "Monday");
const page = (body: string, head = "") => `<html><head><title>TEST FIXTURE page</title>${head}</head><body>${body}</body></html>`;
const paragraphs = story.split("\n\n").map((p) => `<p>${p}</p>`).join("");

/** Ingests one saved page into an empty folder; returns the result and the time it took. */
function ingestPage(html: string) {
  const inDir = temp();
  writeFileSync(join(inDir, "page.html"), html);
  const dir = temp();
  const start = performance.now();
  const result = ingestFiles([join(inDir, "page.html")], { dir });
  return { ...result, seconds: (performance.now() - start) / 1000, written: readdirSync(dir) };
}

describe("ingest on hostile pages", () => {
  after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("refuses 100,000 nested <div>s with a reason, without recursion", () => {
    const { added, refused, written, seconds } = ingestPage(page(`${"<div>".repeat(100_000)}${paragraphs}${"</div>".repeat(100_000)}`));
    assert.deepEqual(added, []);
    assert.match(refused[0].reason, /nested more than 150 levels deep/);
    assert.deepEqual(written, []);
    assert.ok(seconds < 5, `${seconds} s`);
  });

  it("refuses 12,000 elements directly under <body> in seconds, not minutes", () => {
    const { refused, written, seconds } = ingestPage(page(`${"<div>x</div>".repeat(12_000)}${paragraphs}`));
    assert.match(refused[0].reason, /more than 2000 others side by side/);
    assert.deepEqual(written, []);
    assert.ok(seconds < 5, `${seconds} s`);
  });

  it("still reads a page of ordinary depth and width", () => {
    const nested = `${"<div>".repeat(40)}${paragraphs}${"</div>".repeat(40)}${"<span>menu</span>".repeat(300)}`;
    const { added, refused } = ingestPage(page(nested));
    assert.deepEqual(refused, []);
    assert.equal(added.length, 1);
  });

  it("keeps a valid og:url when the canonical link is javascript:", () => {
    const head = `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.org/idlib-story">`;
    assert.equal(htmlToArticle(page(paragraphs, head)).meta.url, "https://example.org/idlib-story");
  });

  it("refuses, before writing, a text over 2 MB the build would refuse (a 3.9 MB one was once added)", () => {
    // (Long paragraphs, few of them: the page reader's time goes with its elements, and the size is what is tested.)
    const paragraph = `${story.split("\n\n")[1]} `.repeat(400);
    const long = Array.from({ length: Math.ceil((2.3 * 1024 * 1024) / paragraph.length) }, (_, i) => `<p>Paragraph ${i}: ${paragraph}</p>`).join("");
    const { added, refused, written } = ingestPage(page(long));
    assert.deepEqual(added, []);
    assert.match(refused[0].reason, /the file is \d\.\d MB; .* files over 2 MB are refused/);
    assert.deepEqual(written, []);
  });
});

// Each case is its own process (a second or so to start): run them side by side.
describe("command lines on hostile input", { concurrency: true }, () => {
  after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const input = () => {
    const dir = temp();
    writeFileSync(join(dir, "story.txt"), story);
    return join(dir, "story.txt");
  };

  it("--published 'Feb 30, 2019' is refused, not turned into 2 March", async () => {
    const out = temp();
    const { code, out: text } = await run("ingest.ts", [input(), "--published", "Feb 30, 2019", "--dir", out]);
    assert.equal(code, 2);
    assert.match(text, /--published 'Feb 30, 2019': '2019-02-30' is not a real date/);
    assert.deepEqual(readdirSync(out), []);
  });

  it("--published 'Aug 23' is refused, not dated 2001", async () => {
    const { code, out } = await run("ingest.ts", [input(), "--published", "Aug 23", "--dir", temp()]);
    assert.equal(code, 2);
    assert.match(out, /'Aug 23' has no year/);
  });

  it("--published in the future is refused", async () => {
    const { code, out } = await run("ingest.ts", [input(), "--published", "9999-12-31", "--dir", temp()]);
    assert.equal(code, 2);
    assert.match(out, /in the future/);
  });

  it("ingest --dir on a file: one line, exit 2, no stack trace", async () => {
    const file = input();
    const { code, out } = await run("ingest.ts", [input(), "--dir", file]);
    assert.equal(code, 2);
    assert.match(out, /--dir '.*story\.txt' is a file, not a folder/);
    noStackTrace(out);
  });

  it("ingest --dir under a file: one line, exit 2, no stack trace", async () => {
    const { code, out } = await run("ingest.ts", [input(), "--dir", join(input(), "articles")]);
    assert.equal(code, 2);
    assert.match(out, /cannot be a folder: '.*story\.txt' is a file/);
    noStackTrace(out);
  });

  it("extract --out under a file: one line, exit 2, no stack trace", async () => {
    const articles = temp();
    writeFileSync(join(articles, "a.txt"), story);
    const { code, out } = await run("extract.ts", ["--articles", articles, "--out", join(input(), "tables")]);
    assert.equal(code, 2);
    assert.match(out, /the output '.*tables' cannot be a folder: '.*story\.txt' is a file/);
    noStackTrace(out);
  });
});
