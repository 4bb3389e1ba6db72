/**
 * An article's data in files a page can load within the budget (DATA_LIMIT). Almost every article fits
 * in one file. The text of a very long one (the reader accepts files up to 2 MB) is cut into parts:
 * the first file keeps the metadata, every claim and the start of the text; the viewer loads each
 * further part when the reader asks for it.
 */
import {DATA_LIMIT} from "./budget.ts";
import type {Segment} from "./spans.ts";

export interface TextPart {
  part: number;
  parts: number;
  segments: Segment[];
}

const size = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

/** A segment cut into pieces whose JSON stays under `max` bytes (escapes can make JSON many times longer than the text). */
function pieces(segment: Segment, max: number): Segment[] {
  if (size(segment) <= max) return [segment];
  const out: Segment[] = [];
  let rest = segment.text;
  while (rest) {
    let n = Math.min(rest.length, max);
    // Never cut a surrogate pair; halve until the piece's JSON fits.
    while (n > 1 && size({...segment, text: rest.slice(0, n)}) > max) n = Math.floor(n / 2);
    if (n < rest.length && /[\ud800-\udbff]/.test(rest[n - 1])) n = Math.max(1, n - 1);
    // A part ends at a line's or a sentence's end when one lies in the piece's second half.
    if (n < rest.length) {
      const head = rest.slice(0, n);
      const end = Math.max(head.lastIndexOf("\n"), head.lastIndexOf(". ") + 1);
      if (end > n / 2) n = end + 1;
    }
    out.push({...segment, text: rest.slice(0, n)});
    rest = rest.slice(n);
  }
  return out;
}

/** The page as it is when it fits, else its first file (with `parts`) and the further parts of its text. */
export function inParts<P extends {segments: Segment[]}>(page: P, limit = DATA_LIMIT): {first: P & {parts?: number}; rest: TextPart[]} {
  if (size(page) <= limit) return {first: page, rest: []};
  // Room for text in the first file beside its metadata and claims (a little spare for `parts`).
  const room = Math.max(limit / 4, limit - size({...page, segments: []}) - 100);
  const cap = limit - 100;
  const groups: Segment[][] = [[]];
  let used = 0;
  for (const piece of page.segments.flatMap((s) => pieces(s, Math.min(room, cap) / 8))) {
    const bytes = size(piece) + 1;
    if (used + bytes > (groups.length === 1 ? room : cap) && groups.at(-1)!.length) {
      groups.push([]);
      used = 0;
    }
    groups.at(-1)!.push(piece);
    used += bytes;
  }
  const parts = groups.length;
  return {
    first: {...page, segments: groups[0], parts},
    rest: groups.slice(1).map((segments, i) => ({part: i + 2, parts, segments}))
  };
}

/** The name of an article's data file: `<id>` for the first, `<id>.part<k>` for further parts (ids have no dots). */
export const partName = (id: string, part = 1) => (part === 1 ? id : `${id}.part${part}`);

/** The article and part a data file's name asks for (the inverse of partName). */
export function parsePartName(name: string): {id: string; part: number} {
  const m = /^(.*)\.part(\d+)$/.exec(name);
  return m ? {id: m[1], part: Number(m[2])} : {id: name, part: 1};
}

/** Every file of an article's data: its name (without .json) and content. */
export function articleFiles<P extends {segments: Segment[]}>(id: string, page: P, limit = DATA_LIMIT): Array<{name: string; data: unknown}> {
  const {first, rest} = inParts(page, limit);
  return [{name: partName(id), data: first}, ...rest.map((p) => ({name: partName(id, p.part), data: p}))];
}

/**
 * Every file of an article's data as the JSON text to write. A page that fits whole (almost every one)
 * is made into JSON once, not once to measure it (inParts) and again to write it.
 */
export function articleFileTexts<P extends {segments: Segment[]}>(id: string, page: P, limit = DATA_LIMIT): Array<{name: string; json: string}> {
  const whole = JSON.stringify(page);
  if (Buffer.byteLength(whole) <= limit) return [{name: partName(id), json: whole}];
  return articleFiles(id, page, limit).map(({name, data}) => ({name, json: JSON.stringify(data)}));
}
