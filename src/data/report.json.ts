// Framework data loader: the aggregated report (headlines, series, events), from the claim tables.
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {buildReport} from "../../loaders/report/report.ts";

const {tables} = await loadCorpus();
process.stdout.write(JSON.stringify(buildReport(tables)));
