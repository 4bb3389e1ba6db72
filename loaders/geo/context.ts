/**
 * What an article says about where it is: the countries it names (by name or demonym: "Syria",
 * "Ukrainian forces") and the regions it names ("in Idlib province", "Kharkiv region"). Read from
 * runs of capitalised words, longest first, so "South Sudanese" is South Sudan and not Sudan.
 */
import { countryWords } from "./countries.ts";
import { placeKey } from "./normalise.ts";
import type { GeoIndex, GeoPlace } from "./store.ts";

export interface Where {
  /** Country codes named, in order of first mention. */
  countries: string[];
  /** Admin-1 regions named (only those in a named country, or followed by a unit word). */
  readonly regions: GeoPlace[];
}

const CAP_RUN = /\b[A-Z][\p{L}'’-]*(?:\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\p{L}'’-]*){0,3}/gu;
const UNIT_AFTER = /^\s+(?:province|governorate|oblast|region|state|district|prefecture|county)\b/i;

/** Countries named in `text`. */
export function countriesIn(text: string): string[] {
  const words = countryWords(), out: string[] = [];
  for (const run of runs(text)) {
    for (const cc of words.get(placeKey(run.text.replace(/['’]s$/, ""))) ?? []) if (!out.includes(cc)) out.push(cc);
  }
  return out;
}

/** Every sub-run of capitalised words, longest first, each used once. */
function* runs(text: string): Generator<{ text: string; end: number }> {
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
    const words = m[0].split(/\s+/);
    // Longest sub-runs first; a sub-run that matched hides the words it covers.
    const used = new Array(words.length).fill(false);
    for (let n = words.length; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        if (used.slice(i, i + n).some(Boolean)) continue;
        const t = words.slice(i, i + n).join(" ");
        if (!/^[A-Z]/.test(t)) continue;
        const end = m.index + m[0].indexOf(t) + t.length;
        if (countryWords().has(placeKey(t.replace(/['’]s?$/, "")))) used.fill(true, i, i + n);
        yield { text: t, end };
      }
    }
  }
}

/** Countries and regions named in `text`; the regions (one index lookup per capitalised run) only when asked for. */
export function whereIn(text: string, index: GeoIndex): Where {
  const countries = countriesIn(text);
  let regions: GeoPlace[] | null = null;
  return {
    countries,
    get regions() {
      if (regions) return regions;
      regions = [];
      for (const run of runs(text)) {
        const unit = UNIT_AFTER.test(text.slice(run.end, run.end + 16));
        for (const p of index.lookup(run.text)) {
          if (p.kind !== "region" || regions.includes(p)) continue;
          if (unit || countries.includes(p.country)) regions.push(p);
        }
      }
      return regions;
    },
  };
}
