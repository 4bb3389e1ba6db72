/**
 * Displacement claims for the report. Running totals ("900,000 displaced since December") are kept
 * apart from flows ("40,000 fled in recent days"); families are converted to people with the factor
 * shown; warnings, refugee stocks, projections and population figures are context, never added.
 */
import {claimDate, compareDates, daysBetween} from "./dates.ts";
import {countRange, describeCount, fmt} from "./numbers.ts";
import {baselineOf, reportingSource, seriesName} from "./casualties.ts";
import {loadProfile} from "../extract/profile.ts";
import type {ArticleRow, DisplacementRow} from "./types.ts";

/** A displacement figure over at most this many days is a flow, not a running total. */
export const FLOW_MAX_DAYS = 14;
/** People per family when neither the article nor the conflict profile gives one (a common humanitarian planning figure). */
export const DEFAULT_PEOPLE_PER_FAMILY = 5;

const FLOW_WORDS = /\b(in recent days|in the (?:past|last) (?:few |several |two |three )?(?:days?|weeks?|24 hours|48 hours)|this week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over the weekend|overnight|yesterday|today)\b/i;

export type DisplacementKind = "cumulative" | "flow";

export function displacementKind(d: DisplacementRow): DisplacementKind {
  const span = daysBetween(d.start, d.end);
  if (span != null) return span <= FLOW_MAX_DAYS ? "flow" : "cumulative";
  return FLOW_WORDS.test(d.quote) ? "flow" : "cumulative";
}

export interface DisplacementPoint {
  claim_id: string;
  article_id: string;
  kind: string;
  category: DisplacementKind | "context";
  source: string;
  date: string;
  start: string | null;
  /** In people. */
  low: number | null;
  best: number | null;
  high: number | null;
  open: "up" | "down" | null;
  /** The vague word the figure stands for ("thousands"), or null when it was stated in numerals. */
  vague: string | null;
  /** One line per source and baseline (see casualties.ts). */
  series: string;
  baseline: string | null;
  label: string;
  dated_by: "claim" | "article";
  /** How families or households were turned into people, or null when the figure was in people. */
  conversion: string | null;
  quote: string;
  outlet: string | null;
}

function toPeople(d: DisplacementRow, fallback: number): {factor: number; conversion: string | null} {
  const unit = (d.unit ?? "people").toLowerCase();
  if (unit === "people" || unit === "person") return {factor: 1, conversion: null};
  const given = d.people_per_household ?? (d.people_best && d.count_best ? d.people_best / d.count_best : null);
  const factor = given && Number.isFinite(given) && given > 0 ? given : fallback;
  const count = d.count_best ?? countRange(d).low;
  const conversion = `${count == null ? (d.vague ?? "?") : fmt(count)} ${unit} × ${Number(factor.toFixed(2))} people per ${unit.replace(/ies$/, "y").replace(/s$/, "")}${given ? "" : " (assumed)"}`;
  return {factor, conversion};
}

function point(d: DisplacementRow, article: ArticleRow | undefined, perFamily: number): DisplacementPoint | null {
  const date = claimDate(d, article);
  if (!date) return null;
  const r = countRange(d);
  const {factor, conversion} = toPeople(d, perFamily);
  const scale = (n: number | null) => (n == null ? null : Math.round(n * factor));
  const best = d.people_best ?? scale(r.best);
  return {
    claim_id: d.claim_id,
    article_id: d.article_id,
    kind: d.kind,
    category: d.kind === "displaced" ? displacementKind(d) : "context",
    source: reportingSource(d, article),
    date,
    start: d.start,
    low: scale(r.low),
    best,
    high: scale(r.high),
    open: r.open,
    series: seriesName(reportingSource(d, article), null, baselineOf(d, date)),
    baseline: baselineOf(d, date),
    vague: d.vague ?? null,
    label: describeCount(d) + (d.unit && d.unit !== "people" ? ` ${d.unit}` : ""),
    dated_by: (d.end || d.start) && d.date_basis !== "published" ? "claim" : "article",
    conversion: conversion && best != null ? `${conversion} = ${fmt(best)} people` : conversion,
    quote: d.quote,
    outlet: article?.outlet ?? null
  };
}

export interface DisplacementSummary {
  cumulative: DisplacementPoint[];
  flows: DisplacementPoint[];
  context: DisplacementPoint[];
  outOfScope: DisplacementPoint[];
  conversions: DisplacementPoint[];
  /** Claims that cannot be placed in time (see claimDate): in the claims table, not charted. */
  undated: number;
}

export function summariseDisplacement(rows: DisplacementRow[], articles: ArticleRow[], perFamily = loadProfile().data.report.people_per_family?.value ?? DEFAULT_PEOPLE_PER_FAMILY): DisplacementSummary {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: DisplacementSummary = {cumulative: [], flows: [], context: [], outOfScope: [], conversions: [], undated: 0};
  for (const d of rows) {
    const p = point(d, byId.get(d.article_id), perFamily);
    if (!p) {
      out.undated++;
      continue;
    }
    if (d.in_scope === false) out.outOfScope.push(p);
    else if (d.part_of) continue;
    else if (p.category === "context") out.context.push(p);
    else if (p.category === "flow") out.flows.push(p);
    else out.cumulative.push(p);
    if (p.conversion && d.in_scope !== false) out.conversions.push(p);
  }
  for (const list of [out.cumulative, out.flows, out.context, out.outOfScope, out.conversions]) list.sort((a, b) => compareDates(a.date, b.date) || a.claim_id.localeCompare(b.claim_id));
  return out;
}
