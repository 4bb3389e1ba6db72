import { basename, extname } from "node:path";

/** Lower-case ASCII words joined by '-', accents dropped, other scripts dropped, at most `max` characters. */
export function slugOf(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/**
 * The file name (and so the id) of an ingested article: date, title words and the start of the
 * text's hash, e.g. `2019-08-23-regime-forces-enter-key-town-3f2a9c1b.md`. Built only from these
 * parts, never from the name the file came in with, so no '../' or odd letter can reach the disk.
 * Stable: the same text and metadata always give the same name.
 */
export function articleFileName(parts: { published: string | null; title: string; sha256: string; sourceFile: string }): string {
  const words = slugOf(parts.title) || slugOf(basename(parts.sourceFile, extname(parts.sourceFile))) || "article";
  return `${parts.published ?? "undated"}-${words}-${parts.sha256.slice(0, 8)}.md`;
}
