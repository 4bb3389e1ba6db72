/**
 * The M5 Damascus–Aleppo highway through the offensive's area, as the ordered list of gazetteer
 * places it runs through (south to north). Coordinates come from data/gazetteer.csv; a place without
 * coordinates there is skipped, so the line is only as good as the gazetteer.
 */
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {csvParse} from "d3-dsv";

export const M5_PLACES = ["Hama", "Taybat al-Imam", "Suran", "Morek", "Khan Shaykhun", "Maarat al-Numan", "Maar Hattat", "Tell Mardikh", "Saraqib", "Al-Eis", "Khan Tuman", "Aleppo"];

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

/** The highway's vertices, in order, with the places that have coordinates. */
export function m5Route(places: GazetteerPlace[]): Array<{order: number; name: string; lat: number; lon: number}> {
  const byName = new Map(places.map((p) => [p.name.toLowerCase(), p]));
  return M5_PLACES.flatMap((name, order) => {
    const p = byName.get(name.toLowerCase());
    return p && p.lat != null && p.lon != null ? [{order, name: p.name, lat: p.lat, lon: p.lon}] : [];
  });
}

/** Cities of north-western Syria from the gazetteer, to orient a reader on the map. */
export function landmarks(places: GazetteerPlace[]): Array<{name: string; lat: number; lon: number}> {
  return places.flatMap((p) =>
    p.kind === "city" && p.lat != null && p.lon != null && p.lat > 34.9 && p.lat < 36.8 && p.lon > 35.6 && p.lon < 37.4 && !/turkey/i.test(p.governorate ?? "")
      ? [{name: p.name, lat: p.lat, lon: p.lon}]
      : []
  );
}
