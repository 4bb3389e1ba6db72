// Full build (slow: `npm run test:build`): one article viewer instead of a page per article. Every
// article's data is published beside the pages, every old address and every link reaches the viewer
// on a plain static server, and no data file a page loads is over the budget.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {after, before, describe, test} from "node:test";
import {DATA_LIMIT} from "../../loaders/report/budget.ts";
import {requestedId} from "../../src/components/article-address.js";
import {DOWNLOAD_FORMATS, DOWNLOAD_TABLES, downloadHref} from "../../src/components/download-address.js";
import {copyProject} from "../../scripts/lib/project-copy.ts";
import {serveStatic} from "../../scripts/lib/static-server.ts";

const ADDED = `Shelling hits market town as fighting spreads

At least seven civilians were killed on Tuesday when shells struck a market in a town in the south of the province, rescuers said.
`;

// A text long enough (about 1.3 MB) that its data must come in parts to stay within the page budget.
const LONG = `Talks on the ceasefire go on\n\nAt least four civilians were killed in the village on Monday, rescuers said.\n\n${Array.from({length: 16_000}, (_, i) => `Session ${i + 1} of the talks between the delegations ended without an agreement on the corridor.`).join("\n")}\n`;

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : [join(folder, e.name)]));

/** A data file of the build by its name before Framework's content hash (data/claims.json → data/claims.<hash>.json). */
function builtData(dist: string, name: string): any {
  const [folder, base] = [join(dist, "_file", name, ".."), name.split("/").pop()!.replace(/\.json$/, "")];
  const file = readdirSync(folder).find((f) => new RegExp(`^${base}\\.[0-9a-f]+\\.json$`).test(f));
  assert.ok(file, `the build wrote no ${name}`);
  return JSON.parse(readFileSync(join(folder, file), "utf8"));
}

describe("one article viewer", {timeout: 300_000}, () => {
  let dir: string;
  let dist: string;
  let ids: string[];
  let site: Awaited<ReturnType<typeof serveStatic>>;
  before(async () => {
    dir = copyProject();
    writeFileSync(join(dir, "data/articles/zz-added.txt"), ADDED);
    writeFileSync(join(dir, "data/articles/zz-long.txt"), LONG);
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {cwd: dir, stdio: ["ignore", "pipe", "pipe"]});
    dist = join(dir, "dist");
    ids = builtData(dist, "data/articles.json").articles.map((a: {id: string}) => a.id);
    site = await serveStatic(dist, 0, {plain: true});
  });
  after(() => {
    site?.server.close();
    rmSync(dir, {recursive: true, force: true});
  });

  test("Framework builds one viewer, not a page per article", () => {
    const pages = filesUnder(dist).filter((f) => f.endsWith(".html") && !f.startsWith(join(dist, "articles") + "/"));
    assert.deepEqual(pages.map((f) => relative(dist, f)).sort(), ["article.html", "casualties.html", "claims.html", "displacement.html", "index.html", "sources.html", "territory.html"]);
  });

  test("every article, the one just added too, has its data published under its id", () => {
    assert.ok(ids.includes("zz-added"));
    const published = readdirSync(join(dist, "_file/data/articles")).filter((f) => !f.includes(".part")).map((f) => f.replace(/\.json$/, "")).sort();
    assert.deepEqual(published, [...ids].sort());
    for (const id of ids) {
      const data = JSON.parse(readFileSync(join(dist, "_file/data/articles", `${id}.json`), "utf8"));
      assert.equal(data.article.id, id);
      assert.ok(Array.isArray(data.segments) && Array.isArray(data.claims));
    }
  });

  test("a very long text is published in parts, the first with every claim", () => {
    const first = JSON.parse(readFileSync(join(dist, "_file/data/articles/zz-long.json"), "utf8"));
    assert.ok(first.parts >= 2, "the long article is one file");
    assert.ok(first.claims.length > 0);
    let text = first.segments.map((s: {text: string}) => s.text).join("");
    for (let part = 2; part <= first.parts; part++) {
      const data = JSON.parse(readFileSync(join(dist, `_file/data/articles/zz-long.part${part}.json`), "utf8"));
      assert.equal(data.part, part);
      text += data.segments.map((s: {text: string}) => s.text).join("");
    }
    assert.ok(text.includes("Session 16000 of the talks"), "the end of the text is published");
  });

  test("every article's old address redirects to its view on a plain static server", async () => {
    for (const id of ids) {
      const old = `${site.url}/articles/${id}.html`;
      const response = await fetch(old);
      assert.equal(response.status, 200, old);
      const stub = await response.text();
      const target = new URL(/url=([^"]+)"/.exec(stub)?.[1] ?? "", old);
      assert.equal(target.pathname, "/article.html");
      assert.equal(requestedId(target), id);
      assert.match(stub, /location\.hash/, "the redirect keeps the claim the link pointed at");
    }
  });

  test("the viewer, its data and an unknown id's answer, as a static server gives them", async () => {
    assert.equal((await fetch(`${site.url}/article.html?id=${ids[0]}`)).status, 200);
    assert.equal((await fetch(`${site.url}/_file/data/articles/${ids[0]}.json?v=anything`)).status, 200);
    assert.equal((await fetch(`${site.url}/_file/data/articles/no-such-article.json?v=anything`)).status, 404);
  });

  test("every download is published at the address the Sources page links, with every claim in it", async () => {
    for (const table of DOWNLOAD_TABLES) for (const format of DOWNLOAD_FORMATS) {
      const response = await fetch(downloadHref(table, format, "anything", site.url));
      assert.equal(response.status, 200, `${table}.${format}`);
      const text = await response.text();
      if (table === "claims" && format === "json") assert.equal(JSON.parse(text).length, builtData(dist, "data/claims.json").total, "every claim of the Claims list");
      if (table === "articles" && format === "csv") for (const id of ids) assert.ok(text.includes(id), `${id} in articles.csv`);
    }
    // Not Framework files: no hashed copy of them is made.
    assert.deepEqual(filesUnder(join(dist, "_file")).filter((f) => /\/downloads\/[a-z]+\.[0-9a-f]{8}\./.test(f)), []);
  });

  test("every claim the other pages link to is in the article the link opens", () => {
    const claimsOf = new Map(ids.map((id) => [id, new Set(JSON.parse(readFileSync(join(dist, "_file/data/articles", `${id}.json`), "utf8")).claims.map((c: {claim_id: string}) => c.claim_id))]));
    // The Claims page's index holds the newest part; the older parts are published beside it.
    const {first, parts} = builtData(dist, "data/claims.json");
    const older = (parts as Array<{name: string}>).slice(1).map((p) => JSON.parse(readFileSync(join(dist, "_file/data/claims", `${p.name}.json`), "utf8")).rows);
    const claims = [first, ...older].flat() as Array<{claim_id: string; article_id: string}>;
    assert.ok(claims.length > 0);
    for (const c of claims) assert.ok(claimsOf.get(c.article_id)?.has(c.claim_id), `${c.claim_id} is not in article ${c.article_id}`);
  });

  test("no data file a page loads is over the budget", () => {
    // Downloads are links a reader follows, not data a page loads.
    const over = filesUnder(join(dist, "_file")).filter((f) => f.endsWith(".json") && !f.includes("/downloads/") && statSync(f).size > DATA_LIMIT);
    assert.deepEqual(over.map((f) => relative(dist, f)), []);
  });
});
