import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { checkArticleSize, decodeArticleBytes } from "../articles/decode.ts";
import { splitFrontMatter } from "../articles/front-matter.ts";
import { ArticleError } from "../articles/types.ts";
import { htmlToArticle } from "./html-article.ts";
import type { ArticleMeta } from "./render.ts";

export const INPUT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

/** Saved pages carry scripts, styles and inline images; the text taken out must still fit one article. */
export const MAX_HTML_BYTES = 15 * 1024 * 1024;

export interface InputArticle {
  /** Article text: UTF-8, `\n` line ends, NFC. */
  body: string;
  /** Metadata the file itself gives (front matter or page meta tags). */
  meta: ArticleMeta;
  warnings: string[];
}

const NO_META: ArticleMeta = { title: null, outlet: null, published: null, url: null };

/** Reads a file given to `ingest` into text and metadata; throws ArticleError saying what is wrong. */
export function readInput(path: string): InputArticle {
  const ext = extname(path).toLowerCase();
  if (!INPUT_EXTENSIONS.includes(ext)) throw new ArticleError(`'${ext || "no extension"}' files cannot be ingested; give .txt, .md or .html`);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ArticleError("this is not a file");
    size = stat.size;
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    throw new ArticleError(`cannot be opened: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const html = ext === ".html" || ext === ".htm";
  checkArticleSize(size, html ? MAX_HTML_BYTES : undefined); // before reading, so a huge file is never loaded
  const bytes = readFileSync(path);
  if (html) return readHtml(bytes);
  const { text, warnings } = decodeArticleBytes(bytes, { lenient: true });
  if (ext === ".txt") return { body: text, meta: { ...NO_META }, warnings };
  const { meta, body } = splitFrontMatter(text);
  return { body, meta: { title: meta.title ?? null, outlet: meta.outlet ?? null, published: meta.published ?? null, url: meta.url ?? null }, warnings };
}

function readHtml(bytes: Uint8Array): InputArticle {
  // The byte checks (binary, image, size) apply to HTML too; the decoded text is then handed on
  // as a string when it is UTF-8, else as bytes so the page's own <meta charset> is followed.
  let decoded: { text: string; warnings: string[] } | null = null;
  try {
    decoded = decodeArticleBytes(bytes, { maxBytes: MAX_HTML_BYTES });
  } catch (e) {
    if (!(e instanceof ArticleError) || !/UTF-8|UTF-16/.test(e.message)) throw e;
    decodeArticleBytes(bytes, { maxBytes: MAX_HTML_BYTES, lenient: true }); // still refuses binary data
  }
  const page = htmlToArticle(decoded ? decoded.text : bytes);
  if (page.text.trim() === "") throw new ArticleError("the page holds no article text");
  return { body: page.text, meta: page.meta, warnings: [...(decoded?.warnings ?? []), ...page.warnings] };
}
