import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { looseFingerprint, parseArticle, readArticleBytes, readArticles } from "../articles/read.ts";
import { checkArticleSize } from "../articles/decode.ts";
import { type Article, ArticleError } from "../articles/types.ts";
import { articleFileName } from "./file-name.ts";
import { readInput } from "./read-input.ts";
import { type ArticleMeta, renderArticleFile } from "./render.ts";

export interface IngestOptions {
  /** Folder the articles go to (created if missing). */
  dir: string;
  /** Metadata given on the command line; it wins over what the file says. */
  meta?: Partial<ArticleMeta>;
  /** Check everything, write nothing. */
  dryRun?: boolean;
}

export interface Added {
  source: string;
  file: string;
  title: string;
  words: number;
  notes: string[];
}

export interface Refused {
  source: string;
  reason: string;
}

/** Ingests each file in turn; one bad file never stops the others. */
export function ingestFiles(sources: string[], options: IngestOptions): { added: Added[]; refused: Refused[] } {
  mkdirSync(options.dir, { recursive: true });
  const existing = readArticles(options.dir).articles;
  const byText = new Map(existing.map((a) => [looseFingerprint(a.text), a.file]));
  const byUrl = new Map(existing.filter((a) => a.url).map((a) => [a.url!, a.file]));
  const added: Added[] = [];
  const refused: Refused[] = [];
  for (const source of sources) {
    try {
      const article = prepare(source, options);
      const sameText = byText.get(looseFingerprint(article.text));
      if (sameText) throw new ArticleError(`the same text is already there as '${sameText}'`);
      const sameUrl = article.url ? byUrl.get(article.url) : undefined;
      if (sameUrl) throw new ArticleError(`an article with the same URL is already there as '${sameUrl}'; remove it first to replace it`);
      if (!options.dryRun) writeNew(options.dir, article.file, article.content);
      byText.set(looseFingerprint(article.text), article.file);
      if (article.url) byUrl.set(article.url, article.file);
      added.push({ source, file: article.file, title: article.title, words: article.words, notes: article.warnings });
    } catch (e) {
      refused.push({ source, reason: e instanceof ArticleError ? e.message : `unexpected error: ${(e as Error).message}` });
    }
  }
  return { added, refused };
}

/** Reads, merges metadata, renders the .md file and checks it exactly as the reader will read it. */
function prepare(source: string, options: IngestOptions): Article & { content: string } {
  const input = readInput(source);
  const meta: ArticleMeta = { ...input.meta };
  for (const [key, value] of Object.entries(options.meta ?? {}) as [keyof ArticleMeta, string | null | undefined][]) {
    if (value) meta[key] = value;
  }
  const sourceName = basename(source);
  const body = input.body.endsWith("\n") ? input.body : `${input.body}\n`;
  // The text taken out of a large page can itself be too large for the reader: say so before any other check.
  checkArticleSize(Buffer.byteLength(renderArticleFile(meta, body, sourceName)));
  // Read it once under a provisional name for its title and hash, which the final name is made of.
  const draft = parseArticle("draft.md", renderArticleFile(meta, body, sourceName), 0);
  meta.title ??= draft.title;
  const content = renderArticleFile(meta, body, sourceName);
  const file = articleFileName({ published: meta.published, title: meta.title, sha256: draft.sha256, sourceFile: sourceName });
  // Checked as the folder's reader will read the file written, size included: ingest never adds what the report would refuse.
  const article = readArticleBytes(file, Buffer.from(content, "utf8"));
  article.warnings.unshift(...input.warnings);
  return { ...article, content };
}

/** Writes a new file without ever replacing one, and never outside `dir`; readers never see half a file. */
function writeNew(dir: string, file: string, content: string): void {
  const target = resolve(dir, file);
  if (dirname(target) !== resolve(dir)) throw new ArticleError(`refused to write outside the articles folder: '${file}'`);
  // A hidden temporary name: if this process dies, the reader lists the leftover as a rejected hidden file.
  const temp = join(dir, `.ingest-${process.pid}-${file}`);
  writeFileSync(temp, content, { flag: "wx" });
  try {
    linkSync(temp, target); // fails if the target exists, unlike rename
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new ArticleError(`a file named '${file}' is already there`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    // Some shared drives have no hard links: check, then rename (a tiny race, acceptable there).
    if (existsSync(target)) throw new ArticleError(`a file named '${file}' is already there`);
    renameSync(temp, target);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
