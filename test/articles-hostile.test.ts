// Article text is data: the reader keeps markup, script and template syntax verbatim as text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readArticles } from "../loaders/articles/read.ts";
import { HOSTILE_ARTICLE } from "./fixtures/hostile/bad-inputs.ts";

const dir = new URL("./fixtures/hostile/", import.meta.url).pathname;

describe("hostile article", () => {
  const { articles, rejected } = readArticles(dir);
  const article = articles.find((a) => a.file === "hostile-article.md");

  it("is read, not rejected", () => {
    assert.ok(article, JSON.stringify(rejected));
  });

  it("keeps the body byte for byte after the front matter", () => {
    const raw = readFileSync(HOSTILE_ARTICLE, "utf8");
    const body = raw.slice(raw.indexOf("\n---\n") + 5);
    assert.equal(article!.text, body);
  });

  it("keeps every trick as plain text", () => {
    for (const trick of [
      "<script>alert(1)</script>",
      `<img src=x onerror="alert(document.cookie)">`,
      "[the council's page](javascript:alert('link'))",
      "${process.env.HOME}",
      "{{constructor.constructor('alert(4)')()}}",
      "`${alert(5)}`",
      "<!-- a comment that should stay visible as text -->",
      "At least 12 civilians were killed in air strikes on a market",
    ]) {
      assert.ok(article!.text.includes(trick), trick);
    }
  });

  it("keeps markup in metadata as text, and percent-encodes the link", () => {
    assert.equal(article!.title, "TEST FIXTURE <script>alert('title')</script> Air strikes hit Idlib market");
    assert.equal(article!.outlet, "Test Fixture Wire <b onmouseover=alert(2)>");
    assert.equal(article!.url, "https://example.org/idlib?x=%3Cscript%3E&y=%22quoted%22");
    assert.equal(article!.published, "2019-08-23");
  });
});
