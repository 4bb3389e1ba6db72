/**
 * How deep and how wide a saved page's markup is, from one pass over its tags, before any DOM is
 * built. The DOM library and Readability slow down with the square of a page's nesting depth and of
 * the number of children of one element (1,000 nested <div>s took minutes, 100,000 overflowed the
 * stack): a page far outside what news sites produce is refused before it reaches them.
 */

export const MAX_DEPTH = 150;
export const MAX_CHILDREN = 2000;
export const MAX_ELEMENTS = 60_000;

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
// Elements whose end tag pages often leave out: a new one closes the open one.
const CLOSED_BY_SIBLING = new Set("p li dt dd tr td th option".split(" "));
// Elements whose content is text, not markup: a '<' inside them is not a tag.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/;

export interface MarkupShape {
  elements: number;
  depth: number;
  /** The most child elements one element has. */
  widest: number;
}

/** The shape of `html`; the scan stops early once a limit is passed (the numbers are then lower bounds). */
export function markupShape(html: string): MarkupShape {
  const stack: { name: string; children: number }[] = [{ name: "#document", children: 0 }];
  const shape: MarkupShape = { elements: 0, depth: 0, widest: 0 };
  for (let at = html.indexOf("<"); at >= 0 && !tooComplex(shape); at = html.indexOf("<", at + 1)) {
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      if (end < 0) break;
      at = end + 2;
      continue;
    }
    // Only the start of the text is matched: [^<>]* ends at the next '<', so no scan goes past it.
    const tag = TAG.exec(html.slice(at, at + 2000));
    if (!tag) continue;
    const name = tag[2].toLowerCase();
    if (tag[1]) {
      // An end tag closes the nearest open element of that name, and any left open inside it.
      let open = stack.length - 1;
      while (open > 0 && stack[open].name !== name) open--;
      if (open > 0) stack.length = open;
      continue;
    }
    if (CLOSED_BY_SIBLING.has(name) && stack.at(-1)!.name === name) stack.pop();
    const parent = stack.at(-1)!;
    parent.children++;
    shape.elements++;
    shape.widest = Math.max(shape.widest, parent.children);
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = at + tag[0].length;
      const end = close.exec(html);
      if (!end) break;
      at = end.index;
      continue;
    }
    if (VOID.has(name) || tag[0].endsWith("/>")) continue;
    stack.push({ name, children: 0 });
    shape.depth = Math.max(shape.depth, stack.length - 1);
  }
  return shape;
}

/**
 * The longest tag name in `html`, in one pass. A '<' followed by letters and no '>' ("<a<a<a…")
 * makes one tag whose name runs to the next space or '>', and the DOM library re-reads a name at
 * every look at its element.
 */
export function longestTagName(html: string): number {
  let longest = 0;
  let start = -1;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (start >= 0) {
      // A name ends at white space, '/' or '>'.
      if (c === 0x3e || c === 0x2f || c <= 0x20) {
        longest = Math.max(longest, i - start);
        start = -1;
      }
    } else if (c === 0x3c && /[A-Za-z]/.test(html[i + 1] ?? "")) start = i + 1;
  }
  return start >= 0 ? Math.max(longest, html.length - start) : longest;
}

/** Longer than any real element's name (the longest in HTML, SVG and MathML are under 30). */
export const MAX_TAG_NAME = 200;

export function tooComplex(shape: MarkupShape): boolean {
  return shape.depth > MAX_DEPTH || shape.widest > MAX_CHILDREN || shape.elements > MAX_ELEMENTS;
}

/** Why a page's markup is refused, or null when it can be read. */
export function markupProblem(html: string): string | null {
  const advice = "save the article's text as a .txt file and ingest that";
  const name = longestTagName(html);
  if (name > MAX_TAG_NAME) return `the page's markup is broken (a tag name ${name.toLocaleString("en")} characters long, e.g. '<' signs that open no tag); ${advice}`;
  const shape = markupShape(html);
  if (shape.depth > MAX_DEPTH) return `the page's markup is nested more than ${MAX_DEPTH} levels deep (news pages stay well under that); ${advice}`;
  if (shape.widest > MAX_CHILDREN) return `one element of the page holds more than ${MAX_CHILDREN} others side by side (news pages stay well under that); ${advice}`;
  if (shape.elements > MAX_ELEMENTS) return `the page has more than ${MAX_ELEMENTS.toLocaleString("en")} elements (news pages have a few thousand); ${advice}`;
  return null;
}
