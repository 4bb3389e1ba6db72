/**
 * Who says so, and who did it. A claim's source is read from its sentence ("according to",
 * "X said", "X reported"); unsourced sentences in wire copy usually carry the previous source, but we
 * only table what the sentence itself says. The war's own monitors and actors come from its conflict
 * profile; the general kinds of source (the UN, ministries, medics, witnesses) from the lexicon.
 */
import { ATTACK_NOUNS, GENERAL_SOURCES, REPORTING_WORDS } from "./lexicon/sources.ts";
import { nameRegex, phrases } from "./lexicon/pattern.ts";
import { loadProfile, perProfile, type Profile } from "./profile.ts";

const REPORTING = new RegExp(String.raw`\b(?:${phrases(REPORTING_WORDS)})\b`, "i");
const GENERAL = GENERAL_SOURCES.map(([who, names]) => ({ who, re: nameRegex(names)! }));

export function attributedTo(sentence: string, profile: Profile = loadProfile()): string | null {
  if (!REPORTING.test(sentence)) return null;
  for (const m of profile.monitors) if (m.re.test(sentence)) return m.name;
  for (const g of GENERAL) if (g.re.test(sentence)) return g.who;
  return null;
}

const ATTACK = phrases(ATTACK_NOUNS);
// Each with the words it cannot match without, a quick test before the pattern (most sentences have none).
const GENERIC_PERPETRATORS: Array<[RegExp, string, RegExp]> = [
  [new RegExp(String.raw`\b(?:regime|government|army|military|pro-regime|pro-government|state)(?:['’]s)?\s+(?:${ATTACK})\b|\bby (?:the )?(?:regime|government|army|military)\b`, "i"), "government forces", /regime|government|army|military|state/i],
  [new RegExp(String.raw`\b(?:rebels?|jihadists?|insurgents?|militants?|separatists?|terrorists?)(?:['’])?\s+(?:${ATTACK})\b|\bby (?:rebels|jihadists|militants|insurgents|separatists|terrorists|gunmen)\b`, "i"), "armed groups", /rebel|jihadist|insurgent|militant|separatist|terrorist|gunmen/i],
];

// [a cheap test for the actor's names, the full pattern, the actor, for a general kind of actor the words its
// pattern needs]: the full pattern runs only where a name (or such a word) is.
type Perpetrator = [RegExp | null, RegExp, string, RegExp?];
// Every actor's names in one pattern: most sentences name none, and one scan tells.
const anyActor = perProfile((profile): RegExp | null => {
  const names = patternsOf(profile).flatMap(([n]) => (n ? [n.source] : []));
  // One \b before them all when each starts with one: the engine then tries the names only at word starts.
  const lead = names.every((n) => n.startsWith(String.raw`\b`)) ? String.raw`\b` : "";
  return names.length ? new RegExp(`${lead}(?:${names.map((n) => `(?:${n})`).join("|")})`) : null;
});
const patternsOf = perProfile((profile): Perpetrator[] => {
  const list = profile.data.actors.map((a) => {
    const names = nameRegex([a.name, ...a.aliases])!;
    const n = names.source;
    // "allied air strikes", "a regime barrel bomb", "by the regime", "coalition-led".
    return [names, new RegExp(String.raw`(?:${n})(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:${ATTACK})\b|\bby (?:the )?(?:${n})|(?:${n})-led\b`), a.name] as Perpetrator;
  });
  list.push(...GENERIC_PERPETRATORS.map(([re, who, needs]) => [null, re, who, needs] as Perpetrator));
  return list;
});

/**
 * The actor a sentence names as having done it ("a regime air strike", "Russian warplanes"), if any.
 * Two actors joined by "and" ("by the regime and Russia", "Russian and government warplanes") are
 * one joint perpetrator, "A and B": the report never gives their dead to one of them.
 */
export function perpetrator(sentence: string, profile: Profile = loadProfile()): string | null {
  let best: [number, string] | null = null;
  const patterns = patternsOf(profile);
  const named = anyActor(profile)?.test(sentence) ?? false;
  for (const [names, re, who, needs] of patterns) {
    if (names && (!named || !names.test(sentence))) continue;
    if (needs && !needs.test(sentence)) continue;
    const m = re.exec(sentence);
    if (m && (!best || m.index < best[0])) best = [m.index, who];
  }
  if (!best) return null;
  const before = jointBefore(sentence, best, patterns);
  if (before) return `${before} and ${best[1]}`;
  const partner = jointWith(sentence, best, patterns);
  return partner ? `${best[1]} and ${partner}` : best[1];
}

// The patterns the joint readers derive from an actor's names, built once per actor rather than per sentence.
const wholeNames = new WeakMap<RegExp, RegExp>(), unflaggedNames = new WeakMap<RegExp, RegExp>();
function wholeName(names: RegExp): RegExp {
  let re = wholeNames.get(names);
  if (!re) wholeNames.set(names, (re = new RegExp(`^(?:the\\s+)?(?:${names.source})$`)));
  return re;
}
function unflagged(names: RegExp): RegExp {
  let re = unflaggedNames.get(names);
  if (!re) unflaggedNames.set(names, (re = new RegExp(names.source)));
  return re;
}

// "Russian and Syrian warplanes": an actor named just before "and" and the one the pattern found.
function jointBefore(sentence: string, [at, who]: [number, string], patterns: Perpetrator[]): string | null {
  const lead = /(?:^|\s)([\w'’-]+(?:\s+[\w'’-]+){0,2})\s+and\s+(?:the\s+)?$/.exec(sentence.slice(Math.max(0, at - 40), at));
  if (!lead) return null;
  for (const [names, , other] of patterns) {
    if (!names || other === who) continue;
    const m = wholeName(names).exec(lead[1]);
    if (m) return other;
  }
  return null;
}

// The actor named right after "and" beside the first one: "the regime and Russia", "Russian and Syrian".
function jointWith(sentence: string, [at, who]: [number, string], patterns: Perpetrator[]): string | null {
  const first = patterns.find(([, , w]) => w === who)?.[0];
  const name = first ? unflagged(first).exec(sentence.slice(at)) : null;
  if (!name || name.index > 20) return null;
  const rest = sentence.slice(at + name.index + name[0].length);
  const and = /^(?:['’]s?)?\s+and\s+(?:the\s+)?/.exec(rest);
  if (!and) return null;
  const next = rest.slice(and[0].length);
  for (const [names, , other] of patterns) {
    if (!names || other === who) continue;
    const m = unflagged(names).exec(next);
    if (m && m.index === 0) return other;
  }
  return null;
}
