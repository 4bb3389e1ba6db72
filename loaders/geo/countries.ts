/**
 * Countries as news names them: names, alternative spellings and demonyms ("Mali", "DRC",
 * "Ukrainian", "Ukrainians"), from the world-countries package (ODbL). Demonyms are context (which
 * countries an article is about) and never places.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { placeKey } from "./normalise.ts";

export interface Country {
  cc: string;
  name: string;
  /** Names and spellings that denote the country itself. */
  names: string[];
  /** Adjectives and nouns for its people ("Malian", "Malians"). */
  demonyms: string[];
  /** The seat of government as news names it ("the Kenyan capital" is Nairobi). */
  capital: string | null;
  lat: number | null;
  lon: number | null;
}

export const COUNTRIES_FILE = createRequire(import.meta.url).resolve("world-countries/countries.json");

interface RawCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
  latlng?: number[];
  capital?: string[];
}

// English usage the package lacks: the name news still uses ("Turkey") and the adjective it writes
// before nouns where the demonym is another word ("the Philippine army", "Azeri forces").
const MORE_NAMES: Record<string, string[]> = { TR: ["Turkey"] };
const MORE_ADJECTIVES: Record<string, string[]> = { PH: ["Philippine"], AZ: ["Azeri"] };

let cached: Country[] | null = null;
export function countries(): Country[] {
  return (cached ??= (JSON.parse(readFileSync(COUNTRIES_FILE, "utf8")) as RawCountry[]).map((c) => {
    // Two-letter codes ("SY") and all-capital short forms are not how prose names a country, except known acronyms ("DRC", "UAE").
    const alt = (c.altSpellings ?? []).filter((a) => a.length > 2 && !/,/.test(a));
    // "Bosnian, Herzegovinian" is two demonyms.
    const dem = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(MORE_ADJECTIVES[c.cca2] ?? [])].filter((d): d is string => !!d).flatMap((d) => d.split(/,\s*/)))];
    return {
      cc: c.cca2, name: c.name.common, names: [...new Set([c.name.common, c.name.official, ...alt, ...(MORE_NAMES[c.cca2] ?? [])])],
      demonyms: [...new Set(dem.flatMap((d) => [d, /(?:s|ese|sh|ch|x)$/.test(d) ? d : d + "s"]))],
      capital: c.capital?.[0] ?? null,
      lat: c.latlng?.[0] ?? null, lon: c.latlng?.[1] ?? null,
    };
  }));
}

let keyed: Map<string, string[]> | null = null;
/** Country codes by the key of each name and demonym ("congolese" → CD, CG). */
export function countryWords(): Map<string, string[]> {
  if (keyed) return keyed;
  keyed = new Map();
  for (const c of countries()) {
    for (const n of [...c.names, ...c.demonyms]) {
      const k = placeKey(n);
      if (!k) continue;
      const list = keyed.get(k) ?? [];
      if (!list.includes(c.cc)) list.push(c.cc);
      keyed.set(k, list);
    }
  }
  return keyed;
}

let demonymKeys: Set<string> | null = null;
/** True for a country's demonym ("Malian", "Ukrainians"); ethnic and religious words are in places.ts. */
export function isDemonym(word: string): boolean {
  demonymKeys ??= new Set(countries().flatMap((c) => c.demonyms.map(placeKey)).filter(Boolean));
  return demonymKeys.has(placeKey(word));
}

/** The capital of the one country a name or demonym denotes ("Rwandan" → Kigali); null for none or several. */
export function capitalOfNation(word: string): string | null {
  const ccs = countryWords().get(placeKey(word)) ?? [];
  if (ccs.length !== 1) return null;
  return countries().find((c) => c.cc === ccs[0])?.capital ?? null;
}
