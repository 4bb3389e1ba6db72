/**
 * The ingest command line, read and checked: what to add and how, the help, or the one problem that
 * makes the command wrong (exit 2). Kept apart from scripts/ingest.ts so its checks are tested in-process.
 */
import { parseArgs } from "node:util";
import { readDate } from "../../loaders/ingest/dates.ts";
import { folderProblem } from "./paths.ts";

export interface IngestCommand {
  files: string[];
  dir: string;
  dryRun: boolean;
  meta: { outlet?: string; published?: string; url?: string; title?: string };
}

export type ReadCommand = { help: true } | { problem: string } | { command: IngestCommand };

export function readIngestCommand(args: string[]): ReadCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        published: { type: "string" },
        url: { type: "string" },
        title: { type: "string" },
        dir: { type: "string", default: "data/articles" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { help: true };
  if (files.length === 0) return { problem: "no FILE given" };
  if (files.length > 1 && (values.title || values.url)) return { problem: "--title and --url describe one article; give a single FILE with them" };
  const date = values.published === undefined ? undefined : readDate(values.published);
  if (date && "problem" in date) return { problem: `--published ${date.problem}` };
  if (values.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(values.url)) return { problem: `--url '${values.url}' is not a web link (want http:// or https://…)` };
  for (const key of ["outlet", "title"] as const) if (values[key] !== undefined && !values[key]!.trim()) return { problem: `--${key} is empty` };
  const dirProblem = folderProblem(values.dir!);
  if (dirProblem) return { problem: `--dir ${dirProblem}` };
  return {
    command: {
      files, dir: values.dir!, dryRun: values["dry-run"]!,
      meta: { outlet: values.outlet?.trim(), published: date?.date, url: values.url, title: values.title?.trim() },
    },
  };
}
