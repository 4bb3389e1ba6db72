/**
 * The extractor's version: a hash of the code and data that decide what an article's claims are.
 * Cached claims are keyed by it, so any change to the rules or the gazetteer re-extracts everything
 * (a rule change can move any row), and nothing else does.
 */
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// The lockfile too: the gazetteer packages it pins change where places resolve.
export const EXTRACTOR_INPUTS = ["loaders/extract", "loaders/geo", "data/gazetteer.csv", "data/conflict.yaml", "package-lock.json"];

function files(path: string): string[] {
  if (!existsSync(path)) return []; // no conflict profile is a valid set-up
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

export function extractorVersion(base = root, inputs = EXTRACTOR_INPUTS): string {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of files(join(base, input))) hash.update(file.slice(base.length)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
