/**
 * The extraction engine: articles in, four claim tables out. A pipeline in the manner of chrono-node:
 * small parsers propose candidates per sentence (casualties.ts, displacement.ts, territory.ts) and
 * refiners here give them dates, places, sources, links and ids, and drop repeats. Pure and
 * deterministic: the output does not depend on the order articles are given in.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleSet } from "../articles/types.ts";
import { attributedTo, perpetrator } from "./attribution.ts";
import { casualtyCandidates } from "./casualties.ts";
import { dateAt, sentenceContext, type SentenceContext } from "./clauses.ts";
import { parseIso } from "./dates.ts";
import { displacementCandidates } from "./displacement.ts";
import { defaultGazetteer, type Gazetteer, placeKey } from "./gazetteer.ts";
import { articleMeta } from "./metadata.ts";
import { findQuantities } from "./quantities.ts";
import { figureSegments } from "./segments.ts";
import { isEarlierEvent, isWholeWarToll, scopeNote } from "./scope.ts";
import { splitSentences } from "./sentences.ts";
import type { ScopeNote } from "./scope.ts";
import type { ArticleRow, CasualtyRow, ClaimTables, DisplacementRow, TerritoryRow } from "./tables.ts";
import { territoryCandidates } from "./territory.ts";
import { placeColumns } from "./places.ts";
import { toCsv } from "./csv.ts";

export type * from "./tables.ts";
export { Gazetteer, defaultGazetteer } from "./gazetteer.ts";
export { findQuantities } from "./quantities.ts";
export { splitSentences } from "./sentences.ts";
export { articleMeta } from "./metadata.ts";

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

const GOVERNORATE_SEATS = (g: Gazetteer) => new Set(g.places.filter((p) => p.kind === "city" && p.name === p.governorate).map((p) => p.name));

/** Extracts every article of the set; rows are sorted by article id, then position. */
export function extractArticles(set: ArticleSet, options: ExtractOptions = {}): ClaimTables {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const articles = [...set.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tables: ClaimTables = { articles: [], casualties: [], displacement: [], territory: [], rejected: [] };
  for (const a of articles) {
    const t = extractArticle(a, gaz);
    tables.articles.push(t.article);
    tables.casualties.push(...t.casualties);
    tables.displacement.push(...t.displacement);
    tables.territory.push(...t.territory);
  }
  tables.rejected = [...set.rejected].map((r) => ({ file: r.file, reason: r.reason })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  assignGroups(tables);
  return tables;
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 12);

/** The same claim in different articles shares a group id, so charts never add it up twice. */
function assignGroups(t: ClaimTables) {
  for (const r of t.casualties) r.group_id = "g" + hash(`k|${r.outcome}|${r.victims}|${r.count_best}|${r.vague}|${r.end}|${r.in_scope}`);
  for (const r of t.displacement) r.group_id = "g" + hash(`d|${r.kind}|${r.people_best}|${r.vague}|${r.end}`);
  for (const r of t.territory) r.group_id = "g" + hash(`t|${r.action_class}|${placeKey(r.place)}|${r.start}|${r.end}`);
}

/** One candidate a parser proposed, and what the refiners did with it: what `npm run explain` prints. */
export interface TraceEntry {
  sentence_index: number;
  table: "casualties" | "displacement" | "territory";
  rule: string;
  mention: string;
  /** Null when it became a row; otherwise why a refiner dropped it. */
  dropped: string | null;
}

export function extractArticle(article: Article, gaz: Gazetteer = defaultGazetteer(), trace?: TraceEntry[]) {
  const note = (s: { index: number }, table: TraceEntry["table"], rule: string, mention: string, dropped: string | null) =>
    trace?.push({ sentence_index: s.index, table, rule, mention, dropped });
  const meta = articleMeta(article);
  const ref = parseIso(meta.published);
  const years = [...article.text.matchAll(/\b20[0-3]\d\b/g)].map((m) => +m[0]);
  const fallbackYear = years.length ? Math.max(...years) : null;
  const sentences = splitSentences(article.text);
  const seats = GOVERNORATE_SEATS(gaz);
  // One resolver per article: it reads the article's countries and regions to choose among namesakes.
  const where = gaz.resolverFor(article.text);
  const casualties: CasualtyRow[] = [], displacement: DisplacementRow[] = [], territory: TerritoryRow[] = [];
  const seenCasualty = new Map<string, CasualtyRow>(), seenDisplacement = new Set<string>(), seenPlace = new Set<string>();
  let prev: SentenceContext | null = null;
  let prevTotal: CasualtyRow | null = null;
  // The headline restates the lead's figure in other words ("kills nearly 100" over "at least 98"): its
  // casualty figures are tabled only when the body gives none, so one toll is not tabled twice.
  const isHeadline = (s: { index: number; text: string }) => s.index === 0 && s.text === article.title.trim();
  const order = [...sentences.filter((s) => !isHeadline(s)), ...sentences.filter(isHeadline)];
  for (const s of order) {
    const ctx = sentenceContext(s, ref, fallbackYear);
    if (s.repeatOf >= 0) { prev = ctx; if (trace) note(s, "casualties", "-", s.text.slice(0, 60), `the sentence repeats sentence ${s.repeatOf}`); continue; }
    if (isHeadline(s)) prev = null;
    const text = s.text;
    const base = (at: number) => {
      const d = dateAt(ctx, at, prev, ref);
      const endYear = d.end ? +d.end.slice(0, 4) : null;
      const note = scopeNote(text, endYear) ?? (isEarlierEvent(d.end, meta.published) ? "earlier event" : null);
      return {
        article_id: article.id, sentence_index: s.index, quote: text, quote_start: s.start, quote_end: s.end,
        start: d.start, end: d.end, date_precision: d.date_precision, date_basis: d.date_basis,
        attributed_to: attributedTo(text), in_scope: note === null, scope_note: note,
      };
    };
    const places = territoryCandidates(text);
    const placeAt = (p: { mention: string; at: number }) => where(p.mention, text.slice(p.at + p.mention.length, p.at + p.mention.length + 20), text);
    const firstPlace = places.length ? { p: places[0], g: placeAt(places[0]).found } : undefined;
    const qs = findQuantities(text);
    // Casualties.
    const kc = casualtyCandidates(text, qs, prevTotal !== null).filter((c) => {
      const keep = !isHeadline(s) || !casualties.some((r) => r.outcome === c.outcome);
      if (!keep) note(s, "casualties", c.rule, c.q.text, "headline: the body gives this outcome already");
      return keep;
    });
    const ids: string[] = [];
    let sentenceTotal: CasualtyRow | null = null;
    // Each figure's own stretch of the sentence names its place and actor; the sentence's first otherwise.
    const segments = figureSegments(text, kc.map((c) => c.q));
    // The victims are not the killers: "32 of them pro-government forces" names no perpetrator.
    let actors = text;
    for (const c of kc) actors = actors.slice(0, c.q.start) + " ".repeat(c.end - c.q.start) + actors.slice(c.end);
    const sentencePerpetrator = perpetrator(actors);
    for (const [i, c] of kc.entries()) {
      const [from, to] = segments[i];
      const ownPlace = places.find((p) => p.at >= from && p.at < to);
      const place = ownPlace ? { p: ownPlace, g: placeAt(ownPlace).found } : firstPlace;
      const who = perpetrator(actors.slice(from, to)) ?? sentencePerpetrator;
      const id = `${article.id}:k${s.start + c.q.start}`;
      ids.push(id);
      // The same figure again (the lead repeats the body's toll) is one claim; keep the most specific victims.
      const key = `${c.outcome}|${c.q.best}|${c.q.vague}`;
      const same = seenCasualty.get(key);
      if (same) { if (same.victims === "people" && c.victims !== "people") same.victims = c.victims; note(s, "casualties", c.rule, c.q.text, `same figure as ${same.id}`); continue; }
      const row: CasualtyRow = {
        id, group_id: "", rule: c.rule, ...base(c.q.start), outcome: c.outcome,
        mention: c.q.text, mention_start: s.start + c.q.start, mention_end: s.start + c.q.end,
        count_low: c.q.low, count_best: c.q.best, count_high: c.q.high, qualifier: c.q.qualifier, vague: c.q.vague,
        victims: c.victims, victims_phrase: c.victimsPhrase, perpetrator: who,
        place: place ? place.g?.name ?? place.p.mention : null, place_mention: place?.p.mention ?? null,
        lat: place?.g?.lat ?? null, lon: place?.g?.lon ?? null,
        part_of: c.partOf >= 0 ? ids[c.partOf] : c.partOf === -2 ? prevTotal?.id ?? null : null,
      };
      // A part shares its total's scope: "including 3,500 in the north-west" of an earthquake's toll.
      const total = row.part_of ? casualties.find((r) => r.id === row.part_of) : undefined;
      const setAside: ScopeNote | null = c.disaster ? "disaster" : total?.scope_note ?? row.scope_note ?? (isWholeWarToll(text, c.q.best) ? "whole war" : null);
      if (setAside) Object.assign(row, { in_scope: false, scope_note: setAside });
      casualties.push(row);
      note(s, "casualties", c.rule, c.q.text, null);
      seenCasualty.set(key, row);
      if (!row.part_of && !sentenceTotal) sentenceTotal = row;
    }
    prevTotal = sentenceTotal;
    // Displacement.
    const dc = displacementCandidates(text, qs);
    const dids: string[] = [];
    for (const c of dc) {
      const id = `${article.id}:d${s.start + c.q.start}`;
      dids.push(id);
      const key = `${c.kind}|${c.people_best}|${c.q.vague}`;
      if (seenDisplacement.has(key)) { note(s, "displacement", c.rule, c.q.text, "same figure already tabled"); continue; }
      seenDisplacement.add(key);
      note(s, "displacement", c.rule, c.q.text, null);
      displacement.push({
        id, group_id: "", rule: c.rule, ...base(c.q.start), kind: c.kind,
        mention: c.q.text, mention_start: s.start + c.q.start, mention_end: s.start + c.q.end,
        count_low: c.unit === "people" ? c.q.low : c.count_best, count_best: c.count_best, count_high: c.unit === "people" ? c.q.high : c.count_best,
        qualifier: c.q.qualifier, vague: c.q.vague, unit: c.unit, families: c.unit === "people" ? null : c.count_best,
        people_best: c.people_best, people_per_household: c.people_per_household, ratio_source: c.ratio_source,
        part_of: c.partOf >= 0 ? dids[c.partOf] : null,
      });
    }
    // Territory.
    for (const p of places) {
      const after = text.slice(p.at + p.mention.length, p.at + p.mention.length + 20);
      if (/^\s*(?:province|governorate|countryside|['’]s)\b/i.test(after)) { note(s, "territory", p.rule, p.mention, "a region, not a place event"); continue; }
      const found = placeAt(p), g = found.found;
      if (g && g.kind === "country") { note(s, "territory", p.rule, p.mention, "a country, not a place event"); continue; }
      if (g && seats.has(g.name) && !/^\s*city\b/i.test(after)) { note(s, "territory", p.rule, p.mention, "a governorate's name alone means the governorate"); continue; }
      const placeName = g?.name ?? p.mention;
      const key = `${p.actionClass}|${placeKey(placeName)}`;
      if (seenPlace.has(key)) { note(s, "territory", p.rule, p.mention, "same place and action already tabled"); continue; }
      seenPlace.add(key);
      const b = base(p.at);
      note(s, "territory", p.rule, p.mention, null);
      territory.push({
        id: `${article.id}:t${s.start + p.at}`, group_id: "", rule: p.rule, ...b,
        start: b.start ?? b.end, end: b.end,
        action: p.action, action_class: p.actionClass, place: placeName, place_mention: p.mention, place_resolved: !!g,
        governorate: g?.governorate ?? null, lat: g?.lat ?? null, lon: g?.lon ?? null, coords_source: g?.lat != null ? g.source : null,
        ...placeColumns(found),
        perpetrator: perpetrator(text),
      });
    }
    prev = ctx;
  }
  // Ids end in the figure's offset ("…:k117"): compare it as a number, so "k95" comes before "k117".
  const offset = (id: string) => Number(id.slice(id.lastIndexOf(":") + 2));
  const byPos = <T extends { quote_start: number; id: string }>(a: T, b: T) => a.quote_start - b.quote_start || offset(a.id) - offset(b.id);
  const articleRow: ArticleRow = {
    id: article.id, file: article.file, title: article.title,
    outlet: meta.outlet, outlet_inferred: meta.outlet_inferred, outlet_source: meta.outlet_source,
    published: meta.published, published_inferred: meta.published_inferred, published_source: meta.published_source,
    url: article.url, words: article.words, sentences: sentences.length, repeated_sentences: sentences.filter((s) => s.repeatOf >= 0).length,
    casualty_claims: casualties.length, displacement_claims: displacement.length, territory_claims: territory.length,
    warnings: article.warnings.join("; "),
  };
  return { article: articleRow, casualties: casualties.sort(byPos), displacement: displacement.sort(byPos), territory: territory.sort(byPos) };
}

/** Writes each table as JSON and CSV into `outDir` (created if missing). */
export function writeTables(tables: ClaimTables, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  for (const [name, rows] of Object.entries(tables) as Array<[string, object[]]>) {
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(rows, null, 1) + "\n");
    writeFileSync(join(outDir, `${name}.csv`), toCsv(rows, rows.length ? undefined : []));
  }
}
