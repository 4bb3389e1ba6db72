/**
 * The Claims page's data: every claim, searchable, however large the corpus. The claims are cut, newest
 * first, into parts of at most PART_BYTES of JSON each; the page loads an index (how many claims, each
 * part's dates, and for each table, source, place and perpetrator the parts that hold it) with the
 * newest part inside it, and fetches an older part only when the reader's filters or a button ask for
 * it. So no page loads more than its budget up front, and no claim is left out.
 * No offsets: the article viewer holds those.
 */
import * as aq from "arquero";
import {allClaims, shortQuote} from "./report.ts";
import type {Tables} from "./types.ts";

/** Bytes of JSON in one part of the claims list (the index with the newest part stays under the page budget). */
export const PART_BYTES = 300_000;

export type ListedClaim = ReturnType<typeof listedClaims>[number];

/** Every claim as a row of the list, newest first (undated ones last), then by id: the order the parts are cut in. */
export function listedClaims(tables: Tables) {
  const titles = new Map(tables.articles.map((a) => [a.id, a.outlet]));
  // Written out field by field (offsets and start/end left to the article viewer): copying 140,000
  // claims with a rest pattern and a spread took a second at 10,000 articles.
  const rows = allClaims(tables).map((c) => ({
    claim_id: c.claim_id, table: c.table, article_id: c.article_id, what: c.what, figure: c.figure, value: c.value,
    who: c.who, place: c.place, source: c.source, perpetrator: c.perpetrator, when: c.when, date_note: c.date_note,
    in_scope: c.in_scope, quote: shortQuote(c.quote), sources: c.sources, corroboration: c.corroboration,
    date: c.end ?? c.start, outlet: titles.get(c.article_id) ?? null
  }));
  return rows.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.claim_id.localeCompare(b.claim_id));
}

/** The rows cut into consecutive parts of at most `maxBytes` of JSON (a part holds at least one row). */
export function cutIntoParts<T>(rows: T[], maxBytes = PART_BYTES): T[][] {
  const parts: T[][] = [];
  let part: T[] = [], bytes = 12; // {"rows":[]}
  for (const row of rows) {
    const size = Buffer.byteLength(JSON.stringify(row)) + 1;
    if (part.length && bytes + size > maxBytes) { parts.push(part); part = []; bytes = 12; }
    part.push(row);
    bytes += size;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** The file name of part `i` (0 is the newest, shipped inside the index). */
export const partName = (i: number) => `part${i + 1}`;

export const FACETS = ["table", "source", "place", "perpetrator"] as const;

/** For each value of each facet: how many claims have it and which parts hold them, most frequent first. */
function facets(parts: ListedClaim[][]) {
  const flat = aq.from(parts.flatMap((rows, part) => rows.map((r) => ({table: r.table, source: r.source, place: r.place, perpetrator: r.perpetrator, part}))));
  return Object.fromEntries(FACETS.map((column) => [column, (flat
    .filter(aq.escape((d: Record<string, unknown>) => d[column] != null))
    .groupby(column)
    .rollup({count: aq.op.count(), parts: aq.op.array_agg_distinct("part")})
    .orderby(aq.desc("count"), column)
    .objects() as Array<Record<string, unknown>>)
    .map((d) => ({value: d[column] as string, count: d.count as number, parts: (d.parts as number[]).sort((a, b) => a - b)}))]));
}

/** The index the Claims page loads (totals, each part's dates and counts, the facets, the newest part's rows) and every part, from one cut. */
export function claimsList(tables: Tables, maxBytes = PART_BYTES) {
  const parts = cutIntoParts(listedClaims(tables), maxBytes);
  const dates = (rows: ListedClaim[]) => rows.map((r) => r.date).filter((d): d is string => d != null);
  const index = {
    total: parts.reduce((n, p) => n + p.length, 0),
    parts: parts.map((rows, i) => {
      const d = dates(rows);
      return {name: partName(i), claims: rows.length, newest: d[0] ?? null, oldest: d.at(-1) ?? null, undated: rows.length - d.length};
    }),
    facets: facets(parts),
    first: parts[0] ?? []
  };
  return {index, parts: parts.map((rows, i) => ({name: partName(i), rows}))};
}

/** The index the Claims page loads. */
export const claimsIndex = (tables: Tables, maxBytes = PART_BYTES) => claimsList(tables, maxBytes).index;

/** One part's rows, by name ("part2"); null when there is no such part. */
export function claimsPart(tables: Tables, name: string, maxBytes = PART_BYTES): ListedClaim[] | null {
  const i = /^part([1-9]\d*)$/.exec(name);
  return i ? cutIntoParts(listedClaims(tables), maxBytes)[+i[1] - 1] ?? null : null;
}
