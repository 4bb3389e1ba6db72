/**
 * A part told before its total: "Five medics were among at least 22 people killed", "Three of the
 * 21 killed were children". The total is read by the casualty rules as usual; the part before it has
 * no verb of its own, so it is added here, after them, as a breakdown of the figure that follows it.
 */
import type { Quantity } from "../quantities.ts";
import { nounPhraseAfter, PEOPLE_NOUNS, victimClass } from "../victims.ts";
import type { CasualtyCandidate } from "./casualties.ts";
import { insertCandidate } from "./insert-candidate.ts";

const PART_RULE = "casualty.part-told-first";
// Between the part's noun and its total: "were among", "are among the", "was also among those"; after
// whose they are or the part's own breakdown, if any ("Five medics from the Red Crescent were among",
// "Six civilians including a child were among …").
const AMONG_THE_TOTAL = /^(?:\s+(?:from|of|with|at)\s+[^,.;]{1,40}?)?(?:\s*,?\s*(?:including|among them)\s+[^,.;]{1,40}?)?\s*,?\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+|said\s+to\s+be\s+)?among\s+(?:the\s+|those\s+)?$/i;
const CUES = /\bamong\b|\bof\s+th(?:e|ose|ese)\s/i;
const BREAKDOWN_BEFORE = /\b(?:including|among them|of whom|of them)\s+$/i;
// Between two parts listed before their total: "two women and two children were among …".
const LIST_JOIN = /^(?:\s*,\s*|\s*,?\s+and\s+)$/i;
// Between the part and its total: "Three of the 21 …", "two of those 40 …".
const OF_THE_TOTAL = /^\s+of\s+(?:the|those|these)\s+$/i;
// After the total of "three of the 21 killed" (and where, "in the bombing in Tarsa"): who the part
// were ("were children", "were all women");
// not what befell them ("were identified by relatives").
const WHO_THEY_WERE = new RegExp(String.raw`^\s+(?:(?:killed|dead|wounded|injured|hurt)\b[^,.;]{0,70}?\s+)?(?:were|was|are)\s+(?:all\s+|also\s+|reportedly\s+)?((?:(?![\w-]+(?<!arm)ed\s|(?:by|from|to|with|in|at|on)\s)[\w-]+\s+){0,2}?(?:${PEOPLE_NOUNS}))\b`, "i");

export function partsToldFirst(text: string, qs: Quantity[], cs: CasualtyCandidate[]): CasualtyCandidate[] {
  // (Both forms need "among" or "of the/those/these": most sentences have neither.)
  if (!cs.length || !CUES.test(text)) return cs;
  const out = cs.slice();
  // (From the last figure back, so that the items of a list before one total each find it:
  // "two women and two children were among eight people killed".)
  for (const q of qs.slice().reverse()) {
    const at = out.findIndex((c) => c.q.start >= q.end);
    const next = out[at];
    if (!next || next.disaster || out.some((c) => c.q.start <= q.start && c.end >= q.end)) continue;
    // (A part's own breakdown, "Six civilians including a child", is not a part of the total.)
    if (BREAKDOWN_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    // The figure after it is its total, or another part told first of the same total.
    const sibling = next.rule === PART_RULE;
    if (next.partOf !== -1 && !sibling) continue;
    const whole = sibling ? out[next.partOf] : next;
    let victimsPhrase: string | null = null, end = q.end;
    const np = nounPhraseAfter(text, q.end);
    if (sibling) {
      if (np?.noun && !np.partitive && LIST_JOIN.test(text.slice(np.end, next.q.start))) { victimsPhrase = np.phrase; end = np.end; }
    } else if (OF_THE_TOTAL.test(text.slice(q.end, whole.q.start))) {
      victimsPhrase = WHO_THEY_WERE.exec(text.slice(whole.end, whole.end + 80))?.[1] ?? null;
    } else if (np?.noun && !np.partitive && AMONG_THE_TOTAL.test(text.slice(np.end, whole.q.start))) { victimsPhrase = np.phrase; end = np.end; }
    // (A part must be smaller than its total: "40 were among 12 killed" is no breakdown.)
    if (victimsPhrase === null || (!whole.q.vague && q.best >= whole.q.best)) continue;
    // (The total stands after the insertion point, so it moves one on.)
    insertCandidate(out, at, {
      q, outcome: whole.outcome, rule: PART_RULE, victims: victimClass(victimsPhrase), victimsPhrase: victimsPhrase.trim(),
      partOf: out.indexOf(whole) + 1, end, disaster: false,
    });
  }
  return out;
}
