/** What every built page must show, checked in the browser after it rendered. */
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
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
  [/^\/article\?id=/, 0]
];

/** Elements every page of a kind must have (beyond charts), by path. */
const EXPECTED_ELEMENTS: [RegExp, string, string][] = [
  [/^\/claims$/, "form input[type=search]", "a search box"],
  [/^\/claims$/, "table", "the claims table"],
  [/^\/sources$/, "a[download]", "download links"],
  [/^\/sources$/, "a[href*='article.html?id=']", "links to every article's view"],
  [/^\/territory$/, "table a[href*='article.html?id=']", "the events table with links to sentences"],
  [/^\/$/, "[data-headline] a[href*='article.html?id=']", "headline figures linked to their sentences"],
  [/^\/article\?id=/, ".text mark", "highlighted claims in the article text"],
  [/^\/article\?id=/, "table.claims tr[id]", "the article's claims table"]
];

/** The Overview's data as the build shipped it (dist/_file/data/pages/index.<hash>.json). */
export function builtReport(dist: string): any {
  const folder = join(dist, "_file/data/pages");
  const file = readdirSync(folder).find((f) => /^index\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error("the build wrote no data/pages/index.json");
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

/** The claim ids of a published article, or null when the build published no data for it. */
const claimsOfArticle = new Map<string, Set<string> | null>();
function publishedClaims(dist: string, id: string): Set<string> | null {
  if (!claimsOfArticle.has(id)) {
    const file = join(dist, "_file/data/articles", `${id}.json`);
    claimsOfArticle.set(id, /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id) && existsSync(file) ? new Set(JSON.parse(readFileSync(file, "utf8")).claims.map((c: {claim_id: string}) => c.claim_id)) : null);
  }
  return claimsOfArticle.get(id)!;
}

/**
 * Every link to a page or file of the report resolves to a file of dist/, with no URL rewriting; a
 * link to the article viewer (in text, tables, charts and their tooltips) names a published article,
 * and the claim it lands on is one of that article's.
 */
async function linkChecks(page: Page, dist: string): Promise<string[]> {
  // getAttribute, resolved here: a chart's links are SVG <a> elements, whose .href is no string.
  const links = await page.locator("a[href]").evaluateAll((els) => els.map((a) => new URL(a.getAttribute("href") ?? "", document.baseURI).href));
  const origin = new URL(page.url()).origin;
  const broken = new Set<string>();
  for (const href of links) {
    const u = new URL(href);
    if (u.origin !== origin) continue;
    const file = join(dist, decodeURIComponent(u.pathname));
    const ok = existsSync(file) && (statSync(file).isFile() || existsSync(join(file, "index.html")));
    if (!ok) broken.add(u.pathname);
    const id = u.pathname === "/article.html" ? u.searchParams.get("id") : null;
    if (id == null) continue;
    const claims = publishedClaims(dist, id);
    // #<claim>, or in the article itself #q-<claim> (its words) and #r-<claim> (its row).
    const claim = decodeURIComponent(u.hash.slice(1)).replace(/^[qr]-/, "");
    if (!claims) broken.add(`${u.pathname}${u.search} (no such article)`);
    else if (claim && !claims.has(claim)) broken.add(`${u.pathname}${u.search}${u.hash} (no such claim in the article)`);
  }
  return [...broken].map((p) => `broken link on a plain static server: ${p}`);
}

/** At desktop width, no column of a table starts or ends off-screen. */
async function columnChecks(page: Page): Promise<string[]> {
  const off = await page.locator("table th").evaluateAll((ths) =>
    ths.filter((th) => (th as HTMLElement).offsetParent).map((th) => ({text: th.textContent?.trim() ?? "", ...(({left, right}) => ({left, right}))(th.getBoundingClientRect())})).filter((c) => c.right > innerWidth + 1 || c.left < -1)
  );
  return off.map((c) => `table column '${c.text}' is off-screen at ${Math.round(c.left)}–${Math.round(c.right)} px`);
}

/** No two text labels of one chart overlap (their boxes, shrunk by a pixel, do not meet). */
async function labelChecks(page: Page): Promise<string[]> {
  const overlaps = await page.locator("figure svg[class^='plot']").evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const title = svg.closest("figure")?.querySelector("h2")?.textContent ?? "a chart";
      const boxes = [...svg.querySelectorAll("g[aria-label='text'] text")].map((t) => ({text: t.textContent ?? "", r: t.getBoundingClientRect()})).filter((b) => b.r.width > 0 && b.text.trim());
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].r, boxes[j].r];
          if (a.left + 1 < b.right - 1 && b.left + 1 < a.right - 1 && a.top + 1 < b.bottom - 1 && b.top + 1 < a.bottom - 1) found.push(`${title}: '${boxes[i].text}' overlaps '${boxes[j].text}'`);
        }
      return found;
    })
  );
  return overlaps.map((o) => `labels overlap: ${o}`);
}

/** Legend colours by source, from every page checked: a source must have one colour everywhere. */
const coloursSeen = new Map<string, Set<string>>();
async function recordColours(page: Page, path: string) {
  const swatches = await page.locator("figure .plot-swatch, figure [class$='-swatch']").evaluateAll((els) =>
    els.map((el) => ({name: el.textContent?.trim() ?? "", fill: el.querySelector("svg [fill]")?.getAttribute("fill") ?? el.querySelector("svg")?.getAttribute("fill") ?? ""}))
  );
  for (const {name, fill} of swatches) if (name && fill) (coloursSeen.get(name) ?? coloursSeen.set(name, new Set()).get(name)!).add(`${fill} (${path})`);
}
export function colourConsistency(): string[] {
  return [...coloursSeen].flatMap(([name, fills]) => (new Set([...fills].map((f) => f.split(" ")[0])).size > 1 ? [`'${name}' has different colours: ${[...fills].join(", ")}`] : []));
}

/** A clicked headline number opens the article viewer with its highlighted words in the viewport. */
async function landingCheck(page: Page): Promise<string[]> {
  const link = page.locator("[data-headline] .big a").first();
  if (!(await link.count())) return [];
  await Promise.all([page.waitForURL(/article\.html\?id=/), link.click()]);
  await page.waitForSelector("mark.landed", {timeout: 5000}).catch(() => null);
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => {
    const m = document.querySelector("mark.landed");
    if (!m) return "no highlighted words";
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight ? "" : `highlighted words at ${Math.round(r.top)} px, outside the viewport`;
  });
  return seen ? [`clicking a headline number: ${seen}`] : [];
}

/** The Claims page filters in the browser (Arquero): choosing one table narrows the count to that table. */
async function claimsFilterCheck(page: Page): Promise<string[]> {
  const summary = page.locator("p", {hasText: "claims match"}).first();
  if (!(await summary.count())) return ["the Claims page shows no count of matching claims"];
  const before = await summary.innerText();
  const table = page.locator("form select").first();
  const options = await table.locator("option").allInnerTexts();
  if (options.length < 2) return [];
  await table.selectOption(options[1]);
  await page.waitForTimeout(300);
  const after = await summary.innerText();
  const n = (s: string) => Number(s.replace(/,/g, "").match(/^(\d+)/)?.[1]);
  const rows = await page.locator("form table tbody tr").count();
  return after === before && options.length > 2 ? [`choosing the table '${options[1]}' did not change the claims shown`] : n(after) > n(before) || rows > n(after) ? [`the filter shows ${n(after)} claims and ${rows} rows after choosing '${options[1]}'`] : [];
}

/** The viewer shows the article its address names: its title, and a row for each of its claims. */
async function viewerChecks(page: Page, id: string, dist: string): Promise<string[]> {
  const file = join(dist, "_file/data/articles", `${id}.json`);
  if (!existsSync(file)) return [`the build published no data for article '${id}'`];
  const {article, claims} = JSON.parse(readFileSync(file, "utf8"));
  const problems: string[] = [];
  if ((await page.locator("[data-unknown-article]").count()) > 0) problems.push(`the viewer says article '${id}' is unknown`);
  const title = (await page.locator("#observablehq-main h1").first().innerText().catch(() => "")).trim();
  if (title !== article.title.trim()) problems.push(`the viewer shows '${title.slice(0, 80)}', not the article's title '${article.title.slice(0, 80)}'`);
  const rows = await page.locator("table.claims tbody tr[id]").count();
  if (rows !== claims.length) problems.push(`the viewer lists ${rows} claims, the article's data has ${claims.length}`);
  // A very long text comes in parts: asking for each in turn shows the text to its end.
  const parts: number = JSON.parse(readFileSync(file, "utf8")).parts ?? 1;
  for (let part = 2; part <= parts; part++) {
    const more = page.locator(`button.more-text[data-next-part="${part}"]`);
    if (!(await more.count())) {
      problems.push(`no button to show part ${part} of ${parts} of the text`);
      break;
    }
    await more.click();
    await page.waitForFunction((n) => !document.querySelector(`button.more-text[data-next-part="${n}"]`), part, {timeout: 10_000}).catch(() => problems.push(`part ${part} of the text did not load`));
  }
  if (parts > 1) {
    const last = JSON.parse(readFileSync(join(dist, "_file/data/articles", `${id}.part${parts}.json`), "utf8")).segments.at(-1).text.trim();
    const shown = await page.locator(".text").innerText();
    if (!shown.trimEnd().endsWith(last.slice(-200))) problems.push(`the text shown does not end as the article does after its ${parts} parts`);
  }
  return problems;
}

export async function pageChecks(page: Page, path: string, dist?: string, {width = 1280} = {}): Promise<string[]> {
  const problems: string[] = [];
  if (dist) problems.push(...(await linkChecks(page, dist)));
  if (width >= 1200) problems.push(...(await columnChecks(page)));
  problems.push(...(await labelChecks(page)));
  await recordColours(page, path);
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
  // An article with no claims has nothing to highlight or list.
  const noClaims = (await page.locator("[data-claim-count='0']").count()) > 0;
  for (const [re, selector, what] of EXPECTED_ELEMENTS) {
    if (noClaims && re.source.includes("article")) continue;
    if (re.test(path) && (await page.locator(selector).count()) === 0) problems.push(`missing ${what} (${selector})`);
  }
  if (path === "/" && dist) problems.push(...(await headlineChecks(page, dist)));
  const viewed = /^\/article\?id=(.*)$/.exec(path)?.[1];
  if (viewed && dist) problems.push(...(await viewerChecks(page, decodeURIComponent(viewed), dist)));
  if (path === "/claims" && width >= 1200) problems.push(...(await claimsFilterCheck(page)));
  // Last: it leaves the page.
  if (path === "/" && width >= 1200) problems.push(...(await landingCheck(page)));
  return problems;
}
