/**
 * npm run extract -- --articles DIR --out DIR [--profile none|FILE]
 * Reads the articles in DIR, extracts the claim tables and writes them (JSON + CSV) to the out folder.
 * --profile chooses the conflict profile (default data/conflict.yaml); `none` reads with the general
 * rules alone, as a corpus of many wars should be read (one war's country is no context for another's).
 */
import { existsSync, statSync } from "node:fs";
import { applyProfile, profileProblem } from "./lib/profile-option.ts";
import { folderProblem } from "./lib/paths.ts";

function fail(message: string): never {
  console.error(`extract: ${message}\nusage: npm run extract -- --articles DIR --out DIR [--profile none|FILE]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith("--")) fail(`${name} needs ${name === "--profile" ? "'none' or a file" : "a folder"} after it`);
  return v;
};
for (const a of args) if (a.startsWith("--") && !["--articles", "--out", "--profile"].includes(a)) fail(`unknown option '${a}'`);
const articlesDir = value("--articles") ?? fail("missing --articles DIR");
const outDir = value("--out") ?? fail("missing --out DIR");
if (!existsSync(articlesDir)) fail(`the articles folder '${articlesDir}' does not exist`);
if (!statSync(articlesDir).isDirectory()) fail(`'${articlesDir}' is a file, not a folder of articles`);
const profile = value("--profile");
if (profile) { const problem = profileProblem(profile); if (problem) fail(problem); applyProfile(profile); }
const outProblem = folderProblem(outDir);
if (outProblem) fail(`the output ${outProblem}`);

// (Loaded only now: the extractor is heavy, and a wrong command should answer at once.)
const [{ readArticles }, { extractArticles, writeTables }] = await Promise.all([import("../loaders/articles/read.ts"), import("../loaders/extract/index.ts")]);
const t0 = performance.now();
let set;
try {
  set = readArticles(articlesDir);
} catch (e) {
  fail((e as Error).message.split("\n")[0]);
}
const tables = extractArticles(set);
try {
  writeTables(tables, outDir);
} catch (e) {
  fail(`could not write the tables to '${outDir}': ${(e as Error).message.split("\n")[0]}`);
}
const ms = performance.now() - t0;
const bytes = set.articles.reduce((n, a) => n + a.bytes, 0);
console.log(
  `extract: ${tables.articles.length} articles (${set.rejected.length} rejected), ${tables.casualties.length} casualty, ` +
    `${tables.displacement.length} displacement, ${tables.territory.length} territory claims → ${outDir} ` +
    `(${ms.toFixed(0)} ms, ${(bytes / 1e6 / (ms / 1e3)).toFixed(2)} MB/s)`,
);
