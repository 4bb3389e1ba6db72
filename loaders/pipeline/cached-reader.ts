/**
 * The article reader with a memory: a file whose bytes and name are unchanged since the last run is
 * not decoded and checked again. Keyed by a hash of the name and raw bytes (not by file times,
 * which copies and checkouts change), versioned by the reader's own code.
 */
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {MAX_ARTICLE_BYTES} from "../articles/decode.ts";
import {readArticleFile, type FileReader} from "../articles/read.ts";
import {entryAt, readRegularFile} from "../articles/safe-file.ts";
import type {Article, RejectedFile} from "../articles/types.ts";
import {JsonCache} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";

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
    if (!("reason" in result)) cache.set(key, result);
    return result;
  };
}

/**
 * The cache keys of `files` (bytes and a hash each: cheap), and how many of them the cache has never
 * read: enough to decide how to split the work, and the reader then need not hash them again.
 */
export function readKeys(cacheRoot: string, dir: string, files: string[]): {keys: Map<string, string>; unread: number} {
  const cache = readCache(cacheRoot);
  const keys = new Map<string, string>();
  let unread = 0;
  for (const file of files) {
    const bytes = bytesOf(join(dir, file));
    if (bytes === null) continue;
    const key = keyOf(file, bytes);
    keys.set(file, key);
    if (!existsSync(cache.pathOf(key))) unread++;
  }
  return {keys, unread};
}
