/**
 * Casualty claims for the report. Cumulative tolls ("more than 1,500 civilians since April") are
 * series per reporting source and are never added up: each is a snapshot of someone's count.
 * Single-incident tolls ("seven killed in a market on Tuesday") can be grouped by day, victims and
 * perpetrator, once per incident.
 */
import {claimDate, compareDates, daysBetween} from "./dates.ts";
import {countRange, describeCount} from "./numbers.ts";
import type {ArticleRow, CasualtyRow} from "./types.ts";

/** A claim covering more than this many days is a running toll, not one incident. */
export const INCIDENT_MAX_DAYS = 3;

export type TollKind = "incident" | "cumulative";

export function tollKind(c: CasualtyRow): TollKind {
  if (c.part_of === "cumulative" || c.cumulative === true) return "cumulative";
  const span = daysBetween(c.start, c.end);
  if (span != null) return span <= INCIDENT_MAX_DAYS ? "incident" : "cumulative";
  // No period of its own but a named place ("killed in an air strike on Maar Shamshah"): one incident.
  if (!c.start && typeof c.place === "string" && c.place) return "incident";
  // One dated day and no start: a report about that day.
  if (c.date_precision === "day" && (c.end || c.start)) return "incident";
  return "cumulative";
}

/** Who the figure belongs to: the monitor, agency or official it is attributed to, else the outlet. */
export function reportingSource(c: {attributed_to?: string | null}, article: ArticleRow | undefined): string {
  const a = typeof c.attributed_to === "string" ? c.attributed_to.trim() : "";
  if (a) return a;
  return article?.outlet ? `${article.outlet} (unattributed)` : "unattributed";
}

/** Victims as one of a few groups, for colour and facets. */
export function victimGroup(victims: string | null | undefined): string {
  const v = (victims ?? "").toLowerCase();
  if (!v) return "people";
  if (/child|kid|minor/.test(v)) return "children";
  if (/civilian|women|resident|people|person/.test(v) && !/fighter|soldier|troop/.test(v)) return v.includes("civilian") ? "civilians" : "people";
  if (/government|regime|soldier|troop|army|pro-government|loyalist/.test(v)) return "government forces";
  if (/rebel|opposition|jihadist|militant|insurgent|hts|hayat/.test(v)) return "opposition fighters";
  if (/fighter|combatant/.test(v)) return "combatants";
  if (/turk/.test(v)) return "Turkish soldiers";
  return v;
}

export interface TollPoint {
  claim_id: string;
  article_id: string;
  source: string;
  /** The line a running toll belongs to: one source counting one group of victims. */
  series: string;
  outcome: string;
  victims: string;
  date: string;
  start: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  label: string;
  quote: string;
  outlet: string | null;
  perpetrator: string | null;
  place: string | null;
  dated_by: "claim" | "article";
  /** Why the claim is kept out of the charts, when it is. */
  scope_note: string | null;
}

function point(c: CasualtyRow, article: ArticleRow | undefined): TollPoint | null {
  const date = claimDate(c, article);
  if (!date) return null;
  const r = countRange(c);
  return {
    claim_id: c.claim_id,
    article_id: c.article_id,
    source: reportingSource(c, article),
    series: `${reportingSource(c, article)} · ${victimGroup(c.victims)}`,
    outcome: c.outcome,
    victims: victimGroup(c.victims),
    date,
    start: c.start,
    ...r,
    label: describeCount(c),
    quote: c.quote,
    outlet: article?.outlet ?? null,
    perpetrator: typeof c.perpetrator === "string" && c.perpetrator ? c.perpetrator : null,
    place: typeof c.place === "string" && c.place ? c.place : null,
    dated_by: (c.end || c.start) && c.date_basis !== "published" ? "claim" : "article",
    scope_note: c.in_scope === false ? c.scope_note ?? "other conflict" : null
  };
}

export interface CasualtySummary {
  cumulative: TollPoint[];
  incidents: TollPoint[];
  /** Incidents once each (a group reported by several articles counted at its highest best figure). */
  incidentsByDay: Array<{date: string; outcome: string; victims: string; best: number; claims: number}>;
  byPerpetrator: Array<{perpetrator: string; outcome: string; best: number; incidents: number}>;
  outOfScope: TollPoint[];
  /** Figures that break down another claim ("including 800 civilians"): listed, never charted beside their total. */
  breakdowns: TollPoint[];
  undated: CasualtyRow[];
}

export function summariseCasualties(rows: CasualtyRow[], articles: ArticleRow[]): CasualtySummary {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: CasualtySummary = {cumulative: [], incidents: [], incidentsByDay: [], byPerpetrator: [], outOfScope: [], breakdowns: [], undated: []};
  for (const c of rows) {
    const p = point(c, byId.get(c.article_id));
    if (!p) {
      out.undated.push(c);
      continue;
    }
    if (c.in_scope === false) out.outOfScope.push(p);
    else if (c.part_of) out.breakdowns.push(p);
    else if (tollKind(c) === "incident") out.incidents.push(p);
    else out.cumulative.push(p);
  }
  const byDate = (a: TollPoint, b: TollPoint) => compareDates(a.date, b.date) || a.claim_id.localeCompare(b.claim_id);
  out.cumulative.sort(byDate);
  out.incidents.sort(byDate);
  out.outOfScope.sort(byDate);

  // Single incidents, counted so that no death is counted twice:
  // - claims sharing a group_id are one incident told several times: its largest figure;
  // - within one article and day, a figure with no place ("seven killed on Thursday") may be the
  //   total of the placed ones ("four in Maar Shamshah, three in Alteh"): the larger of the two;
  // - across articles reporting the same day: the largest account, not the sum.
  // So a day's figure is a floor ("at least"), never an inflated sum.
  const incidentRows = rows.filter((c) => c.in_scope !== false && !c.part_of && tollKind(c) === "incident");
  const points = new Map(out.incidents.map((p) => [p.claim_id, p]));
  const once = new Map<string, TollPoint>();
  for (const c of incidentRows) {
    const p = points.get(c.claim_id);
    if (!p || p.best == null) continue;
    const key = c.group_id ? `g:${c.group_id}:${c.outcome}:${p.victims}` : `c:${c.claim_id}`;
    const prev = once.get(key);
    if (!prev || (p.best ?? 0) > (prev.best ?? 0)) once.set(key, p);
  }
  const floor = (ps: TollPoint[]): number => {
    const perArticle = new Map<string, TollPoint[]>();
    for (const p of ps) perArticle.set(p.article_id, [...(perArticle.get(p.article_id) ?? []), p]);
    let best = 0;
    for (const list of perArticle.values()) {
      const unplaced = Math.max(0, ...list.filter((p) => !p.place).map((p) => p.best ?? 0));
      const byPlace = new Map<string, number>();
      for (const p of list) if (p.place) byPlace.set(p.place, Math.max(byPlace.get(p.place) ?? 0, p.best ?? 0));
      const placed = [...byPlace.values()].reduce((a, b) => a + b, 0);
      best = Math.max(best, unplaced, placed);
    }
    return best;
  };
  const group = <K extends string>(ps: TollPoint[], key: (p: TollPoint) => K) => {
    const m = new Map<K, TollPoint[]>();
    for (const p of ps) m.set(key(p), [...(m.get(key(p)) ?? []), p]);
    return m;
  };
  const all = [...once.values()];
  out.incidentsByDay = [...group(all, (p) => `${p.date}|${p.outcome}|${p.victims}`).values()].map((ps) => ({
    date: ps[0].date, outcome: ps[0].outcome, victims: ps[0].victims, best: floor(ps), claims: ps.length
  }));
  const perp = new Map<string, {perpetrator: string; outcome: string; best: number; incidents: number}>();
  for (const ps of group(all, (p) => `${p.date}|${p.outcome}|${p.perpetrator ?? "not stated"}`).values()) {
    const k = `${ps[0].perpetrator ?? "not stated"}|${ps[0].outcome}`;
    const q = perp.get(k) ?? {perpetrator: ps[0].perpetrator ?? "not stated", outcome: ps[0].outcome, best: 0, incidents: 0};
    q.best += floor(ps);
    q.incidents += ps.length;
    perp.set(k, q);
  }
  out.incidentsByDay.sort((a, b) => compareDates(a.date, b.date));
  out.byPerpetrator = [...perp.values()].sort((a, b) => b.best - a.best);
  return out;
}
