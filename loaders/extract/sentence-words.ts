/**
 * What a sentence's words alone give: its place, figure, casualty and displacement candidates, its
 * source, its actors and its scope. News repeats its sentences (a wire story republished under
 * another dateline, a monitor's boilerplate, a background paragraph: measured, 6% of the FA-KES
 * sentences, 41% of the IDETECT ones, 60% of the benchmark corpus's), so each reading is kept for the
 * run by the sentence's text, and made when first asked for: a sentence read once is not read again.
 * Only readings that depend on nothing but the text are kept here (the dates read it against the
 * article's published day, the places against its gazetteer: those stay with the article). The
 * conflict profile, which the rules read, is part of the key.
 */
import { attributedTo, perpetrator } from "./attribution.ts";
import { casualtyCandidates, type CasualtyCandidate } from "./parsers/casualties.ts";
import { displacementCandidates, type DisplacementCandidate, type DisplacementKind } from "./parsers/displacement.ts";
import { territoryCandidates, type TerritoryCandidate } from "./parsers/territory.ts";
import { loadProfile, type Profile } from "./profile.ts";
import { findQuantities, type Quantity } from "./quantities.ts";
import { plainQuotes } from "./quoted-words.ts";
import { scopeNote, type ScopeNote } from "./scope.ts";

export class SentenceWords {
  private places: TerritoryCandidate[] | null = null;
  private figures: Quantity[] | null = null;
  // The casualty candidates, as read after a sentence with a total ([1]) and after one without ([0]).
  private readonly tolls: [CasualtyCandidate[] | null, CasualtyCandidate[] | null] = [null, null];
  private moves: Map<DisplacementKind | null, DisplacementCandidate[]> | null = null;
  private sourceValue: string | null | undefined = undefined;
  private actors: Map<string, string | null> | null = null;
  private scopes: Map<number | null, ScopeNote | null> | null = null;

  constructor(readonly text: string, private readonly profile: Profile) {}

  territory(): TerritoryCandidate[] {
    return (this.places ??= territoryCandidates(this.text));
  }

  quantities(): Quantity[] {
    // ("'scores' of fighters": a figure in the source's quote marks is a figure; positions are kept.)
    return (this.figures ??= findQuantities(plainQuotes(this.text)));
  }

  casualties(afterTotal: boolean): CasualtyCandidate[] {
    const i = afterTotal ? 1 : 0;
    return (this.tolls[i] ??= casualtyCandidates(this.text, this.quantities(), afterTotal));
  }

  displacement(previous: DisplacementKind | null): DisplacementCandidate[] {
    let moved = (this.moves ??= new Map()).get(previous);
    if (!moved) this.moves.set(previous, (moved = displacementCandidates(this.text, this.quantities(), previous)));
    return moved;
  }

  source(): string | null {
    return this.sourceValue === undefined ? (this.sourceValue = attributedTo(this.text, this.profile)) : this.sourceValue;
  }

  /** The actor a stretch of this sentence names (the sentence itself, or a figure's part with the figures blanked). */
  actorIn(stretch: string): string | null {
    let actor = (this.actors ??= new Map()).get(stretch);
    if (actor === undefined) this.actors.set(stretch, (actor = perpetrator(stretch, this.profile)));
    return actor;
  }

  scopeOf(year: number | null): ScopeNote | null {
    let note = (this.scopes ??= new Map()).get(year);
    if (note === undefined) this.scopes.set(year, (note = scopeNote(this.text, year, this.profile)));
    return note;
  }
}

// Bounded, for corpora of endless new sentences: past this many the memory starts again.
const LIMIT = 50_000;
const byProfile = new WeakMap<Profile, Map<string, SentenceWords>>();

/** The readings of a sentence's text, shared by every article that holds the same sentence. */
export function sentenceWords(text: string): SentenceWords {
  const profile = loadProfile();
  let seen = byProfile.get(profile);
  if (!seen) byProfile.set(profile, (seen = new Map()));
  let words = seen.get(text);
  if (!words) {
    if (seen.size >= LIMIT) seen.clear();
    seen.set(text, (words = new SentenceWords(text, profile)));
  }
  return words;
}
