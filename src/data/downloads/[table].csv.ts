// Framework data loader: one claim table as CSV (formula-injection guarded, numbers stay numbers).
import {parseArgs} from "node:util";
import {toCsv} from "../../../loaders/report/csv.ts";
import {tableRows} from "./tables.ts";

const {values: {table}} = parseArgs({options: {table: {type: "string"}}});
process.stdout.write(toCsv(await tableRows(table)));
