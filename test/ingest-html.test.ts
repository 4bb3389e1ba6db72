// Saved web pages are reduced to article text and metadata; markup never survives as markup.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToArticle } from "../loaders/ingest/html-article.ts";
import { toIsoDate } from "../loaders/ingest/dates.ts";

const paragraphs = [
  "BEIRUT — Syrian government forces captured the town of Khan Sheikhoun in Idlib province on Wednesday, a war monitor said, after weeks of heavy fighting and air strikes.",
  "The Syrian Observatory for Human Rights said rebels had withdrawn from the town overnight. At least 12 civilians were killed in air strikes on nearby villages, it said.",
  "Turkish officials said an observation post south of the town had been cut off. Ankara has warned Damascus not to attack its troops, according to the state news agency.",
  "The text &lt;script&gt;alert(1)&lt;/script&gt; appeared in a caption, the agency said.",
];

const PAGE = `<!doctype html><html><head>
<meta charset="utf-8"><title>Regime takes Khan Sheikhoun | Test Outlet</title>
<meta property="og:title" content="Regime forces take Khan Sheikhoun">
<meta property="og:site_name" content="Test Outlet">
<meta property="article:published_time" content="2019-08-21T23:30:00+03:00">
<link rel="canonical" href="https://example.org/news/khan-sheikhoun">
<script>window.hacked = true; document.write("INJECTED")</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header><div class="ad">Subscribe now for unlimited access</div></header>
<article><h1>Regime forces take Khan Sheikhoun</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<script>console.log("inline")</script>
</article>
<aside>Most read: Ten best beaches in Europe</aside>
<footer>© Test Outlet. All rights reserved. Privacy policy.</footer>
</body></html>`;

describe("htmlToArticle", () => {
  const page = htmlToArticle(PAGE);

  it("keeps the article's paragraphs, one per block", () => {
    for (const p of paragraphs.slice(0, 3)) assert.ok(page.text.includes(`${p}\n`), p);
  });
  it("drops navigation, ads, footers and scripts", () => {
    for (const chrome of ["Sport", "Subscribe now", "Ten best beaches", "All rights reserved", "window.hacked", "INJECTED", "inline", "color: red"]) {
      assert.ok(!page.text.includes(chrome), chrome);
    }
  });
  it("keeps escaped markup as the text it shows", () => {
    assert.ok(page.text.includes("The text <script>alert(1)</script> appeared in a caption"));
  });
  it("takes title, outlet, date and link from the page head", () => {
    assert.deepEqual(page.meta, {
      title: "Regime forces take Khan Sheikhoun",
      outlet: "Test Outlet",
      published: "2019-08-21", // the outlet's own calendar day, not UTC's
      url: "https://example.org/news/khan-sheikhoun",
    });
  });
  it("reads JSON-LD when there are no meta tags", () => {
    const ld = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ld headline","datePublished":"2020-02-27T10:00:00Z","publisher":{"@type":"Organization","name":"Ld Outlet"}}</script></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const { meta } = htmlToArticle(ld);
    assert.equal(meta.title, "Ld headline");
    assert.equal(meta.outlet, "Ld Outlet");
    assert.equal(meta.published, "2020-02-27");
  });
  it("ignores a canonical link that is not http(s)", () => {
    assert.equal(htmlToArticle(PAGE.replace("https://example.org/news/khan-sheikhoun", "javascript:alert(1)")).meta.url, null);
  });
  it("keeps the text of a fragment copied from a browser", () => {
    const fragment = `<div><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p></div>`;
    const { text } = htmlToArticle(fragment);
    assert.ok(text.includes(`${paragraphs[0]}\n\n${paragraphs[1]}`));
  });
  it("falls back on the page text, with a warning, when no article stands out", () => {
    const { text, warnings } = htmlToArticle(`<span>${paragraphs[0]}</span><nav>Home</nav>`);
    assert.equal(text, `${paragraphs[0]}\n`);
    assert.match(warnings.join(), /whole page text/);
  });
  it("follows the page's own charset when the bytes are not UTF-8", () => {
    const latin = `<html><head><meta charset="windows-1252"></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}<p>The caf\u00e9 was hit, the agency said on Monday in a statement.</p></article></body></html>`;
    const bytes = Uint8Array.from(latin, (c) => (c === "\u00e9" ? 0xe9 : c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 0x3f));
    assert.ok(htmlToArticle(bytes).text.includes("The café was hit"));
  });
});

describe("toIsoDate", () => {
  it("reads the forms pages use", () => {
    assert.equal(toIsoDate("2019-08-23"), "2019-08-23");
    assert.equal(toIsoDate("2019-08-23T01:00:00-05:00"), "2019-08-23");
    assert.equal(toIsoDate("August 23, 2019"), "2019-08-23");
    assert.equal(toIsoDate("Aug. 23, 2019"), "2019-08-23");
    assert.equal(toIsoDate("23 August 2019"), "2019-08-23");
  });
  it("gives null for what is not a real date", () => {
    for (const bad of ["2019-02-30", "yesterday", "", "1566518400", null, undefined]) assert.equal(toIsoDate(bad), null, String(bad));
  });
});
