// Every kind of bad input ends up read or rejected with a reason that names the problem; none crashes, none vanishes.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readArticles } from "../loaders/articles/read.ts";
import { badInputs, removeOutsideTexts, writeBadInput } from "./fixtures/hostile/bad-inputs.ts";

describe("reader on bad inputs", () => {
  let dir: string;
  const inputs = badInputs();
  // The folder is read once (the reader's result does not depend on how often it is read: see the determinism test).
  let read: ReturnType<typeof readArticles>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "articles-bad-"));
    for (const input of inputs) writeBadInput(dir, input);
    read = readArticles(dir);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    removeOutsideTexts();
  });

  it("accounts for every entry in the folder exactly once", () => {
    const { articles, rejected } = read;
    const seen = [...articles.map((a) => a.file), ...rejected.map((r) => r.file)].sort();
    assert.deepEqual(seen, readdirSync(dir).sort());
  });

  for (const input of inputs) {
    it(`${input.about} (${input.name})`, () => {
      const { articles, rejected } = read;
      const article = articles.find((a) => a.file === input.name);
      const rejection = rejected.find((r) => r.file === input.name);
      if ("read" in input.expect) {
        assert.ok(article, `expected it read, got: ${rejection?.reason}`);
        if (input.expect.warning) assert.ok(article.warnings.some((w) => (input.expect as { warning: RegExp }).warning.test(w)), article.warnings.join("; "));
        assert.match(article.id, /^[A-Za-z0-9][A-Za-z0-9._-]*$/, "id is URL-safe");
      } else {
        assert.ok(rejection, `expected it rejected, but it was read`);
        assert.match(rejection.reason, input.expect.rejected);
      }
    });
  }

  it("reads an article with no claims like any other", () => {
    const article = read.articles.find((a) => a.file === "no-claims.txt")!;
    assert.equal(article.title, "TEST FIXTURE: Diplomats discuss Idlib truce in Geneva");
    assert.deepEqual(article.warnings, []);
  });

  it("decodes UTF-16 to the same text as UTF-8 would give", () => {
    const article = read.articles.find((a) => a.file === "utf16-with-bom.txt")!;
    assert.ok(article.text.startsWith("TEST FIXTURE: Shelling reported near Maarat al-Numan\n"));
    assert.ok(!article.text.includes("\ufeff"));
  });

  it("gives different names different ids, even when both are made URL-safe", () => {
    const { articles } = read;
    const ids = articles.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
