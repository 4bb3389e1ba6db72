/**
 * npm run places:coverage -- --out DIR [--manifest test/corpus/manifest.json] [--list]
 *
 * How well an extraction's territorial rows are placed: the share with coordinates, how each was
 * resolved, and, with a manifest that names each article's war, the share whose country is one of
 * that war's (the gold has no coordinates, so a place in the right country is the check; read the
 * --list output by hand for the rest). --list prints every row's mention, place and country.
 */
import { readFileSync } from "node:fs";
import { countriesIn } from "../loaders/geo/context.ts";

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const out = opt("--out");
if (!out) { console.error("usage: npm run places:coverage -- --out DIR [--manifest FILE] [--list]"); process.exit(2); }
const rows = JSON.parse(readFileSync(`${out}/territory.json`, "utf8")) as Array<Record<string, any>>;
const manifest = opt("--manifest");
const wars = new Map<string, string[]>();
if (manifest) {
  // War labels name their countries ("Russia–Ukraine war", "Sahel (Burkina Faso, Mali, Niger)"); a few name a region instead.
  const REGION_COUNTRIES: Record<string, string[]> = { Gaza: ["PS", "IL"], Hezbollah: ["LB", "IL"], Karabakh: ["AZ", "AM"], Congo: ["CD"], Tigray: ["ET"], Darfur: ["SD"], "Cabo Delgado": ["MZ"], Idlib: ["SY"] };
  for (const e of JSON.parse(readFileSync(manifest, "utf8")).excerpts) {
    const ccs = countriesIn(e.war.replace(/[–()/,]/g, " "));
    for (const [w, c] of Object.entries(REGION_COUNTRIES)) if (e.war.includes(w)) ccs.push(...c);
    wars.set(e.id, ccs);
  }
}
const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : "-"} %)`;
const placed = rows.filter((r) => r.lat != null);
const by = (k: string) => Object.entries(rows.reduce((m: Record<string, number>, r) => ((m[r[k]] = (m[r[k]] ?? 0) + 1), m), {})).map(([a, n]) => `${a} ${n}`).join(", ");
console.log(`territorial rows: ${rows.length}`);
console.log(`with coordinates: ${pct(placed.length, rows.length)}`);
console.log(`resolution: ${by("resolution")}`);
console.log(`precision: ${by("geo_precision")}`);
if (manifest) {
  const checked = placed.filter((r) => wars.get(r.article_id)?.length);
  const right = checked.filter((r) => wars.get(r.article_id)!.includes(r.country));
  console.log(`placed in the article's war's countries: ${pct(right.length, checked.length)}`);
  for (const r of checked.filter((r) => !right.includes(r))) console.log(`  elsewhere: ${r.article_id} "${r.place_mention}" → ${r.place} (${r.country}, ${r.place_id})`);
}
if (args.includes("--list")) for (const r of rows) console.log(`${r.article_id}\t${r.place_mention}\t${r.place}\t${r.country ?? ""}\t${r.lat ?? ""}\t${r.resolution}\t${r.resolution_note ?? ""}\t${r.candidates ?? ""}`);
