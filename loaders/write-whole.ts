/**
 * Writes a file whole: under a name no other writer uses (process, thread and a random part), then
 * renamed into place, so a reader never sees half a file and two writers of the same file (two builds,
 * two worker threads of one process) each rename their own copy instead of racing for one.
 */
import { closeSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { threadId } from "node:worker_threads";

/** A name beside `path` that no other writer uses: this process, this thread, and a random part. */
const tempName = (path: string) => `${path}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}.tmp`;

export function writeWhole(path: string, data: string | Uint8Array): void {
  const temp = tempName(path);
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** How much text a chunked write gathers before it writes: large enough that the writes cost nothing, small enough to stay out of the memory figures. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a file whole from pieces of text, as writeWhole does, without ever holding the whole text: an
 * 80 MB download made as one string (and its bytes) took 200 MB of memory at 10,000 articles.
 */
export function writeWholeChunks(path: string, chunks: Iterable<string>): void {
  const temp = tempName(path);
  const fd = openSync(temp, "w");
  try {
    let pending = "";
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_BYTES) { writeSync(fd, pending); pending = ""; }
    }
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/**
 * Writes `data` whole unless the file already holds exactly it; returns whether it wrote. On a disk busy
 * with a build, reading a file back is far cheaper than writing it again.
 */
export function writeChanged(path: string, data: string): boolean {
  try {
    const old = readFileSync(path);
    if (old.length === Buffer.byteLength(data) && old.equals(Buffer.from(data))) return false;
  } catch {
    // missing or unreadable: write it
  }
  writeWhole(path, data);
  return true;
}
