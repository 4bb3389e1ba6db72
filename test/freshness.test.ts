// The report must always show the current articles: builds re-run exactly the loaders whose inputs changed.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {after, before, describe, test} from "node:test";
import {cachedOutputsOf, projectAt, removeStaleOutputs} from "../scripts/lib/freshness.ts";
import {copyProject} from "../scripts/lib/project-copy.ts";

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
