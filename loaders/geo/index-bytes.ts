/**
 * The place index's bytes: whole in memory, or read from its file a stretch at a time. An article looks
 * up a few names (about two binary searches and a few place lines each, measured on 300 development
 * texts), so a process that extracts one new article need not read the 38 MB file whole: it reads the
 * lines it searches, which with the line offsets saved beside the file (`.starts`) are known unread.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export interface IndexBytes {
  readonly length: number;
  /** Bytes start to end (end excluded): a view when in memory, a fresh copy when read from the file. */
  slice(start: number, end: number): Buffer;
}

export const inMemory = (buf: Buffer): IndexBytes => ({ length: buf.length, slice: (start, end) => buf.subarray(start, end) });

/** The file, kept open for the life of the process (a later rebuild renames a new file in; this one stays readable). */
export function onDisk(path: string): IndexBytes {
  const fd = openSync(path, "r");
  let length: number;
  try {
    length = fstatSync(fd).size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return {
    length,
    slice(start, end) {
      const out = Buffer.allocUnsafe(Math.max(0, end - start));
      for (let at = 0; at < out.length; ) {
        const n = readSync(fd, out, at, out.length - at, start + at);
        if (n === 0) throw new Error("place index: file cut short");
        at += n;
      }
      return out;
    },
  };
}
