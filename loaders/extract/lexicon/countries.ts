/**
 * Country names, for telling a figure about another country's war from one about this war's
 * ("air strikes in <another country> killed 20"). Natural Earth's names as world-atlas ships them,
 * plus the forms news writes that those abbreviate or lack.
 */
import { createRequire } from "node:module";

const atlas = createRequire(import.meta.url)("world-atlas/countries-110m.json") as { objects: { countries: { geometries: Array<{ properties: { name: string } }> } } };

const EXTRA = ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Central African Republic", "South Sudan", "Gaza", "Gaza Strip", "West Bank", "Palestine", "United States", "Britain", "Bosnia", "Burkina Faso", "Ivory Coast", "Myanmar", "Burma", "Nagorno-Karabakh"];

export const COUNTRIES: string[] = [...new Set([...atlas.objects.countries.geometries.map((g) => g.properties.name).filter((n) => !/\./.test(n)), ...EXTRA])];

const NAMES = new Set(COUNTRIES.map((c) => c.toLowerCase()));

/** True when `name` is a country's name, as written or in other case. */
/** ("Niger Republic", "the Republic of Chad": a country named with its form of state.) */
export const isCountryName = (name: string) => {
  const n = name.trim().toLowerCase();
  return NAMES.has(n) || NAMES.has(n.replace(/\s+republic$/, "").replace(/^(?:the\s+)?republic\s+of\s+(?:the\s+)?/, ""));
};

/** True when a run of capitalised words begins with a country's name ("Chad on Sunday", "South Sudan"). */
export const beginsWithCountry = (run: string) => {
  const words = run.trim().split(/\s+/);
  return words.some((_, i) => isCountryName(words.slice(0, i + 1).join(" ")));
};
