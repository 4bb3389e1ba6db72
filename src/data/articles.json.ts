// Framework data loader: the articles (metadata and claim counts, no text), the rejected files and the
// places not on the map, with the corpus's totals; the whole file within the page budget
// (loaders/report/budget.ts): the short lists first, then as many articles as the rest allows.
import {loadProfile} from "../../loaders/extract/profile.ts";
import {BUDGET, DATA_LIMIT, fitting, newest, type Trim} from "../../loaders/report/budget.ts";
import {framing} from "../../loaders/report/framing.ts";
import {vagueReadings} from "../../loaders/report/readings.ts";
import {readAccuracy} from "../../loaders/report/accuracy.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {corpusSummary, sourcesTable} from "../../loaders/report/report.ts";
import {summariseTerritory} from "../../loaders/report/territory.ts";

const {tables} = await loadCorpus();
const trimmed: Record<string, Trim> = {};
const keep = <T>(key: string, list: T[], max: number, cut: (rows: T[], n: number) => T[], rule: (n: number) => string, limit: number): T[] => {
  const {rows, trim} = fitting(list, max, cut, rule, limit);
  if (trim) trimmed[key] = trim;
  return rows;
};
const SHORT_LIST_LIMIT = DATA_LIMIT / 8;
const rejected = keep("rejected", tables.rejected, BUDGET.rows, (l, n) => l.slice(0, n), (n) => `the first ${n}`, SHORT_LIST_LIMIT);
// The page shows each place and how often it is named; the articles naming it are on the Territory page.
const unresolvedAll = summariseTerritory(tables.territory, tables.articles).unresolved.map(({place, claims, candidates, add_line}) => ({place, claims, candidates, add_line}));
const unresolved = keep("unresolved", unresolvedAll, BUDGET.rows, (l, n) => l.slice().sort((a, b) => b.claims - a.claims).slice(0, n), (n) => `the ${n} most named`, SHORT_LIST_LIMIT);
const rest = {framing: framing(tables, loadProfile()), readings: vagueReadings(tables), accuracy: readAccuracy(), corpus: corpusSummary(tables), rejected, unresolved, notes: tables.notes};
const left = DATA_LIMIT - JSON.stringify(rest).length - 2000; // room for the trim notes
const articles = keep("articles", sourcesTable(tables).map((a) => ({...a, date: a.published})), BUDGET.articles, newest, (n) => `the ${n} most recently published`, left);
process.stdout.write(JSON.stringify({...rest, articles: articles.map(({date, ...a}) => a), trimmed}));
