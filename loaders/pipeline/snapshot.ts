/**
 * The corpus snapshot: every article read and extracted before, with its claims, in a few files instead
 * of two small files per article. A warm run of 10,000 articles then opens a handful of files, not
 * 20,000, and parses almost nothing: each table is stored by column, a column as its distinct values
 * (in JSON) and one number per row (in a binary file, read as a typed array without parsing), and the
 * articles' texts as one run of UTF-8 decoded at once.
 *
 * It is a cache like the others (the per-article caches stay the source of truth): keyed by the file's
 * read key (its name and bytes), versioned by the reader's and the extractor's code, and any segment
 * that cannot be read is ignored. Each run that reads something new adds one small segment; the small
 * segments are merged once there are many, and everything is rewritten once most of it is no longer in
 * the folder, so a folder that changes one article at a time never pays to rewrite the whole.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {endianness} from "node:os";
import {join} from "node:path";
import type {Article} from "../articles/types.ts";
import {writeWhole} from "../write-whole.ts";
import {articleKey, type ArticleTables} from "./article-tables.ts";
import {pack, rowFields, TABLES, unpack, type Packed, type Table} from "./claims-cache.ts";
import {asciiJson} from "./json-cache.ts";
import {extractorVersion} from "./version.ts";

/** Segments beyond this many are merged (all but the largest), so that a warm run opens few files. */
export const MAX_SEGMENTS = 8;

/**
 * A column: its distinct values (JSON) and, in the binary file at `at`, the index of each row's value
 * (16 or 32 bits); or, for a column of numbers that seldom repeat, the numbers themselves: whole
 * numbers (offsets) as 32-bit integers, the smallest one standing for null, others (coordinates) as
 * 64-bit floats, NaN for null. (Whole numbers read back as the engine's small integers, not boxed.)
 */
type Column = {d: unknown[]; at: number; bits: 16 | 32} | {f: number; at: number} | {z: number; at: number};
/** One table of a segment: the rows of every entry, by column; `counts[e]` rows belong to entry e. */
interface TableBlock {columns: string[]; counts: number[]; data: Column[]}
interface Segment {
  /** The byte order the binary file was written in: a segment from another order is not read. */
  endian: "LE" | "BE";
  keys: string[];
  /** The articles, each text in the binary file (at `texts`, lengths in `textLengths`) unless it is kept here. */
  articles: Article[];
  texts: {at: number; bytes: number};
  textLengths: (number | null)[];
  rows: ArticleTables["article"][];
  tables: Record<Table, TableBlock>;
  /** Entries whose rows do not have their table's columns (never seen, but kept exact), as the claims cache packs them. */
  loose: Record<string, Packed>;
}
/** A column made ready to read: its values and one index per row, or its numbers. */
type Decoded = {d: unknown[]; i: Uint16Array | Uint32Array} | {n: Float64Array} | {z: Int32Array};
const NULL_INT = -(2 ** 31);
const storedAsInt = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) > NULL_INT && (v as number) < 2 ** 31);

/** Where an entry is: its segment, its index there and, per table, the first of its rows. */
interface Entry {segment: Loaded; index: number; offsets: Record<Table, number>; name: string}
interface Loaded {header: Segment; columns: Record<Table, Decoded[]>; build: Record<Table, RowsBuilder>}

// A column is stored by distinct values unless it is all numbers and they are more than this share of its rows.
const NUMBERS_SHARE = 0.25;
const ALIGN = 8;

/** The binary file being written: typed arrays laid one after the other, each at a multiple of 8 bytes. */
class BinaryWriter {
  private parts: Uint8Array[] = [];
  size = 0;
  put(bytes: Uint8Array): number {
    const at = this.size;
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    const pad = (ALIGN - (this.size % ALIGN)) % ALIGN;
    if (pad) { this.parts.push(new Uint8Array(pad)); this.size += pad; }
    return at;
  }
  bytes = () => Buffer.concat(this.parts, this.size);
}

const asBytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function encodeColumn(values: unknown[], out: BinaryWriter): Column {
  const distinct = new Map<unknown, number>();
  const index = new Uint32Array(values.length);
  let numbers = true;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v !== null && typeof v !== "number") numbers = false;
    let k = distinct.get(v);
    if (k === undefined) distinct.set(v, (k = distinct.size));
    index[j] = k;
  }
  if (numbers && distinct.size > values.length * NUMBERS_SHARE && values.every(storedAsInt)) {
    const z = Int32Array.from(values as (number | null)[], (v) => (v === null ? NULL_INT : v));
    return {z: values.length, at: out.put(asBytes(z))};
  }
  if (numbers && distinct.size > values.length * NUMBERS_SHARE) {
    const f = Float64Array.from(values as (number | null)[], (v) => (v === null ? NaN : v));
    return {f: values.length, at: out.put(asBytes(f))};
  }
  const bits = distinct.size <= 1 << 16 ? 16 : 32;
  const at = out.put(asBytes(bits === 16 ? Uint16Array.from(index) : index));
  return {d: [...distinct.keys()], at, bits};
}

function decodeColumn(c: Column, bin: Buffer, rows: number): Decoded {
  const at = bin.byteOffset + c.at;
  if ("f" in c) return {n: new Float64Array(bin.buffer, at, rows)};
  if ("z" in c) return {z: new Int32Array(bin.buffer, at, rows)};
  return {d: c.d, i: c.bits === 16 ? new Uint16Array(bin.buffer, at, rows) : new Uint32Array(bin.buffer, at, rows)};
}

type RowsBuilder = (data: Decoded[], article: Article, from: number, count: number) => Record<string, unknown>[];
const builders = new Map<string, RowsBuilder>();

/**
 * A function that makes an entry's rows from the columns, each row one object literal with its keys in
 * the stored order (the tables keep their bytes, and the engine gives every row the same fast shape).
 * The quote and the article id are restored as in the claims cache (rowFields).
 */
function rowsBuilder(columns: string[], data: Decoded[]): RowsBuilder {
  const kinds = data.map((c) => ("n" in c ? "n" : "z" in c ? "z" : "d"));
  const signature = columns.join(",") + "|" + kinds.join("");
  let build = builders.get(signature);
  if (!build) {
    const value = (k: number) =>
      kinds[k] === "d" ? `d${k}[i${k}[j]]` : kinds[k] === "z" ? `(z${k}[j] !== ${NULL_INT} ? z${k}[j] : null)` : `(n${k}[j] === n${k}[j] ? n${k}[j] : null)`;
    const unpackColumns = kinds.map((kind, k) => (kind === "d" ? `const d${k} = data[${k}].d, i${k} = data[${k}].i;` : `const ${kind}${k} = data[${k}].${kind};`)).join("\n");
    build = new Function("data", "a", "from", "count", `${unpackColumns}\nconst rows = new Array(count);\nfor (let n = 0, j = from; n < count; n++, j++) rows[n] = {${rowFields(columns, value)}};\nreturn rows;`) as RowsBuilder;
    builders.set(signature, build);
  }
  return build;
}

// (String.prototype.isWellFormed is in Node 20, not yet in TypeScript's library for this target.)
const wellFormed = (text: string) => (text as unknown as {isWellFormed(): boolean}).isWellFormed();

type NewEntry = {key: string; article: Article; tables: ArticleTables};

/** Many articles and their claims as one segment: its JSON header and its binary file. */
function encodeSegment(entries: NewEntry[]): {header: Segment; bin: Buffer} {
  const out = new BinaryWriter();
  const packed = entries.map(({article, tables}) => pack(tables, article));
  // A table's columns are those of its first row: every row of a table has the same, in the same order.
  const columnsOf = (name: Table) => packed.find((p) => p.tables[name].rows.length)?.tables[name].columns ?? [];
  const columns = Object.fromEntries(TABLES.map((name) => [name, columnsOf(name)])) as Record<Table, string[]>;
  const loose: Record<string, Packed> = {};
  packed.forEach((p, e) => {
    const differs = TABLES.some((name) => p.tables[name].rows.length > 0 && p.tables[name].columns.join(",") !== columns[name].join(","));
    if (differs) loose[e] = p;
  });
  const tables = {} as Record<Table, TableBlock>;
  for (const name of TABLES) {
    const counts: number[] = [];
    const values: unknown[][] = columns[name].map(() => []);
    packed.forEach((p, e) => {
      const rows = loose[e] ? [] : p.tables[name].rows;
      counts.push(rows.length);
      for (const row of rows) for (let k = 0; k < values.length; k++) values[k].push(row[k]);
    });
    tables[name] = {columns: columns[name], counts, data: values.map((v) => encodeColumn(v, out))};
  }
  // The texts as one run of UTF-8; a text that would not come back the same (a lone surrogate) stays in the header.
  const inRun = entries.map((e) => wellFormed(e.article.text));
  const run = Buffer.from(entries.map((e, i) => (inRun[i] ? e.article.text : "")).join(""), "utf8");
  const texts = {at: out.put(run), bytes: run.byteLength};
  const articles = entries.map((e, i) => ({...e.article, text: inRun[i] ? "" : e.article.text, claimsKey: articleKey(e.article)}));
  const textLengths = entries.map((e, i) => (inRun[i] ? e.article.text.length : null));
  const header: Segment = {endian: endianness(), keys: entries.map((e) => e.key), articles, texts, textLengths, rows: entries.map((e) => e.tables.article), tables, loose};
  return {header, bin: out.bytes()};
}

export class Snapshot {
  readonly dir: string;
  private readonly byRead = new Map<string, Entry>();
  private readonly byClaims = new Map<string, Entry>();
  private readonly segments: {name: string; entries: number}[] = [];
  private readonly used = new Set<Entry>();
  private readonly added: NewEntry[] = [];

  /** Opens the snapshot in `cacheRoot` for this reader and extractor (other versions are removed). */
  constructor(cacheRoot: string, version = snapshotVersion()) {
    const root = join(cacheRoot, "snapshot");
    this.dir = join(root, version);
    if (existsSync(root)) for (const name of readdirSync(root)) if (name !== version) rmSync(join(root, name), {recursive: true, force: true});
    mkdirSync(this.dir, {recursive: true});
    for (const file of readdirSync(this.dir).filter((f) => f.endsWith(".json")).sort()) this.load(file.slice(0, -".json".length));
  }

  private load(name: string) {
    let segment: Loaded;
    try {
      segment = readSegment(join(this.dir, name));
    } catch {
      return; // removed by another run's merge, or unreadable: its articles come from the per-article caches
    }
    const {header} = segment;
    const offsets = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<Table, number>;
    header.keys.forEach((key, index) => {
      const entry: Entry = {segment, index, offsets: {...offsets}, name};
      for (const t of TABLES) offsets[t] += header.tables[t].counts[index];
      this.byRead.set(key, entry);
      this.byClaims.set(articleKey(header.articles[index]), entry);
    });
    this.segments.push({name, entries: header.keys.length});
  }

  /** The article read from the file with this read key, if the snapshot holds it. */
  article(readKey: string | undefined): Article | undefined {
    const entry = readKey === undefined ? undefined : this.byRead.get(readKey);
    if (!entry) return undefined;
    this.used.add(entry);
    return entry.segment.header.articles[entry.index];
  }

  /** The claims of an article (as read), if the snapshot holds them. */
  tables(article: Article): ArticleTables | undefined {
    const entry = this.byClaims.get(articleKey(article));
    if (!entry) return undefined;
    this.used.add(entry);
    const {segment: {header, columns, build}, index} = entry;
    const loose = header.loose[index];
    if (loose) return unpack(loose, article);
    const out = {article: header.rows[index]} as ArticleTables;
    for (const name of TABLES) {
      const block = header.tables[name];
      (out[name] as unknown[]) = build[name](columns[name], article, entry.offsets[name], block.counts[index]);
    }
    return out;
  }

  /** An article read and extracted this run, to be in the snapshot from the next. */
  add(readKey: string, article: Article, tables: ArticleTables): void {
    if (!this.byRead.has(readKey)) this.added.push({key: readKey, article, tables});
  }

  /**
   * Writes what this run added as one segment; merges the small segments when there are too many, or
   * rewrites the whole when most of what it holds was not used this run.
   */
  save(): void {
    try {
      const stored = this.segments.reduce((n, s) => n + s.entries, 0);
      const live = [...this.used];
      if (stored > 0 && live.length < stored / 2) return this.replace([...live.map((e) => this.entryOf(e)), ...this.added], this.segments.map((s) => s.name));
      if (this.segments.length + (this.added.length ? 1 : 0) > MAX_SEGMENTS) {
        // All but the largest segment, with what was added: small files, so the merge is cheap.
        const largest = this.segments.reduce((a, b) => (b.entries > a.entries ? b : a)).name;
        const merged = this.segments.filter((s) => s.name !== largest).map((s) => s.name);
        const keep = live.filter((e) => e.name !== largest).map((e) => this.entryOf(e));
        return this.replace([...keep, ...this.added], merged);
      }
      if (this.added.length) this.write(this.added);
    } catch {
      // Only a shortcut: without it the next run reads the per-article caches.
    }
  }

  private entryOf(entry: Entry): NewEntry {
    const article = entry.segment.header.articles[entry.index];
    return {key: entry.segment.header.keys[entry.index], article, tables: this.tables(article)!};
  }

  /** Writes `entries` as one segment in place of the segments `replaced`. */
  private replace(entries: NewEntry[], replaced: string[]) {
    if (entries.length) this.write(entries);
    for (const name of replaced) {
      // The header first: a segment without its header is never read.
      rmSync(join(this.dir, `${name}.json`), {force: true});
      rmSync(join(this.dir, `${name}.bin`), {force: true});
    }
  }

  private write(entries: NewEntry[]) {
    // Named by the time, so that segments load in the order they were written, then by content.
    const name = `${Date.now().toString(36).padStart(10, "0")}-${createHash("sha256").update(entries.map((e) => e.key).join(",")).digest("hex").slice(0, 12)}`;
    const {header, bin} = encodeSegment(entries);
    // The binary file first: a header is only there once what it points into is.
    writeWhole(join(this.dir, `${name}.bin`), bin);
    writeWhole(join(this.dir, `${name}.json`), asciiJson(header));
  }
}

/** Reads a segment: its header, its binary file as typed arrays, its texts decoded once. */
function readSegment(path: string): Loaded {
  const header = JSON.parse(readFileSync(`${path}.json`, "latin1")) as Segment;
  if (header.endian !== endianness()) throw new Error("written in another byte order");
  let bin = readFileSync(`${path}.bin`);
  if (bin.byteLength < header.texts.at + header.texts.bytes) throw new Error("binary file cut short");
  // Typed arrays must start at a multiple of their size: a file read into a shared pool may not.
  if (bin.byteOffset % ALIGN) bin = Buffer.from(bin);
  const columns = {} as Record<Table, Decoded[]>;
  const build = {} as Record<Table, RowsBuilder>;
  for (const name of TABLES) {
    const rows = header.tables[name].counts.reduce((a, b) => a + b, 0);
    columns[name] = header.tables[name].data.map((c) => decodeColumn(c, bin, rows));
    build[name] = rowsBuilder(header.tables[name].columns, columns[name]);
  }
  const run = bin.toString("utf8", header.texts.at, header.texts.at + header.texts.bytes);
  let at = 0;
  header.articles.forEach((article, i) => {
    const length = header.textLengths[i];
    if (length === null) return;
    article.text = run.slice(at, at + length);
    at += length;
  });
  return {header, columns, build};
}

/** The snapshot's version: the reader's and the extractor's, since an entry holds what both made. */
export const snapshotVersion = () => createHash("sha256").update(extractorVersion()).update(extractorVersion(undefined, ["loaders/articles"])).digest("hex").slice(0, 16);
