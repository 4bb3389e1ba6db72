/** Every claim of every table as one list: what the Claims page searches and the article pages link to. */
import * as aq from "arquero";
import {corroborate} from "./corroboration.ts";
import {claimDate, formatDate, undatedReason} from "./dates.ts";
import {describeCount} from "./numbers.ts";
import type {z} from "zod";
import type {ClaimSchema} from "./schema.ts";
import type {Tables} from "./types.ts";

export type Claim = z.infer<typeof ClaimSchema>;

/** The figure's offsets in the article (the extractor's mention), or the place's within the quote. */
function figureAt(row: Record<string, unknown>, quote: string, quoteStart: number | null | undefined): {figure_start: number | null; figure_end: number | null} {
  if (typeof row.mention_start === "number" && typeof row.mention_end === "number") return {figure_start: row.mention_start, figure_end: row.mention_end};
  const name = typeof row.place_mention === "string" ? row.place_mention : null;
  const at = name && typeof quoteStart === "number" ? quote.indexOf(name) : -1;
  return at >= 0 ? {figure_start: quoteStart! + at, figure_end: quoteStart! + at + name!.length} : {figure_start: null, figure_end: null};
}

const perpetratorOf = (row: Record<string, unknown>) => (typeof row.perpetrator === "string" && row.perpetrator ? row.perpetrator : typeof row.actor === "string" && row.actor ? row.actor : null);

// The build asks for every claim three times (article pages, the Claims list, the downloads) from
// one set of tables: worked out once (2.8 s at 10,000 articles). Callers only read the rows.
const known = new WeakMap<Tables, Claim[]>();

export function allClaims(t: Tables): Claim[] {
  let claims = known.get(t);
  if (!claims) known.set(t, (claims = claimsOf(t)));
  return claims;
}

function claimsOf(t: Tables): Claim[] {
  const when = (start: string | null, end: string | null) => (start && end && start !== end ? `${formatDate(start)} – ${formatDate(end)}` : end || start ? formatDate(end ?? start) : "");
  const articles = new Map(t.articles.map((a) => [a.id, a]));
  // A date the report cannot trust (an undated article's borrowed or guessed year) is not shown as the claim's.
  const dated = (c: {article_id: string; start: string | null; end: string | null; quote: string; date_precision?: string | null}) => {
    const article = articles.get(c.article_id);
    const trusted = !!article?.published || claimDate(c, article) != null;
    const [start, end] = trusted ? [c.start, c.end] : [null, null];
    return {start, end, when: when(start, end) || "undated", date_note: undatedReason(c, article)};
  };
  // One object literal per claim, every field in place from the start (the grades are filled in below):
  // claims made by spreading pieces together, and given two more fields afterwards, were slow to make
  // and slower to read (the engine keeps such objects as dictionaries).
  type Fields = Pick<Claim, "what" | "figure" | "value" | "who" | "place" | "perpetrator">;
  const claim = (r: {claim_id: string; article_id: string; attributed_to?: unknown; in_scope?: unknown; quote: string; quote_start?: number | null; quote_end?: number | null; start: string | null; end: string | null}, table: Claim["table"], f: Fields): Claim => {
    const {start, end, when, date_note} = dated(r);
    const {figure_start, figure_end} = figureAt(r, r.quote, r.quote_start);
    return {
      claim_id: r.claim_id, table, article_id: r.article_id, what: f.what, figure: f.figure, value: f.value, who: f.who, place: f.place,
      source: (r.attributed_to as string) ?? null, perpetrator: f.perpetrator, start, end, when, date_note, in_scope: r.in_scope !== false,
      quote: r.quote, quote_start: r.quote_start ?? null, quote_end: r.quote_end ?? null, figure_start, figure_end,
      sources: 1, corroboration: "single source"
    };
  };
  const claims: Claim[] = [
    ...t.casualties.map((c) => claim(c, "casualties", {what: c.outcome, figure: describeCount(c), value: c.count_best ?? c.count_low ?? null, who: c.victims ?? null, place: (c.place as string) ?? null, perpetrator: perpetratorOf(c)})),
    ...t.displacement.map((d) => claim(d, "displacement", {what: d.kind, figure: describeCount(d) + (d.unit && d.unit !== "people" ? ` ${d.unit}` : ""), value: d.people_best ?? d.count_best ?? null, who: null, place: (d.place as string) ?? null, perpetrator: null})),
    ...t.territory.map((e) => claim(e, "territory", {what: e.action, figure: e.place ?? e.place_mention ?? "", value: null, who: (e.actor as string) ?? null, place: e.place ?? e.place_mention ?? null, perpetrator: perpetratorOf(e)}))
  ];
  // Corroboration across articles: who reports each claim, and its cross-article group.
  const groupOf = new Map([...t.casualties, ...t.displacement, ...t.territory].map((r) => [r.claim_id, typeof r.group_id === "string" ? r.group_id : null]));
  // Only the fields corroborate reads, and the grades added to the claims made above: copying 140,000
  // claims whole twice more took a second at 10,000 articles.
  const graded = corroborate(claims.map(({claim_id, table, what, who, place, start, end, value, source, article_id}) =>
    ({claim_id, table, what, who, place, start, end, value, group_id: groupOf.get(claim_id) ?? null, reporter: source ?? articles.get(article_id)?.outlet ?? article_id})));
  for (const c of claims) {
    const grade = graded.get(c.claim_id);
    if (!grade) continue;
    c.sources = grade.sources;
    c.corroboration = grade.corroboration;
  }
  return claims;
}

type Counts = {casualties: number; displacement: number; territory: number; total: number};

/** Claims per article, by table (every article listed, with zeros). */
export function claimCounts(t: Tables): Map<string, Counts> {
  const counts = new Map<string, Counts>(t.articles.map((a) => [a.id, {casualties: 0, displacement: 0, territory: 0, total: 0}]));
  const rows = (["casualties", "displacement", "territory"] as const).flatMap((table) => t[table].map((r) => ({article_id: r.article_id, table})));
  if (!rows.length) return counts;
  const perArticle = aq.from(rows).groupby("article_id", "table").count().objects() as Array<{article_id: string; table: keyof Counts; count: number}>;
  for (const {article_id, table, count} of perArticle) {
    const c = counts.get(article_id);
    if (!c) continue;
    c[table] = count;
    c.total += count;
  }
  return counts;
}
