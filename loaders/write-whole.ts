/**
 * Writes a file whole: under a name no other writer uses (process, thread and a random part), then
 * renamed into place, so a reader never sees half a file and two writers of the same file (two builds,
 * two worker threads of one process) each rename their own copy instead of racing for one.
 */
import { renameSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";

export function writeWhole(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
