/**
 * Files' content digests, remembered by size, times and inode (`StatMemo`): before each build the
 * freshness check fingerprints every shared input, the articles among them; at 10,000 articles that
 * read and hashed 23 MB, where the stat it already makes now suffices.
 */
import {createHash} from "node:crypto";
import {mkdirSync, readFileSync, type Stats} from "node:fs";
import {dirname} from "node:path";
import {writeWhole} from "../../loaders/write-whole.ts";
import {StatMemo} from "../../loaders/stat-memo.ts";

export class ContentDigests {
  private readonly memo: StatMemo<string>;

  constructor(private readonly file: string) {
    let saved: unknown;
    try {
      saved = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      // none yet, or unreadable: every file is read once
    }
    this.memo = new StatMemo<string>(saved);
  }

  /** The digest of the file at `path`, whose lstat is `stat`; throws as readFileSync does when it cannot be read. */
  of(path: string, stat: Stats): string {
    return this.memo.valueOf(path, stat, () => createHash("sha256").update(readFileSync(path)).digest("base64"))!;
  }

  /** Keeps the files seen this time (a file gone is forgotten), when any was read or went. */
  save(): void {
    if (!this.memo.changed) return;
    try {
      mkdirSync(dirname(this.file), {recursive: true});
      writeWhole(this.file, JSON.stringify(this.memo));
    } catch {
      // only a shortcut: the next check reads the files again
    }
  }
}
