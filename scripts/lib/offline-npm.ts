/**
 * Fills Observable Framework's npm cache from node_modules, so the report builds with no network.
 *
 * Framework fetches every `npm:` import of a page from a CDN (jsDelivr) and resolves versions from
 * the npm registry; neither is reachable on our machines. It skips both when
 * `src/.observablehq/cache/_npm/<name>@<version>/_esm.js` exists, so we bundle each browser library
 * from the installed package with esbuild (Framework's own dependency) into that file, with its
 * dependencies inlined. A browser-side library the pages use must be listed here.
 */
import {build} from "esbuild";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const BROWSER_LIBRARIES = [
  "@observablehq/plot",
  "@observablehq/inputs",
  "htl",
  "d3",
  "d3-dsv",
  "arquero",
  "apache-arrow",
  "topojson-client",
  "isoformat"
];

/**
 * Libraries Framework's client code can import but our pages do not use. An empty
 * `<name>@<version>` folder tells Framework a version without asking the npm registry; the
 * file is never fetched unless a page imports the library (then add it above).
 */
const UNUSED_LIBRARIES = [
  "@duckdb/duckdb-wasm", "@observablehq/duckdb", "@observablehq/dot", "@observablehq/mermaid",
  "@observablehq/sqlite", "@observablehq/tex", "@uwdata/vgplot", "@viz-js/viz", "echarts", "exceljs",
  "@observablehq/sample-datasets", "jszip", "katex", "leaflet", "lodash", "mapbox-gl", "mermaid", "parquet-wasm", "react", "react-dom",
  "sql.js", "vega", "vega-lite", "vega-lite-api"
];
const UNUSED_VERSION = "0.0.0-not-bundled";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(root, "package.json"));
export const npmCacheDir = join(root, "src", ".observablehq", "cache", "_npm");

function installedVersion(name: string): {version: string; dir: string} {
  // Walk up from the resolved entry point to the package's own package.json (exports may hide it).
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, "package.json")) || JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find package.json of ${name}; is it installed? run npm install`);
    dir = up;
  }
  return {version: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version, dir};
}

export async function fillNpmCache({quiet = false} = {}): Promise<string[]> {
  const written: string[] = [];
  for (const name of BROWSER_LIBRARIES) {
    const {version} = installedVersion(name);
    const folder = join(npmCacheDir, `${name}@${version}`);
    const out = join(folder, "_esm.js");
    // Older versions left by an earlier install would be picked by Framework as well: keep one.
    removeOtherVersions(name, version);
    if (existsSync(out)) continue;
    mkdirSync(folder, {recursive: true});
    await build({
      stdin: {contents: `export * from ${JSON.stringify(name)};`, resolveDir: root},
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "inline",
      outfile: out,
      logLevel: "error"
    });
    written.push(`${name}@${version}`);
  }
  for (const name of UNUSED_LIBRARIES) mkdirSync(join(npmCacheDir, `${name}@${UNUSED_VERSION}`), {recursive: true});
  if (!quiet && written.length) console.log(`offline npm cache: bundled ${written.join(", ")}`);
  return written;
}

function removeOtherVersions(name: string, keep: string) {
  const parent = name.startsWith("@") ? join(npmCacheDir, name.split("/")[0]) : npmCacheDir;
  const base = name.startsWith("@") ? name.split("/")[1] : name;
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const at = entry.lastIndexOf("@");
    if (at > 0 && entry.slice(0, at) === base && entry.slice(at + 1) !== keep) rmSync(join(parent, entry), {recursive: true, force: true});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await fillNpmCache();
