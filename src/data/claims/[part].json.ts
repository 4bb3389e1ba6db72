// Framework data loader: one older part of the claims list (`part2`, `part3` …), fetched by the Claims
// page when the reader asks for it. The build writes every part in one pass instead
// (scripts/lib/report-pages.ts) and publishes them beside the page; this runs in the dev server.
import {parseArgs} from "node:util";
import {claimsPart} from "../../../loaders/report/claims-list.ts";
import {loadCorpus} from "../../../loaders/report/corpus.ts";

const {values: {part = ""}} = parseArgs({options: {part: {type: "string"}}});
// A part the list does not have is an answer, not a failure: the page says so (a static server answers 404).
process.stdout.write(JSON.stringify({rows: claimsPart((await loadCorpus()).tables, part) ?? null}));
