/**
 * The Claims page's data: every claim as one searchable list (no offsets; the article viewer holds
 * those), within the page budget: past it, the newest claims (budget.ts).
 */
import {BUDGET, fitting, newest} from "./budget.ts";
import {allClaims, shortQuote} from "./report.ts";
import type {Tables} from "./types.ts";

export function claimsListData(tables: Tables) {
  const titles = new Map(tables.articles.map((a) => [a.id, {title: a.title, outlet: a.outlet}]));
  const claims = allClaims(tables).map(({quote_start, quote_end, figure_start, figure_end, start, end, ...c}) => ({...c, quote: shortQuote(c.quote), date: end ?? start, outlet: titles.get(c.article_id)?.outlet ?? null}));
  const {rows, trim} = fitting(claims, BUDGET.claims, newest, (n) => `the newest ${n}`);
  return {claims: rows, trimmed: trim ? {claims: trim} : {}};
}
