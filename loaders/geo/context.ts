/**
 * What an article says about where it is: the countries it names (by name or demonym: "Mali",
 * "Ukrainian forces"), read with one pattern, longest name first so "South Sudanese" is South Sudan
 * and not Sudan; and the regions it names ("in Gao province", "Kharkiv region"), read from runs of
 * capitalised words, only when a choice among namesakes needs them.
 */
import { countries, countryWords } from "./countries.ts";
import { firstWordKey, latinFold, placeKey } from "./normalise.ts";
import type { GeoIndex, GeoPlace } from "./store.ts";

export interface Where {
  /** Country codes named, in order of first mention. */
  countries: string[];
  /** Admin-1 regions named (only those in a named country, or followed by a unit word). */
  readonly regions: GeoPlace[];
}

const UNIT_AFTER = /^\s+(?:province|governorate|oblast|region|state|district|prefecture|county)\b/i;

let countryPattern: RegExp | null = null;
/** One pattern of every country name and demonym as written, longest first ("South Sudanese" before "Sudanese"). */
function countryNames(): RegExp {
  if (countryPattern) return countryPattern;
  const names = new Set<string>();
  for (const c of countries()) for (const n of [...c.names, ...c.demonyms]) if (/^[A-Z]/.test(n) && latinFold(n) !== null) names.add(n);
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A possessive, with or without its apostrophe ("Mali's", "Malis"), still names the country.
  return (countryPattern = new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})(?=(?:['’]?s)?(?![\\p{L}]))`, "gu"));
}

/** Countries named in `text`, in order of first mention: one pass of one pattern. */
export function countriesIn(text: string): string[] {
  const words = countryWords(), out: string[] = [], re = countryNames();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) for (const cc of words.get(placeKey(m[0])) ?? []) if (!out.includes(cc)) out.push(cc);
  return out;
}

const CAP_WORD = /\b[A-Z][\w'’-]*/g;
// Up to three more words after a region name's first: "Deir ez-Zor", "Rif Dimashq", "North Darfur".
const MORE_WORDS = /^(?:\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\w'’-]*){1,3}/;

/** Names that could be regions ("Deir ez-Zor", "Kharkiv"): each capitalised word that begins some region's name, with up to three words after it. */
function* runs(text: string, index: GeoIndex): Generator<{ key: string; text: string; end: number }> {
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    if (!index.startsRegionName(firstWordKey(m[0]))) continue;
    const end = m.index + m[0].length;
    yield { key: placeKey(m[0]), text: m[0], end };
    const more = MORE_WORDS.exec(text.slice(end, end + 60));
    if (!more) continue;
    // Each longer name: "Deir ez-Zor", then "Deir ez-Zor Governorate".
    const parts = more[0].match(/\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\w'’-]*/g) ?? [];
    let t = m[0];
    for (const part of parts) { t += part; yield { key: placeKey(t), text: t, end: m.index + t.length }; }
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
      for (const run of runs(text, index)) {
        if (!index.isRegionKey(run.key)) continue;
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
