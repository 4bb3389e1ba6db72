// The build writes the four report pages' data from one report, as the page loader would write each.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {loadCorpus} from "../loaders/report/corpus.ts";
import {pageData, PAGES} from "../loaders/report/pages.ts";
import {buildReport} from "../loaders/report/report.ts";
import {cachedClaimsList, cachedPageData, cachedSourcesData, writeReportPages} from "../scripts/lib/report-pages.ts";

test("every page's data is written once, equal to what its loader gives, and kept when already cached", async () => {
  const root = mkdtempSync(join(tmpdir(), "report-pages-"));
  const project = {root, src: join(root, "src"), cache: join(root, "src", ".observablehq", "cache")};
  try {
    assert.deepEqual(await writeReportPages(project), [...PAGES, "claims", "sources"]);
    const report = buildReport((await loadCorpus()).tables);
    for (const page of PAGES) assert.equal(readFileSync(cachedPageData(project, page), "utf8"), JSON.stringify(pageData(report, page)), page);
    // The Claims list and the Sources data, byte for byte what their loaders print.
    for (const [loader, file] of [["claims.json.ts", cachedClaimsList(project)], ["articles.json.ts", cachedSourcesData(project)]] as const) {
      assert.equal(readFileSync(file, "utf8"), execFileSync(process.execPath, ["--import", "tsx", join("src", "data", loader)], {encoding: "utf8", maxBuffer: 1 << 26}), loader);
    }
    const before = statSync(cachedPageData(project, "index")).mtimeMs;
    assert.deepEqual(await writeReportPages(project), [], "nothing is rewritten when every page is cached");
    assert.equal(statSync(cachedPageData(project, "index")).mtimeMs, before);
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});
