// Framework data loader: every claim as one searchable list (no offsets; article pages hold those).
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {allClaims, shortQuote} from "../../loaders/report/report.ts";

const {tables} = await loadCorpus();
const titles = new Map(tables.articles.map((a) => [a.id, {title: a.title, outlet: a.outlet}]));
process.stdout.write(
  JSON.stringify(allClaims(tables).map(({quote_start, quote_end, start, end, ...c}) => ({...c, quote: shortQuote(c.quote), date: end ?? start, outlet: titles.get(c.article_id)?.outlet ?? null})))
);
