/**
 * `npm run accuracy [-- --corpus DIR]`: runs `npm run eval -- --json` and keeps its rows as data in
 * data/accuracy.json, with the day and the extractor version they were measured on, so the Sources
 * page can publish how far to trust the tables (and say when the figures are for an older extractor).
 * A corpus this machine cannot score (its texts are absent) keeps its earlier rows, stamped with their own day and extractor.
 */
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {extractorVersion} from "../loaders/pipeline/version.ts";
import {ACCURACY, carryOver} from "../loaders/report/accuracy.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = spawnSync("npm", ["run", "-s", "eval", "--", "--json", ...process.argv.slice(2)], {cwd: root, encoding: "utf8", maxBuffer: 1 << 28});
const rows = JSON.parse(run.stdout.slice(run.stdout.indexOf("[")));
const before = existsSync(ACCURACY) ? JSON.parse(readFileSync(ACCURACY, "utf8")) : null;
const kept = carryOver(before, rows.map(({raw, ...r}: {raw?: unknown}) => r));
writeFileSync(ACCURACY, JSON.stringify({measured: new Date().toISOString().slice(0, 10), extractor: extractorVersion(), rows: kept}, null, 1) + "\n");
const carried = [...new Set(kept.filter((r) => r.measured).map((r) => `${r.corpus} (${r.measured}, extractor ${r.extractor})`))];
console.log(`data/accuracy.json: ${kept.length} rows${carried.length ? `; kept from before, as their texts are not on this machine: ${carried.join(", ")}` : ""}`);
