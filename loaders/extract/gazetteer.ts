/**
 * Where place names are looked up: the world index (GeoNames cities500 and admin-1 regions, the
 * world's countries; loaders/geo/) with the curated supplement data/gazetteer.csv on top, which adds
 * places GeoNames lacks and overrides its names and coordinates, each coordinate with its source.
 * `resolverFor` gives one article's resolver, which reads the article's countries and regions to
 * choose among namesakes; `lookup` resolves a name with no article around it.
 */
import { existsSync, readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { buildIndex } from "../geo/build.ts";
import { countryWords } from "../geo/countries.ts";
import { placeKey as placeKeyOf } from "../geo/normalise.ts";
import { DEFAULT_CURATED, GeoIndex, loadGeoIndex, type GeoPlace } from "../geo/store.ts";
import { articlePlaces, resolveIn, type How, type Resolution } from "../geo/resolve.ts";
import { loadProfile } from "./profile.ts";

export { placeKey } from "../geo/normalise.ts";
export type { GeoPlace, Resolution, How };

/** A place as the extractor tables it. */
export interface Place {
  id: string;
  name: string;
  /** place (a town, village or city), region, or country. */
  kind: string;
  governorate: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  source: string;
  /** A region's seat (its capital town), when known. */
  seat?: string | null;
}

export const DEFAULT_GAZETTEER = DEFAULT_CURATED;

export const asPlace = (p: GeoPlace): Place => ({
  id: p.id, name: p.name, kind: p.kind, governorate: p.admin1Name || null, country: p.country, lat: p.lat, lon: p.lon, source: p.source, seat: p.seat ?? null,
});

/** A resolved mention as the extractor uses it: the place (null when unresolved) and how it was found. */
export interface PlaceFinding extends Resolution {
  found: Place | null;
}

export class Gazetteer {
  /** The curated rows, as written in the CSV (the report's landmarks and the governorate seats read them). */
  readonly places: Array<{ name: string; kind: string; governorate: string | null; country: string; lat: number | null; lon: number | null; source: string }>;
  readonly index: GeoIndex;
  /** The profile's countries, as codes: the last tier of context. */
  readonly homeCountries: string[];

  /** `rows` are curated rows; `index` the world index (by default a small one of the rows alone, for tests). */
  constructor(rows: Array<Record<string, string>>, index?: GeoIndex, homeCountries: string[] = []) {
    this.places = rows.filter((r) => r.name?.trim()).map((r) => ({
      name: r.name.trim(), kind: (r.kind || "place").trim(), governorate: r.governorate?.trim() || null, country: (r.country ?? "").trim(),
      lat: r.lat ? Number(r.lat) : null, lon: r.lon ? Number(r.lon) : null, source: r.source?.trim() ?? "",
    }));
    this.index = index ?? new GeoIndex(buildIndex({ cities: "", admin1: [], curated: rows, countries: false }));
    this.homeCountries = homeCountries;
  }

  static fromFile(path = DEFAULT_GAZETTEER): Gazetteer {
    const rows = existsSync(path) ? (csvParse(readFileSync(path, "utf8")) as unknown as Array<Record<string, string>>) : [];
    const country = loadProfile().data.country;
    return new Gazetteer(rows, loadGeoIndex(path), country ? countryWords().get(placeKeyOf(country)) ?? [] : []);
  }

  /** One article's resolver: `find(mention, after, sentence)`. */
  resolverFor(articleText: string): (mention: string, after?: string, sentence?: string) => PlaceFinding {
    const r = articlePlaces(this.index, articleText, this.homeCountries);
    const findings = new WeakMap<Resolution, PlaceFinding>();
    return (mention, after, sentence) => {
      const res = r(mention, after, sentence);
      let f = findings.get(res);
      if (!f) findings.set(res, (f = { ...res, found: res.place ? asPlace(res.place) : null }));
      return f;
    };
  }

  // The same mentions come back in sentence after sentence: resolve each once.
  private seen = new Map<string, Place | null>();

  /** A name resolved without an article: only the profile's country is context. */
  lookup(mention: string): Place | null {
    let hit = this.seen.get(mention);
    if (hit === undefined) {
      const r = resolveIn(this.index.lookup(mention), mention, "", { after: "", sentence: () => [], article: () => ({ countries: [], regions: [], regionsNotCapitals: [], areas: [] }), actorsOnly: () => [], profile: this.homeCountries, anchors: [] });
      hit = r.place ? asPlace(r.place) : null;
      if (this.seen.size > 100_000) this.seen.clear(); // a bound, for corpora of endless new names
      this.seen.set(mention, hit);
    }
    return hit;
  }
}

let cached: Gazetteer | null = null;
export const defaultGazetteer = () => (cached ??= Gazetteer.fromFile());
