// Framework data loader: every claim as one searchable list (no offsets; article pages hold those),
// within the page budget: past it, the newest claims (loaders/report/budget.ts).
import {BUDGET, fitting, newest} from "../../loaders/report/budget.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {allClaims, shortQuote} from "../../loaders/report/report.ts";

const {tables} = await loadCorpus();
const titles = new Map(tables.articles.map((a) => [a.id, {title: a.title, outlet: a.outlet}]));
const claims = allClaims(tables).map(({quote_start, quote_end, figure_start, figure_end, start, end, ...c}) => ({...c, quote: shortQuote(c.quote), date: end ?? start, outlet: titles.get(c.article_id)?.outlet ?? null}));
const {rows, trim} = fitting(claims, BUDGET.claims, newest, (n) => `the newest ${n}`);
process.stdout.write(JSON.stringify({claims: rows, trimmed: trim ? {claims: trim} : {}}));
