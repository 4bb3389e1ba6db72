/**
 * The Sources page's data: the articles (metadata and claim counts, no text), the rejected files and
 * the places not on the map, with the corpus's totals; the whole within the page budget (budget.ts):
 * the short lists first, then as many articles as the rest allows.
 */
import {loadProfile} from "../extract/profile.ts";
import {readAccuracy} from "./accuracy.ts";
import {BUDGET, DATA_LIMIT, fitting, newest, type Trim} from "./budget.ts";
import {framing} from "./framing.ts";
import {vagueReadings} from "./readings.ts";
import {corpusSummary, sourcesTable} from "./report.ts";
import {summariseTerritory} from "./territory.ts";
import type {Tables} from "./types.ts";

export function sourcesData(tables: Tables) {
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
  return {...rest, articles: articles.map(({date, ...a}) => a), trimmed};
}
