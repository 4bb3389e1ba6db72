/**
 * The worker threads' code as one JavaScript file, bundled once into .cache/worker/ and rebuilt when
 * any file under loaders/ changes. A worker that loads it starts in a fraction of the time it takes to
 * load the TypeScript sources through tsx, which is what lets two cores pay off on a few hundred new
 * articles rather than thousands. npm packages stay outside the bundle and resolve from the project.
 *
 * The bundle sits two folders below the project root, as the sources do (loaders/<part>/), so the
 * paths they compute from their own location (data/, .cache/, the packages) still hold.
 */
import {buildSync} from "esbuild";
import {existsSync, mkdirSync, renameSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {extractorVersion} from "./version.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Starting the TypeScript sources through tsx: the fallback when the bundle cannot be made. */
export const TSX_WORKER = new URL("./extract-worker.mjs", import.meta.url);

let script: URL | null = null;

export function workerScript(): URL {
  if (script) return script;
  const dir = join(root, ".cache", "worker");
  const file = join(dir, `extract-worker-${extractorVersion(root, ["loaders"])}.mjs`);
  if (!existsSync(file)) {
    try {
      mkdirSync(dir, {recursive: true});
      // Written aside and renamed: two runs building at once never load a half-written file.
      const part = `${file}.${process.pid}.part`;
      buildSync({entryPoints: [join(root, "loaders/pipeline/extract-worker.ts")], outfile: part, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "silent"});
      renameSync(part, file);
    } catch {
      return (script = TSX_WORKER);
    }
  }
  return (script = pathToFileURL(file));
}
