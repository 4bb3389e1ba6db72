/**
 * Casualty claims for the report. Cumulative tolls ("more than 1,500 civilians since April") are
 * series per reporting source and are never added up: each is a snapshot of someone's count.
 * Single-incident tolls ("seven killed in a market on Tuesday") can be grouped by day, victims and
 * perpetrator, once per incident.
 */
import {claimDate, compareDates, daysBetween} from "./dates.ts";
import {countIncidents, type DayTotal, type PerpetratorTotal} from "./incidents.ts";
import {countRange, describeCount} from "./numbers.ts";
import {loadProfile, type Profile} from "../extract/profile.ts";
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

/**
 * Victims as one of a few groups, for colour and facets. An actor the conflict profile names ("…
 * soldiers" of an allied or third state) is its own group; the profile's sides say who is government
 * and who opposition.
 */
export function victimGroup(victims: string | null | undefined, profile: Profile = loadProfile()): string {
  const v = (victims ?? "").toLowerCase();
  if (!v) return "people";
  const actor = profile.actorIn(victims ?? "");
  if (actor && /fighter|soldier|troop|forces|militia|member|officer|personnel/.test(v)) {
    if (actor.side === "government") return "government forces";
    if (actor.side === "opposition") return "opposition fighters";
    return `forces of ${actor.name}`;
  }
  if (/child|kid|minor/.test(v)) return "children";
  if (/civilian|women|resident|people|person/.test(v) && !/fighter|soldier|troop/.test(v)) return v.includes("civilian") ? "civilians" : "people";
  if (/government|regime|soldier|troop|army|pro-government|loyalist/.test(v)) return "government forces";
  if (/rebel|opposition|jihadist|militant|insurgent/.test(v)) return "opposition fighters";
  if (/fighter|combatant/.test(v)) return "combatants";
  return v;
}

export interface TollPoint {
  claim_id: string;
  article_id: string;
  source: string;
  /** The line a running toll belongs to: one source counting one group of victims from one baseline. */
  series: string;
  /** The month the count runs from ("since late April" → 2019-04), or null: figures from different baselines are different lines. */
  baseline: string | null;
  outcome: string;
  victims: string;
  date: string;
  start: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  /** "up" for a floor ("at least"), "down" for a ceiling ("up to"), else null. */
  open: "up" | "down" | null;
  /** The vague word the figure stands for ("thousands"), or null when it was stated in numerals. */
  vague: string | null;
  label: string;
  quote: string;
  outlet: string | null;
  perpetrator: string | null;
  place: string | null;
  dated_by: "claim" | "article";
  /** Why the claim is kept out of the charts, when it is. */
  scope_note: string | null;
}

/** The month a running count starts from, when the claim gives a start well before its date. */
export function baselineOf(c: {start: string | null}, date: string): string | null {
  return c.start && c.start < date ? c.start.slice(0, 7) : null;
}

// One formatter, and each month formatted once: toLocaleString with options builds a formatter per call
// (measured: 3 s of a 10,000-article report).
const MONTH = new Intl.DateTimeFormat("en-GB", {month: "short", year: "numeric", timeZone: "UTC"});
const months = new Map<string, string>();
const monthOf = (baseline: string) => {
  let m = months.get(baseline);
  if (m === undefined) months.set(baseline, (m = MONTH.format(new Date(`${baseline}-01T00:00:00Z`))));
  return m;
};

/** "United Nations · civilians · since Apr 2019": one line per source, victims and baseline. */
export function seriesName(source: string, victims: string | null, baseline: string | null): string {
  const month = baseline ? monthOf(baseline) : null;
  return [source, victims, month ? `since ${month}` : null].filter(Boolean).join(" · ");
}

function point(c: CasualtyRow, article: ArticleRow | undefined): TollPoint | null {
  const date = claimDate(c, article);
  if (!date) return null;
  const r = countRange(c);
  return {
    claim_id: c.claim_id,
    article_id: c.article_id,
    source: reportingSource(c, article),
    series: seriesName(reportingSource(c, article), victimGroup(c.victims), baselineOf(c, date)),
    baseline: baselineOf(c, date),
    outcome: c.outcome,
    victims: victimGroup(c.victims),
    date,
    start: c.start,
    ...r,
    vague: c.vague ?? null,
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
  incidentsByDay: DayTotal[];
  byPerpetrator: PerpetratorTotal[];
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

  // Single incidents, each counted once (loaders/report/incidents.ts).
  const groups = new Map(rows.map((c) => [c.claim_id, c.group_id ?? null]));
  const counted = countIncidents(out.incidents.map((p) => ({...p, group_id: groups.get(p.claim_id)})));
  out.incidentsByDay = counted.byDay;
  out.byPerpetrator = counted.byPerpetrator;
  return out;
}
