/**
 * Writes one file of each kind of bad input into a folder, to check that a build over the seed
 * articles plus these succeeds and that the Sources page lists every rejected file with its reason.
 *
 *   npm run bad-inputs -- DIR        (DIR is created if needed; existing files of the same name are replaced)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { badInputs } from "../test/fixtures/hostile/bad-inputs.ts";

const dir = process.argv[2];
if (!dir || dir === "--help" || dir === "-h") {
  console.log("usage: npm run bad-inputs -- DIR\nwrites one file of each bad input (empty, binary, bad encodings, 20 MB, bad front matter, odd names, other languages, not news, hostile markup) into DIR");
  process.exit(dir ? 0 : 2);
}
if (resolve(dir) === resolve("data/articles")) {
  console.error("refusing to write bad inputs into the real data/articles; copy the seeds into another folder instead");
  process.exit(2);
}

mkdirSync(dir, { recursive: true });
for (const input of badInputs()) {
  const path = join(dir, input.name);
  if (input.folder) mkdirSync(path, { recursive: true });
  else writeFileSync(path, input.bytes);
  const expect = "read" in input.expect ? "read" : "rejected";
  console.log(`${expect.padEnd(8)} ${JSON.stringify(input.name).padEnd(36)} ${input.about}`);
}
