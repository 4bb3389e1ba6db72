/** Checks on folders given on a command line, so a bad path gets one line of explanation, not a stack trace. */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Why `path` cannot be used (or created) as a folder, or null when it can: it is a file, or a file
 * stands where one of its parent folders should be.
 */
export function folderProblem(path: string): string | null {
  for (let p = resolve(path); ; p = dirname(p)) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        if (dirname(p) === p) return null;
        continue; // missing: it will be created, if its parents allow
      }
      if (code === "ENOTDIR") continue; // a parent is a file: found further up
      return `'${path}' cannot be used: ${code === "EACCES" ? "permission denied" : code}`;
    }
    if (stat.isDirectory()) return null;
    return p === resolve(path) ? `'${path}' is a file, not a folder` : `'${path}' cannot be a folder: '${p}' is a file`;
  }
}
