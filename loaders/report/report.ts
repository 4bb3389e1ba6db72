/** Everything the report's pages show, aggregated from the claim tables (small, whatever the corpus size). */
import {summariseCasualties} from "./casualties.ts";
import {allClaims, claimCounts} from "./claims.ts";
import {summariseDisplacement} from "./displacement.ts";
import {headlines} from "./headlines.ts";
import {landmarks, m5Route, readGazetteer} from "./m5.ts";
import {summariseTerritory} from "./territory.ts";
import type {Tables} from "./types.ts";

/** Quotes in the aggregated data are cut to this many characters; the article page has the full sentence. */
export const QUOTE_CHARS = 300;
export const shortQuote = (q: string) => (q.length > QUOTE_CHARS ? `${q.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : q);

/** Every `quote` in a tree of plain data, shortened: keeps report.json small as the corpus grows. */
function shortenQuotes<T>(x: T): T {
  if (Array.isArray(x)) return x.map(shortenQuotes) as T;
  if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === "quote" && typeof v === "string" ? shortQuote(v) : shortenQuotes(v)])) as T;
  return x;
}

export function buildReport(t: Tables) {
  return shortenQuotes(buildFullReport(t));
}

function buildFullReport(t: Tables) {
  const casualties = summariseCasualties(t.casualties, t.articles);
  const displacement = summariseDisplacement(t.displacement, t.articles);
  const territory = summariseTerritory(t.territory, t.articles);
  const dates = t.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return {
    corpus: {
      articles: t.articles.length,
      rejected: t.rejected.length,
      outlets: [...new Set(t.articles.map((a) => a.outlet).filter(Boolean))].length,
      first_published: dates[0] ?? null,
      last_published: dates.at(-1) ?? null,
      claims: {casualties: t.casualties.length, displacement: t.displacement.length, territory: t.territory.length},
      notes: t.notes
    },
    headlines: headlines(casualties, displacement, territory),
    casualties: {...casualties, undated: casualties.undated.length},
    displacement,
    territory,
    m5: m5Route(readGazetteer()),
    landmarks: landmarks(readGazetteer())
  };
}

export type Report = ReturnType<typeof buildReport>;

/** The articles table for the Sources page: metadata and claim counts, no text. */
export function sourcesTable(t: Tables) {
  const counts = claimCounts(t);
  return t.articles.map((a) => {
    const {warnings, ...meta} = a;
    return {...meta, warnings: warnings ?? [], claims: counts.get(a.id) ?? {casualties: 0, displacement: 0, territory: 0, total: 0}};
  });
}

export {allClaims};
