// The not-news heuristic: real seed articles and typical wire stories always pass; other genres are named.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseArticle } from "../loaders/articles/read.ts";
import { checkNews, looksLikeTable, notArticleShape } from "../loaders/articles/news-check.ts";
import { CSV_DUMP, LOREM, NO_CLAIMS, RECIPE, SOURCE_CODE, wireStory } from "./fixtures/hostile/bad-inputs.ts";

const SEEDS = new URL("../data/articles/", import.meta.url);

/** Typical shapes of wire copy: dateline, bullet summaries, quotes, a short brief, captions, a live update. */
const WIRE_STORIES: Record<string, string> = {
  reuters: `AMMAN (Reuters) - Syrian government forces backed by Russian air power captured the town of Khan Sheikhoun in Idlib province on Wednesday, a war monitor and state media said, the biggest advance in the region in years.\n\nThe Syrian Observatory for Human Rights said insurgents had withdrawn from the town overnight. Rebel officials did not immediately respond to a request for comment.\n\n(Reporting by Suleiman Al-Khalidi; Editing by Jon Boyle)`,
  ap: `BEIRUT (AP) — Airstrikes on a rebel-held town in northwestern Syria killed at least 10 people on Monday, opposition activists said.\n\nThe Britain-based Syrian Observatory for Human Rights said the strikes hit a vegetable market in Maaret al-Numan.\n\n“We pulled children from under the rubble,” a rescue worker told The Associated Press.`,
  brief: `Turkey says its observation post in Idlib was shelled on Saturday. No soldiers were hurt, the Defence Ministry said in a statement.`.repeat(1) + ` Ankara summoned the Russian ambassador, according to state media.`,
  bullets: `Key points:\n\n- Government forces advanced on Saraqib on Thursday\n- Aid agencies say 900,000 people have fled since December\n- Turkey has sent reinforcements across the border\n\nThe United Nations said on Friday that the displacement was the largest of the nine-year war. "This is a humanitarian horror story," a UN spokesman told reporters in Geneva, adding that camps near the border were full.`,
  captions: `Smoke rises after an air strike in Ariha, Idlib, February 2020. (AFP)\nPhoto: Omar Haj Kadour\n\nRussian and Syrian jets pounded Ariha on Tuesday, local rescuers said. The White Helmets civil defence group said it had pulled 14 bodies from the rubble, including children.\n\nRead more: Thousands flee Idlib as offensive intensifies`,
  live: `12:45 GMT — Erdogan and Putin meet in Moscow\n\nTurkish President Recep Tayyip Erdogan and Russian President Vladimir Putin began talks in Moscow on Thursday on the fighting in Idlib, Turkish officials said.\n\n12:10 GMT — Shelling continues in Jabal al-Zawiya\n\nActivists reported shelling on several villages in the Jabal al-Zawiya area in the morning, despite calls for a ceasefire.`,
  markdownMd: `# Assad forces retake key highway\n\n**DAMASCUS** — Syrian troops took full control of the M5 highway linking Damascus and Aleppo on *Tuesday* for the first time since 2012, state news agency SANA reported.\n\n> "The highway is now secure," a military source told SANA.\n\nSee the [map of control](https://example.org/map).`,
};

const read = (file: string, text: string) => parseArticle(file, text, text.length);

describe("not-news heuristic", () => {
  for (const file of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f))) {
    it(`reads seed ${file} with no warnings`, () => {
      const article = read(file, readFileSync(new URL(file, SEEDS), "utf8"));
      assert.deepEqual(article.warnings, []);
    });
  }

  for (const [name, text] of Object.entries(WIRE_STORIES)) {
    it(`reads a typical wire story: ${name}`, () => {
      assert.doesNotThrow(() => read(`${name}.md`, text));
    });
  }

  it("reads a story made of one long paragraph", () => {
    assert.doesNotThrow(() => read("one-paragraph.txt", wireStory("Saraqib", "Monday").replace(/\n+/g, " ")));
  });

  it("reads a news article with no claims", () => {
    assert.deepEqual(read("no-claims.txt", NO_CLAIMS).warnings, []);
  });

  it("names a recipe as instructions", () => {
    assert.match(checkNews(RECIPE).problem ?? "", /instructions, e\.g\. a recipe/);
  });
  it("names a CSV dump as a table", () => {
    assert.match(notArticleShape(CSV_DUMP) ?? "", /table \(7 of 7 lines have 6 comma-separated fields\)/);
  });
  it("does not take paragraphs of prose, each with a few commas, for a table", () => {
    const para = "Four people, among them two nurses, died and three others were hurt on Monday when a shell hit a clinic in the river town, officials said.";
    const prose = Array.from({ length: 5 }, () => para).join("\n");
    assert.equal(looksLikeTable(prose), null);
    assert.equal(notArticleShape(prose), null);
  });
  it("names a tab-separated dump as a table", () => {
    assert.match(notArticleShape(CSV_DUMP.replace(/,/g, "\t")) ?? "", /tab-separated/);
  });
  it("names source code", () => {
    assert.match(notArticleShape(SOURCE_CODE) ?? "", /source code/);
  });
  it("names Python source code", () => {
    const python = "import os\n\ndef count(path):\n    total = 0\n    for line in open(path):\n        total += len(line.split())\n    return total\n\nif __name__ == '__main__':\n    print(count(os.sys.argv[1]))\n";
    assert.throws(() => read("p.txt", python), /source code|too short|English/);
  });
  it("names lorem ipsum as placeholder text", () => {
    assert.throws(() => read("lorem.txt", LOREM), /placeholder text \(lorem ipsum\)/);
  });
  it("rejects a list of keywords as not running prose", () => {
    const list = Array.from({ length: 30 }, (_, i) => `Shelling in the village of Tell ${i} and the hills`).join("\n");
    assert.throws(() => read("list.txt", list), /not running prose/);
  });
  it("reads prose with no one cited and no time given, with a warning", () => {
    const essay = "The history of olive growing in the Mediterranean is long and varied. Farmers have tended groves on terraced hills for generations, and the trees can live for many centuries. The oil is pressed from ripe fruit and stored in cool places. Many families keep a few trees of their own near the house, and the harvest brings relatives together.";
    assert.match(read("essay.txt", essay).warnings.join(), /nobody is cited in it and no day or date/);
  });
  it("reads a one-sentence wire brief, flagged as a brief", () => {
    const brief = "About 4,000 villagers have left their homes since the clashes began on 2 June, the agency said.";
    const article = read("brief.txt", brief);
    assert.match(article.warnings.join(), /a brief of 17 words/);
    assert.doesNotMatch(article.warnings.join(), /nobody is cited/);
  });
  it("refuses a text too short to hold a sentence", () => {
    assert.throws(() => read("stub.txt", "Update pending."), /too short to hold a sentence/);
  });
  it("reads a dated report with no source, with a warning", () => {
    const text = "Government forces shelled the southern countryside of Idlib on Monday. Several villages were hit in the morning and smoke could be seen over the hills. Families left their homes and moved north towards the border with Turkey, where camps are already crowded.";
    assert.match(read("unsourced.txt", text).warnings.join(), /nobody is cited/);
  });
});
