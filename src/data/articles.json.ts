// Framework data loader: the Sources page's data (loaders/report/sources-data.ts).
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {sourcesData} from "../../loaders/report/sources-data.ts";

process.stdout.write(JSON.stringify(sourcesData((await loadCorpus()).tables)));
