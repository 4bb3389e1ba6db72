/**
 * "… bringing the total to 70,000": whether a figure is the running total of the one before it, read from the
 * words just before the figure. The parsers give it the kind of the figure it totals.
 */
import { phrases } from "./lexicon/pattern.ts";
import { RUNNING_TOTAL_VERBS, TOTAL_ADJECTIVES, TOTAL_WORDS } from "./lexicon/running-totals.ts";

// ("taking the total so far to over 5,000", "raising the overall tally up to 45": a time or "up" may stand between;
// "bringing the tally since fighting began to 6,000": so may a since-clause.)
const RUNNING_TOTAL_BEFORE = new RegExp(String.raw`\b(?:${phrases(RUNNING_TOTAL_VERBS)})\s+(?:the|its|their|this\s+year['’]s)\s+(?:(?:${phrases(TOTAL_ADJECTIVES)})\s+)?(?:${phrases(TOTAL_WORDS)})(?:\s+(?:so\s+far|to\s+date|now|this\s+year|since\s+[^,.;\d]{1,40}?))?\s+(?:(?:(?:up\s+)?to|above|past|beyond)\s+)?(?:(?:more\s+than|over|at\s+least|about|around|nearly|almost|some|roughly|an\s+estimated|just\s+over|just\s+under)\s+)?$`, "i");

/** `before`: the text up to the figure (its qualifiers may be in it or in the figure). */
// ("bringing the national total above 700,000": past a mark, as well as to it; "above" may be read as the figure's own qualifier.)
const NEAR_THE_END = new RegExp(String.raw`\b(?:to|above|past|beyond|${phrases(TOTAL_WORDS)})\s+(?:[a-z]+\s+){0,2}$`, "i");
export const runningTotalBefore = (before: string): boolean => NEAR_THE_END.test(before) && RUNNING_TOTAL_BEFORE.test(before);
