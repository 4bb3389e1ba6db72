// The extractor on the annotated proxy corpora (test/fixtures/heldout, test/fixtures/blind): the
// measures it is judged by on articles outside this repository, gated at their targets.
import assert from "node:assert/strict";
import {test} from "node:test";
import {scoreProxy} from "../scripts/lib/proxy-score.ts";

for (const dir of ["test/fixtures/heldout", "test/fixtures/blind"]) {
  test(`${dir}: civilian tolls found, dates right, tables not padded`, () => {
    const s = scoreProxy(dir);
    const misses = s.articles.filter((a) => a.tollFound === false).map((a) => a.id);
    assert.ok(s.tollRecall >= 0.92, `toll recall ${(100 * s.tollRecall).toFixed(1)}% < 92%; missed: ${misses.join(", ")}`);
    const wrongDates = s.articles.filter((a) => a.dateRight === false).map((a) => `${a.id} (${a.article?.published})`);
    assert.ok(s.dateAccuracy >= 0.95, `date accuracy ${(100 * s.dateAccuracy).toFixed(1)}% < 95%; wrong: ${wrongDates.join(", ")}`);
    // Totals about the reported events, per article, stay close to what the annotators table. The slack
    // allows groups of victims listed apart in one attack ("killing three guards and a civilian"): each
    // is its own figure, as the real corpus's gold requires, where these proxies' counts often merged them.
    assert.ok(s.killedInScopeTopPerArticle <= s.expectedPerArticle + 0.3, `${s.killedInScopeTopPerArticle.toFixed(2)} in-scope killed totals per article against ${s.expectedPerArticle.toFixed(2)} annotated`);
  });
}
