import { test } from "node:test";
import assert from "node:assert/strict";
import { inferOutlet } from "../loaders/extract/outlet.ts";

// The outlet and how the page credits it (the credit form's rule id is tested on its own below).
const outlet = (text: string, title = "A story") => inferOutlet({ outlet: null, url: null, text, title }).slice(0, 2);
// Only the outlet's name, for a text titled "Report".
const outletName = (text: string) => inferOutlet({ outlet: null, url: null, title: "Report", text })[0];
const BODY = "Shelling hit the town on Monday, officials said. Two people were wounded, a medic said.";

test("outlets a reader knows, in datelines, credits and sign-offs", () => {
  assert.deepEqual(outlet(`Headline\n\nTOWNSVILLE, Aug 8 (Reuters) - ${BODY}`), ["Reuters", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY}\n\nSource: AFP`), ["AFP", "credit line"]);
  assert.deepEqual(outlet(`${BODY}\n(Reporting by A. Writer; Editing by B. Editor)`), ["Reuters", "Reuters credit line"]);
});

test("any outlet, by the way it credits itself", () => {
  assert.deepEqual(outlet(`Headline\n\nPORTVILLE, Sunday, April 7, 2024 (NAX) – ${BODY}`), ["NAX", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nPORTVILLE, October 14. /NAX/. ${BODY}`), ["NAX", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nRiverside, Lanka | THE DAILY LANTERN | ${BODY}`), ["THE DAILY LANTERN", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nBy NAX\n${BODY}`), ["NAX", "byline"]);
  assert.deepEqual(outlet(`Headline\nNAX / World News\n${BODY}`), ["NAX", "byline"]);
  assert.deepEqual(outlet(`${BODY}\n\nFrom The Valley Courier, Dec. 9`), ["The Valley Courier", "sign-off"]);
  assert.deepEqual(outlet(`Today from Valley Online: _\n${BODY}`), ["Valley Online", "sign-off"]);
  assert.deepEqual(outlet(`${BODY}\n\nNews – Valley Times`), ["Valley Times", "sign-off"]);
  assert.deepEqual(outlet(`${BODY}\n\nSource: Agencia de Noticias do Vale`), ["Agencia de Noticias do Vale", "credit line"]);
  assert.deepEqual(outlet(`${BODY} As Valleyinform previously reported, a fire broke out.`), ["Valleyinform", "self-reference"]);
  assert.deepEqual(outlet(`An NVR correspondent at the scene reported explosions. ${BODY}`), ["NVR", "self-reference"]);
});

test("people and places are not outlets", () => {
  assert.deepEqual(outlet(`Headline\n\nBy Jane Smith\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Moscow, the capital (population 12 million), was calm. ${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`From Monday, schools reopened. ${BODY}`), [null, "none"]);
});

test("more credit forms: a colon after the tag, a tag with no place, staff and writer bylines, a masthead, a dated tag", () => {
  assert.deepEqual(outlet(`Report\n\nPORTVILLE (NVR News): ${BODY}`), ["NVR News", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n(NVR) — ${BODY}`), ["NVR", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nPORTVILLE (Valley Wire / NAX - 13th November, 2022) ${BODY}`), ["Valley Wire / NAX", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nVALLEY STAFF\n${BODY}`), ["VALLEY", "byline"]);
  assert.deepEqual(outlet(`Headline\n\nJANE DOE,\n\nValley Press Writer\n\n${BODY}`), ["Valley Press", "byline"]);
  assert.deepEqual(outlet(`Headline\n\nJane Doe - The Valley Star\n\n${BODY}`), ["The Valley Star", "byline"]);
  assert.deepEqual(outlet(`Headline\n\nValley News 2014.02.02 11:55\n${BODY}`), ["Valley News", "byline"]);
  assert.deepEqual(outlet(`Headline\nAl Jazeera\n${BODY}`), ["Al Jazeera", "masthead"]);
  assert.deepEqual(outlet(`Portville June 30,2021 (NAX) The council met. ${BODY}`), ["NAX", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nIRAQ (AP) — ${BODY}`), ["The Associated Press (AP)", "dateline"]);
});

test("a sentence near the top that names an outlet is not its masthead", () => {
  assert.deepEqual(outlet(`Headline\nReuters reported the attack.\n${BODY}`), [null, "none"]);
});

test("outlets: agency tags with a partner or opening the story, bare agency datelines, paragraphs signed by an agency, bars, copyright lines, 'by' an outlet", () => {
  assert.deepEqual(outlet(`Headline\n\nPORTVILLE, June 14, (dpa/VNA) – ${BODY}`), ["dpa", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n(MENAFN) ${BODY}`), ["MENAFN", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nPORTVILLE, Jan 2 AFP - ${BODY}`), ["AFP", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY}\n${BODY} (AFP)\nAid groups said they were worried.`), ["AFP", "sign-off"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY} - BERNAMA-XINHUA`), ["Xinhua", "sign-off"]);
  assert.deepEqual(outlet(`Headline\n\nPortville, Valleyland | Xinhua | ${BODY}`), ["Xinhua", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY}\nCopyright © valleynews 2022`), ["valleynews", "credit line"]);
  assert.deepEqual(outlet(`Headline\nApril 14, 2014, 12:40 p.m. | Politics — by Valley Post\n\n${BODY}`), ["Valley Post", "byline"]);
  // Negatives: an agency quoted in the story is not its publisher.
  assert.deepEqual(outlet(`Headline\n\n${BODY} Two more died, residents told AFP.`), [null, "none"]);
});

test("outlets: spaced and dotted agency tags, tags after a dated dateline, bracketed sources, syndication, 'X of Outlet' bylines, sign-offs, a wire's own caveat", () => {
  assert.deepEqual(outlet(`TARSA, May 3 ( Reuters ) - ${BODY}`), ["Reuters", "dateline"]);
  assert.deepEqual(outlet(`Tarsa, Ruritania, Sep 26 (EFE).- ${BODY}`), ["EFE", "dateline"]);
  assert.deepEqual(outlet(`Ulmar, Aug 12 (PTI) ${BODY}`), ["Press Trust of India (PTI)", "dateline"]);
  assert.deepEqual(outlet(`Ulmar (Ruritania) (AFP)\n${BODY}`), ["AFP", "dateline"]);
  assert.deepEqual(outlet(`${BODY}\n[Source: Reuters]`), ["Reuters", "credit line"]);
  assert.deepEqual(outlet(`(MENAFN- Valley Wire) ${BODY}`), ["Valley Wire", "dateline"]);
  assert.deepEqual(outlet(`JANE DOE of The Valley Times\n${BODY}`), ["The Valley Times", "byline"]);
  assert.deepEqual(outlet(`${BODY}\n--IANS`), ["Indo-Asian News Service (IANS)", "sign-off"]);
  assert.deepEqual(outlet(`${BODY} AFP could not independently verify the toll.`), ["AFP", "self-reference"]);
  // A paper printing agency copy keeps "told AFP": the paper, not the agency, is the outlet.
  assert.deepEqual(outlet(`${BODY} A resident told AFP the shelling went on all night.`), [null, "none"]);
  // The same for every wire agency and UN office: "told Xinhua", "told UNHCR".
  assert.deepEqual(outlet(`${BODY} A resident told Xinhua the shelling went on all night.`), [null, "none"]);
  assert.deepEqual(outlet(`${BODY} A displaced mother told UNHCR she had walked for two days.`), [null, "none"]);
  // A broadcaster told is the publisher, under its whole name, small words and all.
  assert.deepEqual(outlet(`${BODY} A resident told Voice of America the shelling went on all night.`), ["Voice of America (VOA)", "self-reference"]);
  // A credit line that is page furniture names no outlet.
  assert.deepEqual(outlet(`${BODY}\nSources (1) [ collapse]`), [null, "none"]);
});

test("outlets: a masthead over or under the date, 'From' an agency, a place and its tag alone, a dateline in a long first paragraph, news services", () => {
  assert.deepEqual(outlet(`The Valley Times\nApril 14, 1993\n\n${BODY}`), ["The Valley Times", "masthead"]);
  assert.deepEqual(outlet(`4 November 2019\nAgencia de Noticias de Tarsa (Tarsa)\n\n${BODY}`), ["Agencia de Noticias de Tarsa", "masthead"]);
  // A place, a person or the title above a date is no masthead.
  assert.deepEqual(outlet(`Geneva\nApril 14, 1993\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Jane Doe\nApril 14, 1993\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`From Reuters\n\n${BODY}`), ["Reuters", "sign-off"]);
  assert.deepEqual(outlet(`Tarsa (Valley24)\n\n${BODY}`), ["Valley24", "dateline"]);
  assert.deepEqual(outlet(`Tarsa (Ruritania)\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Sept 4 (AFP) – ${BODY} ${BODY} ${BODY} ${BODY} ${BODY}`), ["AFP", "dateline"]);
  assert.deepEqual(outlet(`By Jane Doe\nValley Post Foreign Service\n\n${BODY}`), ["Valley Post", "byline"]);
});

test("outlets: a byline's outlet after its comma or a name in capitals, a site header glued to the title, 'City, AGENCY-', a dated dateline then 'Outlet:', an agency signing off the last sentence", () => {
  assert.deepEqual(outlet(`Headline\nBy Jane Doe, AP Monday, June 14, 2010\n\n${BODY}`), ["The Associated Press (AP)", "byline"]);
  assert.deepEqual(outlet(`Headline\nBy Staff reporter , Valley Online\n\n${BODY}`), ["Valley Online", "byline"]);
  assert.deepEqual(outlet(`Headline\nBy JANE DOE Associated Press View Comments\n\n${BODY}`), ["The Associated Press (AP)", "byline"]);
  assert.deepEqual(outlet(`Thousands flee: U.N.Reuters | Portville | Updated: 14-03-2022 09:05 IST\n\n${BODY}`), ["Reuters", "site header"]);
  assert.deepEqual(outlet(`Headline\n\nTarsa, SANA-Three farmers were injured. ${BODY}`), ["SANA", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nPORTVILLE, Ruritania, Sept. 28 Valley:  ${BODY}`), ["Valley", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY} The offensive began in May. EFE`), ["EFE", "sign-off"]);
  // A person's byline with no outlet after it, and a person's name after a dateline, name none.
  assert.deepEqual(outlet(`Headline\nBy Jane Doe, Monday, June 14, 2010\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nPORTVILLE, Ruritania, Sept. 28 President:  ${BODY}`), [null, "none"]);
});

test("outlets: 'Reuter', an outlet leading the story, 'Place, NewsValley:', a mixed-case dateline with an agency, 'By Valley Times', 'Valley Online reports.'", () => {
  assert.deepEqual(outlet(`Headline\n\nTOWNSVILLE (Reuter) - ${BODY}`), ["Reuters", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nValley Times - At least 15 people died. ${BODY}`), ["Valley Times", "masthead"]);
  assert.deepEqual(outlet(`Report\n\nTarsa, NewsValley:  ${BODY}`), ["NewsValley", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nNew Tarsa, April 9, IRNA -- ${BODY}`), ["Islamic Republic News Agency (IRNA)", "dateline"]);
  assert.deepEqual(outlet(`Headline\n\nJune 20, 1994|By Valley Times\n\n${BODY}`), ["Valley Times", "byline"]);
  assert.deepEqual(outlet(`Headline\n\nRebels seized two towns on Saturday, Valley Online reports.\n\n${BODY}`), ["Valley Online", "self-reference"]);
  // A writer's role is no outlet; a lone word leading a line is none either.
  assert.deepEqual(outlet(`Headline\nBy Staff Reporter\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nNews - At least 15 people died. ${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Headline\n\nRebels seized two towns on Saturday, the minister reports.\n\n${BODY}`), [null, "none"]);
});

test("outlets that name themselves in the story: 'told Valley Radio', ', reported NAX.', 'As Valleyinform reported', 'Published in The Lantern'", () => {
  assert.deepEqual(outlet(`Headline\n\nFighting went on, residents told Valley Radio. ${BODY}`), ["Valley Radio", "self-reference"]);
  assert.deepEqual(outlet(`Headline\n\nFighting went on, residents told THE LANTERN. ${BODY}`), ["THE LANTERN", "self-reference"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY} Ten people died, medical officials said, reported NAX.`), ["NAX", "self-reference"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY} As Valleyinform reported, a man was hurt.`), ["Valleyinform", "self-reference"]);
  assert.deepEqual(outlet(`Headline\n\n${BODY}\n\nPublished in The Lantern, December 6th, 2022`), ["The Lantern", "self-reference"]);
  // A person told, or reporters told, is no outlet.
  assert.deepEqual(outlet(`Headline\n\nThe governor told Ahmed Hassan that ${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Headline\n\nThe governor told reporters that ${BODY}`), [null, "none"]);
});

test("outlets: named in a report's own closing ('…, Valley News reported.'), alone on the last line, as a newsroom, as an agency pair; never a date or initials", async () => {
  const { inferOutlet } = await import("../loaders/extract/outlet.ts");
  const at = (text: string) => inferOutlet({ outlet: null, url: null, title: "Report", text })[0];
  assert.equal(at("Report\n\nAt least 12 people were killed in clashes in Tarsa, bringing the toll to 30, Valley News reported.\n\nPolice said the fighting had stopped."), "Valley News");
  assert.equal(at("Report\n\nThe town was shelled on Monday, residents said.\nValley Media"), "Valley Media");
  assert.equal(at("Report\n\n10 Jan 2024\nTarsa Newsroom\nShelling hit the village on Monday."), "Tarsa");
  assert.equal(at("Report\n\nThere are repeated power cuts in the city.\n–IANS/DPA"), "Indo-Asian News Service (IANS)");
  // Not outlets: a date in brackets, a wire's end mark, a writer's initials.
  assert.equal(at("Report\n\nIn a statement issued yesterday (May 9, 2002), the rebels said they held the town."), null);
  assert.equal(at("Report\n\nThe town was shelled on Monday, residents said.\nENDS"), null);
  assert.equal(at("Report\n\nThe town was shelled on Monday, residents said.\nJN"), null);
});

test("outlet: an agency's dated byline, an archive's 'date|paper' line, and a sign-off that ends a long last paragraph", () => {
  assert.equal(outletName("By AFP - Mar 3,2021 - Last updated at Mar 3,2021\nShelling hit the town."), "AFP");
  assert.equal(outletName("April 2, 1998|The Valley Courier\nShelling hit the town."), "The Valley Courier");
  assert.equal(outletName(`Report\n${"Shelling hit the town again and again. ".repeat(15)}Four people died. – AFP`), "AFP");
  // a person's byline with a date is no outlet
  assert.equal(outletName("By Jane - Mar 3,2021\nShelling hit the town."), null);
});

test("outlet: 'Tarsa (Valley Wire) - …', 'TARSA, August 17, Valley Times – …', '…, Valley.Az reports, citing …' and 'Source » …'", () => {
  assert.equal(outletName("Tarsa (Valley Wire) - One civilian was killed in shelling."), "Valley Wire");
  assert.equal(outletName("TARSA, August 17, Valley Times – According to the latest report, 200 families fled."), "Valley Times");
  assert.equal(outletName("Shelling hit the town on Monday night, Valley.Az reports, citing local media."), "Valley.Az");
  assert.equal(outletName("Shelling hit the town.\nSource » valley.org"), "valley.org");
  // a place and its country in brackets is no outlet
  assert.equal(outletName("Tarsa (Mali) - One civilian was killed in shelling."), null);
});

test("outlet: dated mastheads, bracketed and capitals datelines, 'X/ ' leads, archive credits, capitals sign-offs and outlets that speak of themselves", () => {
  assert.equal(outletName("3 May 2016 Valley Online\nShelling hit the town."), "Valley Online");
  assert.equal(outletName("Valley News (July 12, 2017)\nShelling hit the town."), "Valley News");
  assert.equal(outletName("(January 26, Tarsa, Valley Guardian) The army took the town."), "Valley Guardian");
  assert.equal(outletName("TARSA, OCTOBER 9, VALPRESS. Shelling hit the town."), "VALPRESS");
  assert.equal(outletName("Tarsa, Jan 10 (VNS) The number of refugees rose."), "VNS");
  assert.equal(outletName("Valley News/ An airstrike killed a man in Tarsa."), "Valley News");
  assert.equal(outletName("Article from: The Valley Post\nShelling hit the town."), "The Valley Post");
  assert.equal(outletName("Report\nShelling hit the town and troops were sent to help quell the attacks. BY VALLEY NATION"), "Valley Nation");
  assert.equal(outletName("Shelling hit the town, reports Valley Trend referring to local media."), "Valley Trend");
  assert.equal(outletName("Video showed the strike. Valley News cannot independently verify the footage."), "Valley News");
  // a person or a monitor that cannot confirm something is no outlet; nor is a lone word of an outlet's name
  assert.equal(outletName("While the mission cannot confirm the toll, it said the town was shelled."), null);
  // a number inside the name is part of it
  assert.equal(outletName("Video showed the strike. Channel 4 News cannot independently verify the footage."), "Channel 4 News");
});

test("a national agency's tag is tabled under its full name; a tag naming a source and its publisher is kept whole", () => {
  assert.deepEqual(outlet(`TEHRAN, Aug. 23 (MNA) – ${BODY}`), ["Mehr News Agency (MNA)", "dateline"]);
  assert.deepEqual(outlet(`KUWAIT, Jan 3 (KUNA) -- ${BODY}`), ["Kuwait News Agency (KUNA)", "dateline"]);
  assert.deepEqual(outlet(`ISLAMABAD, (APP - Valley Point / Valley News - 13th November, 2022) ${BODY}`)[0], "APP - Valley Point / Valley News");
});

test("outlets on short lines of their own: marks before a name, a name glued to the title, the name beside its site or its day", () => {
  assert.deepEqual(outlet(`Headline\n>> Reuters\n${BODY}`), ["Reuters", "masthead"]);
  assert.deepEqual(outlet(`Al JazeeraTroops take the hill town after a week of fighting\n${BODY}`), ["Al Jazeera", "site header"]);
  assert.equal(outletName(`Headline\nValley Press\n${BODY}`), "Valley Press");
  assert.equal(outletName(`Headline\nTarsanews\n${BODY}`), "Tarsanews");
  // capitals under the story sign it
  assert.equal(outletName(`${BODY}\n${BODY}\nVALLEY ONLINE\nShare this:`), "VALLEY ONLINE");
  assert.equal(outletName(`Headline\n- The Valley Line - https://thevalleyline.org -\n${BODY}`), "The Valley Line");
  assert.equal(outletName(`${BODY}\nValley News - vnews.example`), "Valley News");
  assert.equal(outletName(`Headline\nValley News, March 23, 2023\n${BODY}`), "Valley News");
  // what a page is, not who made it; an English word that merely starts with an outlet's word; a site that does not spell the name
  for (const line of ["Press Release", "Breaking News", "Current News", "Posted", "Newsletter", "Valley News Report"]) assert.equal(outletName(`Headline\n${line}\n${BODY}`), null, line);
  assert.equal(outletName(`Headline\nValley News - example.org\n${BODY}`), null);
  // a place and its day is a dateline, not an outlet
  assert.equal(outletName(`Headline\nTarsa, March 23, 2023\n${BODY}`), null);
});

test("outlets in bylines, credit lines and datelines as pages print them", () => {
  assert.deepEqual(outlet(`Headline\nBy NAX,\n${BODY}`), ["NAX", "byline"]);
  assert.deepEqual(outlet(`Headline\nBy AFP Time of article published Mar 2, 2021\n${BODY}`), ["AFP", "byline"]);
  assert.deepEqual(outlet(`Headline\n- By Valley News\n${BODY}`), ["Valley News", "byline"]);
  assert.equal(outletName(`Headline\nBy The Valley Courier 11 March 2023\n${BODY}`), "The Valley Courier");
  assert.deepEqual(outlet(`${BODY}\n/ Source: Valley Wire`), ["Valley Wire", "credit line"]);
  assert.deepEqual(outlet(`${BODY}\nSource: Office of the Valley Agency (OVA) |`), ["Office of the Valley Agency (OVA)", "credit line"]);
  assert.deepEqual(outlet(`Headline\nPublisher Valley News Service\n${BODY}`), ["Valley News Service", "credit line"]);
  // a country in brackets belongs to the dateline; the tag after it is the outlet's
  assert.deepEqual(outlet(`PORTVILLE (Ghana), April 20 (NAX-WIRE) — ${BODY}`), ["NAX-WIRE", "dateline"]);
  assert.deepEqual(outlet(`TARSA, Ghana {AP} ${BODY}`), ["The Associated Press (AP)", "dateline"]);
  assert.deepEqual(outlet(`Tarsa(Valley24)-Troops took the town on Monday.`), ["Valley24", "dateline"]);
  assert.deepEqual(outlet(`Headline\nThe toll rose to nine, Valley.NET reports.\n${BODY}`), ["Valley.NET", "self-reference"]);
  assert.deepEqual(outlet(`${BODY} VALLEY POST gathered that the toll rose to nine.`), ["VALLEY POST", "self-reference"]);
  // people who gathered something are no outlet
  assert.equal(outletName(`${BODY} Residents gathered that evening in the square.`), null);
});

test("outlet: a name that speaks of itself stays on its own line and in its own sentence", () => {
  // (The name starts a paragraph after one that ends on a place: the place is not part of it.)
  assert.deepEqual(outlet(`Report\n\nTroops pushed on towards Tarsa.\n\nValley Media could not independently verify the claim.`), ["Valley Media", "self-reference"]);
  assert.deepEqual(outlet(`Report\n\nShelling hit Ulmar on Monday.\n\nQARN POST gathered that nine people were killed.`), ["QARN POST", "self-reference"]);
  assert.deepEqual(outlet(`Report\n\nTroops pushed on towards Bolo. Valley Media could not independently verify the claim.`), ["Valley Media", "self-reference"]);
  // (A place or a country ending the line above is still no outlet.)
  assert.deepEqual(outlet(`Report\n\nTroops pushed on towards Deir Hafer.\n\nResidents could not confirm the toll.`), [null, "none"]);
});

test("outlet: an agency signing off in capitals, and a paper or agency signing with the wire it carries", () => {
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe group has fought the army since 2015. REUTERS`), ["Reuters", "sign-off"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe fighting has displaced thousands. (Tarsa Daily News/Xinhua)`), ["Tarsa Daily News/Xinhua", "sign-off"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe fighting has displaced thousands. (NAX/AFP)`), ["NAX/AFP", "sign-off"]);
  // (A bracketed pair that names no agency, or capitals that are no agency's, sign nothing.)
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe fighting has displaced thousands (Tarsa/Ulmar).`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe group has fought the army since 2015. ENDS`), [null, "none"]);
});

test("outlet: the paper as the byline, after an archive's date or as its staff", () => {
  assert.deepEqual(outlet(`Report\n\nMarch 02, 1994|By Valley Times News Service\n\n${BODY}`), ["Valley Times News Service", "byline"]);
  assert.deepEqual(outlet(`Report\n\nBy Valley Courier staff in Tarsa\n\n${BODY}`), ["Valley Courier", "byline"]);
  assert.deepEqual(outlet(`Report\n\nBy NAX Staff\n\n${BODY}`), ["NAX", "byline"]);
  // (A person's byline with a staff title, or the staff of a place, is no outlet.)
  assert.deepEqual(outlet(`Report\n\nBy Jane Smith staff reporter\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nBy Our Staff\n\n${BODY}`), [null, "none"]);
});

test("outlet: the publisher's rights notice, and the paper a story is reprinted from", () => {
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nNo part of this publication may be reproduced without the written permission of NAX.`), ["NAX", "credit line"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nReprinted from VN/ Valley News`), ["VN/ Valley News", "credit line"]);
  // (A story about a permission, or reprinting, is no credit.)
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nNo aid can enter Tarsa without the written permission of the army.`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThe leaflets were reprinted from old stocks in Qarn.`), [null, "none"]);
});

test("outlet: a site's name glued before the title, or after it with a dash, where the page repeats the title", () => {
  const titled = (title: string, text: string) => inferOutlet({ outlet: null, url: null, title, text }).slice(0, 2);
  const T = "Shelling kills three in Tarsa market";
  assert.deepEqual(titled(T, `${T}\nValley News ${T}\n${BODY}`), ["Valley News", "site header"]);
  assert.deepEqual(titled(T, `${T}\n${T} - Ulmar Tribune: World / Africa\n${BODY}`), ["Ulmar Tribune", "site header"]);
  // (The title said twice, or a place or a person beside it, is no outlet.)
  assert.deepEqual(titled(T, `${T}\n${T}${T}\n${BODY}`), [null, "none"]);
  assert.deepEqual(titled(T, `${T}\n${T} - Deir Hafer\n${BODY}`), [null, "none"]);
  assert.deepEqual(titled(T, `${T}\nJane Smith ${T}\n${BODY}`), [null, "none"]);
});

test("outlet: a bulletin that names who issues it", () => {
  assert.deepEqual(outlet(`Report\n\nThe Weekly Situation Update is issued by the Valley Relief Office twice a week. ${BODY}`), ["Valley Relief Office", "self-reference"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nThis Bulletin is produced by NAX Tarsa with its partners.`), ["NAX Tarsa", "self-reference"]);
  // (An order or a statement issued by someone is news, not a credit.)
  assert.deepEqual(outlet(`Report\n\nThe evacuation order was issued by the army in Qarn. ${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nThe Statement is issued by Governor Bolo Smith. ${BODY}`), [null, "none"]);
});

test("outlet: 'tell' in the present, as live pages and headlines write it", () => {
  assert.deepEqual(outlet(`Report\n\nThe army pushes into Tarsa, military sources tell Valley Radio. ${BODY}`), ["Valley Radio", "self-reference"]);
  assert.deepEqual(outlet(`Report\n\nResidents in Ulmar tell Qarn News they fled at night. ${BODY}`), ["Qarn News", "self-reference"]);
  // (Telling a person or a place is no outlet.)
  assert.deepEqual(outlet(`Report\n\nOfficials tell Bolo residents to leave. ${BODY}`), [null, "none"]);
});

test("outlet: a known outlet under its full name and its short form, whichever the credit uses", () => {
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nSource: VOA`), ["Voice of America (VOA)", "credit line"]);
  assert.deepEqual(outlet(`Report\n/ Source: The Associated Press\n${BODY}`), ["The Associated Press (AP)", "credit line"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nSource: AIR`), ["All India Radio (AIR)", "credit line"]);
  // (A UN office's own report: its name and the day over the text, or the bulletin that says who issues it.)
  assert.deepEqual(outlet(`Report\n\nUNHCR, 4 Mar 2021\n${BODY}`), ["UN Refugee Agency (UNHCR)", "masthead"]);
  assert.deepEqual(outlet(`Report\n\nThe Flash Update is issued by OCHA Tarsa twice a week. ${BODY}`), ["UN Office for the Coordination of Humanitarian Affairs (OCHA)", "self-reference"]);
  // (A short form that is also a word is no credit inside a line; a headline quoting an office, or a paper quoting it, names no publisher.)
  assert.notEqual(outletName(`AIR STRIKES HIT TARSA\n\n${BODY}`), "All India Radio (AIR)");
  assert.deepEqual(outlet(`Report\n\nUNHCR: 3,000 flee Tarsa\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\n${BODY} Some 2,000 people fled Ulmar, OCHA reported.`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nFamilies told UNHCR they had fled Qarn. ${BODY}`), [null, "none"]);
});

test("outlet: an acronym with the name the text spells it out as, and a name with the acronym it gives itself", () => {
  // (The masthead on a line of its own before a phrase in the story with the same initials.)
  assert.deepEqual(outlet(`Report\nValley Times\nBy VT Staff\nThe convoy left Vast Tarsa at dawn. ${BODY}`), ["Valley Times (VT)", "byline"]);
  assert.deepEqual(outlet(`Report\nTARSA (QN) - ${BODY} The Qarn News agency was shut last year.`), ["Qarn News (QN)", "dateline"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nSource: Valley Broadcasting Service\n\nThe Valley Broadcasting Service (VBS) has reporters in Ulmar.`), ["Valley Broadcasting Service (VBS)", "credit line"]);
  // (Nothing spells it out, or the bracket is some other body's: the credit as it is.)
  assert.deepEqual(outlet(`Report\nBy NAX Staff\n${BODY}`), ["NAX", "byline"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nSource: Valley Broadcasting Service\n\nThe Valley Broadcasting Service (UN) said so.`), ["Valley Broadcasting Service", "credit line"]);
});

test("outlet: a wire's own dateline before a name lower down, glued after a title, or after a lost bracket; a joint sign-off; a paper's wire desk", () => {
  assert.deepEqual(outlet(`Report\n\nTARSA, Nov 7 (Qarn Press) – ${BODY}\n\nBBC`), ["Qarn Press", "dateline"]);
  assert.deepEqual(outlet(`Report\n\nFour killed in Tarsa market [02/01/2019] TARSA, Jan. 2 (NAX) - ${BODY} Four died, Ulmar Radio reported.`), ["NAX", "dateline"]);
  // (A country in the brackets is the dateline's, no tag.)
  assert.notEqual(outletName(`Report\n\nSome fled TARSA, on Jan. 2 (Kenya) - ${BODY}`), "Kenya");
  assert.deepEqual(outlet(`Report\nMENAFN - Valley Wire) Tarsa, April 2 (Valley Wire) ${BODY}`), ["Valley Wire", "dateline"]);
  assert.deepEqual(outlet(`Report\n\n${BODY} Two more died later. – Nax-AFP`), ["Nax-AFP", "sign-off"]);
  assert.deepEqual(outlet(`Report\n\n${BODY} Two more died later. – AFP`), ["AFP", "sign-off"]);
  assert.deepEqual(outlet(`Report\nJuly 12, 2007|From the Associated Press\n${BODY}`), ["The Associated Press (AP)", "byline"]);
  assert.deepEqual(outlet(`Report\nJuly 12, 2007|From the Valley Times\n${BODY}`), ["The Valley Times", "byline"]);
  assert.deepEqual(outlet(`Report\n\nThe Valley Herald November 3, 1998 WORLD\n\nRebels raid Tarsa\n\nFrom Herald Wire Services\n\n${BODY}`), ["The Valley Herald", "masthead"]);
  // (No paper of that name at the top: the desk's credit as it is.)
  assert.deepEqual(outlet(`Report\n\nRebels raid Tarsa\n\nFrom Herald Wire Services\n\n${BODY}`), ["Herald Wire Services", "sign-off"]);
});

test("outlet: a reporter's line with her outlet, and a source at the end of the last paragraph", () => {
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nJane Moor, Valley News, in Tarsa\n\n${BODY}`), ["Valley News", "byline"]);
  assert.deepEqual(outlet(`Report\n\nJane Moor, Ulmar Herald on\n\n${BODY}`), ["Ulmar Herald", "byline"]);
  assert.deepEqual(outlet(`Report\n\n${BODY}\n\nJane Moor, BBC News, in Qarn\n\n${BODY}`), ["BBC", "byline"]);
  assert.deepEqual(outlet(`Report\n\n${BODY} Some 2,000 families fled Bolo. Source: Tarsa Diário`), ["Tarsa Diário", "credit line"]);
  // (A person and a role, a person and a place, or a source cited mid-paragraph are no credit.)
  assert.deepEqual(outlet(`Report\n\nJane Moor, Press Officer\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\nJane Moor, Deir Hafer\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(outlet(`Report\n\n${BODY} Source: Shelter Cluster Some 2,000 families fled Bolo.`), [null, "none"]);
});

test("outlet: a masthead in capitals; a known outlet opening the first paragraph with a colon; a sign-off glued to the full stop", () => {
  assert.deepEqual(outlet(`THE NEW YORK TIMES\n${BODY}`), ["The New York Times", "masthead"]);
  assert.deepEqual(outlet(`Tarsa shelled\n\nXinhua: Shelling hit the town of Tarsa on Monday, officials said.\n${BODY}`), ["Xinhua", "credit line"]);
  assert.deepEqual(outlet(`${BODY}\nThe talks resume in Ulmar on July 22.-IANS`), ["Indo-Asian News Service (IANS)", "sign-off"]);
  // Negative: a headline in capitals that only begins with an outlet's name; a speaker before a colon; the title line quoting an outlet.
  assert.notEqual(outlet(`THE NATIONAL GUARD TAKES TARSA\n${BODY}`)[0], "The National");
  assert.notEqual(outlet(`Minister: Shelling hit the town of Tarsa on Monday.\n${BODY}`)[0], "Minister");
  assert.equal(outletName(`Xinhua: 5,000 flee Tarsa\n\n${BODY}`), null);
});

test("outlet: a picture's credit in brackets on a caption line is no outlet", () => {
  assert.equal(outletName(`Report\n\nRebels spreading along the Tarsa valley (Map: Valley Monitor, May 2)\n\n${BODY}`), null);
  assert.equal(outletName(`Report\n\nTROOPS near the Ulmar bridge (Photo: A. Writer)\n\n${BODY}`), null);
  // The outlet telling what its own reporting could not do; a person or an agency of another kind is none.
  assert.equal(outletName(`Report\n\n${BODY} Valley Radio has been unable to reach residents of Tarsa for comment.`), "Valley Radio");
  assert.equal(outletName(`Report\n\n${BODY} The ministry has been unable to reach residents of Tarsa.`), null);
  // A dateline's own tag is still read.
  assert.equal(outletName(`Report\n\nPORTVILLE, May 2 (Valley Monitor) - ${BODY}`), "Valley Monitor");
});

test("outlet: every outlet names the credit form that read it, so an editor can ask why", async () => {
  const { CREDIT_FORMS } = await import("../loaders/extract/outlet.ts");
  const rule = (text: string, url: string | null = null) => inferOutlet({ outlet: null, url, title: "Report", text })[2];
  assert.equal(rule(`Report\nTARSA, Jan. 2 (Reuters) - ${BODY}`), "agency-tag");
  assert.equal(rule(`Report\n\n${BODY} Two more died later. (AFP)`), "signed-paragraph");
  assert.equal(rule(`Report\n\n${BODY} Residents told Tarsa Radio the market was hit.`), "named-in-story");
  // (The first lines are read one at a time, every form on each: the rule says which form on the line.)
  assert.equal(rule(`Report\nTarsa (Valley Wire) - ${BODY}`), "first-lines/dated-tag");
  assert.equal(rule(BODY, "https://www.reuters.com/world/x"), "web-address");
  assert.equal(inferOutlet({ outlet: "Valley News", url: null, title: "Report", text: BODY })[2], "front-matter");
  // Negative: no credit, no rule.
  assert.deepEqual(inferOutlet({ outlet: null, url: null, title: "Report", text: BODY }), [null, "none", "none"]);
  // Every form has its own id.
  assert.equal(new Set(CREDIT_FORMS.map((f) => f.rule)).size, CREDIT_FORMS.length);
});

test("outlets: any outlet's name after the title's bar or dash, between a byline's bars, and a rights notice without its 'All rights reserved'", () => {
  const credit = (text: string, title = "Report") => { const [name, , rule] = inferOutlet({ outlet: null, url: null, text, title }); return [name, rule]; };
  assert.deepEqual(credit(`Strikes on Ulmar - Kolda Daily Monitor\n\n${BODY}`, "Strikes on Ulmar - Kolda Daily Monitor"), ["Kolda Daily Monitor", "any-title-tail"]);
  assert.deepEqual(credit(`Strikes on Ulmar | Dorsk Broadcasting Corporation\n\n${BODY}`, "Strikes on Ulmar | Dorsk Broadcasting Corporation"), ["Dorsk Broadcasting Corporation", "any-title-tail"]);
  assert.deepEqual(credit(`Rebels take Kolda\n\nBy Jane Doe | Ulmar Times | 12 January 2022\n\n${BODY}`), ["Ulmar Times", "outlet-between-bars"]);
  assert.deepEqual(credit(`Report\n\nCopyright 2021 Qarn Media Group. All rights reserved.\n\n${BODY}`)[0], "Qarn Media Group");
  // Negative: a title's tail that is a place or a heading names no outlet.
  assert.deepEqual(credit(`Strikes on Ulmar - Live Updates\n\n${BODY}`, "Strikes on Ulmar - Live Updates"), [null, "none"]);
  assert.deepEqual(credit(`Fighting spreads - Northern Tarsa\n\n${BODY}`, "Fighting spreads - Northern Tarsa"), [null, "none"]);
});

test("outlets: a writer's line that names the outlet she wrote for, a republished story's first publisher, an agency's tag between slashes after the last sentence", () => {
  const credit = (text: string) => { const [name, , rule] = inferOutlet({ outlet: null, url: null, text, title: "Report" }); return [name, rule]; };
  assert.deepEqual(credit(`Report\n\nWritten by Jane Doe for The Kolda Observer\n\n${BODY}`), ["The Kolda Observer", "writer-for-outlet"]);
  assert.deepEqual(credit(`Report\n\nBy Jane Doe for Ulmar Radio\n\n${BODY}`), ["Ulmar Radio", "writer-for-outlet"]);
  assert.deepEqual(credit(`Report\n\n${BODY}\n\nThis article originally appeared on The Tarsa Post.`), ["The Tarsa Post", "first-published-by"]);
  assert.deepEqual(credit(`Report\n\n${BODY}\n\nThis story was first published by Bessin News on 3 May 2021.`), ["Bessin News", "first-published-by"]);
  assert.deepEqual(credit(`Report\n\n${BODY} /TASS/`), ["TASS", "agency-after-last-sentence"]);
  // Negative: a writer for a cause or a person is no outlet; a story that cites another outlet is not that outlet's.
  assert.deepEqual(credit(`Report\n\nWritten by Jane Doe for Peace Now\n\n${BODY}`), [null, "none"]);
  assert.deepEqual(credit(`Report\n\n${BODY} The toll was first reported by the Kolda Times.`), [null, "none"]);
});
