/**
 * Reads an article sentence by sentence: every parser proposes candidates, and each candidate becomes
 * a row with its dates, place, source, perpetrator and scope. Nothing is dropped here; the refiners
 * (refiners/index.ts) decide what is a repeat or not an event. Body sentences are read before the
 * headline, so a figure in both is the body's.
 */
import type { Article } from "../articles/types.ts";
import { dateAt, sentenceContext, type SentenceContext } from "./clauses.ts";
import type { Gazetteer, Place, PlaceFinding } from "./gazetteer.ts";
import { placeKey } from "../geo/normalise.ts";
import { isOnePersonPart } from "./parsers/casualties.ts";
import type { DisplacementKind } from "./parsers/displacement.ts";
import type { TerritoryCandidate } from "./parsers/territory.ts";
import { placesNamedNext, unnamedPlacesEvent } from "./parsers/territory/lists.ts";
import { happenedInNext } from "./parsers/territory/attack.ts";
import { CAPITAL_OF_BEFORE, placeColumns, TOWN_OF_BEFORE } from "./places.ts";
import type { ArticleRows } from "./refiners/types.ts";
import { isEarlierEvent, isRecalledEvent, isWholeWarDisplacement, isWholeWarToll, type ScopeNote } from "./scope.ts";
import { sentenceWords, type SentenceWords } from "./sentence-words.ts";
import { figureSegments } from "./segments.ts";
import { townNamedBefore } from "./antecedent.ts";
import { capitalOfNation } from "../geo/countries.ts";
import { km } from "../geo/resolve.ts";
import { crossedBorder, refugeesAtHome } from "./crossing.ts";
import { datelinePlace } from "./dateline-place.ts";
import type { Sentence } from "./sentences.ts";
import type { CasualtyRow, DisplacementRow } from "./tables.ts";

export interface ReadContext {
  article: Article;
  sentences: Sentence[];
  /** The sentence index of the headline, or -1. */
  headline: number;
  published: string | null;
  ref: number | null;
  fallbackYear: number | null;
  gazetteer: Gazetteer;
  /** Sentences that repeat an earlier one, skipped, for the trace. */
  repeated: Array<{ sentence_index: number; repeatOf: number; text: string }>;
  /** Candidates the reader could not table (no place to refer back to, not a town), for the trace. */
  unplaced?: Array<{ sentence_index: number; rule: string; mention: string; reason: string }>;
}

interface Named { mention: string; sentence: number; kind?: string }
const IT_WORD = /^it$/i;
// The airport after or before the city's name: "Tarsa's airport", "the Tarsa International Airport", "the airport in Tarsa".
const AIRPORT_AFTER = /^(?:['’]s)?\s+(?:(?:international|main|military|old|former)\s+)?air(?:port|field)\b/i;
const AIRPORT_BEFORE = /\bair(?:port|field)\s+(?:in|of|outside|near)\s+(?:[A-Z][\w-]*['’]s\s+)?$/;
const AIRPORT_CITY = 200_000;
/** The place another candidate of the same sentence names last before `at` ("shelled Tarsa … before capturing it"). */
function tabledBefore(places: ReadonlyArray<{ mention: string; at: number; refersBack?: boolean; nation?: string }>, at: number): { mention: string } | null {
  let best: { mention: string; at: number } | null = null;
  for (const c of places) if (!c.refersBack && !c.nation && c.at < at && (!best || c.at > best.at)) best = c;
  return best;
}
// The words for a part of a town: "Tarsa's Ulmar district", "the A and B neighbourhoods in the city".
const TOWN_PARTS = "neighbou?rhood|district|quarter|suburb|sector|area";
// "stormed Tarsa overnight, and the army admitted it had lost the city": a place an event of the same clause or
// the next named just before (within a line or two of print), unless it was a part of the city ("the A and B
// neighbourhoods in the city": the city is the one named before).
// (The parts' words are the owner rule's below, and camps, which that rule leaves as settlements of their own.)
const TOWN_PART_NEXT = new RegExp(String.raw`^\s+(?:${TOWN_PARTS}|camp)s?\b`, "i");
function townJustBefore(places: ReadonlyArray<{ mention: string; at: number; refersBack?: boolean; nation?: string }>, at: number, text: string): { mention: string } | null {
  const c = tabledBefore(places, at) as { mention: string; at: number } | null;
  return c && at - c.at <= 150 && !TOWN_PART_NEXT.test(text.slice(c.at + c.mention.length, c.at + c.mention.length + 16)) ? c : null;
}
// "the town", "the city", "the village": words that stand for a town, never for a region or a country.
const TOWN_REFERENCE = /\b(?:town|city|village|hamlet|settlement|port)\b/i;
/**
 * The place a "the town" stands for: the last one named in the three sentences before, if any.
 * ("seized the town of Tarsa, Ulmar province … troops retreated from the town": a word for a town passes over
 * a region an event named after it, to the town before.)
 */
function antecedent(recent: Named[], sentence: number, mention = ""): { mention: string } | null {
  const townish = TOWN_REFERENCE.test(mention);
  for (let i = recent.length - 1; i >= 0; i--) {
    const e = recent[i];
    if (!(e.sentence < sentence && e.sentence >= sentence - 3)) return null;
    if (townish && (e.kind === "region" || e.kind === "country")) continue;
    return e;
  }
  return null;
}

/**
 * One sentence being read: what depends only on its words is read once, when first asked for, not once per
 * figure or place (and not again in another article holding the same sentence: see sentence-words.ts); its
 * dates, which depend on the article's published day, are read here.
 */
class SentenceAt {
  private ctxValue: SentenceContext | null = null;
  readonly words: SentenceWords;
  constructor(readonly s: Sentence, private readonly ref: number | null, private readonly fallbackYear: number | null) {
    this.words = sentenceWords(s.text);
  }
  get text() { return this.s.text; }
  ctx(): SentenceContext { return (this.ctxValue ??= sentenceContext(this.s, this.ref, this.fallbackYear)); }
  source(): string | null { return this.words.source(); }
  doer(): string | null { return this.words.actorIn(this.s.text); }
  scopeOf(year: number | null): ScopeNote | null { return this.words.scopeOf(year); }
}

type Where = (mention: string, after?: string, sentence?: string) => PlaceFinding;
const TOWN_WORD = /\b(?:town|village|hamlet|settlement)\b/i;
// "in Tarsa province", "Ulmar governorate": a region named with its kind.
const REGION_NAMED = /\b((?:[A-Z][\w'’-]+)(?:[\s-]+[A-Z][\w'’-]+){0,2})\s+(province|governorate|region|state|oblast|county|prefecture)\b/g;
type PlaceCandidate = TerritoryCandidate;
// "in Tarsa", "near the town of Tarsa": a town named where something happened (see townOfTheDead).
const TOWN_OF_DEAD = /\b(?:in|near|outside)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|city)\s+of\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/g;
// ("said in Tarsa", "a hospital in Tarsa", "buried in Tarsa", "fled to safety in Tarsa": not the scene.)
const NOT_WHERE_THE_DEAD_WERE = /\b(?:said|says|told|speaking|statement|conference|based|headquartered|activists|sources|reporters?|correspondents?|journalists?|directorate|media|monitors?|hospitals?|clinics?|morgue|treated|admitted|buried|burial|funerals?|fled|taken|rushed|evacuated|transferred|born|lived|living|office|officials?|authorities|governor|ministry)\b[^.;,]{0,25}$/i;
// (Only the mention is read of the candidate: a town named for the dead alone is no territory candidate.)
interface Placed { p: { mention: string }; g: Place | null }

/**
 * Reads one article, sentence after sentence. Kept as small methods rather than one long function
 * with closures: the engine optimises small functions once, while one long function was compiled
 * again and again (measured: 28 compilations of 0.2 s each for 2,000 articles).
 */
class ArticleReader {
  readonly rows: ArticleRows = { casualties: [], displacement: [], territory: [] };
  // The sentence before, for a date it continues ("The next day…"); null after the headline.
  private prev: SentenceAt | null = null;
  private prevTotal: CasualtyRow | null = null;
  // The kind of the last displacement figure of the sentence before: "These include 2,900 in Tarsa".
  private prevMoved: DisplacementKind | null = null;
  // Whether a row before was tabled as refugees (see displacement()): later bare "refugees" are the same people.
  private refugeesAbroad = false;
  // Its first figure that is no part of another: "Of these, 35,000 …" in the next sentence is a part of it.
  private prevMovedTotal: string | null = null;
  // The sentence before, for an event whose places it counted but did not name ("recaptured five towns").
  private prevText: string | null = null;
  // One resolver per article: it reads the article's countries and regions to choose among namesakes.
  private readonly where: Where;
  private readonly recent: Named[] = [];
  // The latest year the article names, read when a territory event dated by its year first needs it.
  private latestYearValue: number | null | undefined = undefined;
  private latestYear(): number | null {
    if (this.latestYearValue === undefined) {
      const years = [...this.c.article.text.matchAll(/\b(?:19[5-9]\d|20[0-3]\d)\b/g)].map((m) => +m[0]);
      this.latestYearValue = years.length ? Math.max(...years) : null;
    }
    return this.latestYearValue;
  }
  // The dateline's place, read when "this city" first needs it ("" for none).
  private filedFrom: string | undefined = undefined;

  constructor(private readonly c: ReadContext) {
    this.where = c.gazetteer.resolverFor(c.article.text);
  }

  read(): ArticleRows {
    const c = this.c;
    const order = [...c.sentences.filter((s) => s.index !== c.headline), ...c.sentences.filter((s) => s.index === c.headline)];
    for (const s of order) this.sentence(s);
    return this.rows;
  }

  private sentence(s: Sentence) {
    const here = new SentenceAt(s, this.c.ref, this.c.fallbackYear);
    if (s.repeatOf >= 0) {
      this.prev = here;
      this.c.repeated.push({ sentence_index: s.index, repeatOf: s.repeatOf, text: s.text });
      return;
    }
    if (s.index === this.c.headline) this.prev = null;
    let places = here.words.territory();
    // "Troops recaptured five towns. The towns are A, B and C": the event of the sentence before, named here.
    // (The sentence before is read for its event only when this one names places that way: most never do.)
    const named = this.prevText && /^\W*(?:The|These|Those)\s/.test(s.text) ? placesNamedNext(s.text).filter((p) => !places.some((c) => c.at === p.at)) : [];
    const event = named.length ? unnamedPlacesEvent(this.prevText!) : null;
    if (event) places = [...places, ...named.map((p) => ({ action: event.action, actionClass: event.actionClass, rule: "territory.named-next", mention: p.mention, at: p.at }))];
    // "… bombed a bunker. This happened late Tuesday night in Tarsa": where the attack just told took place.
    if (this.prevText && /^\W{0,2}(?:It|This|That)\s/.test(s.text)) places = [...places, ...happenedInNext(s.text, this.prevText).filter((p) => !places.some((c) => c.at === p.at))];
    this.prevText = s.index === this.c.headline ? null : s.text;
    const namedHere = places.filter((p) => !p.refersBack);
    this.casualties(here, namedHere);
    this.displacement(here);
    this.territory(here, places);
    this.prev = here;
  }

  private placeAt(p: { mention: string; at: number }, text: string): PlaceFinding {
    return this.where(p.mention, text.slice(p.at + p.mention.length, p.at + p.mention.length + 20), text);
  }

  /**
   * The columns every row shares: its sentence, dates, source and scope. The rows below list them
   * one by one rather than spreading this object: a spread in a literal made the engine recompile the
   * row builders over and over (measured: 49 compilations of displacement rows at 10,000 articles).
   */
  private base(here: SentenceAt, at: number) {
    const { s } = here;
    // (The sentence before counts only within the same paragraph: see dateAt.)
    const prev = this.prev?.s.paragraph === s.paragraph ? this.prev : null;
    const d = dateAt(here.ctx(), at, () => prev?.ctx() ?? null, this.c.ref);
    const endYear = d.end ? +d.end.slice(0, 4) : null;
    const note = here.scopeOf(endYear) ?? (isEarlierEvent(d.end, this.c.published) ? "earlier event" : null);
    return {
      article_id: this.c.article.id, sentence_index: s.index, quote: s.text, quote_start: s.start, quote_end: s.end,
      start: d.start, end: d.end, date_precision: d.date_precision, date_basis: d.date_basis,
      attributed_to: here.source(), in_scope: note === null, scope_note: note,
    };
  }

  private casualties(here: SentenceAt, namedHere: PlaceCandidate[]) {
    const { s, text } = here;
    const kc = here.words.casualties(this.prevTotal !== null);
    if (!kc.length) { this.prevTotal = null; return; }
    // The sentence's first named place, resolved only when a figure needs it.
    const firstPlace: Placed | undefined = namedHere.length ? { p: namedHere[0], g: this.placeAt(namedHere[0], text).found } : undefined;
    const ids: string[] = [];
    let sentenceTotal: CasualtyRow | null = null;
    // Each figure's own stretch of the sentence names its place and actor; the sentence's first otherwise.
    // (One person named within a toll, "five more, among them a boy, died in X", is read after the rest of the
    // sentence and shares its whole's stretch: it cuts no stretch of its own.)
    const cutting = kc.filter((k) => !isOnePersonPart(k));
    const cut = figureSegments(text, cutting.map((k) => k.q));
    const segments = kc.map((k) => cut[cutting.indexOf(isOnePersonPart(k) ? kc[k.partOf] : k)]);
    // The victims are not the killers: "32 of them pro-government forces" names no perpetrator.
    let actors = text;
    for (const k of kc) actors = actors.slice(0, k.q.start) + " ".repeat(k.end - k.q.start) + actors.slice(k.end);
    for (const [i, k] of kc.entries()) {
      const [from, to] = segments[i];
      const ownPlace = namedHere.find((p) => p.at >= from && p.at < to);
      const place = ownPlace ? { p: ownPlace, g: this.placeAt(ownPlace, text).found } : firstPlace ?? this.townOfTheDead(text, from, to);
      const id = `${this.c.article.id}:k${s.start + k.q.start}`;
      ids.push(id);
      const b = this.base(here, k.q.start);
      const row: CasualtyRow = {
        id, group_id: "", rule: k.rule,
        article_id: b.article_id, sentence_index: b.sentence_index, quote: b.quote, quote_start: b.quote_start, quote_end: b.quote_end,
        start: b.start, end: b.end, date_precision: b.date_precision, date_basis: b.date_basis,
        attributed_to: b.attributed_to, in_scope: b.in_scope, scope_note: b.scope_note,
        outcome: k.outcome,
        mention: k.q.text, mention_start: s.start + k.q.start, mention_end: s.start + k.q.end,
        count_low: k.q.low, count_best: k.q.best, count_high: k.q.high, qualifier: k.q.qualifier, vague: k.q.vague,
        victims: k.victims, victims_phrase: k.victimsPhrase,
        perpetrator: here.words.actorIn(actors.slice(from, to)) ?? here.words.actorIn(actors),
        place: place ? place.g?.name ?? place.p.mention : null, place_mention: place?.p.mention ?? null,
        lat: place?.g?.lat ?? null, lon: place?.g?.lon ?? null,
        part_of: k.partOf >= 0 ? ids[k.partOf] : k.partOf === -2 ? this.prevTotal?.id ?? null : null,
      };
      // A part shares its total's scope: "including 3,500 in the north-west" of an earthquake's toll.
      const total = row.part_of ? this.rows.casualties.find((r) => r.id === row.part_of) : undefined;
      const setAside: ScopeNote | null = k.disaster ? "disaster" : total?.scope_note ?? row.scope_note ?? (isWholeWarToll(text, k.q.best, undefined, k.q.start) ? "whole war" : null);
      if (setAside) Object.assign(row, { in_scope: false, scope_note: setAside });
      this.rows.casualties.push(row);
      if (!row.part_of && !sentenceTotal) sentenceTotal = row;
    }
    this.prevTotal = sentenceTotal;
    unplaceSplitTotals(this.rows.casualties.slice(-kc.length), kc.map((k, i) => namedHere.some((p) => p.at >= segments[i][0] && p.at < segments[i][1])));
  }

  /**
   * Where the dead were, when no event of the sentence named a place: a town the gazetteer knows, named
   * "in" or "near" in the figure's own stretch ("shot dead a trader in Tarsa", "clashed with rebels in
   * Ulmar, leaving three dead"). It places the row only; no territory event is made of it (a clash is
   * no attack on a place). Never where someone spoke, was treated or buried.
   */
  private townOfTheDead(text: string, from: number, to: number): Placed | undefined {
    TOWN_OF_DEAD.lastIndex = from;
    for (let m = TOWN_OF_DEAD.exec(text); m && m.index < to; m = TOWN_OF_DEAD.exec(text)) {
      if (NOT_WHERE_THE_DEAD_WERE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const at = m.index + m[0].length - m[1].length;
      const g = this.where(m[1], text.slice(at + m[1].length, at + m[1].length + 20), text).found;
      if (g?.kind === "place") return { p: { mention: m[1] }, g };
    }
    return undefined;
  }

  private displacement(here: SentenceAt) {
    const { s, text } = here;
    const dids: string[] = [];
    const moved = here.words.displacement(this.prevMoved);
    this.prevMoved = moved.length ? moved[moved.length - 1].kind : null;
    const totalAt = moved.findIndex((d) => d.partOf === -1);
    const prevTotal = this.prevMovedTotal;
    this.prevMovedTotal = totalAt >= 0 ? `${this.c.article.id}:d${s.start + moved[totalAt].q.start}` : null;
    for (const d of moved) {
      const id = `${this.c.article.id}:d${s.start + d.q.start}`;
      // Refugees crossed a border, the displaced did not: where the sentence tells both ends, the countries decide.
      let kind = d.kind, rule = d.rule;
      if (kind === "refugees" || kind === "displaced") {
        // ("Sudanese refugees are arriving in eastern Chad … more than 14,000 refugees have been registered in Bahai": once
        // the article has told refugees abroad, a later bare "refugees" are the same people, not news's loose word
        // for the displaced at home.)
        const told = crossedBorder(text, d.q.end, this.where) ?? (kind === "refugees" && !this.refugeesAbroad && refugeesAtHome(text, d.q.end, this.where) ? "displaced" : null);
        if (told && told !== kind) [kind, rule] = [told, `${d.rule}+${told === "refugees" ? "crossed-border" : "within-country"}`];
        if (kind === "refugees") this.refugeesAbroad = true;
      }
      dids.push(id);
      const b = this.base(here, d.q.start);
      const row: DisplacementRow = {
        id, group_id: "", rule,
        article_id: b.article_id, sentence_index: b.sentence_index, quote: b.quote, quote_start: b.quote_start, quote_end: b.quote_end,
        start: b.start, end: b.end, date_precision: b.date_precision, date_basis: b.date_basis,
        attributed_to: b.attributed_to, in_scope: b.in_scope, scope_note: b.scope_note,
        kind,
        mention: d.q.text, mention_start: s.start + d.q.start, mention_end: s.start + d.q.end,
        count_low: d.count_low, count_best: d.count_best, count_high: d.count_high,
        qualifier: d.qualifier, vague: d.q.vague, unit: d.unit, families: null,
        people_best: d.people_best, people_per_household: d.people_per_household, ratio_source: d.ratio_source,
        part_of: d.partOf >= 0 ? dids[d.partOf] : d.partOf === -2 ? prevTotal : null,
      };
      // Set after the literal: a number stored in the literal where null is usual made the engine
      // throw this method's optimised code away again and again (49 times at 10,000 articles).
      if (d.unit !== "people") row.families = d.count_best;
      // ("The conflict has displaced millions": the whole war's uprooted, set aside as a war's toll is.)
      if (row.in_scope && (kind === "displaced" || kind === "refugees") && isWholeWarDisplacement(text, d.people_best ?? d.count_best, !!d.q.vague)) { row.in_scope = false; row.scope_note = "whole war"; }
      this.rows.displacement.push(row);
    }
  }

  /**
   * What "the town" at `at` stands for: the place an event of the same sentence named just before (`places`,
   * the sentence's event candidates), else a town named earlier in the same sentence (measured: better than
   * the last event's place first), else the place of an event in the three sentences before, else a town
   * the two sentences before named.
   */
  private referredTo(s: Sentence, at: number, mention = "", nearOnly = false, places?: PlaceCandidate[]): { mention: string } | null {
    // ("fled Tarsa village when it was shelled": "it" stands for the town just named, never one further back.)
    if (nearOnly) { const here = townNamedBefore(s.text, at, this.where, true); return here ? { mention: here } : null; }
    const justBefore = places && TOWN_REFERENCE.test(mention) ? townJustBefore(places, at, s.text) : null;
    if (justBefore) return justBefore;
    // "the provincial capital fell", after "Tarsa province" was named: the region's seat.
    if (/\bcapital\b/i.test(mention)) {
      // "the Tigray capital": the seat of the region it names.
      const own = /^the\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:regional|state|provincial)\s+)?capital$/.exec(mention);
      const region = own ? this.where(own[1], " region", s.text).found : null;
      if (region?.kind === "region" && region.seat) return { mention: region.seat };
      const seat = this.seatOfRegionNamed(s, at);
      if (seat) return { mention: seat };
    }
    // "this coastal capital": the place the story was filed from, when the dateline names one.
    if (/^this\s/i.test(s.text.slice(at, at + 5))) {
      const filed = (this.filedFrom ??= datelinePlace(this.c.article.text) ?? "");
      if (filed) return { mention: filed };
    }
    const tabled = new Set(this.recent.filter((e) => !e.kind).map((e) => e.mention));
    const here = townNamedBefore(s.text, at, this.where, true, tabled);
    if (here) return { mention: here };
    const event = antecedent(this.recent, s.index, mention);
    if (event) return event;
    for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
      const before = this.c.sentences.find((x) => x.index === i);
      if (!before || before.index === this.c.headline) continue;
      const named = townNamedBefore(before.text, before.text.length, this.where, false, tabled);
      if (named) return { mention: named };
    }
    return null;
  }

  /** The seat of the last region the sentence (before `at`) or the two before it name as a region ("Tarsa province"). */
  private seatOfRegionNamed(s: Sentence, at: number): string | null {
    const texts = [s.text.slice(0, at), ...[1, 2].map((k) => this.c.sentences.find((x) => x.index === s.index - k)?.text ?? "")];
    for (const text of texts) {
      const names = [...text.matchAll(REGION_NAMED)];
      for (let i = names.length - 1; i >= 0; i--) {
        const found = this.where(names[i][1], ` ${names[i][2]}`, text).found;
        if (found?.kind === "region" && found.seat) return found.seat;
      }
    }
    return null;
  }

  private territory(here: SentenceAt, places: PlaceCandidate[]) {
    const { s, text } = here;
    for (const p of places) {
      // "took control of the town": the place the body named in the last few sentences.
      // "the Libyan capital": the country's capital, by name; "the regional capital" names no country.
      const capital = p.nation ? capitalOfNation(p.nation) : null;
      // ("the Tigray capital": no country's; the region's seat, as "the town" is read.)
      // ("shelled Tarsa for a month before capturing it": "it" is the place an event of the same sentence just named.)
      const named = p.nation && capital ? { mention: capital } : p.refersBack && IT_WORD.test(p.mention) && !p.nearOnly ? (tabledBefore(places, p.at) ?? this.referredTo(s, p.at, p.mention)) : p.refersBack || p.nation ? this.referredTo(s, p.at, p.mention, p.nearOnly, p.refersBack ? places : undefined) : { mention: p.mention };
      if (!named) {
        this.c.unplaced?.push({ sentence_index: s.index, rule: p.rule, mention: p.mention, reason: p.nation && !capital ? `"${p.nation}" names no country whose capital the gazetteer knows, nor a region with a seat` : "it refers back, and no place was named in this sentence or the three before" });
        continue;
      }
      let found = this.where(named.mention, text.slice(p.at + p.mention.length, p.at + p.mention.length + 20), text);
      let seated = false;
      // "the provincial capital of X", "the capital of X province": the region's seat, the town itself.
      // ("rebels seize the Tigray capital": a region's name before "capital" is its seat too.)
      if (found.found?.kind === "region" && found.found.seat && !p.refersBack && (CAPITAL_OF_BEFORE.test(text.slice(Math.max(0, p.at - 50), p.at)) || /^\s+(?:regional\s+|state\s+|provincial\s+)?capital\b/i.test(text.slice(p.at + p.mention.length, p.at + p.mention.length + 30)))) {
        const seat = this.where(found.found.seat, "", text);
        if (seat.found?.kind === "place" && seat.found.country === found.found.country) { found = seat; seated = true; }
      }
      // "fired at Bilozerka, Sadove, Ivanivka …": a name that lands, by one of its other names, on a place
      // the same sentence names by its own is another place (a namesake the gazetteer does not hold).
      if (found.found?.kind === "place" && !seated && !p.refersBack && placeKey(found.found.name) !== placeKey(named.mention) && namedApart(text, found.found.name, p.at)) found = { ...found, found: null, place: null, how: null, why: `"${named.mention}" would be ${found.found.name}, which the same sentence names apart: another place, one the gazetteer does not hold` };
      // "Tarsa's Ulmar district", "Tarsa's Qarn camp": a part of a town is placed at the town that owns it when the
      // gazetteer does not hold it, or holds it only far away ("Ulmar" in another country, for "Tarsa City's Ulmar camp"), and
      // a district or a neighbourhood always is, as conflict tables code them (a camp is a settlement of its own).
      // The mention keeps the part's name.
      if (!p.refersBack && !p.nation && found.found?.kind !== "region") {
        const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, p.at - 60), p.at));
        const town = owner ? this.where(owner[1], "", text) : null;
        const t = town?.found, f = found.found;
        const part = TOWN_PART_AFTER.test(text.slice(p.at + p.mention.length, p.at + p.mention.length + 20));
        if (t?.kind === "place" && (!f || part || !(km(f, t) <= PART_OF_TOWN_KM))) found = { ...town!, why: `"${named.mention}" is ${part ? "a part" : f ? `not ${f.name}, far away, but a part` : "not in the gazetteer; a part"} of ${t.name}, as the text says` };
      }
      // "an attack on army positions in the village of Viti": a country's other name (Fiji's, here) that the text
      // calls a village is a village the gazetteer does not hold. (A country's own name stays the country.)
      if (found.found?.kind === "country" && found.how === "variant" && !p.refersBack && !p.nation && TOWN_OF_BEFORE.test(text.slice(Math.max(0, p.at - 30), p.at))) found = { ...found, found: null, place: null, how: null, why: `the text calls "${named.mention}" a town or village; the gazetteer knows the name only as another name of ${found.found.name}` };
      const g = found.found;
      // "the village", "the town" that lands on a great city or a country's capital read the wrong antecedent
      // (a dateline, a capital named in passing): a village is no city of millions, and news calls a capital "the capital".
      if (p.refersBack && TOWN_WORD.test(p.mention) && found.place && (found.place.feature === "PPLC" || found.place.population > (/village|hamlet|settlement/i.test(p.mention) ? 100000 : 1000000))) {
        this.c.unplaced?.push({ sentence_index: s.index, rule: p.rule, mention: p.mention, reason: `"${p.mention}" would be ${found.place.name}, a ${found.place.feature === "PPLC" ? "capital" : "great city"}: more likely a place the text did not name` });
        continue;
      }
      // "Army retakes Borno town", "Ethiopia seizes Tigray town": a town of the region, not which one.
      // (Only for ground taken: a strike "on a Tigray town" is tabled at the region, as annotators do.)
      if (g?.kind === "region" && p.actionClass === "control" && !p.refersBack && /^\s+(?:main\s+|key\s+|border\s+)?(?:town|city|village)\b/i.test(text.slice(p.at + p.mention.length, p.at + p.mention.length + 20))) {
        this.c.unplaced?.push({ sentence_index: s.index, rule: p.rule, mention: named.mention, reason: `"${named.mention} town" is a town of the region ${g.name}, and the text does not say which` });
        continue;
      }
      if (p.townOnly && g?.kind !== "place") {
        // ("12 people were killed in X": with no attack or settlement said, X counts only as a known town.)
        this.c.unplaced?.push({ sentence_index: s.index, rule: p.rule, mention: named.mention, reason: g ? `the gazetteer knows "${named.mention}" as a ${g.kind}, not a town, and the sentence names no attack there` : `the gazetteer does not know "${named.mention}" as a town, and the sentence names no attack there` });
        continue;
      }
      const b = this.base(here, p.at), pc = placeColumns(found);
      // "Rebels were pushed out of Tarsa in 2011": a capture the story recalls, not one it reports.
      if (b.in_scope && isRecalledEvent(text, Math.min(p.at, p.verbAt ?? p.at), p.at + p.mention.length, this.c.published, this.latestYear())) Object.assign(b, { in_scope: false, scope_note: "earlier event" });
      // "seized Tarsa's airport", "took the Tarsa international airport", "the main airport in Tarsa": a city's airport
      // taken is not the city taken, the airport is the place (a small town known for its airfield stands for it).
      const airport = p.actionClass === "control" && !p.refersBack && found.place && (found.place.feature === "PPLC" || found.place.population >= AIRPORT_CITY) &&
        (AIRPORT_AFTER.test(text.slice(p.at + p.mention.length, p.at + p.mention.length + 40)) || AIRPORT_BEFORE.test(text.slice(Math.max(0, p.at - 60), p.at)));
      const placeName = airport ? `${g?.name ?? named.mention} Airport` : g?.name ?? named.mention, placeMention = airport ? `${named.mention} Airport` : named.mention;
      this.rows.territory.push({
        id: `${this.c.article.id}:t${s.start + p.at}`, group_id: "", rule: p.nation && capital ? `${p.rule}+nation-capital` : p.refersBack || p.nation ? `${p.rule}+the-town` : p.rule,
        article_id: b.article_id, sentence_index: b.sentence_index, quote: b.quote, quote_start: b.quote_start, quote_end: b.quote_end,
        start: b.start ?? b.end, end: b.end, date_precision: b.date_precision, date_basis: b.date_basis,
        attributed_to: b.attributed_to, in_scope: b.in_scope, scope_note: b.scope_note,
        action: p.action, action_class: p.actionClass, place: placeName, place_mention: placeMention,
        mention_start: s.start + p.at, mention_end: s.start + p.at + p.mention.length, place_resolved: !!g,
        governorate: g?.governorate ?? null, lat: g?.lat ?? null, lon: g?.lon ?? null, coords_source: g?.lat != null ? g.source : null,
        place_id: pc.place_id, country: pc.country, geo_precision: pc.geo_precision, acled_geo_precision: pc.acled_geo_precision,
        ucdp_where_prec: pc.ucdp_where_prec, resolution: pc.resolution, resolution_note: pc.resolution_note, candidates: pc.candidates,
        perpetrator: here.doer(),
      });
      if (!p.refersBack && s.index !== this.c.headline) this.recent.push({ mention: p.mention, sentence: s.index, kind: g?.kind });
    }
  }
}

// "Tarsa's", "Tarsa City's upscale": an owner's name and its possessive right before a place's name.
const OWNER_BEFORE = /((?:[A-Z][\w'’-]*[\s-]+){0,2}[A-Z][\w'’-]*)['’]s\s+(?:[a-z-]+\s+){0,2}$/;

const TOWN_PART_AFTER = new RegExp(String.raw`^\s+(?:${TOWN_PARTS})\b`, "i");
// How far a town's district or camp may lie from the town's own point: the largest cities span about 30 km.
const PART_OF_TOWN_KM = 30;

/** True when `text` names `name` itself somewhere other than at `at` (a list's other item). */
export function namedApart(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (i !== at && !/\w/.test(text[i - 1] ?? "") && !/\w/.test(text[i + name.length] ?? "")) return true;
  return false;
}

export function readClaims(c: ReadContext): ArticleRows {
  return new ArticleReader(c).read();
}

/**
 * "The toll rose to 57, with 32 killed in Tarsa and 25 in Ulmar": a total named in no place of its own, whose
 * parts are in two places or more, happened in neither; it is left unplaced rather than put in the first.
 */
function unplaceSplitTotals(rows: CasualtyRow[], ownPlace: boolean[]) {
  rows.forEach((total, i) => {
    if (total.part_of || ownPlace[i] || !total.place) return;
    const places = new Set(rows.filter((r, j) => r.part_of === total.id && ownPlace[j]).map((r) => r.place));
    if (places.size >= 2) Object.assign(total, { place: null, place_mention: null, lat: null, lon: null });
  });
}
