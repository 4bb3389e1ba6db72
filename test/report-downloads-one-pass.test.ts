// The build writes every download (each claim table as CSV and JSON) from one corpus load, as the loaders would.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {cachedDownload, writeDownloads} from "../scripts/lib/download-files.ts";
import {FORMATS, TABLES} from "../src/data/downloads/tables.ts";

test("every download is written once, byte for byte what its loader prints", async () => {
  const root = mkdtempSync(join(tmpdir(), "downloads-"));
  const project = {root, src: join(root, "src"), cache: join(root, "src", ".observablehq", "cache")};
  try {
    const written = await writeDownloads(project);
    assert.equal(written.length, TABLES.length * FORMATS.length);
    // One table through the loader itself, as Framework runs it: the same bytes.
    const loader = execFileSync(process.execPath, ["--import", "tsx", join("src", "data", "downloads", "[table].csv.ts"), "--table", "territory"], {encoding: "utf8", maxBuffer: 1 << 26});
    assert.equal(readFileSync(cachedDownload(project, "territory", "csv"), "utf8"), loader);
    assert.match(readFileSync(cachedDownload(project, "claims", "json"), "utf8"), /^\[/);
    assert.deepEqual(await writeDownloads(project), [], "nothing is rewritten when every download is cached");
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});
