// Framework data loader: one claim table as CSV (formula-injection guarded, numbers stay numbers),
// its schema's columns first, so even an empty table has its header.
import {parseArgs} from "node:util";
import {toCsv} from "../../../loaders/report/csv.ts";
import {columnsOf, type TableName} from "../../../loaders/report/schema.ts";
import {tableRows} from "./tables.ts";

const {values: {table}} = parseArgs({options: {table: {type: "string"}}});
process.stdout.write(toCsv(await tableRows(table), columnsOf(table as TableName)));
