/**
 * The article reader with a memory: a file whose bytes and name are unchanged since the last run is
 * not decoded and checked again. Keyed by a hash of the name and raw bytes (not by file times,
 * which copies and checkouts change), versioned by the reader's own code.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {MAX_ARTICLE_BYTES} from "../articles/decode.ts";
import {readArticleFile, type FileReader} from "../articles/read.ts";
import type {Article, RejectedFile} from "../articles/types.ts";
import {JsonCache} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";

const readCache = (cacheRoot: string) => new JsonCache<Article | RejectedFile>(join(cacheRoot, "articles"), extractorVersion(undefined, ["loaders/articles"]));
const keyOf = (file: string, bytes: Buffer) => createHash("sha256").update(file).update("\0").update(bytes).digest("hex");

/** The bytes of a file the reader would read, or null for anything it rejects before reading. */
function bytesOf(path: string): Buffer | null {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size <= MAX_ARTICLE_BYTES ? readFileSync(path) : null;
  } catch {
    return null;
  }
}

export function cachedFileReader(cacheRoot: string): FileReader {
  const cache = readCache(cacheRoot);
  return (dir, file) => {
    const bytes = bytesOf(join(dir, file));
    if (!bytes) return readArticleFile(dir, file); // let the reader word the problem
    const key = keyOf(file, bytes);
    const known = cache.get(key);
    if (known) return known;
    const result = readArticleFile(dir, file);
    cache.set(key, result);
    return result;
  };
}

/** How many of `files` the cache has never read: cheap (bytes and a hash), to decide how to split the work. */
export function countUnread(cacheRoot: string, dir: string, files: string[]): number {
  const cache = readCache(cacheRoot);
  return files.filter((file) => {
    const bytes = bytesOf(join(dir, file));
    return bytes !== null && !existsSync(cache.pathOf(keyOf(file, bytes)));
  }).length;
}
