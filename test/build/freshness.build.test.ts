// Full builds (slow: run by `npm run test:build`, which CI runs too): the report must always show the
// current articles, and builds re-run exactly the loaders whose inputs changed.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {after, before, describe, test} from "node:test";
import {copyProject} from "../../scripts/lib/project-copy.ts";

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
