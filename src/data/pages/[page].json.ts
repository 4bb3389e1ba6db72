// Framework data loader: one page's share of the aggregated report (loaders/report/pages.ts).
import {parseArgs} from "node:util";
import {loadCorpus} from "../../../loaders/report/corpus.ts";
import {pageData, PAGES, type PageName} from "../../../loaders/report/pages.ts";
import {buildReport} from "../../../loaders/report/report.ts";

const {values: {page}} = parseArgs({options: {page: {type: "string"}}});
if (!PAGES.includes(page as PageName)) throw new Error(`no page '${page}'`);
const {tables} = await loadCorpus();
process.stdout.write(JSON.stringify(pageData(buildReport(tables), page as PageName)));
