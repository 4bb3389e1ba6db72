// Framework data loader: the articles (metadata and claim counts, no text) and the rejected files.
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {sourcesTable} from "../../loaders/report/report.ts";
import {summariseTerritory} from "../../loaders/report/territory.ts";

const {tables} = await loadCorpus();
process.stdout.write(
  JSON.stringify({
    articles: sourcesTable(tables),
    rejected: tables.rejected,
    unresolved: summariseTerritory(tables.territory, tables.articles).unresolved,
    notes: tables.notes
  })
);
