/**
 * One zod schema per table, as the report reads it and readers download it: the columns every row
 * has, in the order the downloads give them. Extra columns the extractor adds pass through (loose
 * objects), so the report keeps building while the extractor grows; a row missing a column the
 * report relies on fails here, with the table and row named, not as a blank chart.
 */
import {z} from "zod";
import {CasualtyRowSchema, DisplacementRowSchema, TerritoryRowSchema} from "../extract/tables.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const date = isoDate.nullable();
const count = z.number().nullable();
const text = z.string().nullable();

export const ArticleSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  outlet: text,
  published: date,
  url: text,
  words: z.number()
});

// The claim tables are the extraction's (loaders/extract/tables.ts), with the id the report gives each
// claim: one schema per table, shared by extraction, report and downloads.
export const CasualtySchema = CasualtyRowSchema.extend({claim_id: z.string()}).loose();
export const DisplacementSchema = DisplacementRowSchema.extend({claim_id: z.string()}).loose();
export const TerritorySchema = TerritoryRowSchema.extend({claim_id: z.string()}).loose();

/** Every claim of every table as one list: the Claims page, the article pages and claims.csv. */
export const ClaimSchema = z.object({
  claim_id: z.string(),
  table: z.enum(["casualties", "displacement", "territory"]),
  article_id: z.string(),
  /** killed / injured / displaced / at_risk / captured / air strike … */
  what: z.string(),
  /** The figure as written ("more than 800"), or the place for territory. */
  figure: z.string(),
  value: count,
  who: text,
  place: text,
  source: text,
  /** Who the article says did it, as it says it ("A and B" stays joint). */
  perpetrator: text,
  start: date,
  end: date,
  when: z.string(),
  /** Why the claim cannot be placed in time, or null when it can. */
  date_note: text,
  in_scope: z.boolean(),
  /** How many independent sources report this claim (its cross-article group). */
  sources: z.number(),
  /** single source / corroborated (another source reports it) / contested (another source gives a different figure). */
  corroboration: z.enum(["single source", "corroborated", "contested"]),
  quote: z.string(),
  quote_start: count,
  quote_end: count,
  /** Where the figure (or the place, for territory) lies in the article text: what its page highlights. */
  figure_start: count,
  figure_end: count
});

export const RejectedSchema = z.object({file: z.string(), reason: z.string()});

export const TABLE_SCHEMAS = {
  articles: ArticleSchema,
  casualties: CasualtySchema,
  displacement: DisplacementSchema,
  territory: TerritorySchema,
  claims: ClaimSchema,
  rejected: RejectedSchema
} as const;
export type TableName = keyof typeof TABLE_SCHEMAS;

/** The schema's columns, in order: the header a download has even when it has no rows. */
export const columnsOf = (name: TableName): string[] => Object.keys(TABLE_SCHEMAS[name].shape);

/** Checks every row of a table, naming the table and the first bad row. */
export function checkRows<T>(name: TableName, rows: unknown[]): T[] {
  const schema = TABLE_SCHEMAS[name];
  return rows.map((row, i) => {
    const r = schema.safeParse(row);
    if (!r.success) throw new Error(`${name} row ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    return r.data as T;
  });
}
