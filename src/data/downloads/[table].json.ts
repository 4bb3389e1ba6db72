// Framework data loader: one claim table as JSON.
import {parseArgs} from "node:util";
import {loadCorpus} from "../../../loaders/report/corpus.ts";
import {downloadText} from "./tables.ts";

const {values: {table}} = parseArgs({options: {table: {type: "string"}}});
process.stdout.write(downloadText((await loadCorpus()).tables, table, "json"));
