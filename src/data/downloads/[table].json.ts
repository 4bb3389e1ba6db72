// Framework data loader: one claim table as JSON.
import {parseArgs} from "node:util";
import {tableRows} from "./tables.ts";

const {values: {table}} = parseArgs({options: {table: {type: "string"}}});
process.stdout.write(JSON.stringify(await tableRows(table), null, 1));
