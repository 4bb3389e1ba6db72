/** What every built page must show, checked in the browser after it rendered. */
import type {Page} from "playwright-core";

/** Minimum number of charts (Plot figures) a page must render, by path. */
export const EXPECTED_CHARTS: [RegExp, number][] = [
  [/^\/$/, 1]
];

export async function pageChecks(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
  for (const text of cellErrors) problems.push(`cell error: ${text.slice(0, 200)}`);
  const expected = EXPECTED_CHARTS.find(([re]) => re.test(path))?.[1] ?? 0;
  const charts = await page.locator("svg[class^='plot'], figure svg, svg.plot-d6a7b5").count();
  if (charts < expected) problems.push(`expected at least ${expected} chart(s), found ${charts}`);
  return problems;
}
