// The report must always show the current articles: builds re-run exactly the loaders whose inputs changed.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {after, before, describe, test} from "node:test";
import {cachedOutputsOf, projectAt, removeStaleOutputs} from "../scripts/lib/freshness.ts";
import {copyProject} from "../scripts/lib/project-copy.ts";

function build(dir: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]});
}

/** The articles table as the built site ships it. */
function builtArticleIds(dir: string): string[] {
  const folder = join(dir, "dist/_file/data");
  const file = readdirSync(folder).find((f) => /^articles\.[0-9a-f]+\.json$/.test(f));
  assert.ok(file, "the build wrote no articles table");
  return JSON.parse(readFileSync(join(folder, file), "utf8")).articles.map((a: {id: string}) => a.id);
}

const SIXTH = `Shelling hits market town as fighting spreads

At least seven civilians were killed on Tuesday when shells struck a market in a town in the south of the province, rescuers said.
The monitor said thousands of people had fled the area over the past week, heading north towards the border.
`;

describe("builds follow the articles", {timeout: 240_000}, () => {
  let dir: string;
  before(() => {
    dir = copyProject();
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  test("a sixth article appears in the next build, with nothing else touched", () => {
    build(dir);
    const before = builtArticleIds(dir);
    writeFileSync(join(dir, "data/articles/zz-new-article.txt"), SIXTH);
    const log = build(dir);
    assert.match(log, /inputs changed/);
    assert.deepEqual(builtArticleIds(dir), [...before, "zz-new-article"].sort());
  });

  test("an unchanged corpus reuses the cached loader outputs", () => {
    const log = build(dir);
    assert.match(log, /unchanged: reusing cached loader outputs/);
  });

  test("an edited or deleted article is reflected", () => {
    writeFileSync(join(dir, "data/articles/zz-new-article.txt"), SIXTH.replace("seven", "nine"));
    assert.match(build(dir), /inputs changed/);
    unlinkSync(join(dir, "data/articles/zz-new-article.txt"));
    build(dir);
    assert.ok(!builtArticleIds(dir).includes("zz-new-article"));
  });

  test("a change in the extraction library invalidates the loaders", () => {
    writeFileSync(join(dir, "loaders/articles/zz-comment.ts"), "// a code change\nexport {};\n");
    assert.match(build(dir), /inputs changed/);
  });
});

describe("cached outputs of a loader", () => {
  test("a parameterised loader owns every value of its parameter, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), "cache-"));
    const project = projectAt(dir);
    for (const f of ["articles/a.json", "articles/b.json", "articles/b.json.123", "articles/b.json.err", "data/other.json"]) {
      mkdirSync(dirname(join(project.cache, f)), {recursive: true});
      writeFileSync(join(project.cache, f), "{}");
    }
    const outputs = cachedOutputsOf(project, "articles/[id].json.ts").map((f) => f.slice(project.cache.length + 1)).sort();
    assert.deepEqual(outputs, ["articles/a.json", "articles/b.json", "articles/b.json.123", "articles/b.json.err"]);
    rmSync(dir, {recursive: true, force: true});
  });

  test("only loaders whose fingerprint moved lose their output", () => {
    const dir = mkdtempSync(join(tmpdir(), "stale-"));
    const project = projectAt(dir);
    mkdirSync(join(dir, "data"), {recursive: true});
    mkdirSync(join(project.src, "data"), {recursive: true});
    writeFileSync(join(project.src, "data/a.json.ts"), "// a");
    writeFileSync(join(project.src, "data/b.json.ts"), "// b");
    removeStaleOutputs(project);
    mkdirSync(join(project.cache, "data"), {recursive: true});
    writeFileSync(join(project.cache, "data/a.json"), "[]");
    writeFileSync(join(project.cache, "data/b.json"), "[]");
    writeFileSync(join(project.src, "data/b.json.ts"), "// b, edited");
    const {changed} = removeStaleOutputs(project);
    assert.deepEqual(changed, ["data/b.json.ts"]);
    assert.ok(existsSync(join(project.cache, "data/a.json")));
    assert.ok(!existsSync(join(project.cache, "data/b.json")));
    rmSync(dir, {recursive: true, force: true});
  });
});
