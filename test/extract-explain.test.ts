import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, type TraceEntry } from "../loaders/extract/index.ts";

const article = (text: string) => ({ id: "a", file: "a.txt", title: "Shelling kills five", text, url: null, outlet: null, published: null, words: 40, warnings: [], hash: "" }) as never;

test("every row names its rule, and the trace says why each dropped candidate was dropped", () => {
  const text = "Shelling kills five\n\nBEIRUT, May 3, 2021 - Shelling killed five civilians in the town on Monday, a monitor said.\n\n" +
    "A monitor later said the shelling killed five civilians.\n\nTroops captured the village of Tell Safa on Sunday.";
  const trace: TraceEntry[] = [];
  const r = extractArticle(article(text), undefined, trace);
  for (const row of [...r.casualties, ...r.displacement, ...r.territory]) assert.match(row.rule, /^(?:casualty|displacement|territory)\.[a-z-]+/);
  assert.deepEqual(r.casualties.map((c) => [c.count_best, c.rule]), [[5, "casualty.verb-before"]]);
  assert.ok(trace.some((t) => t.dropped?.startsWith("same figure as a:k") && t.refiner === "same-figure"), "the repeated toll is dropped as a repeat, by the same-figure refiner");
  assert.ok(trace.some((t) => t.dropped === "headline: the body gives this outcome already"), "the headline's figure gives way to the body's");
  assert.deepEqual(r.territory.map((t) => [t.place, t.rule]), [["Tell Safa", "territory.control-verb"]]);
});

test("npm run explain reads with the profile asked for, as npm run extract does", async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "explain-"));
  try {
    const file = join(dir, "a.txt");
    // A Malian town named alone: the Syrian profile's context does not place it; read for any war, the gazetteer does.
    writeFileSync(file, "Siege goes on\n\nMopti is the last major city still under army control and the rebels have laid siege to it since May, officials said.\n");
    const run = (...extra: string[]) => execFileSync(process.execPath, ["--import", "tsx", "scripts/explain.ts", file, "siege", ...extra], { encoding: "utf8" });
    assert.match(run("--profile", "none"), /tabled\s+territory\s+territory\.siege-verb\+the-town\s+"Mopti"/);
    assert.throws(() => run("--profile", join(dir, "missing.yaml")), /is not a file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the trace names the reader's reason when a candidate gets no place: nothing to refer back to, not a known town, no such country", () => {
  const text = "Report\n\nRebels seized the provincial capital on Monday.\n\nTwelve people were killed in Zzyzxville on Monday.\n\nTroops took the Tarsan capital.\n";
  const trace: TraceEntry[] = [];
  const r = extractArticle(article(text), undefined, trace);
  assert.deepEqual(r.territory, []);
  const reasons = trace.filter((t) => t.table === "territory" && t.refiner === "reader").map((t) => [t.mention, t.dropped]);
  assert.deepEqual(reasons.map((x) => x[0]), ["the provincial capital", "Zzyzxville", "the Tarsan capital"]);
  assert.match(String(reasons[0][1]), /refers back, and no place was named/);
  assert.match(String(reasons[1][1]), /does not know "Zzyzxville" as a town/);
  assert.match(String(reasons[2][1]), /"Tarsan" names no country/);
  // "on Monday" in the sentence before is no town to refer back to.
  assert.ok(!(r.territory as Array<{place_mention: string | null}>).some((t) => t.place_mention === "Monday"));
});

test("'Army retakes Tigray town': a town of a region, not which one, is set aside with the reason", () => {
  const trace: TraceEntry[] = [];
  const r = extractArticle(article("Army retakes Tigray town from rebels\n\nOfficials in Ethiopia said the fighting was over.\n"), undefined, trace);
  assert.deepEqual(r.territory.filter((t) => t.action_class === "control"), []);
  assert.ok(trace.some((t) => t.refiner === "reader" && /a town of the region/.test(String(t.dropped))));
  // The region itself, taken, is still tabled.
  const whole = extractArticle(article("Report\n\nThe Ethiopian army said it had retaken all of Tigray by Monday.\n"));
  assert.equal(whole.territory.filter((t) => t.action_class === "control").length, 1);
});
