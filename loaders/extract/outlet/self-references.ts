/**
 * Outlets that name themselves in the story: "As Ukrinform previously reported", "an RFE/RL correspondent
 * at the scene", "AFP could not independently verify", "residents told Valley Radio", "…, Valley Online reports.".
 */
import { isWireAgency, NEWS_AGENCY_TAG, outletAt, outletIn } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { hasOutletWord, named, PERSON_ROLE, plausible, type Page } from "./common.ts";

// "As Ukrinform previously reported", "an RFE/RL correspondent at the scene".
const SELF_REPORTED = /\bAs\s+((?:the\s+)?[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,3})\s+(?:previously|earlier|already)\s+reported\b/;
const OWN_CORRESPONDENT = /\b(?:[Aa]n?|[Oo]ur)\s+([A-Z][\w/&.-]{1,20}(?:\s+[A-Z][\w/&.-]+){0,2})\s+(?:correspondent|reporter|journalist)\s+(?:at|in|on|who|reported|said)\b/;
// "TRT World's Sara Firth has more", "Al Jazeera's correspondent": the outlet's own reporter.
const REPORTER_CREDIT = /\b([A-Z][\w ]{1,25}?)['’]s (?:[A-Z][a-z]+ [A-Z][a-z]+(?:, reporting from|,? who is in) |(?:[A-Z][a-z]+ [A-Z][a-z]+ )?(?:has more|reports|correspondent|reporter)\b)/;
// Wire copy speaks of itself: "AFP could not independently verify". ("told AFP" is not enough: papers
// that print agency copy keep it, and the paper is the outlet.)
const WIRE_SELF = new RegExp(String.raw`\b(${NEWS_AGENCY_TAG})\s+(?:could not|was unable to|has been unable to|has not been able to|cannot|can not)\s+(?:independently\s+)?(?:verify|confirm)`);
// "… in the south of the country, Valley Online reports.": the outlet crediting itself in its first paragraph.
// ("Channel 4 News": a number inside a name, between two of its words.)
// (A name stays on its line and in its sentence: in "… in the south.\n\nValley Media could not verify" or
// "… in Tarsa. Valley Media could not verify" the name is "Valley Media", not a run from "Tarsa".)
const OUTLET_NAME = String.raw`((?:[Tt]he[^\S\n]+)?[A-Z][\w&.'’-]*(?:(?<![.!?:])[^\S\n]+(?:[A-Z][\w&.'’-]*|\d{1,3}(?=\s+[A-Z]))){0,3})`;
// [pattern, whether the form alone says the name is the outlet's ("Published in X") or the name must look like one]
const SELF_NAMED: Array<[RegExp, boolean]> = [
  // ("sources tell Valley Radio": live pages and headlines say it in the present.)
  [new RegExp(String.raw`\b(?:told|tells?|telling|speaking to|spoke to|in an interview with)\s+${OUTLET_NAME}`, "g"), false],
  [new RegExp(String.raw`,\s+(?:reported|reports)\s+${OUTLET_NAME}\s*\.`, "g"), false],
  // ("… bringing the death toll to 30, Valley News reported.")
  [new RegExp(String.raw`,\s+${OUTLET_NAME}\s+(?:reported|reports|has reported)\s*\.`, "g"), false],
  [new RegExp(String.raw`\b(?:Published in|This report is produced by|This story was produced by)\s+${OUTLET_NAME}`, "g"), true],
  // ("The Weekly Situation Update is issued by the Valley Office twice a week": a bulletin names who issues it.)
  [new RegExp(String.raw`\b(?:This|The)\s+(?:[A-Z][\w-]*\s+){0,5}(?:Update|Report|Bulletin|Newsletter|Brief|Snapshot|Digest|Flash|Overview)\s+is\s+(?:issued|produced|published|prepared|compiled)\s+(?:by|jointly by)\s+(?:the\s+)?${OUTLET_NAME}`, "g"), true],
  // ("…, reports Valley Trend referring to Reuters": the same, said the other way round.)
  [new RegExp(String.raw`,\s+reports?\s+${OUTLET_NAME}\s+(?:referring\s+to|citing)\b`, "g"), true],
  // ("Valley News cannot independently verify …", "Valley Press can report": an outlet speaking of itself.)
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+(?:could not|cannot|can not|was unable to|has been unable to|has not been able to)\s+(?:independently\s+)?(?:verify|confirm)\b`, "g"), false],
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+can\s+(?:report|reveal|confirm)\b`, "g"), false],
  // ("VALLEY POST gathered that …", "Valley News learnt that …": how some papers report what they found out.)
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+(?:gathered|learnt|learned)\s+that\b`, "g"), false],
  // ("…, Valley.Az reports, citing foreign media.": an outlet relaying others names itself.)
  [new RegExp(String.raw`,\s+${OUTLET_NAME}\s+reports?,?\s+citing\b`, "g"), true],
];
const AS_REPORTED = /(?:^|[.!?]\s+|\n)As\s+([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})\s+(?:reported|has reported|reports)\b/;
const REPORTS_ITSELF = /,\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+reports\.\s*$/;

/** "TRT World's Sara Firth has more": a known outlet's own reporter. */
export function ownReporter({ text }: Page): string | null {
  const reporter = /['’]s (?:[A-Z]|has more|reports|correspondent|reporter)/.test(text) ? REPORTER_CREDIT.exec(text) : null;
  return reporter ? outletIn(reporter[1]) : null;
}

/** "…, Valley.NET reports." closing one of the first paragraphs (a name written as a web address is a site's). */
export function reportsInLead({ top }: Page): string | null {
  for (const line of top.slice(0, 4)) {
    const m = line.endsWith("reports.") ? REPORTS_ITSELF.exec(line.slice(-120)) : null;
    if (m && plausible(m[1]) && (outletIn(m[1]) || hasOutletWord(m[1]) || /^[A-Z]{2,6}$|\.[A-Za-z]{2,4}$/.test(m[1]))) return named(m[1]);
  }
  return null;
}

/** "As Ukrinform previously reported", "an RFE/RL correspondent at the scene". */
export function ownPastReportOrCorrespondent({ text }: Page): string | null {
  const self = (/reported/.test(text) ? SELF_REPORTED.exec(text) : null) ?? (/correspondent|reporter|journalist/.test(text) ? OWN_CORRESPONDENT.exec(text) : null);
  return self && plausible(self[1]) ? named(self[1]) : null;
}

/** "AFP could not independently verify": wire copy speaking of itself. */
// "Valley Radio has been unable to reach residents": any outlet (its name has a word like Radio, News,
// Times) telling what its own reporting could not do.
const OUTLET_SELF = /\b((?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}) (?:could not|was unable to|has been unable to|has not been able to|cannot|can not)\s+(?:independently\s+)?(?:verify|confirm|reach)\b/;

export function wireCannotVerify({ text }: Page): string | null {
  if (!/verify|confirm|reach/.test(text)) return null;
  const wire = WIRE_SELF.exec(text)?.slice(1).find(Boolean);
  if (wire) return named(wire);
  const outlet = OUTLET_SELF.exec(text)?.[1];
  return outlet && hasOutletWord(outlet) && plausible(outlet) ? named(outlet) : null;
}

/** "As Ukrinform reported, …": said so, the name is the outlet's whatever it looks like. */
export function asItReported({ text }: Page): string | null {
  const asReported = /\bAs\s+reported\b/.test(text) ? null : AS_REPORTED.exec(text);
  return asReported && plausible(asReported[1]) && !isCountryName(asReported[1]) && !PERSON_ROLE.test(asReported[1]) ? named(asReported[1]) : null;
}

/**
 * "residents told Valley Radio", "…, reported NAX.", "Published in The Lantern, …": the outlet names itself in the
 * story, when the name is one a reader knows or reads as an outlet's.
 */
export function namedInStory({ text }: Page): string | null {
  for (const [re, strong] of SELF_NAMED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // (A name runs to the end of its sentence at most: "… told Valley Radio. Ten …".)
      const name = m[1].split(/\.\s/)[0].replace(/\.$/, "").replace(/^the\s+/, "The ");
      // (A wire agency or a UN office told or quoted is as often the source of a paper's story as its publisher: not taken.)
      // ("told Voice of America": a name a reader knows may hold a small word the run of capitals stops at.)
      const known = outletAt(text, m.index + m[0].indexOf(m[1])) ?? outletIn(name);
      // (Unless the form itself says the name is the publisher's: "This Update is issued by NAX".)
      if (known && isWireAgency(known) && !strong) continue;
      if (known) return known;
      if (plausible(name) && !PERSON_ROLE.test(name) && !isCountryName(name) && (strong || hasOutletWord(name) || /^[A-Z]{2,}(?:\s+[A-Z]{2,})*$/.test(name))) return name;
    }
  }
  return null;
}
