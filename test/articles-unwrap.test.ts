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
