/**
 * How the tables read vague words ("dozens", "hundreds"), measured on the data itself, so the
 * method text on the Sources page states what the extractor did rather than what it was meant to do.
 */
import * as aq from "arquero";
import type {Tables} from "./types.ts";

const {op} = aq;

export interface VagueReading {
  vague: string;
  low: number;
  best: number;
  high: number;
  claims: number;
}

export function vagueReadings(t: Pick<Tables, "casualties" | "displacement">): VagueReading[] {
  const rows = [...t.casualties, ...t.displacement]
    .filter((c) => typeof c.vague === "string" && c.vague && c.count_best != null)
    .map((c) => ({vague: String(c.vague).toLowerCase(), low: c.count_low ?? c.count_best, best: c.count_best, high: c.count_high ?? c.count_best}));
  if (!rows.length) return [];
  return aq
    .from(rows)
    .groupby("vague")
    .rollup({low: op.min("low"), best: op.median("best"), high: op.max("high"), claims: op.count()})
    .orderby("best")
    .objects() as VagueReading[];
}
