// Small helpers shared by the pages: numbers and dates as a newsroom writes them, and claim links.
import {html} from "npm:htl";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const fmt = (n) => (n == null ? "–" : Math.round(n).toLocaleString("en-US"));
export function longDate(iso) {
  if (!iso) return "undated";
  const [y, m, d] = String(iso).slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
export const claimHref = (d, base = ".") => `${base}/articles/${encodeURIComponent(d.article_id)}#${d.claim_id}`;
/** A link to the sentence a claim came from. Text is interpolated (escaped), never parsed as HTML. */
export const quoteLink = (d, base = ".") => html`<a href=${claimHref(d, base)} title="Open the sentence in its article">“${d.quote}”</a>`;
/** "14 places" / "1 place". */
export const plural = (n, one, many = one + "s") => `${fmt(n)} ${n === 1 ? one : many}`;
/** "A, B and C". */
export function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
