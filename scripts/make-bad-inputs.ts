/**
 * Writes one file of each kind of bad input into a folder, to check that a build over the seed
 * articles plus these succeeds and that the Sources page lists every rejected file with its reason.
 *
 *   npm run bad-inputs -- DIR        (DIR is created if needed; existing files of the same name are replaced)
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { badInputs, writeBadInput } from "../test/fixtures/hostile/bad-inputs.ts";

const dir = process.argv[2];
if (!dir || dir === "--help" || dir === "-h") {
  console.log("usage: npm run bad-inputs -- DIR\nwrites one file of each bad input (empty, binary, bad encodings, 20 MB, bad front matter, odd names, other languages, not news, hostile markup, links, a named pipe, a 3 GB sparse file, impossible dates, a copy that sorts first) into DIR");
  process.exit(dir ? 0 : 2);
}
if (resolve(dir) === resolve("data/articles")) {
  console.error("refusing to write bad inputs into the real data/articles; copy the seeds into another folder instead");
  process.exit(2);
}

mkdirSync(dir, { recursive: true });
for (const input of badInputs()) {
  rmSync(join(dir, input.name), { recursive: true, force: true }); // a link or pipe left by an earlier run is replaced, never followed
  writeBadInput(dir, input);
  const expect = "read" in input.expect ? "read" : "rejected";
  console.log(`${expect.padEnd(8)} ${JSON.stringify(input.name).padEnd(36)} ${input.about}`);
}
