// Framework data loader: the articles (metadata and claim counts, no text), the rejected files and the
// places not on the map, with the corpus's totals; lists within the page budget (loaders/report/budget.ts).
import {BUDGET, fitting, newest, type Trim} from "../../loaders/report/budget.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {corpusSummary, sourcesTable} from "../../loaders/report/report.ts";
import {summariseTerritory} from "../../loaders/report/territory.ts";

const {tables} = await loadCorpus();
const trimmed: Record<string, Trim> = {};
const keep = <T>(key: string, list: T[], max: number, cut: (rows: T[], n: number) => T[], rule: (n: number) => string): T[] => {
  const {rows, trim} = fitting(list, max, cut, rule);
  if (trim) trimmed[key] = trim;
  return rows;
};
const articles = keep("articles", sourcesTable(tables).map((a) => ({...a, date: a.published})), BUDGET.articles, newest, (n) => `the ${n} most recently published`);
const unresolved = summariseTerritory(tables.territory, tables.articles).unresolved;
process.stdout.write(
  JSON.stringify({
    corpus: corpusSummary(tables),
    articles: articles.map(({date, ...a}) => a),
    rejected: keep("rejected", tables.rejected, BUDGET.rows, (l, n) => l.slice(0, n), (n) => `the first ${n}`),
    unresolved: keep("unresolved", unresolved, BUDGET.rows, (l, n) => l.slice().sort((a, b) => b.claims - a.claims).slice(0, n), (n) => `the ${n} most named`),
    notes: tables.notes,
    trimmed
  })
);
