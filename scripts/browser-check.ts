/**
 * `npm run test:browser`: builds the report, serves dist/ on 127.0.0.1 and opens every page, and the
 * article viewer on every article, in Debian's chromium. Fails on console errors, failed requests,
 * requests leaving the machine, cell errors, and pages missing the charts they should have; checks
 * that each article's old address redirects to its view and that an unknown id is said to be
 * unknown. Saves a screenshot of every page (desktop, and phone width in the dark theme) to
 * screenshots/, which git ignores.
 *
 *   npm run test:browser [-- --no-build] [--only PATH-REGEX] [--hostile]
 *
 * `--hostile` builds a temporary copy of the project with test/fixtures/hostile/hostile-article.md
 * added to its articles, and checks that nothing in the article runs: no dialog, no alert/confirm/
 * prompt call, no element with an event-handler attribute, script, iframe or style from the text,
 * and the markup shows as literal text in the article's view. It also adds every hostile entry of
 * issue 13 (test/fixtures/hostile/bad-inputs.ts) and checks that the build takes under 5 minutes,
 * that the Sources page names every entry of the folder, and that no built file holds the text a
 * link points to outside the folder.
 */
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Page} from "playwright-core";
import {serveStatic} from "./lib/static-server.ts";
import {colourConsistency, pageChecks} from "./lib/page-checks.ts";
import {badInputs, removeOutsideTexts, writeBadInput} from "../test/fixtures/hostile/bad-inputs.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const hostile = args.includes("--hostile");
const only = args.includes("--only") ? new RegExp(args[args.indexOf("--only") + 1]) : null;
const HOSTILE_FIXTURE = join(root, "test/fixtures/hostile/hostile-article.md");
const LONG_ARTICLE = `Talks on the ceasefire go on\n\nAt least four civilians were killed in the village on Monday, rescuers said.\n\n${Array.from({length: 16_000}, (_, i) => `Session ${i + 1} of the talks between the delegations ended without an agreement on the corridor.`).join("\n")}\n`;

/** A copy of the project with the hostile article added (node_modules and the npm cache shared). */
function hostileCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "report-hostile-"));
  for (const entry of ["package.json", "package-lock.json", "tsconfig.json", "observablehq.config.ts", "loaders", "scripts", "data"]) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), {recursive: true});
  }
  cpSync(join(root, "src"), join(dir, "src"), {recursive: true, filter: (s) => !s.includes(".observablehq")});
  const npmCache = join(root, "src/.observablehq/cache/_npm");
  if (existsSync(npmCache)) cpSync(npmCache, join(dir, "src/.observablehq/cache/_npm"), {recursive: true});
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  cpSync(HOSTILE_FIXTURE, join(dir, "data/articles/zz-hostile-article.md"));
  // A text too long for one data file within the page budget: the viewer shows it in parts.
  writeFileSync(join(dir, "data/articles/zz-long-article.txt"), LONG_ARTICLE);
  // Every hostile entry of issue 13 too: odd names, a pipe, links (one to a text outside the folder), a 3 GB sparse file…
  // (not the bad inputs' own copies of the hostile article, which would make zz-hostile-article.md a duplicate).
  for (const input of badInputs()) if (!/hostile-article/.test(input.name)) writeBadInput(join(dir, "data/articles"), input);
  return dir;
}

const project = hostile ? hostileCopy() : root;
const dist = join(project, "dist");
const shots = join(root, "screenshots", hostile ? "hostile" : "");

const buildFailures: string[] = [];
if (!args.includes("--no-build") || hostile) {
  const start = performance.now();
  const build = spawnSync(process.execPath, ["--import", "tsx", join(project, "scripts/build.ts")], {cwd: project, stdio: "inherit"});
  if (build.status !== 0) process.exit(build.status ?? 1);
  const seconds = (performance.now() - start) / 1000;
  console.log(`built in ${seconds.toFixed(0)} s`);
  if (hostile && seconds > 300) buildFailures.push(`the build over every hostile file took ${seconds.toFixed(0)} s (limit 300)`);
}
if (hostile) {
  // Nothing behind a link may be published: the outside text's words must appear in no built file.
  for (const file of filesUnder(join(project, "dist"))) {
    if (readFileSync(file).includes("near Outside The Folder")) buildFailures.push(`${relative(project, file)} publishes the text of a file outside data/articles`);
  }
}

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`no browser at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

/** The articles table as the build shipped it: the articles read and the files rejected. */
function builtArticlesTable(): {articles: {id: string; file: string}[]; rejected: {file: string}[]} {
  const folder = join(dist, "_file/data");
  const file = readdirSync(folder).find((f) => /^articles\.[0-9a-f]+\.json$/.test(f));
  return file ? JSON.parse(readFileSync(join(folder, file), "utf8")) : {articles: [], rejected: []};
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

// Framework's pages; articles/ holds only the redirects from articles' old addresses (checked apart).
function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith("_") || (dir === dist && name === "articles") ? [] : htmlPages(path);
    return name.endsWith(".html") && name !== "404.html" ? [path] : [];
  });
}

// Pages are opened by their file names from a plain static server (no clean-URL rewriting), as a
// reader of a copy of dist/ on any static host would reach them.
// Every article is opened in the viewer, by the id its published data file names.
// (<id>.part<k>.json are further parts of a very long text, loaded from the article's view.)
const articleIds = readdirSync(join(dist, "_file/data/articles")).filter((f) => f.endsWith(".json") && !f.includes(".part")).map((f) => f.slice(0, -".json".length)).sort();
const views = articleIds.map((id) => `/article.html?id=${encodeURIComponent(id)}`);
const pages = [...htmlPages(dist).map((file) => "/" + relative(dist, file).replace(/(^|\/)index\.html$/, "")), ...views]
  .filter((path) => !only || only.test(path))
  .sort();

const {server, url} = await serveStatic(dist, 0, {plain: true});
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]
});
mkdirSync(shots, {recursive: true});

const failures: string[] = [...buildFailures];
/** A page in a new browser context, with every console error, failed request and dialog recorded in `problems`. */
async function openPage(options: {width: number; dark: boolean}, problems: string[]) {
  const context = await browser.newContext({viewport: {width: options.width, height: 900}, colorScheme: options.dark ? "dark" : "light"});
  const page: Page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(url) && !/^(data|blob|about):/.test(request.url())) problems.push(`request leaves the machine: ${request.url()}`);
  });
  // Any alert/confirm/prompt call is recorded, even one that would not open a dialog.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__scriptCalls = [];
    for (const name of ["alert", "confirm", "prompt"]) {
      w[name] = (...a: unknown[]) => (w.__scriptCalls as unknown[]).push(`${name}(${a.map(String).join(", ")})`);
    }
  });
  page.on("dialog", (dialog) => {
    problems.push(`a dialog opened (script ran from page content?): ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {context, page};
}

async function visit(path: string, options: {width: number; dark: boolean; suffix: string}) {
  const problems: string[] = [];
  const {context, page} = await openPage(options, problems);
  await page.goto(url + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  // The screenshot first: the last page check follows a link away from the page.
  const name = (path === "/" ? "index" : path.slice(1).replace(/\.html(\?id=)?/, "__").replace(/__$/, "").replace(/\//g, "__")) + options.suffix;
  // A page taller than Chromium can capture (an article of 160,000 blank lines) crashes a full-page
  // screenshot: keep its first screen.
  const tall = (await page.evaluate(() => document.documentElement.scrollHeight)) > 16_000;
  try {
    await page.screenshot({path: join(shots, `${name}.png`), fullPage: !tall, timeout: 15_000});
  } catch (error) {
    // The page loaded; only painting it for the picture failed (a word of 200,000 quote marks takes
    // Chromium minutes to paint). Said, not failed: the checks are what count.
    console.warn(`note ${path}: no screenshot (${(error as Error).message.split("\n")[0]})`);
  }
  if (hostile) problems.push(...(await hostileChecks(page, path)));
  problems.push(...(await pageChecks(page, path.replace(/\.html(?=$|\?)/, ""), dist, {width: options.width})));
  await context.close();
  const label = `${path}${options.suffix ? ` (${options.suffix.slice(1)})` : ""}`;
  if (problems.length) failures.push(...problems.map((p) => `${label}: ${p}`));
  console.log(`${problems.length ? "FAIL" : "ok  "} ${label}${problems.length ? `\n     ${problems.join("\n     ")}` : ""}`);
}

/** Nothing from an article's text may become markup or run. */
async function hostileChecks(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const calls = (await page.evaluate(() => (window as unknown as {__scriptCalls: string[]}).__scriptCalls)) ?? [];
  for (const call of calls) problems.push(`script from the article ran: ${call}`);
  const injected = await page.evaluate(() => {
    const main = document.querySelector("#observablehq-main") ?? document.body;
    const found: string[] = [];
    for (const el of main.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.tagName.toLowerCase()} ${attr}>`);
      // The report uses no images or frames; its own scripts and styles never mention these payloads.
      if (/^(IFRAME|IMG|OBJECT|EMBED|FRAME)$/.test(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
      if (/^(SCRIPT|STYLE)$/.test(el.tagName) && /alert\(|body\s*\{\s*display\s*:\s*none/.test(el.textContent ?? "")) found.push(`<${el.tagName.toLowerCase()}> ${el.textContent?.slice(0, 40)}`);
      const href = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
      if (/^\s*javascript:/i.test(href)) found.push(`<${el.tagName.toLowerCase()} href=javascript:…>`);
    }
    if (getComputedStyle(document.body).display === "none") found.push("the page was hidden by a style from the article");
    return found;
  });
  for (const x of injected) problems.push(`markup from the article became an element: ${x}`);
  if (path === "/sources.html" || path === "/sources") {
    // Every entry of the folder is on the Sources page: an article by a link to its page (or its name), a rejected file by its name.
    const {articles, rejected} = builtArticlesTable();
    // The rejected files are a table that draws its rows as it is scrolled, as a reader would: scroll it to the end.
    for (let i = 0; i < 30; i++) {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll("#observablehq-main form, #observablehq-main form *")) if (el.scrollHeight > el.clientHeight + 4) el.scrollTop = el.scrollHeight;
      });
      await page.waitForTimeout(50);
    }
    const text = await page.locator("#observablehq-main").innerText();
    const linked = await page.locator("a[href*='article.html?id=']").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("id")));
    const missing = readdirSync(join(project, "data/articles")).filter((name) => {
      const article = articles.find((a) => a.file === name);
      if (article) return !linked.includes(article.id) && !text.includes(name);
      return !rejected.some((r) => r.file === name) || !text.includes(name);
    });
    if (missing.length) problems.push(`the Sources page does not list: ${missing.join(", ")}`);
  }
  if (path === "/article.html?id=zz-hostile-article") {
    const text = await page.locator(".text").innerText();
    for (const literal of ["<script>alert(1)</script>", "<img src=x onerror=", "<iframe src=", "<style>body{display:none}</style>"]) {
      if (!text.includes(literal)) problems.push(`the article's text does not show '${literal}' as text`);
    }
  }
  return problems;
}

if (hostile && !articleIds.includes("zz-hostile-article")) failures.push("the hostile article has no view: it was rejected or not published");

/** An article's old address (articles/<id>.html#<claim>) lands on the same claim in the viewer. */
async function redirectCheck(id: string) {
  const problems: string[] = [];
  const {context, page} = await openPage({width: 1280, dark: false}, problems);
  const {claims} = JSON.parse(readFileSync(join(dist, "_file/data/articles", `${id}.json`), "utf8"));
  const hash = claims[0] ? `#${claims[0].claim_id}` : "";
  const old = `${url}/articles/${encodeURIComponent(id)}.html`;
  await page.goto(old + hash, {waitUntil: "networkidle"});
  const landed = new URL(page.url());
  if (landed.pathname !== "/article.html" || landed.searchParams.get("id") !== id || landed.hash !== hash) problems.push(`lands on ${landed.pathname}${landed.search}${landed.hash}`);
  await page.waitForSelector(hash ? "mark.landed" : ".text", {timeout: 5000}).catch(() => problems.push(hash ? "the claim is not highlighted in the view" : "the article's text is not shown"));
  await context.close();
  // The redirect leaves the old page while it may still be loading: that request is cut short by design.
  problems.splice(0, problems.length, ...problems.filter((p) => p !== `request failed: ${old} (net::ERR_ABORTED)`));
  if (problems.length) failures.push(...problems.map((p) => `old address of ${id}: ${p}`));
  console.log(`${problems.length ? "FAIL" : "ok  "} /articles/${id}.html${hash} → viewer${problems.length ? `\n     ${problems.join("\n     ")}` : ""}`);
}

/** An id with no article gets a clear message, not an error (its data's 404 is the expected answer). */
async function unknownIdCheck() {
  const problems: string[] = [];
  const {context, page} = await openPage({width: 1280, dark: false}, problems);
  await page.goto(`${url}/article.html?id=no-such-article`, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  const expected = (p: string) => /404: .*\/_file\/data\/articles\/no-such-article\.json|console error: Failed to load resource.*404/.test(p);
  const unexpected = problems.filter((p) => !expected(p));
  if ((await page.locator("[data-unknown-article='no-such-article']").count()) !== 1) unexpected.push("no message saying the article is unknown");
  unexpected.push(...(await page.locator(".observablehq--error").allInnerTexts()).map((t) => `cell error: ${t.slice(0, 200)}`));
  await context.close();
  if (unexpected.length) failures.push(...unexpected.map((p) => `unknown id: ${p}`));
  console.log(`${unexpected.length ? "FAIL" : "ok  "} /article.html?id=no-such-article says the article is unknown${unexpected.length ? `\n     ${unexpected.join("\n     ")}` : ""}`);
}

try {
  for (const path of pages) {
    await visit(path, {width: 1280, dark: false, suffix: ""});
    // Every width and theme for the pages a reader lands on, and for the first article (every article shares its layout).
    if (!path.startsWith("/article.html?id=") || path === views[0]) {
      await visit(path, {width: 390, dark: true, suffix: ".phone-dark"});
      await visit(path, {width: 1280, dark: true, suffix: ".dark"});
      await visit(path, {width: 390, dark: false, suffix: ".phone"});
    }
  }
  if (!only || only.test("/articles/")) for (const id of articleIds) await redirectCheck(id);
  if (!only || only.test("/article.html")) await unknownIdCheck();
} finally {
  await browser.close();
  server.close();
  if (hostile) {
    rmSync(project, {recursive: true, force: true});
    removeOutsideTexts();
  }
}
failures.push(...colourConsistency());
console.log(`\n${pages.length} pages checked, screenshots in ${relative(process.cwd(), shots) || "."}/`);
if (failures.length) {
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
