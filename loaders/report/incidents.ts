/**
 * Single-incident tolls counted once, as Arquero verb chains:
 * 1. claims sharing a group_id are one incident told several times: its largest figure;
 * 2. within one article and day, a figure with no place ("seven killed on Thursday") may be the total
 *    of the placed ones ("four in A, three in B"): the article's account is the larger of the two;
 * 3. across articles reporting the same day: the largest account, not the sum.
 * The chart by perpetrator breaks down that same chosen account (the placed parts with their own
 * perpetrators, and what the unplaced total adds beyond them), so its bars add up to the by-day
 * total: no death is given to two perpetrators, and a joint perpetrator ("A and B") stays joint.
 */
import * as aq from "arquero";

const {op} = aq;

export interface IncidentPoint {
  claim_id: string;
  article_id: string;
  group_id?: string | null;
  date: string;
  outcome: string;
  victims: string;
  place: string | null;
  perpetrator: string | null;
  best: number | null;
}

export interface DayTotal {
  date: string;
  outcome: string;
  victims: string;
  best: number;
  claims: number;
}

export interface PerpetratorTotal {
  perpetrator: string;
  outcome: string;
  best: number;
  incidents: number;
}

const DAY = ["day", "date", "outcome", "victims"];
const ACCOUNT = [...DAY, "account", "article_id"];
const NOT_STATED = "not stated";

/** The largest figure of each group, first by claim id on ties. */
const largestOf = (t: aq.ColumnTable, keys: string[]) => t.groupby(keys).orderby(aq.desc("best"), "claim_id").filter(() => op.row_number() === 1).ungroup();

export function countIncidents(points: IncidentPoint[]): {byDay: DayTotal[]; byPerpetrator: PerpetratorTotal[]} {
  const rows = points
    .filter((p) => p.best != null)
    .map((p) => ({
      claim_id: p.claim_id, article_id: p.article_id, date: p.date, outcome: p.outcome, victims: p.victims, best: p.best!,
      place: p.place ?? "", perpetrator: p.perpetrator ?? NOT_STATED,
      incident: p.group_id ? `g:${p.group_id}:${p.outcome}:${p.victims}` : `c:${p.claim_id}`,
      // One key column per level (Arquero's joins read two-name arrays as left and right keys).
      day: `${p.date}|${p.outcome}|${p.victims}`,
      account: `${p.date}|${p.outcome}|${p.victims}|${p.article_id}`
    }));
  if (!rows.length) return {byDay: [], byPerpetrator: []};
  const once = largestOf(aq.from(rows), ["incident"]);
  // Per article and day: the largest figure at each place, and the largest figure with no place.
  const parts = largestOf(once.filter((d: {place: string}) => d.place !== ""), [...ACCOUNT, "place"]);
  const unplaced = largestOf(once.filter((d: {place: string}) => d.place === ""), ACCOUNT);
  // One row per article and day: the sum of its places, and its largest unplaced figure and who it names.
  const accounts = parts
    .derive({placed: (d: {best: number}) => d.best, unplaced: () => 0, unplaced_by: () => ""})
    .select([...ACCOUNT, "placed", "unplaced", "unplaced_by"])
    .concat(unplaced.derive({placed: () => 0, unplaced: (d: {best: number}) => d.best, unplaced_by: (d: {perpetrator: string}) => d.perpetrator}).select([...ACCOUNT, "placed", "unplaced", "unplaced_by"]))
    .groupby(ACCOUNT)
    .rollup({placed: op.sum("placed"), unplaced: op.max("unplaced"), unplaced_by: op.max("unplaced_by")})
    .derive({best: (d: {placed: number; unplaced: number}) => op.greatest(d.placed, d.unplaced)});
  const chosen = largestOf(accounts.derive({claim_id: (d: {article_id: string}) => d.article_id}), DAY);
  const claims = once.groupby("day").count({as: "claims"});
  const byDay = chosen.lookup(claims, "day", "claims").select(["date", "outcome", "victims", "best", "claims"]).orderby("date", "outcome", "victims").objects() as DayTotal[];

  // The chosen accounts, broken down: placed parts keep their perpetrator; an unplaced total larger
  // than its parts adds the difference under its own perpetrator.
  const placedShares = parts.semijoin(chosen, "account").select([...DAY, "perpetrator", "best"]);
  const remainder = chosen
    .filter((d: {unplaced: number; placed: number}) => d.unplaced > d.placed)
    .derive({perpetrator: (d: {unplaced_by: string}) => d.unplaced_by, best: (d: {unplaced: number; placed: number}) => d.unplaced - d.placed})
    .select([...DAY, "perpetrator", "best"]);
  const byPerpetrator = placedShares
    .concat(remainder)
    .groupby("perpetrator", "outcome")
    .rollup({best: op.sum("best"), incidents: op.count()})
    .orderby(aq.desc("best"), "perpetrator", "outcome")
    .objects() as PerpetratorTotal[];
  return {byDay, byPerpetrator};
}
