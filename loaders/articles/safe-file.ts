/**
 * Reading a file of the articles folder without ever leaving the folder or waiting forever: links
 * are not followed (a link could publish any file on the machine, and git stores links), pipes and
 * devices are not opened for reading, and a file's size is known before a byte of it is read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { checkArticleSize } from "./decode.ts";
import { ArticleError } from "./types.ts";

export type EntryKind = "file" | "folder" | "link" | "pipe" | "socket" | "device";

export function kindOf(stat: Stats): EntryKind {
  if (stat.isSymbolicLink()) return "link";
  if (stat.isFile()) return "file";
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "pipe";
  if (stat.isSocket()) return "socket";
  return "device";
}

/** Why an entry that is not a regular file cannot be an article, in words a journalist can act on. */
export function notAFile(kind: Exclude<EntryKind, "file">): string {
  switch (kind) {
    case "link":
      return "this is a link (shortcut) to another file or folder; links are not followed, so that nothing from outside the articles folder is ever published; copy the article itself into the folder";
    case "folder":
      return "this is a folder; articles must sit directly in the articles folder";
    case "pipe":
      return "this is a named pipe (FIFO), not a file; articles are .txt or .md files";
    case "socket":
      return "this is a network socket, not a file; articles are .txt or .md files";
    case "device":
      return "this is a device, not a file; articles are .txt or .md files";
  }
}

/** What is at `path`, without following a link; null when nothing is there. */
export function entryAt(path: string): { kind: EntryKind; size: number } | null {
  try {
    const stat = lstatSync(path);
    return { kind: kindOf(stat), size: stat.size };
  } catch {
    return null;
  }
}

/**
 * The bytes of the regular file at `path`, refused (ArticleError) when it is a link, not a file, or
 * larger than `maxBytes`. The checks are made on the opened file itself, so a file swapped for a
 * link or a pipe between the check and the read is still refused.
 */
export function readRegularFile(path: string, maxBytes?: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a pipe for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new ArticleError(openProblem(e as NodeJS.ErrnoException));
  }
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind !== "file") throw new ArticleError(notAFile(kind));
    checkArticleSize(stat.size, maxBytes);
    const bytes = Buffer.alloc(stat.size);
    let at = 0;
    for (let n = 1; at < bytes.length && n > 0; at += n) n = readSync(fd, bytes, at, bytes.length - at, at);
    return at < bytes.length ? bytes.subarray(0, at) : bytes;
  } finally {
    closeSync(fd);
  }
}

function openProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ELOOP":
    case "EMLINK":
      return notAFile("link");
    case "ENOENT":
      return "the file disappeared while the folder was being read";
    case "EACCES":
    case "EPERM":
      return "the file cannot be opened: permission denied";
    case "ENAMETOOLONG":
      return "the file name is too long for this system; rename it";
    case "ENXIO":
      return notAFile("socket");
    default:
      return `the file cannot be opened (${e.code ?? e.message})`;
  }
}
