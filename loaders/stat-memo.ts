/**
 * Values worked out from a file's bytes (a digest, a cache key), remembered with the file's size, times
 * and inode: a file whose four are unchanged has the same bytes, as make and git assume, so its value is
 * taken from here without reading it, and a folder of 10,000 articles is checked with one stat each.
 * Used by the pipeline's file keys and by the freshness check before a build; each saves it where it likes.
 */
import type {Stats} from "node:fs";

export type Stamped<V> = [size: number, mtimeMs: number, ctimeMs: number, ino: number, value: V];

export class StatMemo<V> {
  private readonly before: Map<string, Stamped<V>>;
  private readonly now = new Map<string, Stamped<V>>();
  private worked = false;

  /** `saved`: what `toJSON` gave last time (anything else is ignored, and every file is read once). */
  constructor(saved?: unknown) {
    this.before = new Map(saved && typeof saved === "object" ? Object.entries(saved as Record<string, Stamped<V>>).filter(([, s]) => Array.isArray(s) && s.length === 5) : []);
  }

  /**
   * The value for the file `name`, whose stat is `stat`: the remembered one when the file is unchanged,
   * else `work()` (a null from it, a file that cannot be read, is not remembered).
   */
  valueOf(name: string, stat: Stats, work: () => V | null): V | null {
    const old = this.before.get(name);
    if (old && old[0] === stat.size && old[1] === stat.mtimeMs && old[2] === stat.ctimeMs && old[3] === stat.ino) {
      this.now.set(name, old);
      return old[4];
    }
    const value = work();
    if (value === null) return null;
    this.now.set(name, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, value]);
    this.worked = true;
    return value;
  }

  /** Whether `name`'s value was remembered from last time rather than worked out now. */
  remembered(name: string): boolean {
    const now = this.now.get(name);
    return now !== undefined && now === this.before.get(name);
  }

  /** Whether this time differs from the saved one: a value worked out, or a file gone. */
  get changed(): boolean {
    return this.worked || this.now.size !== this.before.size;
  }

  /** The files seen this time, to be saved (a file not asked about this time is forgotten). */
  toJSON(): Record<string, Stamped<V>> {
    return Object.fromEntries(this.now);
  }
}
