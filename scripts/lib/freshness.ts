/**
 * Keeps Framework's data-loader cache true to the current articles and code.
 *
 * Framework re-runs a loader only when the loader file is newer than its cached output, and
 * `observable build` never re-runs one whose output exists. It does not know that our loaders read
 * `data/` and import `loaders/`. So we fingerprint those inputs by content (plus each loader's own
 * source and the lockfile) and remove exactly the cached outputs whose fingerprint moved. When
 * nothing changed, nothing is removed and the build reuses every output.
 */
import {createHash} from "node:crypto";
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync, type Stats} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {type EntryKind, kindOf} from "../../loaders/articles/safe-file.ts";
import {ContentDigests} from "./content-digests.ts";

/** Folders (relative to the project root) that every data loader may read. */
export const SHARED_INPUTS = ["data", "loaders", "package-lock.json"];

const LOADER = /\.[A-Za-z0-9]+\.(ts|js|mjs|py|sh|R|jl|exe)$/;

export interface Project {
  root: string;
  src: string;
  cache: string;
}

export function projectAt(root: string): Project {
  const src = join(root, "src");
  return {root, src, cache: join(src, ".observablehq", "cache")};
}

/**
 * Every entry under `path`, folders walked in name order. Links are listed, never followed (a link
 * to a folder could walk the whole disk); pipes and devices are listed, never opened.
 */
function* entriesUnder(path: string): Generator<{path: string; kind: EntryKind; stat: Stats}> {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch {
    return; // missing (no conflict profile is a valid set-up) or gone since it was listed
  }
  const kind = kindOf(stat);
  if (kind !== "folder") {
    yield {path, kind, stat};
    return;
  }
  const names = readdirSync(path).sort((a, b) => (a < b ? -1 : 1));
  for (const name of names) {
    if (name === "node_modules" || name === ".observablehq") continue;
    yield* entriesUnder(join(path, name));
  }
}

function* filesUnder(path: string): Generator<string> {
  for (const entry of entriesUnder(path)) if (entry.kind === "file") yield entry.path;
}

/** Files larger than this cannot be articles (the reader refuses them unread): their size and time stand for their content. */
const LARGEST_HASHED = 32 * 1024 * 1024;

/** What of an entry decides what the loaders make of it: a file's content (its digest), a link's target, another entry's kind. */
function fingerprintOf(entry: {path: string; kind: EntryKind; stat: Stats}, digests: ContentDigests): string {
  if (entry.kind === "link") {
    try {
      return `link to ${readlinkSync(entry.path)}`;
    } catch {
      return "link";
    }
  }
  if (entry.kind !== "file") return entry.kind;
  if (entry.stat.size > LARGEST_HASHED) return `large file of ${entry.stat.size} bytes, modified ${entry.stat.mtimeMs}`;
  try {
    return digests.of(entry.path, entry.stat);
  } catch (e) {
    return `unreadable: ${(e as NodeJS.ErrnoException).code}`;
  }
}

/** One hash over the names and content of every shared input (and the articles folder when it is elsewhere). */
export function sharedInputsHash(project: Project): string {
  const hash = createHash("sha256");
  // (Files unchanged since the last check keep their digest unread: content-digests.ts.)
  const digests = new ContentDigests(join(project.cache, ".input-digests.json"));
  const inputs = SHARED_INPUTS.map((input) => join(project.root, input));
  if (process.env.ARTICLES_DIR) inputs.push(resolve(process.env.ARTICLES_DIR));
  for (const input of inputs) {
    for (const entry of entriesUnder(input)) {
      hash.update(relative(project.root, entry.path)).update("\0").update(fingerprintOf(entry, digests)).update("\0");
    }
  }
  digests.save();
  return hash.digest("hex");
}

/** The version loader's data (src/data/version.json.ts): a short form of the shared inputs' hash. */
export const versionData = (sharedHash: string) => ({inputs: sharedHash.slice(0, 16)});

/** Every data loader under src/ (a file with two extensions, such as `articles.json.ts`). */
export function dataLoaders(project: Project): string[] {
  return [...filesUnder(project.src)].filter((f) => LOADER.test(f)).map((f) => relative(project.src, f));
}

/** The cached outputs a loader may have written, including every value of a `[param]`. */
export function cachedOutputsOf(project: Project, loader: string): string[] {
  const target = loader.replace(/\.[^.]+$/, "");
  const parts = target.split(sep);
  let dirs = [project.cache];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const pattern = new RegExp(`^${part.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\?\[[^\]]+\\?\]/g, "[^/]+")}${last ? "(\\.\\d+)?(\\.err)?" : ""}$`);
    const next: string[] = [];
    for (const dir of dirs) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      for (const entry of readdirSync(dir)) if (pattern.test(entry)) next.push(join(dir, entry));
    }
    dirs = next;
  }
  return dirs;
}

interface State {
  loaders: Record<string, string>;
}

const statePath = (project: Project) => join(project.cache, ".fingerprints.json");

function readState(project: Project): State {
  try {
    return JSON.parse(readFileSync(statePath(project), "utf8"));
  } catch {
    return {loaders: {}};
  }
}

function writeState(project: Project, state: State) {
  mkdirSync(project.cache, {recursive: true});
  writeFileSync(statePath(project), JSON.stringify(state, null, 1));
}

/** Fingerprint of everything one loader's output depends on. */
function loaderFingerprints(project: Project, shared: string): Record<string, string> {
  return Object.fromEntries(
    dataLoaders(project).map((loader) => [
      loader,
      createHash("sha256").update(shared).update(readFileSync(join(project.src, loader))).digest("hex")
    ])
  );
}

/** Loaders whose inputs changed since the state was last recorded. */
function changedLoaders(project: Project): {changed: string[]; fingerprints: Record<string, string>; shared: string} {
  const previous = readState(project).loaders;
  const shared = sharedInputsHash(project);
  const fingerprints = loaderFingerprints(project, shared);
  const changed = Object.keys(fingerprints).filter((loader) => previous[loader] !== fingerprints[loader]);
  return {changed, fingerprints, shared};
}

/**
 * Before a build: removes the cached outputs of loaders whose inputs changed, except those of the
 * loaders in `rewritten`, whose outputs the build itself rewrites where their content changed.
 * Returns also the shared inputs' hash (the version loader's data).
 */
export function removeStaleOutputs(project: Project, rewritten: string[] = []): {changed: string[]; removed: string[]; shared: string} {
  const {changed, fingerprints, shared} = changedLoaders(project);
  const removed: string[] = [];
  for (const loader of changed) {
    if (rewritten.includes(loader)) continue;
    for (const output of cachedOutputsOf(project, loader)) {
      rmSync(output, {recursive: true, force: true});
      removed.push(relative(project.root, output));
    }
  }
  writeState(project, {loaders: fingerprints});
  return {changed, removed, shared};
}

/**
 * While the preview server runs: marks loaders whose inputs changed as newer than their outputs.
 * The preview server watches loader files, so it re-runs them and pushes the new data to open pages.
 */
export function touchStaleLoaders(project: Project): string[] {
  const {changed, fingerprints} = changedLoaders(project);
  const now = new Date();
  for (const loader of changed) utimesSync(join(project.src, loader), now, now);
  writeState(project, {loaders: fingerprints});
  return changed;
}
