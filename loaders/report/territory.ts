/** Territorial events for the report: captures, sieges and strikes, at places with coordinates. */
import {claimDate, compareDates} from "./dates.ts";
import {reportingSource} from "./casualties.ts";
import type {ArticleRow, TerritoryRow} from "./types.ts";

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
  const first = new Map<string, TerritoryEvent>();
  for (const e of events) if (e.class === "control" && e.date && !first.has(e.place)) first.set(e.place, e);
  const unresolved = new Map<string, TerritorySummary["unresolved"][number]>();
  const rowOf = new Map(rows.map((t) => [t.claim_id, t]));
  for (const e of events) {
    if (e.lat != null && e.lon != null) continue;
    const t = rowOf.get(e.claim_id);
    // What an editor does: complete a known place's coordinates, or add the data/gazetteer.csv line
    // (name,variants,kind,country,governorate,lat,lon,source) of one the gazetteer lacks.
    const known = !!t?.place_id;
    const name = /[",]/.test(e.place) ? `"${e.place.replace(/"/g, '""')}"` : e.place;
    const add_line = known ? `complete lat, lon and source of ${e.place} in data/gazetteer.csv` : `${name},,town,${t?.country ?? "CC"},,LAT,LON,SOURCE`;
    const candidates = known ? `known (${t!.place_id}), no coordinates yet` : t?.candidates ?? t?.resolution_note ?? "";
    const u = unresolved.get(e.place) ?? {place: e.place, claims: 0, article_ids: [], candidates, add_line};
    u.claims++;
    if (!u.article_ids.includes(e.article_id)) u.article_ids.push(e.article_id);
    unresolved.set(e.place, u);
  }
  return {events, captures: [...first.values()], unresolved: [...unresolved.values()]};
}
