// With `npm run dev` running, a new or deleted article reaches the served data without a restart.
import assert from "node:assert/strict";
import {execFileSync, spawn} from "node:child_process";
import {rmSync, unlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {copyProject} from "../../scripts/lib/project-copy.ts";
import {downloadPath} from "../../src/components/download-address.js";

const ARTICLE = `Shelling hits market town as fighting spreads

At least seven civilians were killed on Tuesday when shells struck a market in a town in the south of the province, rescuers said.
The monitor said thousands of people had fled the area over the past week, heading north towards the border.
`;

let dir: string;
let server: ReturnType<typeof spawn>;
const port = 4100 + Math.floor(Math.random() * 800);
const base = `http://127.0.0.1:${port}`;

async function served(): Promise<{articles: {id: string}[]; rejected: {file: string; reason: string}[]}> {
  const response = await fetch(`${base}/_file/data/articles.json`);
  assert.equal(response.status, 200);
  return response.json();
}
const servedIds = async (): Promise<string[]> => (await served()).articles.map((a) => a.id);

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, seconds = 30): Promise<T> {
  let value = await read();
  for (let i = 0; i < seconds * 4 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

before(async () => {
  dir = copyProject();
  server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--no-open"], {cwd: dir, stdio: "ignore", detached: true});
  await eventually(() => fetch(base).then((r) => r.ok, () => false), (up) => up, 60);
});
after(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(dir, {recursive: true, force: true});
});

test("the dev server serves a dropped-in article, then forgets a deleted one, without a restart", {timeout: 120_000}, async () => {
  const first = await servedIds();
  writeFileSync(join(dir, "data/articles/zz-dropped-in.txt"), ARTICLE);
  const added = await eventually(servedIds, (ids) => ids.includes("zz-dropped-in"));
  assert.deepEqual(added, [...first, "zz-dropped-in"].sort());
  unlinkSync(join(dir, "data/articles/zz-dropped-in.txt"));
  const removed = await eventually(servedIds, (ids) => !ids.includes("zz-dropped-in"));
  assert.deepEqual(removed, first);
});

test("a named pipe dropped in does not stop later articles from reaching the pages", {timeout: 120_000}, async () => {
  const first = await servedIds();
  execFileSync("mkfifo", [join(dir, "data/articles/a-named-pipe.txt")]);
  const listed = await eventually(served, (s) => s.rejected.some((r) => r.file === "a-named-pipe.txt"));
  assert.match(listed.rejected.find((r) => r.file === "a-named-pipe.txt")?.reason ?? "not listed", /named pipe/);
  writeFileSync(join(dir, "data/articles/zz-after-the-pipe.txt"), ARTICLE.replace("seven", "eight"));
  const added = await eventually(servedIds, (ids) => ids.includes("zz-after-the-pipe"));
  assert.deepEqual(added, [...first, "zz-after-the-pipe"].sort());
});

test("the dev server shows a dropped-in article in the viewer, and says an unknown id is unknown", {timeout: 120_000}, async () => {
  assert.equal((await fetch(`${base}/article.html`)).status, 200);
  writeFileSync(join(dir, "data/articles/zz-viewed.txt"), ARTICLE.replace("seven", "six"));
  await eventually(servedIds, (ids) => ids.includes("zz-viewed"));
  const response = await fetch(`${base}/_file/data/articles/zz-viewed.json`);
  assert.equal(response.status, 200);
  const data = await response.json();
  assert.equal(data.article.id, "zz-viewed");
  assert.ok(data.claims.some((c: {figure: string}) => /6|six/.test(c.figure)), "the article's claims are served");
  assert.deepEqual(await (await fetch(`${base}/_file/data/articles/no-such-article.json`)).json(), {unknown: true});
  unlinkSync(join(dir, "data/articles/zz-viewed.txt"));
});

test("the dev server serves every download at the address the Sources page links", {timeout: 120_000}, async () => {
  writeFileSync(join(dir, "data/articles/zz-downloaded.txt"), ARTICLE.replace("seven", "nine"));
  await eventually(servedIds, (ids) => ids.includes("zz-downloaded"));
  const csv = await fetch(`${base}/${downloadPath("casualties", "csv")}`);
  assert.equal(csv.status, 200);
  const text = await csv.text();
  assert.match(text.split("\n")[0], /^claim_id,|,count_best,/, "the header names the table's columns");
  assert.ok(text.includes("zz-downloaded"), "the dropped-in article's claims are in the download");
  const json = await fetch(`${base}/${downloadPath("claims", "json")}`);
  assert.equal(json.status, 200);
  assert.ok(Array.isArray(await json.json()));
  unlinkSync(join(dir, "data/articles/zz-downloaded.txt"));
});
