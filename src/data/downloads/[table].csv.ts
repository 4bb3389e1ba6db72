// Framework data loader: one claim table as CSV (formula-injection guarded, numbers stay numbers),
// its schema's columns first, so even an empty table has its header.
import {parseArgs} from "node:util";
import {loadCorpus} from "../../../loaders/report/corpus.ts";
import {downloadText} from "./tables.ts";

const {values: {table}} = parseArgs({options: {table: {type: "string"}}});
process.stdout.write(downloadText((await loadCorpus()).tables, table, "csv"));
