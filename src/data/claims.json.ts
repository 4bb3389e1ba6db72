// Framework data loader: every claim as one searchable list (loaders/report/claims-list.ts).
import {claimsListData} from "../../loaders/report/claims-list.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";

process.stdout.write(JSON.stringify(claimsListData((await loadCorpus()).tables)));
