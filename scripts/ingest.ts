/**
 * Adds articles to the report: `npm run ingest -- FILE... [options]`. See --help.
 */
import { parseArgs } from "node:util";
import { ingestFiles } from "../loaders/ingest/ingest.ts";
import { readDate } from "../loaders/ingest/dates.ts";
import { folderProblem } from "./lib/paths.ts";

const HELP = `Add news articles to the report.

usage: npm run ingest -- FILE... [options]

FILE        .txt, .md (front matter kept) or .html (a saved page: reduced to its article
            text; title, outlet, date and link taken from its meta tags)

options:
  --outlet X           the outlet, e.g. "AFP" (wins over what the file says)
  --published DATE     publication date, YYYY-MM-DD (or "23 August 2019"); never a day
                       that does not exist, a date without a year or one in the future
  --url U              the article's web address (http or https)
  --title T            the headline (--title and --url only with a single FILE)
  --dir D              where articles go (default: data/articles)
  --dry-run            check everything, write nothing
  -h, --help           this text

Each article is written as D/<date>-<headline-words>-<hash>.md: UTF-8, \\n line ends, YAML
front matter. Text already in D (same words, white space aside) or a URL already in D is
refused, naming the article that is there. So are files that are empty, binary, too large,
not English or not news; the summary says why for each.

Exit code: 0 when every file was added; 1 when any file was refused (the others are still
added), so scripts notice; 2 when the command itself is wrong (unknown option, bad date).
Files can also be dropped into D by hand (.txt or .md); the report lists any it cannot read.`;

function fail(message: string): never {
  console.error(`ingest: ${message}\nrun 'npm run ingest -- --help' for usage`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
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
  fail((e as Error).message);
}
const { values, positionals: files } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (files.length === 0) fail("no FILE given");
if (files.length > 1 && (values.title || values.url)) fail("--title and --url describe one article; give a single FILE with them");
const date = values.published === undefined ? undefined : readDate(values.published);
if (date && "problem" in date) fail(`--published ${date.problem}`);
const published = date?.date;
if (values.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(values.url)) fail(`--url '${values.url}' is not a web link (want http:// or https://…)`);
for (const key of ["outlet", "title"] as const) if (values[key] !== undefined && !values[key]!.trim()) fail(`--${key} is empty`);

const dirProblem = folderProblem(values.dir!);
if (dirProblem) fail(`--dir ${dirProblem}`);

let result;
try {
  result = ingestFiles(files, {
    dir: values.dir!,
    dryRun: values["dry-run"],
    meta: { outlet: values.outlet?.trim(), published, url: values.url, title: values.title?.trim() },
  });
} catch (e) {
  fail(`could not use the articles folder '${values.dir}': ${(e as Error).message.split("\n")[0]}`);
}
const { added, refused } = result;

const verb = values["dry-run"] ? "would add" : "added";
for (const a of added) {
  console.log(`${verb}   ${a.source} → ${values.dir}/${a.file}  (${a.words} words: "${a.title}")`);
  for (const note of a.notes) console.log(`          note: ${note}`);
}
for (const r of refused) console.log(`refused ${r.source}: ${r.reason}`);
console.log(`\n${added.length} ${verb}, ${refused.length} refused`);
process.exit(refused.length ? 1 : 0);
