/**
 * Adds articles to the report: `npm run ingest -- FILE... [options]`. See --help.
 */
import { readIngestCommand } from "./lib/ingest-command.ts";

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

const read = readIngestCommand(process.argv.slice(2));
if ("help" in read) {
  console.log(HELP);
  process.exit(0);
}
if ("problem" in read) fail(read.problem);
const { command } = read;

// (Loaded only now: the page reader is heavy, and help or a wrong command should answer at once.)
const { ingestFiles } = await import("../loaders/ingest/ingest.ts");
let result;
try {
  result = ingestFiles(command.files, { dir: command.dir, dryRun: command.dryRun, meta: command.meta });
} catch (e) {
  fail(`could not use the articles folder '${command.dir}': ${(e as Error).message.split("\n")[0]}`);
}
const { added, refused } = result;

const verb = command.dryRun ? "would add" : "added";
for (const a of added) {
  console.log(`${verb}   ${a.source} → ${command.dir}/${a.file}  (${a.words} words: "${a.title}")`);
  for (const note of a.notes) console.log(`          note: ${note}`);
}
for (const r of refused) console.log(`refused ${r.source}: ${r.reason}`);
console.log(`\n${added.length} ${verb}, ${refused.length} refused`);
process.exit(refused.length ? 1 : 0);
