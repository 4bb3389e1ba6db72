import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

// No dots: Framework would take "page.md" or "x.html" for a file of another kind, and a trailing dot
// ("story.") is dropped from web addresses.
const SAFE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
// An id becomes file names with more added (a content hash, ".json"): stay far below the 255-byte limit.
export const MAX_ID_LENGTH = 100;

/**
 * The id of the article in a file: its name without extension when that is URL-safe, otherwise a
 * slug of it plus a short hash of the original name, so two odd names never collide.
 */
export function articleIdFor(file: string): { id: string; renamed: boolean } {
  // NFC, so a name copied from macOS (which stores decomposed accents) keeps its id.
  const stem = basename(file, extname(file)).normalize("NFC");
  if (SAFE.test(stem) && stem.length <= MAX_ID_LENGTH) return { id: stem, renamed: false };
  const slug = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const hash = createHash("sha256").update(stem).digest("hex").slice(0, 8);
  return { id: `${slug || "article"}-${hash}`, renamed: true };
}
