/**
 * Whether a figure belongs to the events being reported or is set aside, and why: another conflict
 * or era (a campaign longer than this war, a year before its start, another country's war, a war the
 * conflict profile lists), a natural disaster ("the earthquake that killed 43,000"), or, for tolls,
 * the whole war's running total ("the war has killed more than 380,000 people since it began"), which
 * is background to every story rather than a claim about the events in it. Set-aside figures are
 * still tabled, with in_scope false and the reason in scope_note, so a reader can see what was left
 * out of the charts. What this war is (its start, its country) comes from the conflict profile.
 */
import { COUNTRIES } from "./lexicon/countries.ts";
import { MONTH_SRC, monthNumber } from "./dates.ts";
import { phrases } from "./lexicon/pattern.ts";
import { loadProfile, perProfile, type Profile } from "./profile.ts";

export type ScopeNote = "other conflict" | "before the war" | "whole war" | "disaster" | "earlier event";

/**
 * A figure dated more than a year before the article is background, not news of the events reported
 * ("since sarin killed hundreds in 2013", in a 2017 story): IDMC's rule for displacement facts, used
 * here for every table.
 */
export const EARLIER_EVENT_DAYS = 365;
export function isEarlierEvent(claimEnd: string | null, published: string | null): boolean {
  if (!claimEnd || !published) return false;
  return (Date.parse(published) - Date.parse(claimEnd)) / 864e5 > EARLIER_EVENT_DAYS;
}

const GENERAL_OTHER = /\bWorld War\b|\bCold War\b/;
const LONG_CAMPAIGN = /\b(\d{2,3})[- ]year(?:s)?(?:[- ]long)?(?:\s+old)?\s+(?:terror |armed |separatist |insurgent |civil )?(?:campaign|insurgency|war|conflict|struggle)\b/i;

// A figure placed in another country: "air strikes in <country> killed 20" (not where someone spoke: "said in <country>").
const otherCountry = perProfile((profile): RegExp | null => {
  const own = profile.data.country;
  const others = own ? COUNTRIES.filter((c) => c !== own) : [];
  return others.length ? new RegExp(String.raw`\b(?<!\b(?:said|says|say|told|speaking|spoke|based|visit|visiting|meeting|talks|summit|conference)\s)(?:in|across) (?:${phrases(others)})\b(?!['’-])`) : null;
});

// A sentence whose only cause is a natural disaster ("affected after Tropical Cyclone X made landfall").
// ("after the river burst its banks", "as floodwaters rose", "the collapse of the Tarsa dam": the flood told without its noun.)
// (A dam blown up or breached in a war is not a collapse: those words stay the war's.)
const DISASTER_SENTENCE = /\b(?:cyclones?|hurricanes?|typhoons?|tropical storm|floods?|flooding|floodwaters?|flash floods?|burst (?:its|their) banks|(?:collapse|failure) of (?:the |a )?(?:[A-Z][\w-]+ )?dam|dams? (?:collapsed|burst|gave way|failed)|earthquakes?|landslides?|mudslides?|droughts?|tsunamis?|volcan\w*|wildfires?|heavy rains?|torrential rains?)\b/i;

export function scopeNote(sentence: string, claimEndYear: number | null, profile: Profile = loadProfile()): ScopeNote | null {
  if (DISASTER_SENTENCE.test(sentence) && !WAR_CAUSE.test(sentence) && !/\b(?:war|conflict|violence|fighting|insurgen\w*|rebels?|militias?)\b/i.test(sentence)) return "disaster";
  if (GENERAL_OTHER.test(sentence) || profile.otherConflicts?.test(sentence) || otherCountry(profile)?.test(sentence)) return "other conflict";
  const start = profile.startYear;
  if (start != null) {
    const long = LONG_CAMPAIGN.exec(sentence);
    const warYears = (claimEndYear ?? new Date().getUTCFullYear()) - start + 1;
    if (long && +long[1] > warYears) return "other conflict";
    if (claimEndYear != null && claimEndYear < start) return "before the war";
  }
  return null;
}

// The war's own start as the start of the count: "since the uprising began", "since the conflict
// erupted", "in the conflict, which began in 2011".
const WAR = String.raw`(?:war|civil war|conflict|uprising|revolution|crisis|fighting)`;
const SINCE_WAR_BEGAN = new RegExp(String.raw`\bsince (?:the (?:start|beginning|outbreak|onset) of (?:the |its |this |an? )?(?:[\w'’-]+\s+){0,2}${WAR}|(?:it|(?:the|an?) (?:[\w'’-]+\s+){0,2}${WAR}(?: against [^,.;]{1,60})?) (?:began|started|erupted|broke out))\b|\bsince (?:the |an? )?(?:uprising|revolution|war) against\b|\b${WAR}\b[^.;]{0,40}\b(?:which|that)\s+(?:began|started|erupted|broke out)\b`, "i");
// "the civil war has killed", "the toll from the six-year conflict", "killed in the war": the whole war as the killer or the setting...
const WAR_KILLED = new RegExp(String.raw`\b${WAR}\b[^.;]{0,40}\b(?:has|have|had)\s+(?:now\s+|so far\s+|since\s+)?(?:killed|left|claimed)\b|\b(?:killed|died|dead|lost their lives)\s+(?:in|during|since the start of)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}${WAR}\b|\btoll (?:from|of|in) (?:the |this )?(?:[\w'’-]+\s+){0,3}${WAR}\b`, "i");
// A running total ("have been killed", "have died", "has documented the killing of") of a war's size is
// the war's, not one event's.
// ("It has cost the lives of more than 200,000 people", "has claimed 300,000 lives": the same, said of lives.)
const RUNNING_TOTAL = /\b(?:have|has)\s+(?:now\s+|so far\s+|already\s+)?(?:(?:been\s+)?(?:killed|died|perished|documented|recorded)\b|(?:cost|claimed|taken)\s+(?:the\s+lives\b|(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+lives\b))/i;
// ...but only for a figure of a war's size (an offensive's toll is also "the conflict has killed 300").
const WHOLE_WAR_MIN = 10_000;

// "since 2011", "from early 2011": the count starts with the war's year. Built once per profile, not once per figure.
const sinceStart = perProfile((profile) => (profile.startYear != null ? new RegExp(String.raw`\b(?:since|from) (?:(?:early |mid-|late )?(?:\w+ )?)${profile.startYear}\b`) : null));

// "Four journalists were killed on Sunday, bringing to 210 the number killed since the war began": the running
// total's clause is the war's; the day's figure before it is not.
const RUNNING_TOTAL_CLAUSE = /,\s+(?:bringing|taking|raising|pushing|lifting|swelling)\s+(?:the|to|it|its|their)\b/i;

/**
 * A toll is the whole war's when its count starts with the war, or the war itself did the killing.
 * With `at`, the figure's offset, a figure told before a running total's clause is read in its own words only.
 */
export function isWholeWarToll(sentence: string, count: number, profile: Profile = loadProfile(), at = -1): boolean {
  const clause = at >= 0 ? RUNNING_TOTAL_CLAUSE.exec(sentence) : null;
  if (clause && at < clause.index) sentence = sentence.slice(0, clause.index);
  if (SINCE_WAR_BEGAN.test(sentence)) return true;
  if (sinceStart(profile)?.test(sentence)) return true;
  return count >= WHOLE_WAR_MIN && (WAR_KILLED.test(sentence) || RUNNING_TOTAL.test(sentence));
}

// "The conflict has displaced millions", "fighting that has killed thousands and displaced millions": the whole war's
// uprooted, told in passing, as a war's toll is ("displaced by the war", "uprooted during the conflict").
const WAR_OR_VIOLENCE = String.raw`(?:${WAR}|insurgency|violence)`;
const WAR_DISPLACED = new RegExp(String.raw`\b${WAR_OR_VIOLENCE}\b[^.;]{0,80}\b(?:displaced|displacing|uprooted|uprooting|forced\s+(?:[\w-]+\s+){0,3}?to\s+flee)\b|\b(?:displaced|uprooted)\s+(?:by|in|during|since\s+the\s+start\s+of|due\s+to|because\s+of|as\s+a\s+result\s+of)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}${WAR_OR_VIOLENCE}s?\b`, "i");
// A figure with its own recent time is an offensive's, not the war's: "has displaced 400,000 since December".
const RECENT_TIME = /\b(?:this|last|past)\s+(?:week|month|weekend|few\s+(?:days|weeks|months))\b|\bin\s+(?:the\s+)?(?:past|last)\s+(?:\d+|two|three|four|five|six|several|few)\b|\bsince\s+(?!\d{4}\b)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|late|early|mid|\d)|\b(?:yesterday|today|overnight)\b/i;
// (Only a figure of a war's size: "the fighting has displaced 3,000" is one battle's.)
const WHOLE_WAR_DISPLACED_MIN = 100_000;
const TOLL_IN_SENTENCE = /\b(?:killed|killing|dead|deaths|lives)\b/i;

// Told in passing, as background: a vague size ("displaced millions") or beside the war's toll ("has killed 40,000 and
// displaced 2 million"). A figure given as news keeps its place: "Renewed fighting has displaced 180,000 people",
// "As of 13 June, the fighting had displaced 1.67 million" (measured on the development texts: annotators table those,
// and never the background figures).
const BESIDE_TOLL = /\b(?:killed|claimed)\b[^.;]{0,80}\band\s+(?:has\s+|have\s+)?(?:displaced|uprooted|forced)\b|\b(?:killing|killed)\s+[^.;]{0,60}\band\s+displacing\b/i;
const DATED = /\b(?:[Aa]s\s+of|[Bb]y)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}\s)/;

/**
 * A displacement figure that is the whole war's: the war did the uprooting, at a war's size, told in passing
 * (vague, or beside the war's toll), with no time of its own.
 */
export function isWholeWarDisplacement(sentence: string, count: number, vague: boolean): boolean {
  if (count < WHOLE_WAR_DISPLACED_MIN || RECENT_TIME.test(sentence) || DATED.test(sentence)) return false;
  // ("It has since claimed tens of thousands of lives, displaced millions", "leaving thousands dead, displacing millions",
  // "over 100,000 deaths and the displacement of millions": "millions" told beside a toll is the war's size, however far
  // back the war is named, or whether it is named at all.)
  return ((vague || BESIDE_TOLL.test(sentence)) && WAR_DISPLACED.test(sentence)) || (vague && count >= 1_000_000 && TOLL_IN_SENTENCE.test(sentence));
}

// (An outbreak as the subject, further back: "a cholera outbreak in the camp has claimed 37 lives".)
// (Accidents and famine too: "a bus overturned on Tuesday, killing one child", "a boat accident: 15 found dead",
// "a famine three years ago that killed 250,000"; never "famine-hit camps", whose attack is the war's.)
const DISASTER_BEFORE = /\b(?:earthquakes?|quakes?|aftershocks|floods?|flooding|storms?|tsunami|pandemic|epidemic|coronavirus|COVID(?:-19)?|cholera|famines?(?!-)|accidents?|crash(?! (?:site|scene))|collision|overturned|capsized|derailed|shipwreck)\b(?:[^.;—]|\.(?= ?\d)){0,60}$|\b(?:cholera|measles|dengue|ebola|diphtheria|meningitis|disease)\s+(?:outbreak|epidemic)\b[^.;—]{0,80}$/i;
// "Since the earthquake, shelling has killed 12": a cause of war between the disaster and the figure.
// ("airstrikes by the warplanes of the Earthquake Shield operation": a war's weapons, whatever its names call up.)
const WAR_CAUSE = /\b(?:shell(?:s|ed|ing)?|strikes?|air\s?strikes?|warplanes?|war\s+planes?|artillery|mortars?|gunfire|bomb(?:s|ed|ing|ings)?|raids?|attacks?|clashes|fighting|rockets?|missiles?|drones?|gunmen|militants|forces|troops|regime|army|shot\s+down|downed|ambush(?:ed)?)\b/i;
// ("13 troops died in a helicopter collision", "killed in a road accident": the accident named after the figure.)
const DISASTER_AFTER = /^[^.;]{0,50}\b(?:in|by|from|during) (?:the |an? )?(?:earthquakes?|quakes?|aftershocks|floods?|flooding|storms?|pandemic|epidemic|coronavirus|COVID(?:-19)?|cholera|(?:[\w-]+ ){0,2}(?:accident|crash|collision))\b(?! (?:site|scene))/i;
// ("six soldiers were killed when their truck overturned": the accident told by its verb; not "when a drone crashed into it".)
const ACCIDENT_WHEN_AFTER = /^[^.;]{0,60}\bwhen\s+(?:[\w-]+\s+){1,4}(?:overturned|capsized|crashed|collided|derailed|sank|plunged|veered)\b/i;
/**
 * Deaths in a natural disaster or epidemic are not war casualties (tabled, but out of scope): the
 * disaster named just before the figure ("an earthquake on Feb. 6 that killed 43,000") with no cause
 * of war in between, or just after it ("400 people died in the floods").
 */
export function isDisasterToll(before: string, after: string): boolean {
  const d = DISASTER_BEFORE.exec(before);
  const when = ACCIDENT_WHEN_AFTER.exec(after);
  return (d !== null && !WAR_CAUSE.test(d[0])) || DISASTER_AFTER.test(after) || (when !== null && !WAR_CAUSE.test(when[0]));
}

// A capture or an attack dated by a year alone or by a month and its year, with no day ("pushed out of Tarsa
// in 2011", "took Ulmar in December 1994", "by June 2016"): news style writes the year only for another year
// than the story's own, and dates the day's events by weekday or day. Read only in the place's own clause, so
// "recaptured Tarsa last month, which it first lost in 2012" keeps the recapture; never "since 2012" (a siege
// or a hold that still lasts is today's).
const RECALLED_DATE = new RegExp(String.raw`\b(?:in|by|during)\s+(?:(?:early|mid|late)[-\s])?(?:(${MONTH_SRC})\.?\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)`, "i");
// Where a clause about another event begins: a relative or time clause, an apposition ("Qarn, an area
// damaged in 2006"), a dash or a semicolon. (An apposition only ends the place's clause: "In 2011, the army
// took Tarsa" is one clause.)
const OTHER_CLAUSE = /;|\s[—–]\s|,\s+(?:which|who|whom|whose|where|when|while|after|before|since|as|but|and|(an?|the|once|now|home))\s|\s(?:after|before|while|whereas|but|since|when|because|until|following)\s|\(/gi;

/** The clause of a sentence that holds [from, to): from the last clause opening before `from` to the first after `to`. */
function clauseAround(text: string, from: number, to: number): string {
  let start = 0, end = text.length;
  OTHER_CLAUSE.lastIndex = 0;
  for (let m = OTHER_CLAUSE.exec(text); m; m = OTHER_CLAUSE.exec(text)) {
    if (m.index + m[0].length <= from) { if (!m[1]) start = m.index + m[0].length; }
    else if (m.index >= to) { end = m.index; break; }
  }
  return text.slice(start, end);
}

/**
 * A territory event that the story recalls rather than reports: its own clause dates it by a year alone of
 * an earlier year than the story's (any year alone when the story's date is unknown: "in 2011"), or by a
 * month and year more than a year before the story.
 */
export function isRecalledEvent(text: string, at: number, end: number, published: string | null, latestYear: number | null): boolean {
  const m = RECALLED_DATE.exec(clauseAround(text, at, end));
  if (!m) return false;
  const year = +m[2];
  const month = m[1] ? monthNumber(m[1]) : null;
  // (The month's last day: the latest the event can be.)
  const monthEnd = month ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) : null;
  // (A year alone in a story of a later year is that earlier year's: "seized Tarsa in early 2014", told in 2015.)
  if (published) return monthEnd ? isEarlierEvent(monthEnd, published) : year < +published.slice(0, 4);
  // (With no published date, the story is no older than the latest year it names: a month more than a year
  // before that is recalled, "took Ulmar in December 1994" in a story that names 1999.)
  return monthEnd === null || (latestYear !== null && isEarlierEvent(monthEnd, `${latestYear}-01-01`));
}
