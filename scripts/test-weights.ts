// Times each unit-test file on its own (as `npm test` runs it, with the engine flag) and writes test/suite/weights.json, which `npm test` uses to
// deal the files into two even parts. Rerun it when a test file grows or a new slow one is added;
// a file missing from the list counts as 1.5 s, so forgetting costs balance, never coverage.
import {execFileSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {testFiles} from "../test/suite/parts.ts";
import {projectRoot} from "./lib/project-copy.ts";

const root = projectRoot;
const seconds: Record<string, number> = {};
for (const file of testFiles()) {
  const start = performance.now();
  execFileSync(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", "--test", join("test", file)], {cwd: root, stdio: "ignore"});
  seconds[file] = Math.round((performance.now() - start) / 100) / 10;
  console.log(`${seconds[file].toFixed(1).padStart(5)} s  ${file}`);
}
writeFileSync(join(root, "test/suite/weights.json"), JSON.stringify(seconds, null, 1) + "\n");
