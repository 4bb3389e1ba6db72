/** The country borders the map draws, from world-atlas (50m), cut down to the named countries. */
import {readAtlas} from "./countries.ts";
import {pickCountries} from "./topology.ts";

export function worldOf(names: string[]) {
  const keep = new Set(names);
  return pickCountries(readAtlas("50m"), "countries", (g) => keep.has(g.properties?.name ?? ""));
}
