/** A figure read as killed or injured is not also a displacement ("killed 10 … sheltering displaced families"). */
import type { Refiner } from "./types.ts";

export const killedNotDisplaced: Refiner = {
  name: "killed-not-displaced",
  refine(rows) {
    const read = new Set(rows.casualties.map((r) => r.mention_start));
    const dropped = rows.displacement.filter((r) => read.has(r.mention_start)).map((row) => ({ table: "displacement" as const, row, reason: "the figure is a casualty toll" }));
    return { rows: { ...rows, displacement: rows.displacement.filter((r) => !read.has(r.mention_start)) }, dropped };
  },
};
