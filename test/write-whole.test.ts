// Two worker threads of one process writing the same file at once: each renames its own copy, so neither
// fails (they once shared a temporary name, and the second rename found the file gone).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

test("two threads writing one file whole at the same time both succeed, and the file is one of theirs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "write-whole-"));
  try {
    const file = join(dir, "index.txt");
    const module = new URL("../loaders/write-whole.ts", import.meta.url).href;
    // Worker threads do not inherit tsx's hooks on Node 20: the worker loads the module through tsx's API.
    const run = (text: string) => new Promise<void>((resolve, reject) => {
      const code = `const { workerData } = require("node:worker_threads");
        import("tsx/esm/api").then(({ tsImport }) => tsImport(workerData.module, workerData.base)).then(({ writeWhole }) => {
          for (let i = 0; i < 200; i++) writeWhole(workerData.file, workerData.text);
        });`;
      const w = new Worker(code, { eval: true, workerData: { file, text, module, base: import.meta.url } });
      w.once("error", reject);
      w.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    await Promise.all([run("A".repeat(100_000)), run("B".repeat(100_000))]);
    const text = readFileSync(file, "utf8");
    assert.ok(text === "A".repeat(100_000) || text === "B".repeat(100_000));
    // No temporary copy is left behind.
    assert.deepEqual(readdirSync(dir), ["index.txt"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
