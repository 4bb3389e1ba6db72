/**
 * Builds the worldwide place index into .cache/ if its sources changed (`npm test` runs this first).
 * Built once here rather than by two test files at once, each paying 15 s for the same file.
 */
import {existsSync} from "node:fs";
import {relative} from "node:path";
import {indexFileFor, loadGeoIndex} from "../loaders/geo/store.ts";

const file = indexFileFor();
const had = existsSync(file);
const start = performance.now();
loadGeoIndex();
console.log(had ? `place index ready: ${relative(process.cwd(), file)}` : `place index built in ${((performance.now() - start) / 1000).toFixed(1)} s: ${relative(process.cwd(), file)}`);
