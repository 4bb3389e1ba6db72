// The build writes the four report pages' data from one report, as the page loader would write each.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {loadCorpus} from "../loaders/report/corpus.ts";
import {pageData, PAGES} from "../loaders/report/pages.ts";
import {buildReport} from "../loaders/report/report.ts";
import {cachedPageData, writeReportPages} from "../scripts/lib/report-pages.ts";

test("every page's data is written once, equal to what its loader gives, and kept when already cached", async () => {
  const root = mkdtempSync(join(tmpdir(), "report-pages-"));
  const project = {root, src: join(root, "src"), cache: join(root, "src", ".observablehq", "cache")};
  try {
    assert.deepEqual(await writeReportPages(project), [...PAGES]);
    const report = buildReport((await loadCorpus()).tables);
    for (const page of PAGES) assert.equal(readFileSync(cachedPageData(project, page), "utf8"), JSON.stringify(pageData(report, page)), page);
    const before = statSync(cachedPageData(project, "index")).mtimeMs;
    assert.deepEqual(await writeReportPages(project), [], "nothing is rewritten when every page is cached");
    assert.equal(statSync(cachedPageData(project, "index")).mtimeMs, before);
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});
