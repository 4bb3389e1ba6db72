// Small helpers shared by the pages: numbers and dates as a newsroom writes them, and claim links.
import {html} from "npm:htl";
import {articleHref} from "./article-address.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const fmt = (n) => (n == null ? "–" : Math.round(n).toLocaleString("en-US"));
export function longDate(iso) {
  if (!iso) return "undated";
  const [y, m, d] = String(iso).slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
// Links name the .html file: dist/ is served by any static server, with no URL rewriting.
export const claimHref = (d, base = ".") => articleHref(d.article_id, d.claim_id, base);
/** A link to the sentence a claim came from. Text is interpolated (escaped), never parsed as HTML. */
export const quoteLink = (d, base = ".") => html`<a href=${claimHref(d, base)} title="Open the sentence in its article">“${d.quote}”</a>`;
/**
 * A line under a listing the report had to cut to keep the page small (see loaders/report/budget.ts):
 * how many rows are shown of how many, and how they were chosen. Nothing when the list is whole.
 */
export function trimNote(trimmed, key, noun) {
  const t = trimmed?.[key];
  if (!t) return html`<span hidden></span>`; // displays nothing (an empty template would show "null")
  return html`<p class="muted trim-note">Showing ${fmt(t.shown)} of ${fmt(t.total)} ${noun}: ${t.rule}. Every one is in the <a href="./sources.html#download-the-tables">downloads</a> and on its article's page.</p>`;
}

/** "14 places" / "1 place". */
export const plural = (n, one, many = one + "s") => `${fmt(n)} ${n === 1 ? one : many}`;
/** "A, B and C". */
export function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
