import { test } from "node:test";
import assert from "node:assert/strict";
import { unwrapHardBreaks } from "../loaders/articles/unwrap.ts";

// Our own wire-style text, cut at about 60 characters as wire copy often is.
const WRAPPED = `Report

TOWNSVILLE, May 3 (Wire) - Government and allied forces have
recaptured the river town of Porto da Serra, an insurgent
stronghold, the defence ministry said on Sunday.
The province, which has large gas fields, has since 2018
suffered an insurgency that has displaced about 700,000
people and killed thousands.
Last month, a neighbouring state sent a 1,000-strong
force to fight alongside the army and troops of a regional
bloc.
Officials said a briefing would be held on Monday.`;

test("hard-wrapped wire copy is joined into sentences, paragraphs kept", () => {
  const r = unwrapHardBreaks(WRAPPED);
  assert.equal(r.unwrapped, true);
  assert.match(r.text, /recaptured the river town of Porto da Serra, an insurgent stronghold, the defence ministry said on Sunday\.\s/);
  assert.match(r.text, /^Report\n\nTOWNSVILLE/);
  assert.match(r.text, /regional bloc\.\nOfficials said/);
});

test("text with one paragraph per line is left alone", () => {
  const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} says that troops entered a town, and that residents fled north to the border in large numbers over the weekend.`).join("\n");
  assert.deepEqual(unwrapHardBreaks(prose), { text: prose, unwrapped: false });
  const short = "Title\nOne line.\nTwo line.";
  assert.equal(unwrapHardBreaks(short).unwrapped, false);
});

// Our own text as a browser copy wraps it: at the varying width of a page's box, with some
// paragraphs on one long line.
const BROWSER_WRAPPED = `Fighting threatens camps

The agency has renewed its warnings about the crisis created by the escalation of hostilities in the western province.
Its Office for the Coordination of
Humanitarian Affairs said nearly 40,000 of those residing in
displacement camps could flee again to neighbouring districts as the fighting
continues.
According to the monthly report on
the situation there, more civilians are
expected to flee towards the eastern outskirts of the town.
It said the sites are already crowded and
overstretched.
Should the fighting move towards the town and
surrounding areas, 38,000 people could be displaced to
the suburbs and to areas in the next district.`;

test("a page wrapped at a varying width is joined when its lines go on in lower case", () => {
  const r = unwrapHardBreaks(BROWSER_WRAPPED);
  assert.equal(r.unwrapped, true);
  assert.match(r.text, /nearly 40,000 of those residing in displacement camps could flee again to neighbouring districts as the fighting continues\.\n/);
  // A list of short capitalised items is no wrapped prose.
  const list = ["Casualty list", "", "Tarsa district, three killed", "Ulmar village, two injured", "Qarn market, one killed", "Bilad road", "Kefa checkpoint, four injured", "Sidra camp, two killed"].join("\n");
  assert.equal(unwrapHardBreaks(list).unwrapped, false);
});

// Our own copy wrapped at about 70 characters, where every line goes on with a name in capitals.
const WRAPPED_AT_NAMES = `Report

Rebels loyal to the former deputy leader of the movement, Ivan
Tarsov, announced Friday the capture of Ulmar and Qarn areas in
Bolo County after clashing with government troops on Thursday.

A rebel spokesman told the radio station on Friday that their forces took
Ulmar and Qarn areas and killed dozens of government soldiers near
Bolo.

He admitted that three fighters were killed and five were wounded on
Sunday near the river.`;

test("hard-wrapped copy whose lines go on with capitalised names is joined too", () => {
  const r = unwrapHardBreaks(WRAPPED_AT_NAMES);
  assert.equal(r.unwrapped, true);
  assert.match(r.text, /the movement, Ivan Tarsov, announced Friday the capture of Ulmar and Qarn areas in Bolo County after clashing/);
  assert.match(r.text, /on Thursday\.\n\nA rebel spokesman/);
});

// Our own copy as some old pages were scraped: a blank line after every wrapped line.
const SPLIT_PARAGRAPHS = [
  "Six dead in bombing raid", "",
  "The army has bombed a town in the western region killing six civilians.", "",
  "    The attacks on Saturday came weeks after the government", "",
  "    said major military operations were over in the area.", "",
  "    Two rebel groups launched a revolt in the remote region last", "",
  "    February, accusing the government of neglecting the arid region", "",
  "    and arming militias to burn and loot villages.", "",
  "    A resident of Tarsa town, about 70km east of", "",
  "    the state capital, said planes began bombarding the town on Friday evening and", "",
  "    militias attacked at the same time.", "",
  "    Sporadic bombing", "",
  "    \"We left as soon as we heard them coming,\" the man said.",
].join("\n");

test("a page scraped with a blank line after every wrapped line is joined where a sentence goes on; headings and sentence ends stay", () => {
  const r = unwrapHardBreaks(SPLIT_PARAGRAPHS);
  assert.equal(r.unwrapped, true);
  assert.match(r.text, /came weeks after the government said major military operations were over/);
  assert.match(r.text, /revolt in the remote region last February, accusing the government of neglecting the arid region and arming militias/);
  assert.match(r.text, /about 70km east of the state capital, said planes/);
  assert.match(r.text, /^Six dead in bombing raid\n\n/);
  assert.match(r.text, /Sporadic bombing\n\n/);
});
