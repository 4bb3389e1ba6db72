/**
 * `npm run test:browser`: builds the report, serves dist/ on 127.0.0.1 and opens every page in
 * Debian's chromium. Fails on console errors, failed requests, requests leaving the machine, cell
 * errors, and pages missing the charts they should have. Saves a screenshot of every page (desktop,
 * and phone width in the dark theme) to screenshots/, which git ignores.
 *
 *   npm run test:browser [-- --no-build] [--only PATH-REGEX]
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, statSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Page} from "playwright-core";
import {serveStatic} from "./lib/static-server.ts";
import {pageChecks} from "./lib/page-checks.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const shots = join(root, "screenshots");
const args = process.argv.slice(2);
const only = args.includes("--only") ? new RegExp(args[args.indexOf("--only") + 1]) : null;

if (!args.includes("--no-build")) {
  const build = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build.ts")], {cwd: root, stdio: "inherit"});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`no browser at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith("_") ? [] : htmlPages(path);
    return name.endsWith(".html") && name !== "404.html" ? [path] : [];
  });
}

const pages = htmlPages(dist)
  .map((file) => "/" + relative(dist, file).replace(/\.html$/, "").replace(/(^|\/)index$/, ""))
  .filter((path) => !only || only.test(path))
  .sort();

const {server, url} = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]
});
mkdirSync(shots, {recursive: true});

const failures: string[] = [];
async function visit(path: string, options: {width: number; dark: boolean; suffix: string}) {
  const context = await browser.newContext({viewport: {width: options.width, height: 900}, colorScheme: options.dark ? "dark" : "light"});
  const page: Page = await context.newPage();
  const problems: string[] = [];
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
  page.on("dialog", (dialog) => {
    problems.push(`a dialog opened (script ran from page content?): ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  problems.push(...(await pageChecks(page, path, dist)));
  const name = (path === "/" ? "index" : path.slice(1).replace(/\//g, "__")) + options.suffix;
  await page.screenshot({path: join(shots, `${name}.png`), fullPage: true});
  await context.close();
  const label = `${path}${options.suffix ? ` (${options.suffix.slice(1)})` : ""}`;
  if (problems.length) failures.push(...problems.map((p) => `${label}: ${p}`));
  console.log(`${problems.length ? "FAIL" : "ok  "} ${label}${problems.length ? `\n     ${problems.join("\n     ")}` : ""}`);
}

try {
  for (const path of pages) {
    await visit(path, {width: 1280, dark: false, suffix: ""});
    // Phone width in the dark theme, for the pages a reader lands on (article pages share one layout).
    if (!path.startsWith("/articles/")) await visit(path, {width: 390, dark: true, suffix: ".phone-dark"});
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${pages.length} pages checked, screenshots in ${relative(process.cwd(), shots) || "."}/`);
if (failures.length) {
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
