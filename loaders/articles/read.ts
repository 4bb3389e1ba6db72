import { hash } from "node:crypto";
import { readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { articleIdFor, MAX_ID_LENGTH } from "./article-id.ts";
import { checkArticleSize, decodeArticleBytes } from "./decode.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { notEnglishProse } from "./language.ts";
import { wordRunCount } from "./letters.ts";
import { checkNewsOfShape, notArticleShape } from "./news-check.ts";
import { dropCopies } from "./duplicates.ts";
import { repairGluedWords } from "./repair.ts";
import { entryAt, notAFile, readRegularFile } from "./safe-file.ts";
import { unwrapHardBreaks } from "./unwrap.ts";
import { type Article, ArticleError, type ArticleSet, type RejectedFile } from "./types.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

// The one-shot hash: the same digest as createHash().update().digest(), cheaper for one string.
export const sha256 = (text: string) => hash("sha256", text, "hex");
// The words of /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu, counted in one loop without making them.
export const countWords = (text: string) => wordRunCount(text);

import { looseFingerprint } from "./duplicates.ts";
// Kept here for the callers that import it from the reader.
export { looseFingerprint };

/** Reads one article file's text (already decoded) into an Article. Throws ArticleError on bad content. */
export function parseArticle(file: string, text: string, bytes: number, warnings: string[] = []): Article {
  const ext = extname(file).toLowerCase();
  const format = ext === ".md" ? "md" : "txt";
  const { meta, body: raw } = format === "md" ? splitFrontMatter(text) : { meta: {}, body: text };
  if (raw.trim() === "") throw new ArticleError("the article has metadata but no text");
  const wrap = unwrapHardBreaks(raw);
  const body = wrap.text;
  if (wrap.unwrapped) warnings.push("lines were cut at a fixed width (as in wire copy or e-mail); they were joined again to be read");
  const problem = notArticleShape(body) ?? notEnglishProse(body);
  if (problem) throw new ArticleError(problem);
  const news = checkNewsOfShape(body);
  if (news.problem) throw new ArticleError(news.problem);
  warnings.push(...news.warnings);
  const glue = repairGluedWords(body);
  if (glue.repaired) warnings.push(`${glue.repaired} word${glue.repaired === 1 ? "" : "s"} glued together or broken at a line end (as in text pulled from a PDF) were mended to be read`);
  const { id, renamed } = articleIdFor(file);
  if (renamed) warnings.push(`the file name is not URL-safe (letters, digits, '-' and '_' only, at most ${MAX_ID_LENGTH} characters); the article's id is '${id}'`);
  return {
    id,
    file,
    format,
    title: meta.title ?? titleFromBody(body, format),
    outlet: meta.outlet ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    text: glue.text,
    words: countWords(body),
    sha256: sha256(raw),
    bytes,
    // Computed once here and kept with the cached article: the folder-wide copy check reads it on every run.
    fingerprint: looseFingerprint(glue.text),
    warnings,
  };
}

/** The title is the first line of a .txt article, or the first `#` heading (else first line) of a .md one. */
export function titleFromBody(body: string, format: "txt" | "md"): string {
  const lines = body.split("\n").map((l) => l.trim()).filter(Boolean);
  const heading = format === "md" ? lines.find((l) => /^#\s/.test(l)) : undefined;
  const first = (heading ?? lines[0] ?? "").replace(/^#+\s*/, "");
  return first.length > 200 ? `${first.slice(0, 197)}…` : first;
}

/** Reads one file from disk; returns the article or the reason it was rejected. */
export function readArticleFile(dir: string, file: string): Article | RejectedFile {
  try {
    const ext = extname(file).toLowerCase();
    if (/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(file)) throw new ArticleError("the name points outside the folder ('..'); rename the file or add it with `npm run ingest`");
    if (file.startsWith(".")) throw new ArticleError("hidden file; articles are .txt or .md files");
    const path = join(dir, file);
    // lstat, not stat: a link is reported as a link and never followed.
    const entry = entryAt(path);
    if (!entry && file.includes("\ufffd")) throw new ArticleError("the file name is not valid text (UTF-8), so the file cannot be opened by its name; rename it");
    if (!entry) throw new ArticleError("the file disappeared while the folder was being read");
    if (entry.kind !== "file") throw new ArticleError(notAFile(entry.kind));
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      throw new ArticleError(`'${ext || "no extension"}' is not an article format (.txt or .md); add HTML and other files with \`npm run ingest\``);
    }
    checkArticleSize(entry.size); // before reading, so a huge file is never loaded
    return readArticleBytes(file, readRegularFile(path));
  } catch (e) {
    if (e instanceof ArticleError) return { file, reason: e.message };
    return { file, reason: `could not be read: ${(e as Error).message}` };
  }
}

/** The reader's checks on a file's bytes, as `readArticleFile` makes them (ingest checks its output with it). */
export function readArticleBytes(file: string, bytes: Uint8Array): Article {
  checkArticleSize(bytes.length);
  const { text, warnings } = decodeArticleBytes(bytes);
  return parseArticle(file, text, bytes.length, warnings);
}

/** Code-unit order, not locale order: the same on every machine. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The entries of the articles folder, in code-unit order. */
export function listArticleFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort(byName);
  } catch (e) {
    throw new Error(`the articles folder '${dir}' cannot be read: ${(e as Error).message}`);
  }
}

/** Reads one entry of the articles folder: `readArticleFile`, or a cached equivalent. */
export type FileReader = (dir: string, file: string) => Article | RejectedFile;

/**
 * Reads every entry in `dir`. Each one ends up either in `articles` or in `rejected` with its reason;
 * the result does not depend on the order the file system lists files in. `readFile` may be swapped
 * for a cached reader (loaders/pipeline/cached-reader.ts) when the folder holds thousands of files.
 */
export function readArticles(dir: string, readFile: FileReader = readArticleFile, files = listArticleFiles(dir)): ArticleSet {
  const readable: Article[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    const result = readFile(dir, file);
    if ("reason" in result) rejected.push(result);
    else readable.push(result);
  }
  const { kept, copies } = dropCopies(readable);
  rejected.push(...copies);
  return { articles: kept.sort((a, b) => byName(a.file, b.file)), rejected: rejected.sort((a, b) => byName(a.file, b.file)) };
}
