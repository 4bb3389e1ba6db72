/** Territorial events for the report: captures, sieges and strikes, at places with coordinates. */
import * as aq from "arquero";
import {claimDate, compareDates} from "./dates.ts";
import {reportingSource} from "./casualties.ts";
import type {ArticleRow, TerritoryRow} from "./types.ts";

const {op} = aq;

export type ActionClass = "control" | "siege" | "attack" | "other";

export function actionClass(action: string): ActionClass {
  const a = action.toLowerCase();
  if (/captur|seiz|took control|take control|taken|entered|retook|recaptur|control|fell|overran/.test(a)) return "control";
  if (/besieg|surround|encircl|siege/.test(a)) return "siege";
  if (/strike|shell|bomb|target|attack|raid|barrel|missile|rocket|artillery/.test(a)) return "attack";
  return "other";
}

export interface TerritoryEvent {
  claim_id: string;
  article_id: string;
  action: string;
  class: ActionClass;
  place: string;
  place_mention: string | null;
  lat: number | null;
  lon: number | null;
  governorate: string | null;
  date: string | null;
  start: string | null;
  dated_by: "claim" | "article" | null;
  source: string;
  outlet: string | null;
  quote: string;
}

export interface TerritorySummary {
  events: TerritoryEvent[];
  /** First reported capture of each place, the date the front reached it. */
  captures: TerritoryEvent[];
  /** Places named in claims that the gazetteer could not put on the map, with what they could be and the line that adds one. */
  unresolved: Array<{place: string; claims: number; article_ids: string[]; candidates: string; add_line: string}>;
}

export function summariseTerritory(rows: TerritoryRow[], articles: ArticleRow[]): TerritorySummary {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events: TerritoryEvent[] = rows
    .filter((t) => t.in_scope !== false)
    .map((t) => {
      const article = byId.get(t.article_id);
      const date = claimDate(t, article);
      return {
        claim_id: t.claim_id,
        article_id: t.article_id,
        action: t.action,
        class: (["control", "siege", "attack"].includes(String(t.action_class)) ? t.action_class : actionClass(t.action ?? "")) as ActionClass,
        place: t.place ?? t.place_mention ?? "unknown place",
        place_mention: t.place_mention ?? null,
        lat: typeof t.lat === "number" ? t.lat : null,
        lon: typeof t.lon === "number" ? t.lon : null,
        governorate: t.governorate ?? null,
        date,
        start: t.start,
        dated_by: t.end || t.start ? "claim" : date ? "article" : null,
        source: reportingSource(t, article),
        outlet: article?.outlet ?? null,
        quote: t.quote
      } as TerritoryEvent;
    })
    .sort((a, b) => compareDates(a.date, b.date) || a.place.localeCompare(b.place));
  if (!events.length) return {events, captures: [], unresolved: []};
  const rowOf = new Map(rows.map((t) => [t.claim_id, t]));
  const table = aq.from(events.map((e, i) => ({i, place: e.place, article_id: e.article_id, class: e.class, date: e.date, placed: e.lat != null && e.lon != null})));
  // Per place: its first dated capture (events are in date order)...
  const captures = table
    .filter((d: {class: string; date: string | null}) => d.class === "control" && d.date != null)
    .groupby("place")
    .filter(() => op.row_number() === 1)
    .orderby("i")
    .array("i") as number[];
  // ...and, for places the gazetteer could not put on the map, how often and where they are named.
  const unresolved = table
    .filter((d: {placed: boolean}) => !d.placed)
    .groupby("place")
    .rollup({claims: op.count(), article_ids: op.array_agg_distinct("article_id"), seen: op.min("i")})
    .orderby("seen")
    .objects()
    .map((o) => {
      const {place, claims, article_ids, seen} = o as {place: string; claims: number; article_ids: string[]; seen: number};
      // What the resolver says the name could be, and the data/gazetteer.csv line an editor completes
      // (name,variants,kind,country,governorate,lat,lon,source), from the place's first claim.
      const t = rowOf.get(events[seen as number].claim_id);
      const name = String(place);
      const add_line = `${/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name},,town,${t?.country ?? "CC"},,LAT,LON,SOURCE`;
      return {place: name, claims: claims as number, article_ids: article_ids as string[], candidates: t?.candidates ?? t?.resolution_note ?? "", add_line};
    });
  return {events, captures: captures.map((i) => events[i]), unresolved};
}
