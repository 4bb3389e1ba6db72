/**
 * The date of a figure comes from its own clause: "over 138,500 ... displaced since February, with
 * 32,500 of them just in April" gives each figure its own period. A clause without a date takes the
 * sentence's, then (for a sentence that continues the paragraph's story) the day of the sentence before
 * in the same paragraph, and last the published date as the "as of" end.
 */
import { claimDate, type ClaimDate, type DateSpan, findDates, iso } from "./dates.ts";
import type { Sentence } from "./sentences.ts";

const DAYS_LATER = /\b(?:the (?:next|following) day|the day after|a day later|(two|three|four|five|six|2|3|4|5|6) days later)\b/i;
const DAY_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6 };
const AGREEMENT_BEFORE = /\b(?:deal|agreement|accord|ceasefire|cease-fire|truce|treaty|resolution|memorandum|pact|talks|summit|elections?)\b[^.;\d]{0,60}$/i;
// "…killed 15 fighters in X, an area heavily damaged during the last war with the group in 2006": the year
// of a past war named after the figure dates that war, not the figure.
const PAST_WAR_BEFORE = /\b(?:last|previous|earlier|former|past)\s+(?:[\w-]+\s+){0,1}(?:war|wars|conflict|occupation|uprising|invasion)\b[^.;\d]{0,60}$/i;
// "…killed two civilians in the city, which has been divided since July 2012": a state that has lasted since
// then, told of a place after the figure, dates that state, not the figure. (Never the people's own fate:
// "families who have been displaced since May", "that have been living in camps since 2015".)
const STATE_SINCE_BEFORE = /\b(?:that|which|where)\b[^.;,\d]{0,30}?\b(?:has|have|had)\s+(?:long\s+)?been\s+(?!(?:killed|displaced|uprooted|forced|driven|made|left|injured|wounded|evacuated|living|staying|sheltering|sheltered|housed|hosted|stranded|trapped|fleeing|missing|detained|held\s+captive)\b)[^.;,\d]{0,40}?\ssince\s+$/i;
/** True when the date at `from` dates an agreement, a past war or a lasting state named after the figure at `at`. */
function datesSomethingElse(text: string, from: number, at: number): boolean {
  return [AGREEMENT_BEFORE, PAST_WAR_BEFORE, STATE_SINCE_BEFORE].some((re) => {
    const m = re.exec(text.slice(0, from));
    return !!m && m.index > at;
  });
}
const CLAUSE_BREAK = /;|\s(?:while|whereas|but)\s|,\s(?:and|with)\s|\swith\s(?=(?:some|about|around|at least|more than|nearly|over|another|\d))/g;

export interface SentenceContext {
  sentence: Sentence;
  spans: DateSpan[];
  /** [start, end) of each clause, offsets in the sentence. */
  clauses: Array<[number, number]>;
  /** The date the sentence itself gives, for the next sentence of its paragraph. */
  own: ClaimDate | null;
}

// "TOWN, Sunday, May 2, 2021 - Scores were killed on Saturday": the dateline's date is when the story
// was filed; the figure's day is the Saturday, read against it.
// ("December 21, 2012 (TARSA) – Four people were killed … on Wednesday": the date first, then the town in brackets.)
// ("Tue 14 Mar 2016 - Four people were killed on Monday", "June 2, 2022 – Last week …": a dateline that is only its date.)
const DATELINE = /^(?:[A-Z][\p{L} .'’-]{1,40},[^.;]{0,50}?(?:\s[-–—]{1,2}\s|\)\s*[-–—]{1,2}\s?)|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s*\([^()]{2,40}\)\s*[-–—]{1,2}\s?|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\s*[-–—]{1,2}\s)/u;

// "Date of publication 14 August 2016 Scores were killed on Saturday", "Wednesday 07 December 2016 At least
// 12 …": a scrape that joined the page's labelled date line to the lead. That date, the day of publication, is
// the story's; when the sentence gives another, the figure's day is that one.
const DATE_LABEL_BEFORE = /^[\s|•·:—–-]*(?:(?:date of publication|first published|published|posted|updated|last updated|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+(?:on|at))?[\s,:|•·—–-]*)+$/i;

export function sentenceContext(sentence: Sentence, ref: number | null, fallbackYear: number | null): SentenceContext {
  const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
  let spans = findDates(sentence.text, ref, fallbackYear).filter((d) => d.from >= dateline);
  const page = spans.length > 1 ? spans.find((d) => d.hasYear && d.start === ref && d.from < 60 && DATE_LABEL_BEFORE.test(sentence.text.slice(0, d.from))) : undefined;
  if (page && spans.some((d) => d.from >= page.to)) spans = spans.filter((d) => d.from >= page.to);
  const clauses: Array<[number, number]> = [];
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m; m = CLAUSE_BREAK.exec(sentence.text)) { clauses.push([last, m.index]); last = m.index; }
  clauses.push([last, sentence.text.length]);
  return { sentence, spans, clauses, own: claimDate(sentence.text, spans, ref) };
}

/**
 * The date for a figure at offset `at` in the sentence. The sentence before is asked for only when the
 * figure's own sentence gives no date: most figures have one, and reading a sentence's dates costs.
 */
export function dateAt(ctx: SentenceContext, at: number, prevOf: () => SentenceContext | null, ref: number | null): ClaimDate {
  const [cs, ce] = ctx.clauses.find(([s, e]) => at >= s && at < e) ?? [0, ctx.sentence.text.length];
  // "…by the deal reached between the two in September 2018": the date of the deal, not of the figure before it.
  const allowed = ctx.spans.filter((s) => !datesSomethingElse(ctx.sentence.text, s.from, at));
  const inClause = allowed.filter((s) => s.from >= cs && s.to <= ce);
  const own = claimDate(ctx.sentence.text, inClause, ref) ?? (allowed.length === ctx.spans.length ? ctx.own : claimDate(ctx.sentence.text, allowed, ref));
  if (own) return own;
  const prev = prevOf();
  const before = prev && prev.sentence.paragraph === ctx.sentence.paragraph ? prev.own : null;
  if (before) {
    // "The next day they took control of X": the day after the sentence before.
    const later = DAYS_LATER.exec(ctx.sentence.text);
    const shift = later ? (later[1] ? DAY_COUNT[later[1].toLowerCase()] ?? 1 : 1) : 0;
    const day = (d: string) => iso(Date.parse(d) / 86_400_000 + shift)!;
    if (before.date_precision === "day") return { ...before, start: shift ? before.end && day(before.end) : before.start, end: before.end && day(before.end), date_basis: "inherited" };
    // "Rebels took X last week. Three days later they entered Y": the span before, moved on by those days, as
    // precise as it was, and never past the day the article came out.
    if (shift && (before.date_precision === "week" || before.date_precision === "month") && before.start && before.end) {
      const moved = day(before.end), end = ref != null && moved > iso(ref)! ? iso(ref)! : moved, start = day(before.start);
      return { ...before, start: start > end ? end : start, end, date_basis: "inherited" };
    }
  }
  return { start: null, end: iso(ref), date_precision: null, date_basis: ref == null ? "none" : "published" };
}
