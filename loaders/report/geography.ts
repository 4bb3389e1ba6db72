/**
 * What the map draws besides the events: its box, the countries around it, the lines and towns the
 * conflict profile names (a highway through gazetteer places, a border between two countries) and
 * its labels. With no profile the box is the one around the places the articles name, and the
 * countries are those that box touches: the code knows no war.
 */
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {csvParse} from "d3-dsv";
import type {ReportProfile} from "../extract/profile.ts";
import {countryExtent} from "./countries.ts";

export interface GazetteerPlace {
  name: string;
  kind: string;
  governorate: string | null;
  lat: number | null;
  lon: number | null;
}

export const GAZETTEER = join(dirname(fileURLToPath(import.meta.url)), "../../data/gazetteer.csv");

export function readGazetteer(path = GAZETTEER): GazetteerPlace[] {
  return csvParse(readFileSync(path, "utf8")).map((r) => ({
    name: (r.name ?? "").trim(),
    kind: (r.kind ?? "").trim(),
    governorate: r.governorate?.trim() || null,
    lat: r.lat ? Number(r.lat) : null,
    lon: r.lon ? Number(r.lon) : null
  }));
}

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Smallest box side, in degrees: a single town still gets its surroundings. */
const MIN_SPAN = 2;
/** The shorter side is at least this share of the longer: a map is not a strip. */
const MIN_ASPECT = 0.6;

/**
 * The box around the given places, padded by a tenth of its size and at least MIN_SPAN degrees wide
 * and high; null when no place has coordinates. Outliers (a capital named in passing, a place far
 * from the rest) are left out: the box holds the middle 90 % of places on each axis.
 */
export function extentOf(points: Array<{lat: number | null; lon: number | null}>): Extent | null {
  const placed = points.filter((p): p is {lat: number; lon: number} => typeof p.lat === "number" && typeof p.lon === "number");
  if (!placed.length) return null;
  const range = (values: number[]): [number, number] => {
    const v = values.slice().sort((a, b) => a - b);
    const cut = v.length >= 20 ? Math.floor(v.length * 0.05) : 0;
    let [lo, hi] = [v[cut], v[v.length - 1 - cut]];
    // A fifth of the span each side (labels need room), and at least MIN_SPAN in all.
    const pad = Math.max((hi - lo) * 0.2, (MIN_SPAN - (hi - lo)) / 2, 0);
    return [(lo -= pad), (hi += pad)];
  };
  let [south, north] = range(placed.map((p) => p.lat));
  let [west, east] = range(placed.map((p) => p.lon));
  const widen = (lo: number, hi: number, to: number): [number, number] => (hi - lo >= to ? [lo, hi] : [lo - (to - (hi - lo)) / 2, hi + (to - (hi - lo)) / 2]);
  [south, north] = widen(south, north, (east - west) * MIN_ASPECT);
  [west, east] = widen(west, east, (north - south) * MIN_ASPECT);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {west: r(west), south: r(south), east: r(east), north: r(north)};
}

const inside = (e: Extent) => (p: {lat: number; lon: number}) => p.lon >= e.west && p.lon <= e.east && p.lat >= e.south && p.lat <= e.north;

export interface MapLine {
  name: string;
  label: string;
  kind: "road" | "border";
  /** Vertices of a road, in order (places with coordinates only). */
  points: Array<{order: number; name: string; lat: number; lon: number}>;
  /** The two countries of a border (world-atlas names). */
  between: [string, string] | null;
  axis: boolean;
}

/** The profile's lines: roads through gazetteer places (a place without coordinates is skipped), borders by country pair. */
export function mapLines(profile: ReportProfile, places: GazetteerPlace[]): MapLine[] {
  const byName = new Map(places.map((p) => [p.name.toLowerCase(), p]));
  return profile.lines.map((l) => ({
    name: l.name,
    label: l.label ?? l.name,
    kind: l.between ? ("border" as const) : ("road" as const),
    points: l.through.flatMap((name, order) => {
      const p = byName.get(name.toLowerCase());
      return p && p.lat != null && p.lon != null ? [{order, name: p.name, lat: p.lat, lon: p.lon}] : [];
    }),
    between: l.between ? [l.between[0], l.between[1]] : null,
    axis: l.axis
  }));
}

/** Towns that orient a reader: the profile's list, else the gazetteer's cities inside the box. */
export function mapLandmarks(profile: ReportProfile, places: GazetteerPlace[], extent: Extent | null): Array<{name: string; lat: number; lon: number}> {
  const located = places.filter((p): p is GazetteerPlace & {lat: number; lon: number} => p.lat != null && p.lon != null);
  if (profile.landmarks) {
    const wanted = new Set(profile.landmarks.map((n) => n.toLowerCase()));
    return located.filter((p) => wanted.has(p.name.toLowerCase())).map(({name, lat, lon}) => ({name, lat, lon}));
  }
  if (!extent) return [];
  return located.filter((p) => p.kind === "city" && inside(extent)(p)).map(({name, lat, lon}) => ({name, lat, lon}));
}

/**
 * Everything the map needs besides the events, for report.json. The box: the profile's, else the
 * one around the placed events, else the first of `countries` (the report's, named by the articles).
 */
export function mapFrame(profile: ReportProfile, placed: Array<{lat: number | null; lon: number | null}>, places = readGazetteer(), countries: string[] = []) {
  const around = extentOf(placed);
  const country = countries.map(countryExtent).find(Boolean) ?? null;
  const extent = profile.extent ?? around ?? country;
  return {
    extent,
    /** Where the box comes from: the profile, the places the articles name, or the country they name. */
    basis: profile.extent ? "profile" : around ? "places" : country ? "country" : null,
    derived: !profile.extent,
    lines: mapLines(profile, places),
    landmarks: mapLandmarks(profile, places, extent),
    labels: profile.labels
  };
}
export type MapFrame = ReturnType<typeof mapFrame>;
