/**
 * `npm run dev`: Framework's preview server with live reload, plus a watcher on the articles and
 * the extraction code. Framework only watches the loader files themselves; when `data/` or
 * `loaders/` change we mark the affected loaders as newer, and the open page updates by itself.
 */
import {spawn} from "node:child_process";
import {watch} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {projectAt, SHARED_INPUTS, touchStaleLoaders} from "./lib/freshness.ts";
import {fillNpmCache} from "./lib/offline-npm.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const project = projectAt(root);

try {
  await fillNpmCache();
  touchStaleLoaders(project);
} catch (error) {
  console.error(`dev: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}

let timer: NodeJS.Timeout | undefined;
function refresh() {
  clearTimeout(timer);
  // Editors and copies write in bursts; wait for the folder to settle.
  timer = setTimeout(() => {
    try {
      const changed = touchStaleLoaders(project);
      if (changed.length) console.log(`articles or loaders changed: reloading ${changed.join(", ")}`);
    } catch (error) {
      console.error(`could not check the articles for changes: ${(error as Error).message}`);
    }
  }, 300);
}
for (const input of SHARED_INPUTS) {
  try {
    watch(join(root, input), {recursive: true}, refresh);
  } catch (error) {
    console.warn(`not watching ${input}: ${(error as Error).message}`);
  }
}

const preview = spawn(process.execPath, [join(root, "node_modules/@observablehq/framework/dist/bin/observable.js"), "preview", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
