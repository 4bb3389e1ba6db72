/**
 * Who published an article, when the file does not say: the web address, if the file has one, then the credit
 * forms in `outlet/`, one family per file (datelines, bylines, mastheads, sign-offs and credit lines, and the
 * outlet naming itself in the story), tried in the order of CREDIT_FORMS below: the first form that reads a
 * name wins. Known outlets (lexicon/outlets.ts) come before forms that take any name, and the page's own
 * credit lines before what the story says. Every form reads one short line at a time where it can.
 */
import type { Article } from "../articles/types.ts";
import { DOMAINS, outletIn } from "./lexicon/outlets.ts";
import { pageOf, type CreditForm } from "./outlet/common.ts";
import { agencyTag, anyTag, knownBetweenBars, leadSlash, outletBetweenBars, placeAndTag } from "./outlet/datelines.ts";
import { byOutletAtEnd, outletByline, reporterAndOutlet, writerForOutlet, writerOfOutlet } from "./outlet/bylines.ts";
import { anyTitleTail, besideTitle, datedMasthead, gluedToTitle, knownMasthead, mastheadOverDate, outletOnItsOwnLine, outletOpensParagraph, titleTail } from "./outlet/mastheads.ts";
import {
  agencyAfterLastSentence, anyCreditLine, archiveCredit, capsSignOff, firstPublishedBy, fromOutlet, knownCreditLine, knownOnLastLine, newsroom, outletOnLastLine,
  paperOfWireDesk, publisherLine, reutersCredit, rightsNotice, signedParagraph, trailingSource,
} from "./outlet/sign-offs.ts";
import { asItReported, namedInStory, ownPastReportOrCorrespondent, ownReporter, reportsInLead, wireCannotVerify } from "./outlet/self-references.ts";
import { firstLineCredit } from "./outlet/first-lines.ts";

/** The credit forms in the order they are tried. A new form goes where its trust puts it: a credit the page prints before one the story implies. */
export const CREDIT_FORMS: CreditForm[] = [
  // The page's own credit naming a known outlet, and a dateline's known agency tag.
  { rule: "known-credit-line", source: "credit line", read: knownCreditLine },
  { rule: "rights-notice", source: "credit line", read: rightsNotice },
  { rule: "agency-tag", source: "dateline", read: agencyTag },
  { rule: "reuters-credit", source: "Reuters credit line", read: reutersCredit },
  { rule: "own-reporter", source: "reporter credit", read: ownReporter },
  // Known outlets in the page's head.
  { rule: "title-tail", source: "title", read: titleTail },
  { rule: "known-masthead", source: "masthead", read: knownMasthead },
  { rule: "outlet-opens-paragraph", source: "credit line", read: outletOpensParagraph },
  { rule: "glued-to-title", source: "site header", read: gluedToTitle },
  { rule: "beside-title", source: "site header", read: besideTitle },
  // Any outlet credited on the first lines, highest line first.
  { rule: "first-lines", source: "dateline", read: firstLineCredit },
  { rule: "reports-in-lead", source: "self-reference", read: reportsInLead },
  // Sign-offs at the end.
  { rule: "outlet-on-last-line", source: "sign-off", read: outletOnLastLine },
  { rule: "newsroom", source: "byline", read: newsroom },
  { rule: "agency-after-last-sentence", source: "sign-off", read: agencyAfterLastSentence },
  { rule: "known-on-last-line", source: "sign-off", read: knownOnLastLine },
  { rule: "signed-paragraph", source: "sign-off", read: signedParagraph },
  // Outlets not in the lexicon, by how they credit themselves.
  { rule: "known-between-bars", source: "dateline", read: knownBetweenBars },
  { rule: "outlet-between-bars", source: "byline", read: outletBetweenBars },
  { rule: "place-and-tag", source: "dateline", read: placeAndTag },
  { rule: "any-tag", source: "dateline", read: anyTag },
  { rule: "dated-masthead", source: "masthead", read: datedMasthead },
  { rule: "any-title-tail", source: "title", read: anyTitleTail },
  { rule: "archive-credit", source: "credit line", read: archiveCredit },
  { rule: "lead-slash", source: "dateline", read: leadSlash },
  { rule: "caps-sign-off", source: "sign-off", read: capsSignOff },
  { rule: "publisher-line", source: "credit line", read: publisherLine },
  { rule: "outlet-byline", source: "byline", read: outletByline },
  { rule: "reporter-and-outlet", source: "byline", read: reporterAndOutlet },
  { rule: "writer-for-outlet", source: "byline", read: writerForOutlet },
  { rule: "first-published-by", source: "credit line", read: firstPublishedBy },
  { rule: "trailing-source", source: "credit line", read: trailingSource },
  { rule: "paper-of-wire-desk", source: "masthead", read: paperOfWireDesk },
  { rule: "from-line", source: "sign-off", read: fromOutlet },
  { rule: "any-credit-line", source: "credit line", read: anyCreditLine },
  { rule: "masthead-over-date", source: "masthead", read: mastheadOverDate },
  { rule: "outlet-on-its-own-line", source: "masthead", read: outletOnItsOwnLine },
  { rule: "by-outlet-at-end", source: "byline", read: byOutletAtEnd },
  { rule: "writer-of-outlet", source: "byline", read: writerOfOutlet },
  // Last, the story naming its own outlet.
  { rule: "past-report-or-correspondent", source: "self-reference", read: ownPastReportOrCorrespondent },
  { rule: "wire-cannot-verify", source: "self-reference", read: wireCannotVerify },
  { rule: "as-it-reported", source: "self-reference", read: asItReported },
  { rule: "named-in-story", source: "self-reference", read: namedInStory },
];

/** An outlet, how the page credits it, and the credit form (its rule id) that read it. */
export type OutletCredit = [name: string | null, source: string, rule: string];

/**
 * The outlet, and with an acronym the name it stands for when the text spells it out: "By VT Staff" under the masthead
 * "Valley Times" is "Valley Times (VT)", so a reader (or a list) that knows either form finds it.
 */
export function inferOutlet(article: Pick<Article, "outlet" | "url" | "text" | "title">): OutletCredit {
  const [name, source, rule] = creditedOutlet(article);
  if (!name || source === "front matter" || outletIn(name)) return [name, source, rule];
  const head = article.text.slice(0, 3000);
  if (/^[A-Z]{2,6}$/.test(name)) { const spelled = spelledOut(name, head); return [spelled ? `${spelled} (${name})` : name, source, rule]; }
  // (And the other way: "the Valley Broadcasting Service (VBS)" gives the name its short form.)
  const at = /\s/.test(name) && !name.endsWith(")") ? head.indexOf(`${name} (`) : -1;
  const short = at >= 0 ? /^\(([A-Z]{2,6})\)/.exec(head.slice(at + name.length + 1, at + name.length + 10))?.[1] : undefined;
  return [short && [...short].every((c) => name.includes(c)) ? `${name} (${short})` : name, source, rule];
}

// Words that an acronym skips: "Agencia de Informacao" is AI, "Voice of the Valley" is VV.
const SKIPPED = String.raw`(?:[^\S\n]+(?:of|de|da|do|du|des|the|and|for|al|el)\b)*[^\S\n]+`;
/** The capitalised words whose initials are the acronym's letters, first as a line of its own (a masthead), else anywhere in `text`. */
function spelledOut(acronym: string, text: string): string | null {
  const words = [...acronym].map((c) => String.raw`${c}[\p{Ll}'’-]+`).join(SKIPPED);
  const alone = new RegExp(String.raw`(?:^|\n)[^\S\n]*(${words})[^\S\n]*(?:\n|$)`, "u").exec(text);
  return alone?.[1] ?? new RegExp(String.raw`(?<![\p{L}])(${words})(?![\p{L}])`, "u").exec(text)?.[1] ?? null;
}

function creditedOutlet(article: Pick<Article, "outlet" | "url" | "text" | "title">): OutletCredit {
  if (article.outlet) return [article.outlet, "front matter", "front-matter"];
  const host = article.url?.toLowerCase() ?? "";
  for (const [re, name] of DOMAINS) if (re.test(host)) return [name, "url", "web-address"];
  const page = pageOf(article);
  for (const form of CREDIT_FORMS) {
    const read = form.read(page);
    if (typeof read === "string") return [read, form.source, form.rule];
    if (read) return [read[0], read[1], `${form.rule}/${read[2]}`];
  }
  return [null, "none", "none"];
}
