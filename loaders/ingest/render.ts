import { stringify } from "yaml";

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/**
 * The .md file the reader will read: YAML front matter, then the text exactly as given.
 * Empty fields are left out; the source file name is kept so an article can be traced back.
 */
export function renderArticleFile(meta: ArticleMeta, body: string, sourceFile: string): string {
  const fields: Record<string, string> = {};
  for (const key of ["title", "outlet", "published", "url"] as const) {
    const value = meta[key];
    if (value) fields[key] = value;
  }
  fields.ingested_from = sourceFile;
  // Plain strings only (no YAML dates), one line each, so the reader's core schema reads them back unchanged.
  const yaml = stringify(fields, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  return `---\n${yaml}---\n${body}`;
}
