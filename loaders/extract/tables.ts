import type { ScopeNote } from "./scope.ts";
/** The row types of the four claim tables (plus rejected files), as written to JSON and CSV. */
export interface ArticleRow {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  outlet_inferred: boolean;
  outlet_source: string;
  published: string | null;
  published_inferred: boolean;
  published_source: string;
  url: string | null;
  words: number;
  sentences: number;
  repeated_sentences: number;
  casualty_claims: number;
  displacement_claims: number;
  territory_claims: number;
  warnings: string;
}

/** Fields every claim row has: where it is in the article and who says so. */
export interface ClaimBase {
  /** The parser rule that read this claim ("casualty.verb-before", "displacement.verb-after", …): `npm run explain` shows why. */
  rule: string;
  /** Stable: article id + table letter + character offset of the figure or place. */
  id: string;
  /** Shared by the same claim in different articles, so charts count it once. */
  group_id: string;
  article_id: string;
  sentence_index: number;
  quote: string;
  quote_start: number;
  quote_end: number;
  start: string | null;
  end: string | null;
  date_precision: "day" | "week" | "month" | "year" | null;
  date_basis: string;
  attributed_to: string | null;
  in_scope: boolean;
  /** Why a figure is set aside: "other conflict", "before the war", "whole war", "disaster"; null when in scope. */
  scope_note: ScopeNote | null;
}

export interface CasualtyRow extends ClaimBase {
  outcome: "killed" | "injured";
  mention: string;
  mention_start: number;
  mention_end: number;
  count_low: number | null;
  count_best: number;
  count_high: number | null;
  qualifier: string;
  vague: string | null;
  victims: string;
  victims_phrase: string;
  perpetrator: string | null;
  place: string | null;
  place_mention: string | null;
  lat: number | null;
  lon: number | null;
  part_of: string | null;
}

export interface DisplacementRow extends ClaimBase {
  kind: "displaced" | "at_risk" | "refugees" | "projected" | "population";
  mention: string;
  mention_start: number;
  mention_end: number;
  count_low: number | null;
  count_best: number;
  count_high: number | null;
  qualifier: string;
  vague: string | null;
  unit: "people" | "families" | "households";
  families: number | null;
  people_best: number;
  people_per_household: number | null;
  ratio_source: "article" | "default" | null;
  part_of: string | null;
}

export interface TerritoryRow extends ClaimBase {
  action: string;
  action_class: "control" | "siege" | "attack";
  place: string;
  place_mention: string;
  place_resolved: boolean;
  governorate: string | null;
  lat: number | null;
  lon: number | null;
  coords_source: string | null;
  /** GeoNames id ("geonames:…"), region ("geonames-admin1:…"), country ("country:…") or curated id ("curated:…"); null when unresolved. */
  place_id: string | null;
  /** ISO 3166 code of the place's country. */
  country: string | null;
  /** town (a named town or village), region, country, or unknown (unresolved). */
  geo_precision: "town" | "region" | "country" | "unknown";
  /** ACLED geo precision: 1 the named town, 3 a larger region; null when unresolved. */
  acled_geo_precision: 1 | 3 | null;
  /** UCDP GED where_prec: 1 exact place, 4 first-level region, 6 country; null when unresolved. */
  ucdp_where_prec: 1 | 4 | 6 | null;
  /** How the place was found: exact (its own name), variant (another spelling), context (chosen among namesakes), or unresolved. */
  resolution: "exact" | "variant" | "context" | "unresolved";
  /** Why it was chosen so, or why not placed. */
  resolution_note: string | null;
  /** Unresolved: the places the name could mean, for an editor. */
  candidates: string | null;
  perpetrator: string | null;
}

export interface RejectedRow {
  file: string;
  reason: string;
}

export interface ClaimTables {
  articles: ArticleRow[];
  casualties: CasualtyRow[];
  displacement: DisplacementRow[];
  territory: TerritoryRow[];
  rejected: RejectedRow[];
}
