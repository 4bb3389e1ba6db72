/**
 * The claim tables as the report reads them (the contract in /work/shared/eval/README.md, plus the
 * extra fields the extractor adds). Every field the report does not strictly need is optional, so
 * the report keeps building while the extractor grows.
 */
export interface ArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** True (or the reason as text) when the date was not given but inferred from the text. */
  published_inferred?: boolean | string | null;
  outlet_inferred?: boolean | string | null;
  url: string | null;
  words: number;
  file?: string;
  warnings?: string[];
  [extra: string]: unknown;
}

interface ClaimBase {
  /** Stable id of the claim, unique across tables (assigned by the report if the extractor gives none). */
  claim_id: string;
  article_id: string;
  start: string | null;
  end: string | null;
  date_precision?: string | null;
  in_scope?: boolean | null;
  /** Why an out-of-scope claim is set aside ("other conflict", "whole war", "disaster"...). */
  scope_note?: string | null;
  quote: string;
  quote_start?: number | null;
  quote_end?: number | null;
  sentence?: number | null;
  /** "published" when the claim has no date of its own and carries its article's. */
  date_basis?: string | null;
  /** The claim this one breaks down ("including 800 civilians" is part of "2,000 people"). */
  part_of?: string | null;
  group_id?: string | null;
  [extra: string]: unknown;
}

export interface CasualtyRow extends ClaimBase {
  outcome: "killed" | "injured" | string;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  qualifier?: string | null;
  vague: string | null;
  victims: string | null;
  place?: string | null;
  attributed_to?: string | null;
  perpetrator?: string | null;
  part_of?: string | null;
  group_id?: string | null;
}

export interface DisplacementRow extends ClaimBase {
  kind: "displaced" | "at_risk" | "refugees" | "projected" | "population" | string;
  count_best: number | null;
  count_low?: number | null;
  count_high?: number | null;
  qualifier?: string | null;
  unit?: "people" | "families" | "households" | string | null;
  people_best: number | null;
  people_per_household?: number | null;
  vague: string | null;
  attributed_to?: string | null;
  place?: string | null;
}

export interface TerritoryRow extends ClaimBase {
  action: string;
  place: string | null;
  place_mention?: string | null;
  lat: number | null;
  lon: number | null;
  governorate?: string | null;
  geo_precision?: string | null;
  country?: string | null;
  place_id?: string | null;
  /** Unresolved: the places the name could mean, and why none was chosen. */
  candidates?: string | null;
  resolution_note?: string | null;
  actor?: string | null;
  attributed_to?: string | null;
}

export interface RejectedRow {
  file: string;
  reason: string;
}

export interface Tables {
  articles: ArticleRow[];
  casualties: CasualtyRow[];
  displacement: DisplacementRow[];
  territory: TerritoryRow[];
  rejected: RejectedRow[];
  /** Why the tables may be incomplete (e.g. the extractor could not be loaded). */
  notes: string[];
}
