/** What every built page must show, checked in the browser after it rendered. */
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";

/** Minimum number of charts (Plot figures) a page must render, by path. */
export const EXPECTED_CHARTS: [RegExp, number][] = [
  [/^\/$/, 4],
  [/^\/casualties$/, 3],
  [/^\/displacement$/, 3],
  [/^\/territory$/, 2],
  [/^\/claims$/, 0],
  [/^\/sources$/, 0],
  [/^\/articles\//, 0]
];

/** Elements every page of a kind must have (beyond charts), by path. */
const EXPECTED_ELEMENTS: [RegExp, string, string][] = [
  [/^\/claims$/, "form input[type=search]", "a search box"],
  [/^\/claims$/, "table", "the claims table"],
  [/^\/sources$/, "a[download]", "download links"],
  [/^\/sources$/, "a[href*='articles/']", "links to every article's page"],
  [/^\/territory$/, "table a[href*='articles/']", "the events table with links to sentences"],
  [/^\/$/, "[data-headline] a[href*='articles/']", "headline figures linked to their sentences"],
  [/^\/articles\//, ".text mark", "highlighted claims in the article text"],
  [/^\/articles\//, "table.claims tr[id]", "the article's claims table"]
];

/** The report's aggregated data as the build shipped it (dist/_file/data/report.<hash>.json). */
export function builtReport(dist: string): any {
  const folder = join(dist, "_file/data");
  const file = readdirSync(folder).find((f) => /^report\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error("the build wrote no report.json");
  return JSON.parse(readFileSync(join(folder, file), "utf8"));
}

/** The overview's headline numbers must be the ones in the report data, with the claim they came from. */
async function headlineChecks(page: Page, dist: string): Promise<string[]> {
  const problems: string[] = [];
  const report = builtReport(dist);
  const expected: Record<string, {value: number | null; claim?: string | null}> = {
    "civilian-toll": {value: report.headlines.civilianToll.value, claim: report.headlines.civilianToll.claim_id},
    displaced: {value: report.headlines.displaced.value, claim: report.headlines.displaced.claim_id},
    "places-captured": {value: report.headlines.captured.count}
  };
  for (const [key, want] of Object.entries(expected)) {
    const el = page.locator(`[data-headline="${key}"]`);
    if ((await el.count()) !== 1) {
      problems.push(`headline '${key}' is missing`);
      continue;
    }
    const value = await el.getAttribute("data-value");
    const got = value === "" || value == null ? null : Number(value);
    if (got !== want.value) problems.push(`headline '${key}' shows ${value}, the tables say ${want.value}`);
    if (want.claim) {
      if ((await el.getAttribute("data-claim")) !== want.claim) problems.push(`headline '${key}' is not tied to claim ${want.claim}`);
      const href = await el.locator("a").first().getAttribute("href");
      if (!href?.endsWith(`#${want.claim}`)) problems.push(`headline '${key}' does not link to its sentence (href ${href})`);
    }
  }
  return problems;
}

export async function pageChecks(page: Page, path: string, dist?: string): Promise<string[]> {
  const problems: string[] = [];
  const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
  for (const text of cellErrors) problems.push(`cell error: ${text.slice(0, 200)}`);
  const expected = EXPECTED_CHARTS.find(([re]) => re.test(path))?.[1] ?? 0;
  const charts = await page.locator("figure svg[class^='plot']").count();
  if (charts < expected) problems.push(`expected at least ${expected} chart(s), found ${charts}`);
  // Every chart is a figure with a title, a source line and an accessible description.
  const figures = await page.locator("figure:has(svg[class^='plot'])").evaluateAll((els) =>
    els.map((f) => ({title: f.querySelector("h2")?.textContent ?? "", caption: f.querySelector("figcaption")?.textContent ?? "", desc: f.querySelector("svg[class^='plot'] desc, svg[class^='plot'][aria-description]") ? true : false}))
  );
  for (const f of figures) {
    if (!f.title) problems.push("a chart has no title");
    if (!/source/i.test(f.caption)) problems.push(`chart '${f.title}' has no source line`);
    if (!f.desc) problems.push(`chart '${f.title}' has no accessible description`);
  }
  // An article in which nothing was read (talks, a brief with no figures) says so, and has no highlights to check.
  const noClaims = path.startsWith("/articles/") && (await page.getByText(/^0 claims were found in this article/).count()) > 0;
  for (const [re, selector, what] of EXPECTED_ELEMENTS) {
    if (noClaims && re.test("/articles/")) continue;
    if (re.test(path) && (await page.locator(selector).count()) === 0) problems.push(`missing ${what} (${selector})`);
  }
  if (path === "/" && dist) problems.push(...(await headlineChecks(page, dist)));
  return problems;
}
