// Framework data loader: country borders around north-western Syria from world-atlas (50m), cut down.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {pickCountries, type Topology} from "../../loaders/report/topology.ts";

const NEIGHBOURS = new Set(["Syria", "Turkey", "Lebanon", "Israel", "Jordan", "Iraq", "Cyprus", "N. Cyprus", "Palestine"]);
const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
process.stdout.write(JSON.stringify(pickCountries(world, "countries", (g) => NEIGHBOURS.has(g.properties?.name ?? ""))));
