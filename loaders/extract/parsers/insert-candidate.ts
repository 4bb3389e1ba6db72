import type { CasualtyCandidate } from "./casualties.ts";

/**
 * Puts a candidate into a sentence's list at `at`, keeping every `partOf` index pointing at the same total
 * (the refiners that add a figure after the rules have read the sentence: a part told first, one more by ordinal).
 */
export function insertCandidate(out: CasualtyCandidate[], at: number, c: CasualtyCandidate): void {
  for (const o of out) if (o.partOf >= at) o.partOf++;
  out.splice(at, 0, c);
}
