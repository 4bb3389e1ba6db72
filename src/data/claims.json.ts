// Framework data loader: the Claims page's index, with the newest part of the claims list (loaders/report/claims-list.ts).
import {claimsIndex} from "../../loaders/report/claims-list.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";

process.stdout.write(JSON.stringify(claimsIndex((await loadCorpus()).tables)));
