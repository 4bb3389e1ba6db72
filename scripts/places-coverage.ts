/**
 * npm run places:coverage -- --out DIR [--manifest test/corpus/manifest.json] [--list]
 * npm run places:coverage -- --articles DIR [--profile none|FILE] [--out DIR] [--manifest FILE] [--list]
 *
 * How well an extraction's territorial rows are placed: the share with coordinates, how each was
 * resolved, why the others were not, and, with a manifest that names each article's war, the share
 * whose country is one of that war's (the gold has no coordinates, so a place in the right country is
 * the check; read the --list output by hand for the rest). --list prints every row's mention, place,
 * country, coordinates, resolution, why, and the candidates of an unresolved one.
 *
 * With --articles it first extracts the articles (into --out, or a temporary folder) with the
 * profile given, `none` by default: a corpus of many wars is read with no war's profile.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countriesIn } from "../loaders/geo/context.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const usage = "usage: npm run places:coverage -- (--out DIR | --articles DIR [--profile none|FILE] [--out DIR]) [--manifest FILE] [--list]";
const articles = opt("--articles");
let out = opt("--out");
if (!out && !articles) { console.error(usage); process.exit(2); }
let scratch: string | null = null;
if (articles) {
  if (!out) out = scratch = mkdtempSync(join(tmpdir(), "places-coverage-"));
  const r = spawnSync("npm", ["run", "-s", "extract", "--", "--articles", resolve(articles), "--out", resolve(out), "--profile", opt("--profile") ?? "none"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const rows = JSON.parse(readFileSync(`${out}/territory.json`, "utf8")) as Array<Record<string, any>>;
if (scratch) rmSync(scratch, { recursive: true, force: true });
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
const tally = (xs: string[]) => Object.entries(xs.reduce((m: Record<string, number>, x) => ((m[x] = (m[x] ?? 0) + 1), m), {})).sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a} ${n}`).join(", ");
const by = (k: string) => tally(rows.map((r) => String(r[k])));
// Why a row has no coordinates, in a few kinds: the note's words before its particulars.
const why = (note: string | null) =>
  !note ? "no note" : /^not in the gazetteer/.test(note) ? "not in the gazetteer" : /^no place of that name in/.test(note) ? "only outside the article's countries"
    : /places of that name/.test(note) ? "ambiguous" : /hamlet/.test(note) ? "a hamlet in a region the article does not name" : note.replace(/\s*\(.*$/, "");
console.log(`territorial rows: ${rows.length}`);
console.log(`with coordinates: ${pct(placed.length, rows.length)}`);
console.log(`resolution: ${by("resolution")}`);
console.log(`precision: ${by("geo_precision")}`);
console.log(`without coordinates: ${tally(rows.filter((r) => r.lat == null).map((r) => (r.resolution === "unresolved" ? why(r.resolution_note) : "known, with no coordinates (data/gazetteer.csv)")))}`);
if (manifest) {
  const checked = placed.filter((r) => wars.get(r.article_id)?.length);
  const right = checked.filter((r) => wars.get(r.article_id)!.includes(r.country));
  console.log(`placed in the article's war's countries: ${pct(right.length, checked.length)}`);
  for (const r of checked.filter((r) => !right.includes(r))) console.log(`  elsewhere: ${r.article_id} "${r.place_mention}" → ${r.place} (${r.country}, ${r.place_id})`);
}
if (args.includes("--list")) for (const r of rows) console.log(`${r.article_id}\t${r.place_mention}\t${r.place}\t${r.country ?? ""}\t${r.lat ?? ""}\t${r.lon ?? ""}\t${r.resolution}\t${r.resolution_note ?? ""}\t${r.candidates ?? ""}`);
