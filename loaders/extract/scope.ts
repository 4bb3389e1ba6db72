/**
 * Whether a figure belongs to the Syrian war or to another conflict or era ("in its 30-year terror
 * campaign against the Turkish state", "the 1982 Hama massacre", "in Iraq"). Out-of-scope figures are
 * still tabled, with in_scope false, so a reader can see what was set aside.
 */
const OTHER_CONFLICT = /\bPKK\b|\bagainst the Turkish state\b|\b(?:in|across) (?:Iraq|Yemen|Libya|Afghanistan|Gaza|Ukraine|Lebanon|Sudan|Somalia|Mali|Nigeria|Myanmar)\b|\bWorld War\b|\bIran-Iraq war\b/;
// The Syrian war began in 2011: a campaign longer than it is another conflict.
const LONG_CAMPAIGN = /\b(\d{2,3})[- ]year(?:s)?(?:[- ]long)?(?:\s+old)?\s+(?:terror |armed |separatist |insurgent |civil )?(?:campaign|insurgency|war|conflict|struggle)\b/i;
const MAX_SYRIAN_WAR_YEARS = 14;

export function inScope(sentence: string, claimEndYear: number | null): boolean {
  if (OTHER_CONFLICT.test(sentence)) return false;
  const long = LONG_CAMPAIGN.exec(sentence);
  if (long && +long[1] > MAX_SYRIAN_WAR_YEARS) return false;
  if (claimEndYear != null && claimEndYear < 2011) return false;
  return true;
}
