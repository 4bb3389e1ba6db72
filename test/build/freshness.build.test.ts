// Full builds (slow: run by `npm run test:build`, which CI runs too): the report must always show the
// current articles, and builds re-run exactly the loaders whose inputs changed.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {after, before, describe, test} from "node:test";
import {DATA_LIMIT} from "../../loaders/report/budget.ts";
import {copyProject} from "../../scripts/lib/project-copy.ts";
import {badInputs, removeOutsideTexts, writeBadInput} from "../fixtures/hostile/bad-inputs.ts";

function build(dir: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]});
}

/** The articles table as the built site ships it. */
function builtArticles(dir: string): {articles: {id: string; file: string}[]; rejected: {file: string; reason: string}[]} {
  const folder = join(dir, "dist/_file/data");
  const file = readdirSync(folder).find((f) => /^articles\.[0-9a-f]+\.json$/.test(f));
  assert.ok(file, "the build wrote no articles table");
  return JSON.parse(readFileSync(join(folder, file), "utf8"));
}
const builtArticleIds = (dir: string): string[] => builtArticles(dir).articles.map((a) => a.id);

/** Every file under `folder`, to search the published site. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : [join(folder, e.name)]));

const SIXTH = `Shelling hits market town as fighting spreads

At least seven civilians were killed on Tuesday when shells struck a market in a town in the south of the province, rescuers said.
The monitor said thousands of people had fled the area over the past week, heading north towards the border.
`;

describe("builds follow the articles", {timeout: 240_000}, () => {
  let dir: string;
  // The folder also holds every hostile entry of issue 13 (odd names, a pipe, links, a 3 GB sparse
  // file, pathological texts, impossible dates): none may stop a build or hide from one.
  before(() => {
    dir = copyProject();
    for (const input of badInputs()) writeBadInput(join(dir, "data/articles"), input);
  });
  after(() => {
    rmSync(dir, {recursive: true, force: true});
    removeOutsideTexts();
  });

  test("a cold build lists every entry of a hostile folder, and publishes nothing from outside it", () => {
    build(dir);
    const {articles, rejected} = builtArticles(dir);
    const listed = [...articles.map((a) => a.file), ...rejected.map((r) => r.file)].sort();
    assert.deepEqual(listed, readdirSync(join(dir, "data/articles")).sort());
    for (const name of ["named-pipe.txt", "link-to-dev-zero.txt", "link-to-a-folder", "link-to-outside-story.txt", "huge-3gb.txt", "far-future.md", "year-one.md", "000-copy-of-original.txt"]) {
      assert.ok(rejected.some((r) => r.file === name && r.reason.length > 20), `${name} is not listed with a reason`);
    }
    for (const name of ["story..txt", "x.html.txt", "page.md.txt", "zz-original.md", "quote-marks.txt", "blank-lines.txt"]) {
      const article = articles.find((a) => a.file === name);
      assert.ok(article, `${name} is not an article`);
      assert.ok(existsSync(join(dir, "dist/_file/data/articles", `${article.id}.json`)), `${name} has no data for the article viewer`);
      assert.ok(existsSync(join(dir, "dist/articles", `${article.id}.html`)), `${name} has no redirect at its old address`);
    }
    const leaked = filesUnder(join(dir, "dist")).filter((f) => readFileSync(f, "utf8").includes("near Outside The Folder"));
    assert.deepEqual(leaked, [], "the text behind a link was published");
    // Pathological texts too (200,000 quote marks, 160,000 blank lines): no data file a page loads passes the budget.
    const heavy = filesUnder(join(dir, "dist/_file")).filter((f) => f.endsWith(".json") && !f.includes("/downloads/") && statSync(f).size > DATA_LIMIT);
    assert.deepEqual(heavy, [], "a data file is over the page budget");
  });

  test("a sixth article and a dangling link appear in the next (warm) build, with nothing else touched", () => {
    const before = builtArticleIds(dir);
    writeFileSync(join(dir, "data/articles/zz-new-article.txt"), SIXTH);
    symlinkSync("/nonexistent/hostile/story.txt", join(dir, "data/articles/zz-dangling-added-later.txt"));
    const log = build(dir);
    assert.match(log, /inputs changed/);
    assert.deepEqual(builtArticleIds(dir).sort(), [...before, "zz-new-article"].sort());
    assert.match(builtArticles(dir).rejected.find((r) => r.file === "zz-dangling-added-later.txt")?.reason ?? "not listed", /link/);
  });

  test("an unchanged corpus reuses the cached loader outputs", () => {
    const log = build(dir);
    assert.match(log, /unchanged: reusing cached loader outputs/);
    // The build reports its own peak memory and Framework's (npm run bench prints them): real figures, as
    // the operating system counts them, not placeholders.
    const peak = /peak memory: this process (\d+) MB \(both threads\), Framework (\d+) MB/.exec(log);
    assert.ok(peak, "no peak memory line");
    assert.ok(+peak[1] > 50 && +peak[1] < 4000 && +peak[2] > 30 && +peak[2] < 4000, peak[0]);
  });

  test("an edited or deleted article is reflected", () => {
    // The hostile entries have been checked: the remaining builds run on the plain corpus, as fast as before.
    for (const name of [...badInputs().map((b) => b.name), "zz-dangling-added-later.txt"]) rmSync(join(dir, "data/articles", name), {recursive: true, force: true});
    writeFileSync(join(dir, "data/articles/zz-new-article.txt"), SIXTH.replace("seven", "nine"));
    assert.match(build(dir), /inputs changed/);
    unlinkSync(join(dir, "data/articles/zz-new-article.txt"));
    build(dir);
    assert.ok(!builtArticleIds(dir).includes("zz-new-article"));
    // Nor can the viewer still show it: its data and its old address are gone from the site.
    assert.ok(!existsSync(join(dir, "dist/_file/data/articles/zz-new-article.json")), "a deleted article's data is still published");
    assert.ok(!existsSync(join(dir, "dist/articles/zz-new-article.html")), "a deleted article's old address still redirects");
  });

  test("a change in the extraction library invalidates the loaders", () => {
    writeFileSync(join(dir, "loaders/articles/zz-comment.ts"), "// a code change\nexport {};\n");
    assert.match(build(dir), /inputs changed/);
  });
});
