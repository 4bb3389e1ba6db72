/**
 * One schema per table (zod): the row types of the claim tables, the column order of their CSV
 * downloads, and the check that rows are what the report expects. Extraction, the report and the
 * downloads all read these.
 */
import { z } from "zod";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ArticleRowSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  outlet_inferred: z.boolean(),
  /** How the outlet was found: front matter, url, dateline, credit line, byline, sign-off, self-reference, none. */
  outlet_source: z.string(),
  /** The credit form that read it (CREDIT_FORMS in outlet.ts): "agency-tag", "signed-paragraph", "first-lines/dated-tag". */
  outlet_rule: z.string(),
  published: date.nullable(),
  published_inferred: z.boolean(),
  published_source: z.string(),
  url: z.string().nullable(),
  words: z.number().int(),
  sentences: z.number().int(),
  repeated_sentences: z.number().int(),
  casualty_claims: z.number().int(),
  displacement_claims: z.number().int(),
  territory_claims: z.number().int(),
  warnings: z.string(),
});

/** Why a figure is set aside; null when in scope. */
export const ScopeNoteSchema = z.enum(["other conflict", "before the war", "whole war", "disaster", "earlier event"]);

/** Fields every claim row has: where it is in the article and who says so. */
const ClaimBase = z.object({
  /** The parser rule that read this claim ("casualty.verb-before", "territory.passive", …): `npm run explain` shows why. */
  rule: z.string(),
  /** Stable: article id + table letter + character offset of the figure or place. */
  id: z.string(),
  /** Shared by the same claim in different articles, so charts count it once. */
  group_id: z.string(),
  article_id: z.string(),
  sentence_index: z.number().int(),
  quote: z.string(),
  quote_start: z.number().int(),
  quote_end: z.number().int(),
  start: date.nullable(),
  end: date.nullable(),
  date_precision: z.enum(["day", "week", "month", "year"]).nullable(),
  date_basis: z.string(),
  attributed_to: z.string().nullable(),
  in_scope: z.boolean(),
  scope_note: ScopeNoteSchema.nullable(),
});

/** A figure: where it stands in the article, and its low / best / high. */
const Figure = z.object({
  mention: z.string(),
  mention_start: z.number().int(),
  mention_end: z.number().int(),
  count_low: z.number().nullable(),
  count_best: z.number(),
  count_high: z.number().nullable(),
  qualifier: z.string(),
  vague: z.string().nullable(),
});

export const CasualtyRowSchema = ClaimBase.extend(Figure.shape).extend({
  outcome: z.enum(["killed", "injured"]),
  victims: z.string(),
  victims_phrase: z.string(),
  perpetrator: z.string().nullable(),
  place: z.string().nullable(),
  place_mention: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** The id of the total this figure is part of ("including 5 children"), or null. */
  part_of: z.string().nullable(),
});

export const DisplacementRowSchema = ClaimBase.extend(Figure.shape).extend({
  kind: z.enum(["displaced", "at_risk", "refugees", "projected", "population"]),
  unit: z.enum(["people", "families", "households"]),
  families: z.number().nullable(),
  people_best: z.number(),
  people_per_household: z.number().nullable(),
  ratio_source: z.enum(["article", "default"]).nullable(),
  part_of: z.string().nullable(),
});

export const TerritoryRowSchema = ClaimBase.extend({
  action: z.string(),
  action_class: z.enum(["control", "siege", "attack"]),
  place: z.string(),
  place_mention: z.string(),
  /** Where the place's name stands in the article, for highlighting it. */
  mention_start: z.number().int(),
  mention_end: z.number().int(),
  place_resolved: z.boolean(),
  governorate: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  coords_source: z.string().nullable(),
  /** GeoNames id ("geonames:…"), region ("geonames-admin1:…"), country ("country:…") or curated id ("curated:…"); null when unresolved. */
  place_id: z.string().nullable(),
  /** ISO 3166 code of the place's country. */
  country: z.string().nullable(),
  /** town (a named town or village), region, country, or unknown (unresolved). */
  geo_precision: z.enum(["town", "region", "country", "unknown"]),
  /** ACLED geo precision: 1 the named town, 2 a district, 3 a larger region; null when unresolved. */
  acled_geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /** UCDP GED where_prec: 1 exact place, 3 second-level unit (a district), 4 first-level region, 6 country; null when unresolved. */
  ucdp_where_prec: z.union([z.literal(1), z.literal(3), z.literal(4), z.literal(6)]).nullable(),
  /** How the place was found: exact (its own name), variant (another spelling), context (chosen among namesakes), or unresolved. */
  resolution: z.enum(["exact", "variant", "context", "unresolved"]),
  /** Why it was chosen so, or why not placed. */
  resolution_note: z.string().nullable(),
  /** Unresolved: the places the name could mean, for an editor. */
  candidates: z.string().nullable(),
  perpetrator: z.string().nullable(),
});

export const RejectedRowSchema = z.object({ file: z.string(), reason: z.string() });

export type ArticleRow = z.infer<typeof ArticleRowSchema>;
export type ScopeNoteValue = z.infer<typeof ScopeNoteSchema>;
export type CasualtyRow = z.infer<typeof CasualtyRowSchema>;
export type DisplacementRow = z.infer<typeof DisplacementRowSchema>;
export type TerritoryRow = z.infer<typeof TerritoryRowSchema>;
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

export const TABLE_SCHEMAS = {
  articles: ArticleRowSchema,
  casualties: CasualtyRowSchema,
  displacement: DisplacementRowSchema,
  territory: TerritoryRowSchema,
  rejected: RejectedRowSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;

export interface ClaimTables {
  articles: ArticleRow[];
  casualties: CasualtyRow[];
  displacement: DisplacementRow[];
  territory: TerritoryRow[];
  rejected: RejectedRow[];
}

/** A table's columns, in the schema's order: the CSV header, even for a table with no rows. */
export const columnsOf = (table: TableName): string[] => Object.keys(TABLE_SCHEMAS[table].shape);

/** Checks every row of every table against its schema; the first problem names the table, row and field. */
export function checkTables(tables: ClaimTables): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    const schema = TABLE_SCHEMAS[name].strict();
    tables[name].forEach((row, i) => {
      const r = schema.safeParse(row);
      if (!r.success) problems.push(`${name}[${i}]: ${r.error.issues.map((x) => `${x.path.join(".") || "(row)"} ${x.message}`).join("; ")}`);
    });
  }
  return problems;
}
