/**
 * npm run corpus:restore -- DIR [DIR...]
 * Rebuilds missing texts of the real corpus from search results saved on a machine without them.
 * Each file in DIR is JSON: one {url, excerpt} object, a list of them, or a whole search answer
 * ({results: [{url, excerpt}]}); or `<id>.txt` holding the excerpt found for that manifest entry's url.
 * A saved text is "title, blank line, a stretch of the excerpt", so for every missing entry with the
 * same url we try each line of the excerpt (or "Report") as title and every stretch of the manifest's
 * length that starts after a space, and keep the one whose sha256 is the manifest's. The hash decides:
 * nothing is written that is not the text the gold was annotated on.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {CORPUS_DIR, checkCorpus, type Checked} from "./gather.ts";

interface Found {url: string; excerpt: string}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** The excerpt as it may have been saved: as found, without the store's leading date stamp, without CRs. */
function variants(excerpt: string): string[] {
  const out = new Set([excerpt, excerpt.replace(/\r/g, "")]);
  for (const x of [...out]) out.add(x.replace(/^\s*date \d{4}-\d{2}(?:-\d{2})?\s*/, ""));
  return [...out];
}

/** The text of `entry` rebuilt from one excerpt, or null when no title and stretch give its hash. */
export function rebuild(entry: {sha256?: unknown; chars?: unknown}, excerpt: string): string | null {
  const want = String(entry.sha256 ?? "").toLowerCase(), chars = Number(entry.chars);
  if (!want || !chars) return null;
  for (const x of variants(excerpt)) {
    const cp = Array.from(x); // the manifest counts code points
    const titles = new Set(["Report", ...x.split("\n").map((l) => l.trim()).filter(Boolean)]);
    const starts = [0];
    for (let i = 1; i < cp.length; i++) if (/\s/.test(cp[i - 1]) && !/\s/.test(cp[i])) starts.push(i);
    for (const title of titles) {
      const n = chars - Array.from(title).length - 2;
      if (n <= 0) continue;
      for (const i of starts) {
        if (i + n - 1 > cp.length) break;
        const body = cp.slice(i, i + n).join("");
        for (const text of [`${title}\n\n${body}`, `${title}\n\n${cp.slice(i, i + n - 1).join("")}\n`]) {
          if (sha(text) === want) return text;
        }
      }
    }
  }
  return null;
}

function readFound(dir: string, byId: Map<string, Checked>): Found[] {
  const out: Found[] = [];
  for (const f of readdirSync(dir)) {
    const raw = readFileSync(join(dir, f), "utf8");
    if (f.endsWith(".txt")) {
      const e = byId.get(f.slice(0, -4));
      if (e && typeof e.url === "string") out.push({url: e.url, excerpt: raw});
      continue;
    }
    if (!f.endsWith(".json")) continue;
    try {
      const j = JSON.parse(raw);
      const list = Array.isArray(j) ? j : Array.isArray(j.results) ? j.results : [j];
      for (const r of list) if (r && typeof r.url === "string" && typeof r.excerpt === "string") out.push(r);
    } catch (err) {
      console.error(`corpus:restore: ${join(dir, f)} is not JSON (${(err as Error).message.split("\n")[0]})`);
    }
  }
  return out;
}

function main() {
  const dirs = process.argv.slice(2);
  const entries = checkCorpus();
  if (!entries || !dirs.length) { console.error("usage: npm run corpus:restore -- DIR [DIR...]"); process.exit(2); }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const missing = new Map<string, Checked[]>();
  for (const e of entries) if (!e.present && typeof e.url === "string") missing.set(e.url, [...(missing.get(e.url) ?? []), e]);
  const found = dirs.flatMap((d) => readFound(d, byId));
  mkdirSync(join(CORPUS_DIR, "texts"), {recursive: true});
  let restored = 0;
  const unmatched = new Set<string>();
  for (const {url, excerpt} of found) {
    for (const e of missing.get(url) ?? []) {
      if (existsSync(e.path)) continue;
      const text = rebuild(e, excerpt);
      if (text === null) { unmatched.add(e.id); continue; }
      writeFileSync(e.path, text);
      unmatched.delete(e.id);
      restored++;
    }
  }
  const still = [...unmatched].filter((id) => !existsSync(byId.get(id)!.path));
  console.log(`corpus:restore: ${found.length} excerpts read, ${restored} texts restored` +
    (still.length ? `, ${still.length} found but not matched by hash: ${still.join(" ")}` : ""));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
