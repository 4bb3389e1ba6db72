/**
 * The article reader with a memory: a file whose bytes and name are unchanged since the last run is
 * not decoded and checked again. Keyed by a hash of the name and raw bytes (not by file times,
 * which copies and checkouts change), versioned by the reader's own code.
 */
import {createHash} from "node:crypto";
import {existsSync, lstatSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {writeWhole} from "../write-whole.ts";
import {MAX_ARTICLE_BYTES} from "../articles/decode.ts";
import {readArticleFile, type FileReader} from "../articles/read.ts";
import {entryAt, readRegularFile} from "../articles/safe-file.ts";
import type {Article, RejectedFile} from "../articles/types.ts";
import {asciiJson, JsonCache} from "./json-cache.ts";
import {articleKey} from "./article-tables.ts";
import {extractorVersion} from "./version.ts";
import {StatMemo} from "../stat-memo.ts";

const readCache = (cacheRoot: string) => new JsonCache<Article | RejectedFile>(join(cacheRoot, "articles"), extractorVersion(undefined, ["loaders/articles"]));
const keyOf = (file: string, bytes: Buffer) => createHash("sha256").update(file).update("\0").update(bytes).digest("hex");

/**
 * The bytes of a file the reader would read, or null for anything it rejects before reading: a link
 * (never followed), a pipe or a folder, a file too large (its size is checked before any byte is read).
 */
function bytesOf(path: string): Buffer | null {
  const entry = entryAt(path);
  if (entry?.kind !== "file" || entry.size > MAX_ARTICLE_BYTES) return null;
  try {
    return readRegularFile(path, MAX_ARTICLE_BYTES);
  } catch {
    return null;
  }
}

/**
 * The reader through the cache. `keys` may hold keys already computed for some files (readKeys'),
 * so that their bytes are not read and hashed twice.
 */
export function cachedFileReader(cacheRoot: string, keys: Map<string, string> = new Map()): FileReader {
  const cache = readCache(cacheRoot);
  return (dir, file) => {
    let key = keys.get(file);
    if (!key) {
      const bytes = bytesOf(join(dir, file));
      if (!bytes) return readArticleFile(dir, file); // let the reader word the problem
      key = keyOf(file, bytes);
    }
    const known = cache.get(key);
    if (known) return known;
    const result = readArticleFile(dir, file);
    // A rejection is not kept: it can depend on the day (a date in the future), and rejected files are few.
    // The claims key is hashed here, once, and kept with the read: warm runs then hash nothing per article.
    if (!("reason" in result)) cache.set(key, {...result, claimsKey: articleKey(result)});
    return result;
  };
}

// The keys of the last run on a folder (StatMemo: unchanged files keep theirs unread), and the cache it read them into.
const SEEN_FILE = "file-keys.json";

/** The keys seen by the last run on `dir`, and whether that run read them into the same cache as now. */
function loadSeen(cacheRoot: string, dir: string, cache: string): {seen: StatMemo<string>; sameCache: boolean} {
  try {
    const saved = JSON.parse(readFileSync(join(cacheRoot, SEEN_FILE), "latin1")) as {dir: string; cache?: string; files: unknown};
    if (saved.dir === dir) return {seen: new StatMemo<string>(saved.files), sameCache: saved.cache === cache};
  } catch {
    // none yet, or unreadable
  }
  return {seen: new StatMemo<string>(), sameCache: false};
}

function saveSeen(cacheRoot: string, dir: string, cache: string, seen: StatMemo<string>) {
  try {
    writeWhole(join(cacheRoot, SEEN_FILE), asciiJson({dir, cache, files: seen}));
  } catch {
    // Only a shortcut: without it the next run hashes the files again.
  }
}

/** A regular file's key: remembered while its size, times and inode are unchanged, else by hashing its bytes. */
function keyFor(dir: string, file: string, seen: StatMemo<string>): string | null {
  let stat;
  try {
    stat = lstatSync(join(dir, file));
  } catch {
    return null;
  }
  if (!stat.isFile() || stat.size > MAX_ARTICLE_BYTES) return null;
  return seen.valueOf(file, stat, () => {
    const bytes = bytesOf(join(dir, file));
    return bytes === null ? null : keyOf(file, bytes);
  });
}

/**
 * The cache keys of `files` (a stat each, and a hash of the files changed since the last run), and how
 * many of them the cache has never read: enough to decide how to split the work, and the reader then
 * need not hash them again.
 */
export function readKeys(cacheRoot: string, dir: string, files: string[]): {keys: Map<string, string>; unread: number} {
  const cache = readCache(cacheRoot);
  const keys = new Map<string, string>();
  const {seen, sameCache} = loadSeen(cacheRoot, dir, cache.dir);
  let unread = 0;
  for (const file of files) {
    const key = keyFor(dir, file, seen);
    if (key === null) continue;
    keys.set(file, key);
    // A file unchanged since the last run into this cache was read then: no need to look for its entry.
    const readBefore = sameCache && seen.remembered(file);
    if (!readBefore && !existsSync(cache.pathOf(key))) unread++;
  }
  if (!sameCache || seen.changed) saveSeen(cacheRoot, dir, cache.dir, seen);
  return {keys, unread};
}
