// The article viewer's addresses: the id it reads from its address, the data file it fetches, and the
// redirects at articles' old addresses. No build here: test/build/ builds and serves the real thing.
import assert from "node:assert/strict";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {articleIdFor} from "../loaders/articles/article-id.ts";
import {articleDataHref, articleHref, loadArticle, loadArticlePart, requestedId, validId} from "../src/components/article-address.js";
import {redirectStub} from "../scripts/lib/publish-articles.ts";
import {projectRoot} from "../scripts/lib/project-copy.ts";

const SITE = "http://127.0.0.1:8000";
const at = (href: string, from = `${SITE}/claims.html`) => new URL(href, from);

test("the viewer reads the id from ?id=, or from #id= when there is no query", () => {
  assert.equal(requestedId(at("/article.html?id=004_c3d4#cas-3")), "004_c3d4");
  assert.equal(requestedId(at("/article.html#id=004_c3d4")), "004_c3d4");
  assert.equal(requestedId(at("/article.html")), null);
  assert.equal(requestedId(at("/article.html#cas-3")), null);
});

test("a link to a claim opens the viewer on that article, landing on that claim", () => {
  for (const [id, claim] of [["004_c3d4dcb05a5fa5e3", "cas-004_c3d4dcb05a5fa5e3-2"], ["story-3f2a9c01", null]] as const) {
    const url = at(articleHref(id, claim));
    assert.equal(url.pathname, "/article.html");
    assert.equal(requestedId(url), id);
    assert.equal(url.hash, claim ? `#${claim}` : "");
  }
});

test("every id the reader can make is one the viewer accepts; a crafted one never becomes a path", () => {
  for (const name of ["004_c3d4.txt", "story..txt", "x.html.txt", "Ḥamā – report.md", "a".repeat(300) + ".txt", "../../etc/passwd", "-lead.txt"]) {
    assert.ok(validId(articleIdFor(name).id), `${name} → ${articleIdFor(name).id}`);
  }
  for (const id of ["", "../secret", "a/b", "a.b", "%2e%2e", "a".repeat(101), null]) assert.equal(validId(id), false, String(id));
});

test("the viewer fetches the file the dev server's loader serves and the build publishes", () => {
  const url = at(articleDataHref("004_c3d4", "ab12"), `${SITE}/article.html?id=004_c3d4`);
  assert.equal(url.pathname, "/_file/data/articles/004_c3d4.json");
  assert.equal(url.searchParams.get("v"), "ab12");
  // The dev server answers /_file/data/articles/<id>.json with this parameterized loader.
  assert.ok(existsSync(join(projectRoot, "src/data/articles/[id].json.ts")));
});

test("an article's old address redirects to its view, keeping the claim it pointed at", () => {
  const stub = redirectStub("004_c3d4");
  const old = `${SITE}/articles/004_c3d4.html`;
  const targets = [...stub.matchAll(/(?:url=|href=")([^"]+)/g)].map((m) => at(m[1], old));
  assert.ok(targets.length >= 2);
  for (const target of targets) {
    assert.equal(target.pathname, "/article.html");
    assert.equal(requestedId(target), "004_c3d4");
  }
  assert.match(stub, /location\.replace\("\.\.\/article\.html\?id=004_c3d4" \+ location\.hash\)/);
});

test("the viewer tells an unknown id from an article, and never fetches a crafted one", async () => {
  const answers: Record<string, () => Response> = {
    "/_file/data/articles/known.json": () => Response.json({article: {id: "known"}, segments: [], claims: [], unplaced: []}),
    "/_file/data/articles/dev-unknown.json": () => Response.json({unknown: true}),
    "/_file/data/articles/broken.json": () => new Response("oops", {status: 500}),
    "/_file/data/articles/known.part2.json": () => Response.json({part: 2, parts: 2, segments: []})
  };
  const asked: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (href: string) => {
    const path = new URL(href, SITE).pathname;
    asked.push(path);
    return answers[path]?.() ?? new Response("not found", {status: 404});
  }) as typeof fetch;
  try {
    assert.equal((await loadArticle("known", "v1")).data?.article.id, "known");
    assert.deepEqual(await loadArticle("static-unknown", "v1"), {unknown: true});
    assert.deepEqual(await loadArticle("dev-unknown", "v1"), {unknown: true});
    assert.match((await loadArticle("broken", "v1")).error ?? "", /500/);
    assert.deepEqual(await loadArticle("../secret", "v1"), {unknown: true});
    assert.deepEqual(await loadArticle(null, "v1"), {unknown: true});
    assert.equal((await loadArticlePart("known", 2, "v1")).data?.part, 2);
    assert.deepEqual(await loadArticlePart("known", 3, "v1"), {unknown: true});
    assert.deepEqual(await loadArticlePart("../secret", 2, "v1"), {unknown: true});
    assert.ok(!asked.some((p) => p.includes("secret")));
  } finally {
    globalThis.fetch = realFetch;
  }
});
