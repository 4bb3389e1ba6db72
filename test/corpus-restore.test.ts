// The real corpus's texts are rebuilt on a new machine from saved search results; the hash decides.
import assert from "node:assert/strict";
import {createHash} from "node:crypto";
import {test} from "node:test";
import {rebuild} from "./corpus/restore.ts";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const entry = (text: string) => ({sha256: sha(text), chars: Array.from(text).length});

// An excerpt as the store returns it: a heading, a byline, paragraphs (our own words, invented places).
const EXCERPT = " date 2031-04-02 Fighting reaches Dorvala\n\nBy a staff writer\n\nShelling hit the market in Dorvala on Monday, killing four people.\nAbout 2,000 residents fled toward Kolda, officials said.\n\nRelated stories";

test("a saved text is rebuilt from the headline line and a stretch of the excerpt", () => {
  const text = "Fighting reaches Dorvala\n\nShelling hit the market in Dorvala on Monday, killing four people.\nAbout 2,000 residents fled toward Kolda, officials said.";
  assert.equal(rebuild(entry(text), EXCERPT), text);
});

test("a text titled Report, starting mid-paragraph, is rebuilt too", () => {
  const text = "Report\n\nAbout 2,000 residents fled toward Kolda, officials said.";
  assert.equal(rebuild(entry(text), EXCERPT), text);
});

test("a stretch that begins at the excerpt's first words, after the store's date stamp", () => {
  const text = "Report\n\nFighting reaches Dorvala\n\nBy a staff writer";
  assert.equal(rebuild(entry(text), EXCERPT), text);
});

test("nothing is written when no stretch has the manifest's hash (an edited text)", () => {
  const edited = "Report\n\nAbout 2,000 residents fled towards Kolda, officials said.";
  assert.equal(rebuild(entry(edited), EXCERPT), null);
  assert.equal(rebuild({sha256: undefined, chars: 40}, EXCERPT), null);
});
