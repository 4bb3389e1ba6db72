/** What every territory parser proposes: one place, one action, and the rule that read it. */
export type ActionClass = "control" | "siege" | "attack";

export interface TerritoryCandidate {
  action: string;
  actionClass: ActionClass;
  /** The rule that read it, for `npm run explain` and the tables. */
  rule: string;
  mention: string;
  /** Offset of the place name in the sentence. */
  at: number;
  /** Offset of the word that told the event ("stormed"), when the parser read forward from it. */
  verbAt?: number;
  /** "took control of the town": the mention names no place; the place named just before is meant. */
  refersBack?: boolean;
  /** "fled Tarsa village when it was shelled": "it" stands only for a town named earlier in the same sentence. */
  nearOnly?: boolean;
  /** "the Rwandan capital": the capital of the country this word names (its people's word or its name). */
  nation?: string;
  /** "nine people died in X": an attack on X only if the gazetteer knows X as a town, not a region or a country. */
  townOnly?: boolean;
}

/** A parser reads one sentence and proposes candidates. */
export type TerritoryParser = (sentence: string) => TerritoryCandidate[];
