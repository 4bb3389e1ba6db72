import { test } from "node:test";
import assert from "node:assert/strict";
import { claimDate, dayOf, findDates, iso } from "../loaders/extract/dates.ts";
import { inferPublished } from "../loaders/extract/metadata.ts";

const ref = dayOf(2020, 2, 13); // a Thursday
const read = (s: string) => claimDate(s, findDates(s, ref), ref);

test("weekdays resolve to the past, never the future", () => {
  assert.equal(read("strikes on Friday killed")?.end, "2020-02-07");
  assert.equal(read("on Thursday the army")?.end, "2020-02-13");
  assert.equal(read("on Monday night")?.end, "2020-02-10");
});

test("since, between, relative weeks and months", () => {
  assert.deepEqual([read("since early December")?.start, read("since early December")?.end], ["2019-12-01", "2020-02-13"]);
  assert.deepEqual([read("between Dec. 1 and Jan. 10")?.start, read("between Dec. 1 and Jan. 10")?.end], ["2019-12-01", "2020-01-10"]);
  assert.deepEqual([read("last week")?.start, read("last week")?.end], ["2020-02-03", "2020-02-09"]);
  assert.equal(read("in January")?.date_precision, "month");
  assert.equal(read("the January offensive")?.date_basis, "since");
  assert.equal(read("a report on the talks"), null);
});

test("datelines in the common formats", () => {
  const p = (line: string) => inferPublished({ published: null, title: "T", text: `T\n${line}\nThe army advanced in 2020.` })[0];
  assert.equal(p("ISTANBUL, Feb 13 (Reuters) - Troops advanced"), "2020-02-13");
  assert.equal(p("Published 13.02.2020"), "2020-02-13");
  assert.equal(p("February 13, 2020 at 09:40"), "2020-02-13");
  assert.equal(p("Updated: 13 Feb 2020"), "2020-02-13");
  assert.equal(p("2020-02-13"), "2020-02-13");
  assert.equal(p("Posted on 13-02-2020"), "2020-02-13");
  assert.equal(p("2020-02-13T10:15:00Z"), "2020-02-13");
  assert.equal(p("13 February، 2020"), "2020-02-13");
  assert.equal(p("2020/02/13 10:15"), "2020-02-13");
  assert.equal(p("Thu 13 Feb 2020 08.37 GMT"), "2020-02-13");
  assert.equal(p("Published 12 Feb 2020 | Updated 13 Feb 2020"), "2020-02-12");
});

test("no dateline: latest date in the text checked against weekdays", () => {
  const text = "T\nA photo taken on March 2, 2020 shows the town.\nThe ministry said on Thursday that talks would resume.";
  const [d, source] = inferPublished({ published: null, title: "T", text });
  assert.equal(d, "2020-03-05"); // March 2 was a Monday; "said on Thursday" puts publication on the 5th
  assert.match(source, /weekdays/);
  assert.equal(iso(dayOf(2020, 3, 5)), "2020-03-05");
});

test("wire datelines without a year, in agency styles", async () => {
  const { inferPublished } = await import("../loaders/extract/metadata.ts");
  const pub = (text: string) => inferPublished({ published: null, title: "T", text })[0];
  assert.equal(pub("T\nMOSCOW, January 20. /TASS/. Shelling was reported. The truce began on January 12, 2020."), "2020-01-20");
  assert.equal(pub("T\nANKARA, Jan 20 - Shelling was reported. The truce began on January 12, 2020."), "2020-01-20");
  assert.equal(pub("T\nBEIRUT, Aug 23 (Reuters) - Shelling was reported in 2019."), "2019-08-23");
});

test("a date opening a scraped text that lost its line breaks is its dateline, not a later mention", () => {
  const p = (text: string) => inferPublished({ published: null, title: "T", text: `T\n\n${text}` })[0];
  assert.equal(p("4 March 2018 Shelling hit the town on Monday and again by 9 March 2018 the market was closed."), "2018-03-04");
  assert.equal(p("Tuesday 06 June 2017 Fighting went on. Officials said on 11 June 2017 that the road was cut."), "2017-06-06");
  assert.equal(p("Strikes hit the valley Agency Friday 3 Nov 2017 At least nine people died, and on 8 Nov 2017 more followed."), "2017-11-03");
  assert.notEqual(p("The report, first issued on 2 May 2016, counted the dead again on 9 May 2016 and since."), "2016-05-02", "a date inside a sentence is not a dateline");
});

test("'the next day' is the day after the sentence before", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const text = "Report\n\nTOWN, Jan 24, 2015 - Militants attacked the town on Saturday. The next day they took control of Tarsa, a town further north.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.territory.map((t) => [t.place, t.start, t.end]), [["Tarsa", "2015-01-25", "2015-01-25"]]);
});

test("'three days later' after an event dated only to its week or month moves that span on, as precise as it was", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const read = (body: string) => extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never)
    .territory.map((t) => [t.place, t.start, t.end, t.date_precision]);
  // 2023-03-15 is a Wednesday: "last week" is 6–12 March; three days on, 9–15 March.
  assert.deepEqual(read("TOWN, March 15, 2023 - Rebels captured Tarsa last week, residents said. Three days later they entered Ulmar."),
    [["Tarsa", "2023-03-06", "2023-03-12", "week"], ["Ulmar", "2023-03-09", "2023-03-15", "week"]]);
  // Never past the day the article came out.
  assert.deepEqual(read("TOWN, March 13, 2023 - Rebels captured Tarsa last week, residents said. Five days later they entered Ulmar.").at(-1), ["Ulmar", "2023-03-11", "2023-03-13", "week"]);
  // Negative: with no "later", an event after a week-dated one does not take that week.
  assert.deepEqual(read("TOWN, March 15, 2023 - Rebels captured Tarsa last week, residents said. They also entered Ulmar.").at(-1)?.[3], null);
});

test("a date that dates an agreement named after the figure is not the figure's date", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const text = "Report\n\nTarsa, home to 1.5 million people, has been protected from an offensive by the deal reached between the two powers in September 2018.";
  const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
  assert.deepEqual(r.displacement.map((d) => [d.kind, d.start, d.end]), [["population", null, null]]);
});

test("a state that has lasted 'since' a date, told of a place after the figure, does not date the figure", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const read = (body: string) => extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${body}`, url: null, outlet: null, published: "2021-06-04", words: 40, warnings: [], hash: "" } as never);
  const k = read("Shelling killed four civilians in Tarsa, which has been under siege since 2015, the monitor said.").casualties;
  assert.deepEqual(k.map((r) => [r.count_best, r.start, r.date_basis]), [[4, null, "published"]]);
  // The people's own fate since a date keeps it: the figure counts from then.
  const d = read("About 9,000 people, who have been displaced since March, live in camps near Ulmar, the UN said.").displacement;
  assert.deepEqual(d.map((r) => [r.count_best, r.start, r.date_basis]), [[9000, "2021-03-01", "since"]]);
  const stuck = read("Some 3,000 displaced people that have been living in tents since March need aid, the UN said.").displacement;
  assert.deepEqual(stuck.map((r) => [r.start, r.date_basis]), [["2021-03-01", "since"]]);
});

test("dates: a figure counted since an event told with its day runs to publication; of two date lines at the top, the one with a time of day", () => {
  const ref = dayOf(2019, 4, 29);
  const at = (s: string) => claimDate(s, findDates(s, ref, 2019), ref);
  assert.deepEqual(at("Clashes forced 38,000 people to flee since the forces launched an attack to seize Tarsa on April 4."), { start: "2019-04-04", end: "2019-04-29", date_precision: "day", date_basis: "since" });
  assert.deepEqual(at("Rebels captured Tarsa on April 4.")?.end, "2019-04-04");
  const pub = (text: string) => inferPublished({ published: null, title: "Report", text })[0];
  assert.equal(pub("Report\n\nSaturday July 27 2024\n\n4 October 2020 16:53 (UTC+04:00)\nTroops took Tarsa on October 4."), "2020-10-04");
  // A date line above a wire dateline stays the date; so does the first of two lines without a time.
  assert.equal(pub("Report\n\nSunday, December 28, 2008\n\nTARSA, Dec. 27 -- A bomb killed 22 people, officials said."), "2008-12-28");
  assert.equal(pub("Report\n\nMarch 3, 2015\nMarch 1, 2015\nShelling killed two, a medic said."), "2015-03-03");
});

test("dates: 'today' is the report's day, so another date in the clause is the event's; the weekend just past", () => {
  const ref = dayOf(2019, 4, 30); // a Tuesday
  const at = (s: string) => claimDate(s, findDates(s, ref, 2019), ref);
  assert.equal(at("Officials today denounced Monday's bombardment that left 56 people dead.")?.end, "2019-04-29");
  assert.equal(at("Shelling killed two people today.")?.end, "2019-04-30");
  assert.deepEqual(at("Today's attack followed bombings in Tarsa over the weekend."), { start: "2019-04-27", end: "2019-04-28", date_precision: "week", date_basis: "relative" });
  const sunday = dayOf(2019, 4, 28);
  assert.equal(claimDate("Clashes over the weekend killed 12.", findDates("Clashes over the weekend killed 12.", sunday, 2019), sunday)?.end, "2019-04-28");
});

test("published: a data cut-off 'as of' a later day of the same year moves the inferred date; a later plan does not", () => {
  const pub = (text: string) => inferPublished({ published: null, title: "Report", text })[0];
  assert.equal(pub("Report\n\nFighting began on 14 November 2021 in Tarsa. As of 17 November, teams registered 120 displaced households."), "2021-11-17");
  assert.equal(pub("Report\n\nFighting began on 14 November 2021 in Tarsa. The vote is set for 17 December."), "2021-11-14");
});

test("dates: 'since Monday' runs to publication; 'three days ago'; a day a few days after the publication date is that year's", () => {
  assert.deepEqual([read("Since Monday, 11 deaths have been reported")?.start, read("Since Monday, 11 deaths have been reported")?.end, read("Since Monday, 11 deaths have been reported")?.date_basis], ["2020-02-10", "2020-02-13", "since"]);
  assert.deepEqual([read("the district fell three days ago")?.end, read("the district fell three days ago")?.date_precision], ["2020-02-10", "day"]);
  assert.equal(read("two weeks ago, rebels attacked")?.date_precision, "week");
  // An update written two days after the page's date, and a date far after it, which is the year before.
  assert.equal(read("killed on 15 February")?.end, "2020-02-15");
  assert.equal(read("killed on 20 March")?.end, "2019-03-20");
  // Not a date: "ago" with no count.
  assert.equal(read("long ago, the town was larger"), null);
});

test("dates: a scrape that lost the space between day and year ('Jun 132016') is still that day, and dates the article", () => {
  assert.equal(iso(findDates("Last updated Sep 042018 at noon", null)[0]?.start), "2018-09-04");
  assert.equal(iso(findDates("Posted Mar 222015", null)[0]?.start), "2015-03-22");
  // not a squashed date: a month, then a six-figure number that is no year
  assert.equal(findDates("In Mar 123456 people fled", null, 2018).some((d) => d.precision === "day"), false);
  const pub = (text: string) => inferPublished({ published: null, title: "T", text: `T\n\n${text}` })[0];
  assert.equal(pub("Last updated at Sep 042018 A photo taken on August 30 shows a damaged school. Shelling killed four people in 2011."), "2018-09-04");
});

test("dates: a labelled page date joined to the lead dates the article, and the lead's own weekday dates its figure", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const at = (text: string) => {
    const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${text}`, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
    return [r.article.published, ...r.casualties.map((c) => `${c.count_best} ${c.end}`)];
  };
  // 9 March 2019 was a Saturday: "on Thursday" is the 7th.
  assert.deepEqual(at("Date of publication 9 March 2019 Shelling killed seven civilians in the market on Thursday, medics said."), ["2019-03-09", "7 2019-03-07"]);
  assert.deepEqual(at("Saturday 09 March 2019 Shelling killed seven civilians in the market on Thursday, medics said."), ["2019-03-09", "7 2019-03-07"]);
  // The same date with no other date in the sentence stays the figure's date.
  assert.deepEqual(at("Date of publication 9 March 2019 Shelling killed seven civilians in the market, medics said."), ["2019-03-09", "7 2019-03-09"]);
});

test("dates: a dateline that opens with its date, the town in brackets after it, is the filing day; the sentence's weekday dates the figure", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const at = (text: string) => {
    const r = extractArticle({ id: "a", file: "a.txt", title: "Report", text: `Report\n\n${text}`, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never);
    return [r.article.published, ...r.casualties.map((c) => `${c.count_best} ${c.end}`)];
  };
  // 21 December 2012 was a Friday: "on Wednesday" is the 19th.
  assert.deepEqual(at("December 21, 2012 (TARSA) – Four people were killed in a cattle raid on Wednesday, officials said."), ["2012-12-21", "4 2012-12-19"]);
  assert.deepEqual(at("Dec. 21, 2012 (BET ARAM) - Gunmen killed nine villagers in Qarn on Wednesday night, a local chief said."), ["2012-12-21", "9 2012-12-19"]);
  // With no other date in the sentence, the filing day stays the figure's.
  assert.deepEqual(at("December 21, 2012 (TARSA) – Four people were killed in a cattle raid, officials said."), ["2012-12-21", "4 2012-12-21"]);
});

test("a site's date of the day over the story's own date line is not the publication date", async () => {
  const { inferPublished } = await import("../loaders/extract/metadata.ts");
  const pub = (text: string) => inferPublished({ published: null, title: "Report", text })[0];
  const BODY = "Shelling hit the town, officials said. Two people were wounded.";
  // the page's header names the weekday of the day it was saved; the story's line below is earlier
  assert.equal(pub(`Saturday, June 22nd 2024\nTroops shell the valley\nValley News, March 23, 2023\n${BODY}`), "2023-03-23");
  assert.equal(pub(`Tuesday August 16, 2022\nTroops shell the valley\nJanuary 25, 2022\n${BODY}`), "2022-01-25");
  assert.equal(pub(`Sat. Jul 13th, 2024\nBy Jane Writer   12-2-2013\n${BODY}`), "2013-02-12");
  // a "Published" label below a later date line
  assert.equal(pub(`Jun 09, 2023\nTroops shell the valley\nValley Wire Published June 8, 2023\n${BODY}`), "2023-06-08");
  // a later date line, or an earlier date in a sentence, leaves the first one
  assert.equal(pub(`Friday, May 31, 2019\nTroops shell the valley\nThe soldiers stormed the village around 4 am on Saturday, May 25, 2019, residents said.`), "2019-05-31");
  assert.equal(pub(`Monday, May 6, 2019\nTroops shell the valley\nMay 8, 2019\n${BODY}`), "2019-05-06");
  // a report's title dated after the period it covers names no weekday: it keeps its date
  assert.equal(pub(`Valley: Situation Report, 7 December 2022\nSituation report (1-31 October 2022)\n${BODY}`), "2022-12-07");
  // a wire's dateline the day before the paper's date stays behind the paper's
  assert.equal(pub(`Thursday, September 30, 2004; Page A21\nTARSA, Ruritania, Sept. 29 -- ${BODY}`), "2004-09-30");
});

test("a dateline with the day before the month, or with any outlet's tag before its dash, is the story's date", () => {
  const pub = (text: string) => inferPublished({ published: null, title: "Report", text: `Report\n${text}` });
  // (Later dates in the story are what it reports, not when it was filed.)
  const later = "Troops are due to reach Ulmar on 21 August 2006, officials said.";
  assert.deepEqual(pub(`TARSA, 17 August 2006 — The army said on Wednesday it would move south. ${later}`), ["2006-08-17", "dateline"]);
  assert.deepEqual(pub(`QARN, 16 August 2006 (NAX) - Rebels advanced on two fronts. ${later}`), ["2006-08-16", "dateline"]);
  assert.deepEqual(pub(`BOLO, Aug 15 (Valley Wire) – A farmer was killed on Tuesday. ${later}`), ["2006-08-15", "dateline"]);
  // (A sentence that opens with a place and a day is no dateline.)
  assert.deepEqual(pub(`Tarsa, 17 August 2006 was the day the army left; it came back in 2007.\n${later}`)[1], "latest date in text");
});

test("a dateline that is only its date ('Fri 3 Jul 2020 - ') dates the story, not the figure after it", async () => {
  const { extractArticle } = await import("../loaders/extract/index.ts");
  const killed = (text: string) => extractArticle({ id: "a", file: "a.txt", title: "Report", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" } as never).casualties.map((c) => [c.count_best, c.start, c.end, c.date_precision]);
  assert.deepEqual(killed("Report\n\nFri 3 Jul 2020 - Clashes killed 5 people in Tarsa on Monday, officials said."), [[5, "2020-06-29", "2020-06-29", "day"]]);
  assert.deepEqual(killed("Report\n\nJune 2, 2022 - Last week, an air strike killed nine people in Ulmar, residents said."), [[9, "2022-05-23", "2022-05-29", "week"]]);
  // A date inside the sentence is still the figure's own.
  assert.deepEqual(killed("Report\n\nClashes on 3 July 2020 killed 5 people in Tarsa, officials said."), [[5, "2020-07-03", "2020-07-03", "day"]]);
});
