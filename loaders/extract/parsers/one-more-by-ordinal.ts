/**
 * One more person counted by an ordinal: "Two soldiers were killed and a third seriously wounded",
 * "three guards died; a fourth was hurt". The ordinal counts on from the figure before it, so it is
 * read only when it follows that figure by one (a "third" after two), as one person of the same kind.
 */
import type { CasualtyCandidate, Outcome } from "./casualties.ts";
import { insertCandidate } from "./insert-candidate.ts";

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ONE_MORE = /\b(?:and|while|but|;)\s+(an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:(?:\w+ly|later)\s+)?(wounded|injured|hurt|killed|died|dead)\b/gi;

export function oneMoreByOrdinal(text: string, cs: CasualtyCandidate[]): CasualtyCandidate[] {
  if (!/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(text)) return cs;
  const out = cs.slice();
  for (const m of text.matchAll(ONE_MORE)) {
    const start = m.index + m[0].indexOf(m[1]), end = start + m[1].length;
    const prev = out.filter((c) => c.end <= start).pop();
    // (The figure before it, in the same sentence, with nothing counted between: "two … and a third".)
    if (!prev || prev.q.vague || prev.q.best !== ORDINALS[m[2].toLowerCase()] - 1 || /\./.test(text.slice(prev.end, start))) continue;
    const outcome: Outcome = /wounded|injured|hurt/i.test(m[3]) ? "injured" : "killed";
    const q = { start, end, text: m[1], qualifier: "exact" as const, low: 1, best: 1, high: 1, vague: null };
    const at = out.indexOf(prev) + 1;
    insertCandidate(out, at, { q, outcome, rule: "casualty.one-more-by-ordinal", victims: prev.victims, victimsPhrase: prev.victimsPhrase, partOf: -1, end, disaster: prev.disaster });
  }
  return out;
}
