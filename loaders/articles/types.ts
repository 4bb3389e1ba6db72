/** One article as read from `data/articles/`, before any extraction. */
export interface Article {
  /** File name without extension; stable and URL-safe (see `article-id.ts`). */
  id: string;
  /** File name as found in the folder. */
  file: string;
  format: "txt" | "md";
  title: string;
  /** Metadata given in front matter; null when absent (extraction may infer it). */
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The article body, UTF-8, `\n` line ends, NFC. Every character offset in the claim tables points into it. */
  text: string;
  words: number;
  /** SHA-256 of `text`: identical texts are one article, and caches key on it. */
  sha256: string;
  bytes: number;
  /** SHA-256 of `text` with white space collapsed: copies that differ only in spacing are one article (duplicates.ts). */
  fingerprint?: string;
  /** The claims cache's key (loaders/pipeline/article-tables.ts), kept with a cached read so it is hashed once. */
  claimsKey?: string;
  /** Things a reader of the report should know about this file (it was still read). */
  warnings: string[];
}

/** A file that could not be read as an article, and why, in words a journalist can act on. */
export interface RejectedFile {
  file: string;
  reason: string;
}

export interface ArticleSet {
  articles: Article[];
  rejected: RejectedFile[];
}

/** Thrown for a file that cannot be an article; the message is shown to people as is. */
export class ArticleError extends Error {}
