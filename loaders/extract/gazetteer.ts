/**
 * The curated gazetteer (data/gazetteer.csv): canonical name, transliteration variants, kind,
 * governorate, coordinates and their source. Lookup is one Map probe on a normalised key, so the
 * cost does not grow with the number of places.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvParse } from "d3-dsv";

export interface Place {
  name: string;
  kind: string;
  governorate: string | null;
  lat: number | null;
  lon: number | null;
  source: string;
}

export const DEFAULT_GAZETTEER = join(dirname(fileURLToPath(import.meta.url)), "../../data/gazetteer.csv");

// Article-like particles of Arabic names as English writes them ("al-", "el ", "ash-").
const PARTICLES = new Set(["al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "the", "of"]);

/**
 * Transliteration-insensitive key: no accents, apostrophes, particles, hyphens or spaces;
 * "Kfar"/"Kafar"/"Kefr" → "kafr"; "ou"/"oo" → "u", "ee" → "i", "ei"/"ai" → "ay"; double letters once.
 */
export function placeKey(s: string): string {
  const words = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[’'`ʿʾ‘]/g, "").replace(/ı/g, "i").split(/[^a-z]+/).filter((w) => w && !PARTICLES.has(w));
  return words.map((w) => w.replace(/^(?:kfar|kafar|kefr|kafer|kfr)$/, "kafr")).join("")
    .replace(/ou|oo/g, "u").replace(/ee/g, "i").replace(/ei|ai/g, "ay").replace(/(.)\1+/g, "$1");
}

/** A looser key for spellings the variants miss: the consonant skeleton. Used only when unambiguous. */
export const skeletonKey = (s: string) => placeKey(s).replace(/[aeiouyw]/g, "").replace(/h$/, "").replace(/(.)\1+/g, "$1");

export class Gazetteer {
  readonly places: Place[] = [];
  private exact = new Map<string, Place>();
  private loose = new Map<string, Place | null>();

  constructor(rows: Array<Record<string, string>>) {
    for (const r of rows) {
      const place: Place = {
        name: r.name.trim(),
        kind: (r.kind || "place").trim(),
        governorate: r.governorate?.trim() || null,
        lat: r.lat ? Number(r.lat) : null,
        lon: r.lon ? Number(r.lon) : null,
        source: r.source?.trim() ?? "",
      };
      this.places.push(place);
      for (const v of [place.name, ...(r.variants ?? "").split("|")].map((x) => x.trim()).filter(Boolean)) {
        const k = placeKey(v);
        if (k && !this.exact.has(k)) this.exact.set(k, place);
        const sk = skeletonKey(v);
        if (sk.length >= 4) this.loose.set(sk, this.loose.has(sk) && this.loose.get(sk) !== place ? null : place);
      }
    }
  }

  static fromFile(path = DEFAULT_GAZETTEER): Gazetteer {
    return new Gazetteer(csvParse(readFileSync(path, "utf8")));
  }

  // The same mentions come back in sentence after sentence: normalise each once.
  private seen = new Map<string, Place | null>();

  lookup(mention: string): Place | null {
    let hit = this.seen.get(mention);
    if (hit === undefined) {
      const k = placeKey(mention);
      hit = k ? this.exact.get(k) ?? this.loose.get(skeletonKey(mention)) ?? null : null;
      if (this.seen.size > 100_000) this.seen.clear(); // a bound, for corpora of endless new names
      this.seen.set(mention, hit);
    }
    return hit;
  }
}

let cached: Gazetteer | null = null;
export const defaultGazetteer = () => (cached ??= Gazetteer.fromFile());
