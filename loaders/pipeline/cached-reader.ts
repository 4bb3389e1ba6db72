/**
 * The article reader with a memory: a file whose bytes and name are unchanged since the last run is
 * not decoded and checked again. Keyed by a hash of the name and raw bytes (not by file times,
 * which copies and checkouts change), versioned by the reader's own code.
 */
import {createHash} from "node:crypto";
import {readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {MAX_ARTICLE_BYTES} from "../articles/decode.ts";
import {readArticleFile, type FileReader} from "../articles/read.ts";
import type {Article, RejectedFile} from "../articles/types.ts";
import {JsonCache} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";

export function cachedFileReader(cacheRoot: string): FileReader {
  const cache = new JsonCache<Article | RejectedFile>(join(cacheRoot, "articles"), extractorVersion(undefined, ["loaders/articles"]));
  return (dir, file) => {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_ARTICLE_BYTES) return readArticleFile(dir, file);
      bytes = readFileSync(path);
    } catch {
      return readArticleFile(dir, file); // let the reader word the problem
    }
    const key = createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
    const known = cache.get(key);
    if (known) return known;
    const result = readArticleFile(dir, file);
    cache.set(key, result);
    return result;
  };
}
