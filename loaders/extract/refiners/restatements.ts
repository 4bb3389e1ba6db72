/**
 * A vague figure restated precisely: a lead's "scores of civilians were killed" and the body's "at
 * least 51 civilians were killed" are one toll. The vague one is dropped when the same article gives
 * a precise figure of the same outcome within its range, for the same victims, on the same known
 * day, from the same source or an unnamed one. "The offensive has killed hundreds of people" and "the
 * UN says over 550 civilians were killed" are two claims: other victims, another source.
 */
import type { CasualtyRow } from "../tables.ts";

export function restatedPrecisely(rows: CasualtyRow[]): { kept: CasualtyRow[]; dropped: Array<{ row: CasualtyRow; by: CasualtyRow }> } {
  const dropped: Array<{ row: CasualtyRow; by: CasualtyRow }> = [];
  const kept = rows.filter((r) => {
    if (!r.vague || r.part_of) return true;
    const by = rows.find((o) => o !== r && !o.vague && o.outcome === r.outcome && o.in_scope === r.in_scope && !o.part_of &&
      o.count_best >= r.count_low && o.count_best <= (r.count_high ?? r.count_best) &&
      o.victims === r.victims && r.end !== null && o.end === r.end &&
      (!r.attributed_to || !o.attributed_to || r.attributed_to === o.attributed_to));
    if (by) dropped.push({ row: r, by });
    return !by;
  });
  return { kept, dropped };
}
