/**
 * Synthetic but realistic news corpora for the benchmark: wire-style articles about the war in
 * north-western Syria built from sentence templates of our own, filled with places from the
 * gazetteer, varied numbers, qualifiers, dates, outlets, datelines and lengths; one article in five
 * is a seed article under a new dateline. Seeded, so a size always gives the same corpus.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";

/** mulberry32: a small, fast, seeded generator, so corpora are reproducible. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ["Reuters", "AFP", "Associated Press", "Al Jazeera", "TRT World", "Anadolu Agency", "Middle East Eye", "The National", "Xinhua", "Daily Sabah"];
const SOURCES = ["the Syrian Observatory for Human Rights", "the United Nations", "OCHA", "the Syrian Civil Defence", "local sources", "state news agency SANA", "the Response Coordination Group", "a war monitor", "activists", "medical sources"];
const VICTIMS = ["civilians", "people", "children", "women", "government soldiers", "rebel fighters", "pro-government fighters", "jihadists", "combatants"];
const QUALIFIERS = ["", "at least ", "more than ", "nearly ", "around ", "some ", "up to ", "an estimated ", "over "];
const VAGUE = ["dozens of", "hundreds of", "thousands of", "tens of thousands of", "hundreds of thousands of"];
const WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a dozen", "15", "20"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FILLER = [
  "The region is the last major stronghold of armed opposition to the government after more than eight years of war.",
  "Turkey, which backs some rebel groups, has set up observation posts in the area under a de-escalation deal agreed with Russia.",
  "Aid groups have warned that camps near the border are overwhelmed and lack shelter, food and medical care.",
  "Diplomats said talks on a new ceasefire had stalled, with each side blaming the other for the violence.",
  "The government says it is fighting terrorists and has vowed to retake every inch of the country.",
  "Residents described streets emptied of people and shops shuttered as the bombardment intensified.",
  "Hospitals in the area have repeatedly been hit, according to medical charities operating there.",
  "The highway linking the capital to the north has been a key objective of the offensive.",
  "Winter temperatures have added to the misery of families sleeping in the open.",
  "Analysts said the advance could take weeks, depending on the resistance the troops meet."
];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: T[]) => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const thousands = (n: number) => n.toLocaleString("en-US");

function count(rng: Rng, lo: number, hi: number): string {
  const r = rng();
  if (r < 0.15) return pick(rng, WORDS);
  if (r < 0.25) return pick(rng, VAGUE);
  return pick(rng, QUALIFIERS) + thousands(int(rng, lo, hi));
}

function dateline(rng: Rng, outlet: string, day: Date): string {
  const d = day.getUTCDate(), m = MONTHS[day.getUTCMonth()], y = day.getUTCFullYear();
  const forms = [
    `BEIRUT, ${m.slice(0, 3)} ${d} (${outlet}) -`,
    `Published ${String(d).padStart(2, "0")}.${String(day.getUTCMonth() + 1).padStart(2, "0")}.${y}`,
    `${m} ${d}, ${y}`,
    `Updated: ${d} ${m.slice(0, 3)} ${y}`,
    `${day.toISOString().slice(0, 10)}`,
    `IDLIB, Syria (${outlet}) —`
  ];
  return pick(rng, forms);
}

export interface BenchArticle {
  file: string;
  text: string;
}

/** One synthetic article. */
function article(rng: Rng, i: number, places: string[], seeds: string[]): BenchArticle {
  const outlet = pick(rng, OUTLETS);
  const day = new Date(Date.UTC(2019, 3, 1) + int(rng, 0, 400) * 864e5);
  const place = () => pick(rng, places);
  const weekday = WEEKDAYS[(day.getUTCDay() + 6) % 7];
  if (rng() < 0.2) {
    // A seed article under a new dateline: real prose, the structures the extractor was built on.
    const seed = pick(rng, seeds).replace(/\b\d{2,3}\b/g, () => String(int(rng, 10, 999)));
    const [title, ...rest] = seed.split("\n");
    return {file: `${String(i).padStart(6, "0")}-seed.txt`, text: [title, dateline(rng, outlet, day), ...rest].join("\n")};
  }
  const lines = [
    `Fighting rages near ${place()} as ${pick(rng, ["troops", "government forces", "rebels"])} push on`,
    "",
    dateline(rng, outlet, day),
    `${pick(rng, ["Air strikes", "Shelling", "Barrel bombs", "Russian air strikes"])} on ${place()} killed ${count(rng, 2, 60)} ${pick(rng, VICTIMS)} on ${weekday}, ${pick(rng, SOURCES)} said.`,
    ""
  ];
  const paragraphs = int(rng, 4, 16);
  for (let p = 0; p < paragraphs; p++) {
    const kind = rng();
    if (kind < 0.2) lines.push(`Government forces captured ${place()} and ${place()} on ${pick(rng, WEEKDAYS)}, ${pick(rng, SOURCES)} reported, bringing them closer to ${place()}.`);
    else if (kind < 0.35) lines.push(`${capitalise(count(rng, 1000, 900000))} people have fled their homes since ${pick(rng, ["late", "early", "mid-"])}${pick(rng, MONTHS)}, according to ${pick(rng, SOURCES)}.`);
    else if (kind < 0.45) lines.push(`The death toll from the offensive has risen to ${count(rng, 100, 3000)} ${pick(rng, VICTIMS)} since it began, including ${int(rng, 10, 400)} children, ${pick(rng, SOURCES)} said.`);
    else if (kind < 0.55) lines.push(`${pick(rng, ["Some", "About", "Nearly"])} ${thousands(int(rng, 100, 9000))} families arrived in camps near ${place()} in ${pick(rng, ["the past week", "recent days", pick(rng, MONTHS)])}.`);
    else if (kind < 0.62) lines.push(`Troops besieged ${place()}, cutting the road to ${place()}, while warplanes struck ${place()} and ${place()}.`);
    else if (kind < 0.68) lines.push(`${thousands(int(rng, 1, 4))} million people live in the province, and the UN warned that ${count(rng, 100000, 900000)} more could be displaced.`);
    else lines.push(`${pick(rng, FILLER)} ${pick(rng, FILLER)}`);
    lines.push("");
  }
  lines.push(`(Reporting by ${outlet} staff; editing by the desk)`);
  return {file: `${String(i).padStart(6, "0")}-${outlet.toLowerCase().replace(/\W+/g, "-")}.txt`, text: lines.join("\n")};
}

export function gazetteerNames(root: string): string[] {
  return csvParse(readFileSync(join(root, "data/gazetteer.csv"), "utf8")).map((r) => r.name!).filter(Boolean);
}

export function seedTexts(root: string): string[] {
  const dir = join(root, "data/articles");
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(dir, f), "utf8"));
}

export function makeCorpus(root: string, size: number, seed = 7): BenchArticle[] {
  const rng = random(seed);
  const places = gazetteerNames(root), seeds = seedTexts(root);
  return Array.from({length: size}, (_, i) => article(rng, i, places, seeds));
}

export function writeCorpus(dir: string, articles: BenchArticle[]) {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const a of articles) writeFileSync(join(dir, a.file), a.text);
}
