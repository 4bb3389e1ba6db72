/**
 * Whether a figure belongs to the events being reported or is set aside, and why: another conflict
 * or era ("in its 30-year terror campaign against the Turkish state", "the 1982 Hama massacre", "in
 * Iraq"), a natural disaster ("the earthquake that killed 43,000"), or, for tolls, the whole war's
 * running total ("Syria's war has killed more than 380,000 people since 2011"), which is background to
 * every story rather than a claim about the events in it. Set-aside figures are still tabled, with
 * in_scope false and the reason in scope_note, so a reader can see what was left out of the charts.
 */
export type ScopeNote = "other conflict" | "before the war" | "whole war" | "disaster";

const OTHER_CONFLICT = /\bPKK\b|\bagainst the Turkish state\b|\b(?:in|across) (?:Iraq|Yemen|Libya|Afghanistan|Gaza|Ukraine|Lebanon|Sudan|Somalia|Mali|Nigeria|Myanmar)\b|\bWorld War\b|\bIran-Iraq war\b/;
// The Syrian war began in 2011: a campaign longer than it is another conflict.
const LONG_CAMPAIGN = /\b(\d{2,3})[- ]year(?:s)?(?:[- ]long)?(?:\s+old)?\s+(?:terror |armed |separatist |insurgent |civil )?(?:campaign|insurgency|war|conflict|struggle)\b/i;
const MAX_SYRIAN_WAR_YEARS = 14;

// The war's own start as the start of the count: "since 2011", "since the uprising began".
const SINCE_WAR_BEGAN = /\bsince (?:(?:early |mid-|late )?(?:March )?2011|the (?:start|beginning|outbreak|onset) of the (?:Syrian )?(?:war|civil war|conflict|uprising|revolution|crisis)|(?:it|the (?:Syrian )?(?:war|civil war|conflict|uprising|revolution|crisis)(?: against [^,.;]{1,60})?) (?:began|started|erupted|broke out))\b/i;
// "the civil war has killed", "Syria's nine-year war, which has killed": the whole war as the killer...
const WAR_KILLED = /\b(?:war|conflict|uprising)\b[^.;]{0,40}\b(?:has|have|had)\s+(?:now\s+|so far\s+)?(?:killed|left|claimed)\b/i;
// ...but only for a figure of a war's size (an offensive's toll is also "the conflict has killed 300").
const WHOLE_WAR_MIN = 50_000;

export function scopeNote(sentence: string, claimEndYear: number | null): ScopeNote | null {
  if (OTHER_CONFLICT.test(sentence)) return "other conflict";
  const long = LONG_CAMPAIGN.exec(sentence);
  if (long && +long[1] > MAX_SYRIAN_WAR_YEARS) return "other conflict";
  if (claimEndYear != null && claimEndYear < 2011) return "before the war";
  return null;
}

/** A toll is the whole war's when its count starts with the war, or the war itself did the killing. */
export function isWholeWarToll(sentence: string, count: number): boolean {
  return SINCE_WAR_BEGAN.test(sentence) || (count >= WHOLE_WAR_MIN && WAR_KILLED.test(sentence));
}

const DISASTER_BEFORE = /\b(?:earthquakes?|quakes?|aftershocks|floods?|flooding|storms?|tsunami|pandemic|epidemic|coronavirus|COVID(?:-19)?|cholera)\b(?:[^.;—]|\.(?= ?\d)){0,60}$/i;
// "Since the earthquake, shelling has killed 12": a cause of war between the disaster and the figure.
const WAR_CAUSE = /\b(?:shell(?:s|ed|ing)?|strikes?|bomb(?:s|ed|ing|ings)?|raids?|attacks?|clashes|fighting|rockets?|missiles?|drones?|gunmen|militants|forces|troops|regime|army)\b/i;
const DISASTER_AFTER = /^[^.;]{0,50}\b(?:in|by|from|during) (?:the |an? )?(?:earthquakes?|quakes?|aftershocks|floods?|flooding|storms?|pandemic|epidemic|coronavirus|COVID(?:-19)?|cholera)\b/i;
/**
 * Deaths in a natural disaster or epidemic are not war casualties (tabled, but out of scope): the
 * disaster named just before the figure ("an earthquake on Feb. 6 that killed 43,000") with no cause
 * of war in between, or just after it ("400 people died in the floods").
 */
export function isDisasterToll(before: string, after: string): boolean {
  const d = DISASTER_BEFORE.exec(before);
  return (d !== null && !WAR_CAUSE.test(d[0])) || DISASTER_AFTER.test(after);
}
