import {cpSync, existsSync, mkdtempSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** A copy of the project that a test may change freely (node_modules shared by symlink). */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "report-"));
  for (const entry of ["package.json", "package-lock.json", "tsconfig.json", "observablehq.config.ts", "loaders", "scripts", "data"]) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(dir, entry), {recursive: true});
  }
  cpSync(join(projectRoot, "src"), join(dir, "src"), {recursive: true, filter: (s) => !s.includes(".observablehq")});
  const npmCache = join(projectRoot, "src/.observablehq/cache/_npm");
  if (existsSync(npmCache)) cpSync(npmCache, join(dir, "src/.observablehq/cache/_npm"), {recursive: true});
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"));
  return dir;
}
