/**
 * Builds the worldwide place index into .cache/ if its sources changed: after `npm install` (its sources
 * are the installed GeoNames packages and data/gazetteer.csv) and again before `npm test`, where it is
 * then only checked. Built once here rather than by two test files at once, each paying 8 s for the same file.
 */
import {existsSync} from "node:fs";
import {relative} from "node:path";
import {indexFileFor, loadGeoIndex} from "../loaders/geo/store.ts";

const file = indexFileFor();
const had = existsSync(file);
const start = performance.now();
loadGeoIndex();
console.log(had ? `place index ready: ${relative(process.cwd(), file)}` : `place index built in ${((performance.now() - start) / 1000).toFixed(1)} s: ${relative(process.cwd(), file)}`);
