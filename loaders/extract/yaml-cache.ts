/**
 * A YAML file's data, kept as JSON in .cache/ under a hash of the file's text. The conflict profile is
 * a few kilobytes, but the YAML parser's first run in a process costs about 50 ms (most of it the
 * engine compiling the parser), paid again by every process that extracts one new article; reading the
 * same data back as JSON costs well under a millisecond. Data that JSON would not give back exactly
 * (not seen in a profile: a NaN, an infinity) is never kept.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { CACHE_DIR } from "../geo/store.ts";
import { writeWhole } from "../write-whole.ts";

export function parsedYaml(file: string): unknown {
  const text = readFileSync(file, "utf8");
  const kept = join(CACHE_DIR, "yaml", `${createHash("sha256").update(text).digest("hex").slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(kept, "utf8"));
  } catch {
    // not kept yet
  }
  const data = parse(text);
  const json = JSON.stringify(data ?? null);
  if (isDeepStrictEqual(JSON.parse(json), data ?? null)) {
    try {
      mkdirSync(join(CACHE_DIR, "yaml"), { recursive: true });
      writeWhole(kept, json);
    } catch {
      // only a shortcut: the next process parses the file again
    }
  }
  return data;
}
