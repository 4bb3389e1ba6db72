/**
 * Peak memory of the build, as `npm run bench` reports it: this process (both of its threads) and
 * Framework's process, which runs beside it. Each is the operating system's own count of the most
 * resident memory at any one moment; Framework's is written by a hook loaded into it (record-peak.cjs)
 * as it exits.
 */
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const mb = (kb: number) => Math.round(kb / 1024);

/** This process's peak so far, in MB. */
export const ownPeakMb = (): number => mb(process.resourceUsage().maxRSS);

/** Node options and environment that make a child record its peak; `peak()` reads it (MB) once the child is done. */
export function childPeak(): {execArgv: string[]; env: Record<string, string>; peak: () => number | null} {
  const dir = mkdtempSync(join(tmpdir(), "peak-"));
  const file = join(dir, "kb");
  return {
    execArgv: ["--require", join(dirname(fileURLToPath(import.meta.url)), "record-peak.cjs")],
    env: {RECORD_PEAK_FILE: file},
    peak() {
      try {
        return mb(Number(readFileSync(file, "utf8")));
      } catch {
        return null; // the child stopped before it could write it
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    }
  };
}
