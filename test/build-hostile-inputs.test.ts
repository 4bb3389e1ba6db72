// What the build and the dev server's watcher make of a folder holding every hostile entry (issue
// 13): a named pipe, links to /dev/zero, to the root folder, to a text outside the folder and to
// nothing, a 3 GB file. The fingerprint of the inputs must come back quickly (it once read the pipe
// forever, walked the linked folder, and read the 3 GB file whole) and must change when a dangling
// link is added (it once skipped it, so a warm build never listed it). Each check runs in a child
// process with a time limit, as a blocked read could not be interrupted otherwise.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { badInputs, removeOutsideTexts, writeBadInput } from "./fixtures/hostile/bad-inputs.ts";

const FRESHNESS = new URL("../scripts/lib/freshness.ts", import.meta.url).pathname;
const LIMIT_MS = 30_000;

/** Runs `code` (with `projectAt`, `removeStaleOutputs`, `touchStaleLoaders`, `sharedInputsHash` and `root` in scope) in a child; returns its output. */
function inChild(root: string, code: string): { ok: boolean; out: string; ms: number } {
  const script = `const {projectAt, removeStaleOutputs, touchStaleLoaders, sharedInputsHash} = await import(${JSON.stringify(FRESHNESS)}); const root = ${JSON.stringify(root)}; ${code}`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: LIMIT_MS });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}${r.signal ? ` (killed by ${r.signal} after ${LIMIT_MS} ms)` : ""}`, ms: performance.now() - start };
}

describe("the build's fingerprint of a hostile articles folder", () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), "hostile-project-"));
    mkdirSync(join(root, "data/articles"), { recursive: true });
    mkdirSync(join(root, "src/data"), { recursive: true });
    writeFileSync(join(root, "src/data/articles.json.ts"), "// a loader\n");
    for (const input of badInputs()) writeBadInput(join(root, "data/articles"), input);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    removeOutsideTexts();
  });

  it("is computed before a build without reading the pipe, following the links or reading 3 GB", () => {
    const run = inChild(root, "console.log(JSON.stringify(removeStaleOutputs(projectAt(root))));");
    assert.ok(run.ok, run.out);
    assert.match(run.out, /"changed":\["data\/articles\.json\.ts"\]/);
  });

  it("is computed by the dev server's watcher too (one pipe once stopped every later article)", () => {
    const run = inChild(root, "touchStaleLoaders(projectAt(root)); console.log('watched');");
    assert.ok(run.ok, run.out);
    assert.match(run.out, /watched/);
  });

  it("changes when a dangling link is added to a built project, so a warm build lists it", () => {
    const run = inChild(
      root,
      `const before = sharedInputsHash(projectAt(root));
       (await import("node:fs")).symlinkSync("/nonexistent/another-story.txt", root + "/data/articles/added-later.txt");
       console.log(before === sharedInputsHash(projectAt(root)) ? "same" : "changed");`,
    );
    assert.ok(run.ok, run.out);
    assert.match(run.out, /changed/);
  });

  it("changes when a link is pointed elsewhere", () => {
    const run = inChild(
      root,
      `const fs = await import("node:fs");
       const before = sharedInputsHash(projectAt(root));
       fs.unlinkSync(root + "/data/articles/link-to-dev-zero.txt");
       fs.symlinkSync("/dev/null", root + "/data/articles/link-to-dev-zero.txt");
       console.log(before === sharedInputsHash(projectAt(root)) ? "same" : "changed");`,
    );
    assert.ok(run.ok, run.out);
    assert.match(run.out, /changed/);
  });
});

