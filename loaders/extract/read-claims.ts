/**
 * Reads an article sentence by sentence: every parser proposes candidates, and each candidate becomes
 * a row with its dates, place, source, perpetrator and scope. Nothing is dropped here; the refiners
 * (refiners/index.ts) decide what is a repeat or not an event. Body sentences are read before the
 * headline, so a figure in both is the body's.
 */
import type { Article } from "../articles/types.ts";
import { attributedTo, perpetrator } from "./attribution.ts";
import { dateAt, sentenceContext, type SentenceContext } from "./clauses.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { casualtyCandidates } from "./parsers/casualties.ts";
import { displacementCandidates, type DisplacementKind } from "./parsers/displacement.ts";
import { territoryCandidates } from "./parsers/territory.ts";
import { findQuantities } from "./quantities.ts";
import { placeColumns } from "./places.ts";
import type { ArticleRows } from "./refiners/types.ts";
import { isEarlierEvent, isWholeWarToll, scopeNote, type ScopeNote } from "./scope.ts";
import { figureSegments } from "./segments.ts";
import type { Sentence } from "./sentences.ts";
import type { CasualtyRow } from "./tables.ts";

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
}

interface Named { mention: string; sentence: number }
/** The place a "the town" stands for: the last one named in the three sentences before, if any. */
function antecedent(recent: Named[], sentence: number): { mention: string } | null {
  const last = recent[recent.length - 1];
  return last && last.sentence < sentence && last.sentence >= sentence - 3 ? last : null;
}

function once<T>(f: () => T): () => T {
  let done = false, value: T;
  return () => (done ? value : ((done = true), (value = f())));
}

export function readClaims(c: ReadContext): ArticleRows {
  const { article, gazetteer: gaz, ref } = c;
  const rows: ArticleRows = { casualties: [], displacement: [], territory: [] };
  // A sentence's dates are read only when it or the next sentence has a figure or a place.
  let prev: (() => SentenceContext) | null = null;
  let prevTotal: CasualtyRow | null = null;
  // The kind of the last displacement figure of the sentence before: "These include 2,900 in Tarsa".
  let prevMoved: DisplacementKind | null = null;
  // One resolver per article: it reads the article's countries and regions to choose among namesakes.
  const where = gaz.resolverFor(article.text);
  const recent: Named[] = [];
  const order = [...c.sentences.filter((s) => s.index !== c.headline), ...c.sentences.filter((s) => s.index === c.headline)];
  for (const s of order) {
    const ctx = once(() => sentenceContext(s, ref, c.fallbackYear));
    if (s.repeatOf >= 0) { prev = ctx; c.repeated.push({ sentence_index: s.index, repeatOf: s.repeatOf, text: s.text }); continue; }
    if (s.index === c.headline) prev = null;
    const text = s.text;
    // What depends only on the sentence is read once per sentence, not once per figure or place.
    const source = once(() => attributedTo(text)), doer = once(() => perpetrator(text));
    const scopes = new Map<number | null, ScopeNote | null>();
    const scopeOf = (year: number | null) => (scopes.has(year) ? scopes.get(year)! : (scopes.set(year, scopeNote(text, year)), scopes.get(year)!));
    const base = (at: number) => {
      const d = dateAt(ctx(), at, prev?.() ?? null, ref);
      const endYear = d.end ? +d.end.slice(0, 4) : null;
      const note = scopeOf(endYear) ?? (isEarlierEvent(d.end, c.published) ? "earlier event" : null);
      return {
        article_id: article.id, sentence_index: s.index, quote: text, quote_start: s.start, quote_end: s.end,
        start: d.start, end: d.end, date_precision: d.date_precision, date_basis: d.date_basis,
        attributed_to: source(), in_scope: note === null, scope_note: note,
      };
    };
    const places = territoryCandidates(text);
    const placeAt = (p: { mention: string; at: number }) => where(p.mention, text.slice(p.at + p.mention.length, p.at + p.mention.length + 20), text);
    const namedHere = places.filter((p) => !p.refersBack);
    const firstPlace = namedHere.length ? { p: namedHere[0], g: placeAt(namedHere[0]).found } : undefined;
    const qs = findQuantities(text);
    // Casualties.
    const kc = casualtyCandidates(text, qs, prevTotal !== null);
    const ids: string[] = [];
    let sentenceTotal: CasualtyRow | null = null;
    // Each figure's own stretch of the sentence names its place and actor; the sentence's first otherwise.
    const segments = figureSegments(text, kc.map((k) => k.q));
    // The victims are not the killers: "32 of them pro-government forces" names no perpetrator.
    let actors = text;
    for (const k of kc) actors = actors.slice(0, k.q.start) + " ".repeat(k.end - k.q.start) + actors.slice(k.end);
    const sentencePerpetrator = once(() => perpetrator(actors));
    for (const [i, k] of kc.entries()) {
      const [from, to] = segments[i];
      const ownPlace = namedHere.find((p) => p.at >= from && p.at < to);
      const place = ownPlace ? { p: ownPlace, g: placeAt(ownPlace).found } : firstPlace;
      const id = `${article.id}:k${s.start + k.q.start}`;
      ids.push(id);
      const row: CasualtyRow = {
        id, group_id: "", rule: k.rule, ...base(k.q.start), outcome: k.outcome,
        mention: k.q.text, mention_start: s.start + k.q.start, mention_end: s.start + k.q.end,
        count_low: k.q.low, count_best: k.q.best, count_high: k.q.high, qualifier: k.q.qualifier, vague: k.q.vague,
        victims: k.victims, victims_phrase: k.victimsPhrase, perpetrator: perpetrator(actors.slice(from, to)) ?? sentencePerpetrator(),
        place: place ? place.g?.name ?? place.p.mention : null, place_mention: place?.p.mention ?? null,
        lat: place?.g?.lat ?? null, lon: place?.g?.lon ?? null,
        part_of: k.partOf >= 0 ? ids[k.partOf] : k.partOf === -2 ? prevTotal?.id ?? null : null,
      };
      // A part shares its total's scope: "including 3,500 in the north-west" of an earthquake's toll.
      const total = row.part_of ? rows.casualties.find((r) => r.id === row.part_of) : undefined;
      const setAside: ScopeNote | null = k.disaster ? "disaster" : total?.scope_note ?? row.scope_note ?? (isWholeWarToll(text, k.q.best) ? "whole war" : null);
      if (setAside) Object.assign(row, { in_scope: false, scope_note: setAside });
      rows.casualties.push(row);
      if (!row.part_of && !sentenceTotal) sentenceTotal = row;
    }
    prevTotal = sentenceTotal;
    // Displacement.
    const dids: string[] = [];
    const moved = displacementCandidates(text, qs, prevMoved);
    prevMoved = moved.length ? moved[moved.length - 1].kind : null;
    for (const d of moved) {
      const id = `${article.id}:d${s.start + d.q.start}`;
      dids.push(id);
      rows.displacement.push({
        id, group_id: "", rule: d.rule, ...base(d.q.start), kind: d.kind,
        mention: d.q.text, mention_start: s.start + d.q.start, mention_end: s.start + d.q.end,
        count_low: d.unit === "people" ? d.q.low : d.count_best, count_best: d.count_best, count_high: d.unit === "people" ? d.q.high : d.count_best,
        qualifier: d.q.qualifier, vague: d.q.vague, unit: d.unit, families: d.unit === "people" ? null : d.count_best,
        people_best: d.people_best, people_per_household: d.people_per_household, ratio_source: d.ratio_source,
        part_of: d.partOf >= 0 ? dids[d.partOf] : null,
      });
    }
    // Territory.
    for (const p of places) {
      // "took control of the town": the place the body named in the last few sentences.
      const named = p.refersBack ? antecedent(recent, s.index) : { mention: p.mention };
      if (!named) continue;
      const found = where(named.mention, text.slice(p.at + p.mention.length, p.at + p.mention.length + 20), text), g = found.found;
      const b = base(p.at);
      rows.territory.push({
        id: `${article.id}:t${s.start + p.at}`, group_id: "", rule: p.refersBack ? `${p.rule}+the-town` : p.rule, ...b,
        start: b.start ?? b.end, end: b.end,
        action: p.action, action_class: p.actionClass, place: g?.name ?? named.mention, place_mention: named.mention,
        mention_start: s.start + p.at, mention_end: s.start + p.at + p.mention.length, place_resolved: !!g,
        governorate: g?.governorate ?? null, lat: g?.lat ?? null, lon: g?.lon ?? null, coords_source: g?.lat != null ? g.source : null,
        ...placeColumns(found),
        perpetrator: doer(),
      });
      if (!p.refersBack && s.index !== c.headline) recent.push({ mention: p.mention, sentence: s.index });
    }
    prev = ctx;
  }
  return rows;
}
