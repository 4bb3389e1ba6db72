/**
 * Displacement, in IDMC's terms: the figure's verb says what kind of fact it is. People who fled or
 * were displaced are `displaced`; "at risk", "affected" and "impacted" are `at_risk`; refugees hosted
 * abroad are `refugees`; "may arrive", "could cross" are `projected`; "home to 3 million" is
 * `population` (context, never displacement). Families and households stay as reported and are
 * converted to people with the article's own ratio, else with PEOPLE_PER_HOUSEHOLD.
 */
import { findQuantities, type Quantity } from "./quantities.ts";
import { nounPhraseAfter } from "./victims.ts";

export type DisplacementKind = "displaced" | "at_risk" | "refugees" | "projected" | "population";

/**
 * People per family/household when the article gives no ratio: 5, the planning figure UN humanitarian
 * agencies in Syria commonly use (OCHA/CCCM reports of 2019–2020 convert families at about 5 people).
 * Approximate; every converted row keeps the reported count and this factor.
 */
export const PEOPLE_PER_HOUSEHOLD = 5;

export interface DisplacementCandidate {
  q: Quantity;
  kind: DisplacementKind;
  unit: "people" | "families" | "households";
  count_best: number;
  people_best: number;
  people_per_household: number | null;
  ratio_source: "article" | "default" | null;
  partOf: number;
  end: number;
}

const PEOPLE = /^(?:civilians|civilian|people|persons|individuals|residents|inhabitants|villagers|locals|children|women|men|syrians|idps|others|refugees|families|family|households|displaced)$/;
const POPULATION_BEFORE = /\b(?:home to|population of|populated by|inhabited by|houses|housing|a population of)\s+$/i;
const REFUGEE_HOST_BEFORE = /\b(?:hosts|hosting|hosted|shelters|sheltering|home to|houses|housing|taken in|took in|welcomed)\s+$/i;
const RISK_BEFORE = /\b(?:impacting|affecting|threatening|endangering|at risk the lives of|risk the lives of|put at risk|putting at risk|could affect|would affect)\s+(?:the lives of\s+)?$/i;
const RISK_AFTER = /^[^.;]{0,50}?\b(?:at (?:\w+ )?risk|in danger|threatened|affected by|being impacted|being affected|impacted by|in need of)\b/i;
const PROJECTED_AFTER = /^\s*(?:more\s+)?(?:people\s+)?(?:may|could|might|would|will|are expected to|were expected to|are likely to)\b[^.;]{0,40}?\b(?:arrive|cross|flee|be displaced|head|move|leave|enter|go|come)\b/i;
const PROJECTED_BEFORE = /\b(?:could displace|may displace|would displace|expected to displace|could force|would force|may force)\s+$/i;
const DISPLACED_AFTER = /^\s*(?:,[^,]{1,60},\s*)?(?:who\s+|that\s+|which\s+)?(?:have|has|had|were|was|are|is|being)?\s*(?:been\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:displaced|fled|fleeing|uprooted|evacuated|forced (?:to flee|from|out)|driven (?:out|from)|made homeless|left homeless|had to (?:flee|migrate|leave)|migrated|escaped|to flee|on the move|in camps)\b/i;
const DISPLACED_BEFORE = /\b(?:displaced|displacing|displacement of|uprooted|uprooting|exodus of|flight of|evacuation of|evacuated|influx of|wave of|driving out|drove out|displace)\s+$/i;
const FORCING_BEFORE = /\b(?:forcing|forced|sending|sent|causing|caused|prompting|prompted|driving|drove|pushing|pushed)\s+$/i;
const FORCING_AFTER = /^[^.;]{0,30}?\b(?:to flee|fleeing|to leave|from their homes|to escape|out of their homes|to migrate)\b/i;

export function displacementCandidates(text: string, qs = findQuantities(text)): DisplacementCandidate[] {
  const out: DisplacementCandidate[] = [];
  const used = new Set<Quantity>();
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    if (used.has(q)) continue;
    let np = nounPhraseAfter(text, q.end);
    if (!np || (np.noun && !PEOPLE.test(np.noun))) continue;
    const before = text.slice(Math.max(0, q.start - 60), q.start);
    // "6,000 families, around 42,000 people" / "160,583 people from 25,776 families": one claim, both numbers.
    let families: Quantity | null = null, people: Quantity | null = null, end = np.end;
    const next = qs[i + 1];
    if (next && np.noun) {
      const between = text.slice(np.end, next.start);
      const np2 = nounPhraseAfter(text, next.end);
      if (np2?.noun && /^\s*(?:,|\(|from|in|or|—|–|-)\s*(?:or\s+)?$/i.test(between)) {
        const isFam = (n: string) => /^(?:families|family|households)$/.test(n);
        if (isFam(np.noun) && !isFam(np2.noun)) { families = q; people = next; }
        else if (!isFam(np.noun) && isFam(np2.noun)) { families = next; people = q; }
        if (families) { used.add(next); end = np2.end + (text[np2.end] === ")" ? 1 : 0); np = { ...np, noun: isFam(np.noun) ? np.noun : np2.noun! }; }
      }
    }
    const after = text.slice(end, end + 120);
    const prev = out[out.length - 1];
    let kind: DisplacementKind | null = null;
    if (np.noun === "displaced" && !/\b(?:the|of)\s+$/i.test(before)) kind = "displaced"; // "thousands displaced"
    else if (POPULATION_BEFORE.test(before) && np.noun !== "refugees") kind = "population";
    else if (np.noun === "refugees" && (REFUGEE_HOST_BEFORE.test(before) || /\b(?:hosts?|hosting|sheltering)\b/i.test(text.slice(Math.max(0, q.start - 40), q.start)))) kind = "refugees";
    else if (RISK_BEFORE.test(before) || RISK_AFTER.test(after)) kind = "at_risk";
    else if (PROJECTED_AFTER.test(after) || PROJECTED_BEFORE.test(before)) kind = "projected";
    else if (DISPLACED_AFTER.test(after) || DISPLACED_BEFORE.test(before) || (FORCING_BEFORE.test(before) && FORCING_AFTER.test(after))) kind = "displaced";
    else if (np.noun === "refugees" && /\brefugees?\b[^.;]{0,40}\b(?:fled|crossed|arrived|returned)\b/i.test(after)) kind = "refugees";
    let partOf = -1;
    if (prev && np.partitive) { partOf = out.indexOf(prev); kind ??= prev.kind; }
    if (!kind) continue;
    const isFamilies = families ? true : !!np.noun && /^(?:families|family|households)$/.test(np.noun);
    const unit = isFamilies ? (/household/.test(np.noun ?? "") ? "households" : "families") : "people";
    const famQ = families ?? (isFamilies ? q : null);
    const count_best = famQ ? famQ.best : q.best;
    const ratio = families && people ? Math.round((people.best / families.best) * 100) / 100 : isFamilies ? PEOPLE_PER_HOUSEHOLD : null;
    out.push({
      q: people ?? q, kind, unit, count_best,
      people_best: people ? people.best : isFamilies ? Math.round(count_best * PEOPLE_PER_HOUSEHOLD) : q.best,
      people_per_household: ratio, ratio_source: families && people ? "article" : isFamilies ? "default" : null,
      partOf, end,
    });
  }
  return out;
}
