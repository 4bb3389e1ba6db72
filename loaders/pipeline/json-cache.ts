/**
 * A folder of JSON files keyed by content hashes, one sub-folder per version. Opening a version
 * removes the others: their entries can never be read again.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {writeWhole} from "../write-whole.ts";

export class JsonCache<T> {
  readonly dir: string;

  constructor(root: string, version: string) {
    this.dir = join(root, version);
    if (existsSync(root)) {
      for (const entry of readdirSync(root)) if (entry !== version) rmSync(join(root, entry), {recursive: true, force: true});
    }
    mkdirSync(this.dir, {recursive: true});
  }

  pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(key), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: T): void {
    const path = this.pathOf(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), {recursive: true});
    // Written whole, so a reader never sees half an entry (two builds may share the cache).
    writeWhole(path, JSON.stringify(value));
  }
}
