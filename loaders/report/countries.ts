/**
 * Countries from world-atlas (Natural Earth): which one holds a place, and which ones a map box
 * touches. The report names the countries it is about from these, not from a list in the code.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {geoBounds, geoContains} from "d3-geo";
import {feature} from "topojson-client";
import type {Extent} from "./geography.ts";
import type {Topology} from "./topology.ts";

const require = createRequire(import.meta.url);
export const readAtlas = (scale: "50m" | "110m" = "50m") => JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), "utf8")) as Topology;

type Bounds = [[number, number], [number, number]];
/** A country's shape, its bounding box, and one box per polygon (France's overseas parts make its whole box span the globe). */
type Country = {name: string; shape: object; bounds: Bounds; parts: Bounds[]};
let shapes: Country[] | null = null;
function countryShapes(): Country[] {
  if (!shapes) {
    const atlas = readAtlas("50m");
    const fc = feature(atlas, atlas.objects.countries);
    shapes = fc.features.map((f) => {
      const g = f.geometry as {type: string; coordinates: unknown[]};
      const polygons = g?.type === "MultiPolygon" ? g.coordinates.map((coordinates) => ({type: "Polygon", coordinates})) : [g];
      return {name: String(f.properties?.name ?? ""), shape: f, bounds: geoBounds(f), parts: polygons.filter(Boolean).map((p) => geoBounds(p))};
    });
  }
  return shapes;
}

/** The country holding a point, or null (at sea, or on a border's wrong side of the generalised line). */
export function countryAt(lon: number, lat: number): string | null {
  for (const c of countryShapes()) {
    const [[w, s], [e, n]] = c.bounds;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (geoContains(c.shape, [lon, lat])) return c.name;
  }
  return null;
}

/**
 * The countries the placed claims fall in, most claims first: those holding at least `share` of
 * the placed claims (so a capital named in passing does not make a country of the report).
 */
export function countriesOfPlaces(points: Array<{lat: number | null; lon: number | null}>, share = 0.15): string[] {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const p of points) {
    if (typeof p.lat !== "number" || typeof p.lon !== "number") continue;
    placed++;
    const name = countryAt(p.lon, p.lat);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= share * placed).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** Countries whose bounding box meets the map box (what the map must draw). */
export function countriesTouching(extent: Extent): string[] {
  return countryShapes()
    .filter(({parts}) => parts.some(([[w, s], [e, n]]) => !(e < extent.west || w > extent.east || n < extent.south || s > extent.north)))
    .map((c) => c.name);
}

/**
 * The countries that at least `share` of the texts name, most named first: what a folder of
 * articles is about when none of its places could be put on the map. Longer names are read first,
 * so "South Sudan" is not also read as "Sudan".
 */
export function countriesNamed(texts: string[], names: string[], share = 0.3): string[] {
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  const patterns = longestFirst.map((name) => [name, new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "g")] as const);
  const counts = new Map<string, number>();
  for (const text of texts) {
    let rest = text;
    const seen = new Set<string>();
    for (const [name, re] of patterns) {
      if (re.test(rest)) seen.add(name);
      re.lastIndex = 0;
      rest = rest.replace(re, " ");
    }
    for (const name of seen) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= share * texts.length).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** A country's box: the box of its largest polygon (France's is France, not its overseas parts); null when the atlas has no such name. */
export function countryExtent(name: string): Extent | null {
  const c = countryShapes().find((x) => x.name === name);
  if (!c) return null;
  const area = ([[w, s], [e, n]]: Bounds) => (e - w) * (n - s);
  const [[west, south], [east, north]] = c.parts.slice().sort((a, b) => area(b) - area(a))[0] ?? c.bounds;
  return {west, south, east, north};
}
