/**
 * A vague figure restated precisely: a lead's "scores of civilians were killed" and the body's "at
 * least 51 civilians were killed" are one toll. The vague one is dropped when the same article gives
 * a precise figure of the same outcome within its range, for the same victims, on the same known
 * day, from the same source or an unnamed one. "The offensive has killed hundreds of people" and "the
 * UN says over 550 civilians were killed" are two claims: other victims, another source.
 */
import type { CasualtyRow } from "../tables.ts";
import type { Dropped, Refiner } from "./types.ts";

const restates = (precise: CasualtyRow, vague: CasualtyRow) =>
  !precise.vague && precise.outcome === vague.outcome && precise.in_scope === vague.in_scope && !precise.part_of &&
  precise.count_best >= (vague.count_low ?? vague.count_best) && precise.count_best <= (vague.count_high ?? vague.count_best) &&
  precise.victims === vague.victims && vague.end !== null && precise.end === vague.end &&
  (!vague.attributed_to || !precise.attributed_to || vague.attributed_to === precise.attributed_to);

export const restatedPrecisely: Refiner = {
  name: "restated-precisely",
  refine(rows) {
    const dropped: Dropped[] = [];
    const casualties = rows.casualties.filter((r) => {
      if (!r.vague || r.part_of) return true;
      const by = rows.casualties.find((o) => o !== r && restates(o, r));
      if (by) dropped.push({ table: "casualties", row: r, reason: `a vague figure the article gives precisely (${by.mention})` });
      return !by;
    });
    return { rows: { ...rows, casualties }, dropped };
  },
};
