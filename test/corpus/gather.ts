/**
 * npm run corpus:check [-- --dir DIR]
 * Checks the real corpus against its manifest: for each entry, whether texts/<id>.txt is present and
 * whether its sha256 matches; then a summary per split. Exits 1 when a present text does not match.
 * `checkCorpus()` is also used by scripts/eval.ts.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
export interface Entry {id: string; split: string; sha256?: string; war?: string; outlet?: string; [k: string]: unknown}
export interface Checked extends Entry {path: string; present: boolean; matches: boolean | null}

/** The manifest's entries with presence and hash checks; null when there is no manifest. */
export function checkCorpus(dir = CORPUS_DIR): Checked[] | null {
  const file = join(dir, "manifest.json");
  if (!existsSync(file)) return null;
  const m = JSON.parse(readFileSync(file, "utf8"));
  const entries: Entry[] = Array.isArray(m) ? m : m.excerpts ?? Object.values(m).find(Array.isArray) ?? [];
  return entries.map((e) => {
    const path = join(dir, "texts", `${e.id}.txt`), present = existsSync(path);
    const sha = present ? createHash("sha256").update(readFileSync(path)).digest("hex") : null;
    return {...e, path, present, matches: present && e.sha256 ? sha === e.sha256.toLowerCase() : null};
  });
}

const tally = (xs: Array<string | undefined>) => {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x ?? "?", (n.get(x ?? "?") ?? 0) + 1);
  return `${n.size} (${[...n].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")})`;
};

function main() {
  const i = process.argv.indexOf("--dir"), dir = i > 0 ? process.argv[i + 1] : CORPUS_DIR;
  const entries = checkCorpus(dir);
  if (!entries) { console.log(`corpus:check: no ${join(dir, "manifest.json")}`); return; }
  for (const e of entries) console.log(`${e.present ? (e.matches === false ? "MISMATCH" : "ok      ") : "missing "} ${e.split.padEnd(5)} ${e.id}`);
  const present = entries.filter((e) => e.present), bad = present.filter((e) => e.matches === false);
  console.log(`\n${entries.length} listed: ${present.length} present, ${entries.length - present.length} missing, ${bad.length} mismatched`);
  for (const split of [...new Set(entries.map((e) => e.split))].sort()) {
    const es = entries.filter((e) => e.split === split);
    console.log(`${split}: ${es.length} listed, ${es.filter((e) => e.present).length} present\n  wars ${tally(es.map((e) => e.war))}\n  outlets ${tally(es.map((e) => e.outlet))}`);
  }
  if (bad.length) { console.error(`corpus:check: ${bad.length} text(s) differ from the manifest: ${bad.map((e) => e.id).join(", ")}`); process.exit(1); }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
