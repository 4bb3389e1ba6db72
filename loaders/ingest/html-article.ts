import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { ArticleError } from "../articles/types.ts";
import { toIsoDate } from "./dates.ts";
import { markupProblem } from "./markup-shape.ts";
import type { ArticleMeta } from "./render.ts";

export interface HtmlArticle {
  text: string;
  meta: ArticleMeta;
  warnings: string[];
}

/**
 * Reduces a saved web page to its article text and metadata. Scripts never run and nothing is
 * fetched (JSDOM's defaults); Readability picks the article out of menus, ads and comments.
 * `html` is a string when already decoded, or bytes to let JSDOM follow the page's own charset.
 */
export function htmlToArticle(html: string | Uint8Array): HtmlArticle {
  const warnings: string[] = [];
  const problem = markupProblem(typeof html === "string" ? html : Buffer.from(html).toString("latin1"));
  if (problem) throw new ArticleError(problem);
  const quiet = new VirtualConsole(); // CSS and markup errors in saved pages are not the journalist's concern
  const dom = new JSDOM(typeof html === "string" ? html : Buffer.from(html), { virtualConsole: quiet, contentType: "text/html" });
  const doc = dom.window.document;
  const meta = pageMeta(doc); // before Readability, which takes the document apart
  const parsed = new Readability(doc, { charThreshold: 200 }).parse();
  let text = parsed?.content ? blocksToText(parsed.content) : "";
  if (text.split(/\s+/).length < 30) {
    // Short pages (a copied fragment) defeat Readability; fall back on the whole body without its chrome.
    text = blocksToText(dom.serialize(), true);
    warnings.push("the article could not be told apart from the page around it; the whole page text was kept");
  }
  meta.title ??= clean(parsed?.title) ?? null;
  meta.outlet ??= clean(parsed?.siteName) ?? null;
  meta.published ??= toIsoDate(parsed?.publishedTime);
  closeWindow(dom);
  return { text, meta, warnings };
}

/**
 * Frees a page's DOM. The root is detached first: jsdom's close() would otherwise remove the body's
 * children one by one, in time that grows with the square of their number.
 */
function closeWindow(dom: JSDOM): void {
  dom.window.document.documentElement?.remove();
  dom.window.close();
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

/** Metadata from the page head: Open Graph, article:*, schema.org JSON-LD, canonical link, <title>. */
export function pageMeta(doc: Document): ArticleMeta {
  const content = (...selectors: string[]) => {
    for (const s of selectors) {
      const value = clean(doc.querySelector(s)?.getAttribute(s.startsWith("link") ? "href" : s.startsWith("time") ? "datetime" : "content"));
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLd(doc);
  const title = content('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]') ?? clean(ld.headline) ?? clean(doc.querySelector("h1")?.textContent) ?? clean(doc.title);
  const outlet = content('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? clean(ld.publisher);
  const published =
    content('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]') ??
    ld.datePublished ??
    content("time[datetime]");
  // Each candidate on its own: a canonical link that is not a web link must not hide a good og:url.
  const url = [content('link[rel="canonical"]'), content('meta[property="og:url"]')].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  return { title: title ?? null, outlet: outlet ?? null, published: toIsoDate(published), url };
}

/** The first NewsArticle-like object in the page's JSON-LD, if any. */
function jsonLd(doc: Document): { headline?: string; datePublished?: string; publisher?: string } {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? "");
      const items: unknown[] = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && "@graph" in d ? (d["@graph"] as unknown[]) : [d]));
      for (const item of items as Record<string, any>[]) {
        if (!item || typeof item !== "object" || !(item.headline || item.datePublished)) continue;
        const publisher = typeof item.publisher === "string" ? item.publisher : item.publisher?.name;
        return { headline: String(item.headline ?? ""), datePublished: item.datePublished ? String(item.datePublished) : undefined, publisher: publisher ? String(publisher) : undefined };
      }
    } catch {
      // broken JSON-LD is common and harmless: the other metadata still counts
    }
  }
  return {};
}

const BLOCKS = new Set("ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TR UL".split(" "));
const CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, header, footer, aside, [hidden], [aria-hidden=true]";

/** Text of an HTML fragment with a blank line between blocks, single spaces inside them. */
export function blocksToText(html: string, stripChrome = false): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const body = dom.window.document.body;
  body.querySelectorAll(stripChrome ? CHROME : "script, style, noscript, template").forEach((el) => el.remove());
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/[ \t\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
    if (line) paragraphs.push(line);
    current = "";
  };
  // A loop over a stack, not recursion: deep markup must not overflow the call stack.
  const stack: (Node | "end-block")[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === "end-block") {
      flush();
      continue;
    }
    if (node.nodeType === 3) current += (node.textContent ?? "").replace(/\s+/g, " ");
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === "BR") current += "\n";
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    if (el.tagName === "LI") current += "- ";
    if (block) stack.push("end-block");
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  closeWindow(dom);
  return paragraphs.join("\n\n").normalize("NFC") + "\n";
}
