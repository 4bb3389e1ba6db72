import { parse, YAMLParseError } from "yaml";
import { z } from "zod";
import { publicationDateProblem } from "./publication-date.ts";
import { ArticleError } from "./types.ts";

// Kept here for the callers that import it from front matter.
export { isRealDate } from "./publication-date.ts";

/** Metadata is a few lines; a longer block is text caught between two '---' lines, and YAML parsing it is slow. */
export const MAX_FRONT_MATTER = 16 * 1024;

const optionalText = z.string().trim().min(1).nullish();
const Meta = z.object({
  title: optionalText,
  outlet: optionalText,
  published: z
    .string()
    .trim()
    .refine((s) => publicationDateProblem(s) === null, { error: (issue) => publicationDateProblem(String(issue.input)) ?? "not a date" })
    .nullish(),
  // Only web links, written out percent-encoded, so a quote or '<' in it can never end an HTML attribute.
  url: z
    .url({ protocol: /^https?$/, error: (issue) => `'${String(issue.input)}' is not a web link (want http:// or https://…)` })
    .transform((u) => new URL(u).href).nullish(),
}).loose();

export type FrontMatter = z.infer<typeof Meta>;

/**
 * Splits a Markdown article into YAML front matter and body. Dates are read as plain strings
 * (YAML 1.2 core schema), so a date that does not exist is reported instead of silently moved.
 */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  // The YAML block may be empty (`---` directly followed by `---`).
  const m = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) {
    if (/^---[ \t]*\n/.test(text)) throw new ArticleError("front matter starts with '---' but never ends with a closing '---' line");
    return { meta: {}, body: text };
  }
  const yaml = m[1] ?? "";
  if (yaml.length > MAX_FRONT_MATTER) {
    throw new ArticleError(`the front matter is ${Math.round(yaml.length / 1024)} kB long; it holds a few lines of metadata (title, outlet, published, url), so its closing '---' is probably missing or misplaced`);
  }
  let raw: unknown;
  try {
    raw = parse(yaml, { schema: "core", prettyErrors: false }) ?? {};
  } catch (e) {
    const why = e instanceof YAMLParseError ? e.message.split("\n")[0] : String(e);
    throw new ArticleError(`malformed front matter: ${why}`);
  }
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ArticleError("malformed front matter: expected 'key: value' lines");
  // YAML may read `published: 2019-08-23` as a string under the core schema; numbers and booleans are coerced to text.
  const coerced = Object.fromEntries(Object.entries(raw as object).map(([k, v]) => [k, typeof v === "number" || typeof v === "boolean" ? String(v) : v]));
  const result = Meta.safeParse(coerced);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ArticleError(`front matter '${issue.path.join(".")}': ${issue.message}`);
  }
  return { meta: result.data, body: text.slice(m[0].length) };
}
