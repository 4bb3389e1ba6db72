// Dates are checked everywhere they enter (front matter, ingest's --published and page metadata,
// datelines): a day that does not exist or lies in the future is refused or set aside with a reason,
// never rolled over; a year below 100 stays itself; a date without a year is not given one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../loaders/articles/read.ts";
import { isRealDate, latestPossibleDate, publicationDateProblem } from "../loaders/articles/publication-date.ts";
import { dayOf, iso, parseIso } from "../loaders/extract/dates.ts";
import { articleMeta } from "../loaders/extract/metadata.ts";
import { readDate, toIsoDate } from "../loaders/ingest/dates.ts";
import { pageMeta } from "../loaders/ingest/html-article.ts";
import { JSDOM } from "jsdom";
import { wireStory } from "./fixtures/hostile/bad-inputs.ts";

const NOW = new Date("2026-11-29T12:00:00Z");
const problemOf = (value: string) => {
  const read = readDate(value);
  return "problem" in read ? read.problem : `read as ${read.date}`;
};

describe("day numbers", () => {
  it("keep years below 100 (Date.UTC would move 0001 to 1901)", () => {
    assert.equal(iso(dayOf(1, 1, 1)), "0001-01-01");
    assert.equal(iso(parseIso("0001-01-01")), "0001-01-01");
    assert.equal(iso(parseIso("0099-12-31")), "0099-12-31");
    assert.equal(iso(dayOf(2019, 13, 1)), "2020-01-01", "a month past December is still the next year's January");
  });
});

describe("publication dates", () => {
  it("must exist", () => {
    assert.equal(isRealDate("2019-02-29"), false);
    assert.equal(isRealDate("2020-02-29"), true);
    assert.equal(isRealDate("0001-01-01"), true);
    assert.match(publicationDateProblem("2019-02-30", NOW)!, /not a real date/);
  });

  it("must not be in the future, nor before 1800", () => {
    assert.equal(publicationDateProblem("2026-11-30", NOW), null, "a day ahead is allowed: time zones");
    assert.match(publicationDateProblem("2026-12-01", NOW)!, /in the future \(today is 2026-11-29\)/);
    assert.match(publicationDateProblem("9999-12-31", NOW)!, /in the future/);
    assert.match(publicationDateProblem("0001-01-01", NOW)!, /before 1800; is the year mistyped/);
    assert.equal(publicationDateProblem("2019-08-23", NOW), null);
  });

  it("in front matter: a future or year-one date rejects the file with its reason", () => {
    const md = (date: string) => `---\npublished: ${date}\n---\n${wireStory("Kafr Nabl", "Monday")}\n`;
    assert.throws(() => parseArticle("a.md", md("9999-12-31"), 0), /front matter 'published': '9999-12-31' is in the future/);
    assert.throws(() => parseArticle("a.md", md("0001-01-01"), 0), /'0001-01-01' is before 1800/);
    assert.equal(parseArticle("a.md", md("2019-08-23"), 0).published, "2019-08-23");
  });
});

describe("ingest dates", () => {
  it("read the forms pages and people write", () => {
    for (const [input, date] of [["2019-08-23", "2019-08-23"], ["2019-08-23T01:00:00-05:00", "2019-08-23"], ["2019/8/23", "2019-08-23"], ["August 23, 2019", "2019-08-23"], ["Aug. 23, 2019", "2019-08-23"], ["23rd of August 2019", "2019-08-23"], ["Fri, 23 Aug 2019 14:05:00 GMT", "2019-08-23"]]) {
      assert.equal(toIsoDate(input), date, input);
    }
  });

  it("never roll a day that does not exist over to the next month", () => {
    assert.match(problemOf("Feb 30, 2019"), /'Feb 30, 2019': '2019-02-30' is not a real date/);
    assert.match(problemOf("2019-02-30"), /not a real date/);
    assert.match(problemOf("31 April 2019"), /not a real date/);
  });

  it("never give a year to a date without one", () => {
    assert.match(problemOf("Aug 23"), /'Aug 23' has no year/);
    assert.match(problemOf("23 August"), /has no year/);
  });

  it("refuse future and ambiguous dates and numbers", () => {
    assert.match(problemOf("9999-12-31"), /in the future/);
    assert.match(problemOf("08/07/2019"), /ambiguous/);
    assert.match(problemOf("1566518400"), /cannot be read as a date/);
  });

  it("a page's own future date is left out, not written", () => {
    const doc = new JSDOM(`<head><meta property="article:published_time" content="2999-01-01T00:00:00Z"></head>`).window.document;
    assert.equal(pageMeta(doc).published, null);
  });
});

describe("datelines", () => {
  it("a date in the future read from the text is not taken as the publication date", () => {
    const article = { text: `BEIRUT, Aug 23, 2098 (Reuters) - ${wireStory("Saraqib", "Monday")}`, title: "T", published: null, outlet: null, url: null } as never;
    const meta = articleMeta(article);
    assert.ok(latestPossibleDate() < "2098-08-23");
    assert.equal(meta.published, null);
    assert.match(meta.published_source, /gives 2098-08-2\d, a date in the future/);
  });
});
