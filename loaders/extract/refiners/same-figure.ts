/**
 * The same figure again (the lead repeats the body's toll, a quote repeats the monitor's) is one
 * claim: the first reading is kept, with the most specific victims of all its readings, and any part
 * that pointed to a repeat points to the kept row. The same number of other victims is another figure.
 */
import type { CasualtyRow, DisplacementRow } from "../tables.ts";
import type { Dropped, Refiner } from "./types.ts";
import { isCountryName } from "../lexicon/countries.ts";

// "eight police officers" and "eight assailants" are two figures; "12 people" and "12 civilians" one.
// "Two other soldiers were killed", "another five": the text says it is a new figure.
const NEW_FIGURE = /\b(?:other|another|further|additional)\b|\bmore\b(?!\s+than)/i;
// ("Two adults were also killed", "three also died": "also" with the figure's own verb says the same, after it; not
// "the bomb that killed 23 shoppers also hurt dozens", where "also" is the bomb's.)
const ALSO_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:(?:were|was|are|is|have|has|had)\s+also\s+(?:been\s+)?(?:killed|wounded|injured|hurt|shot|murdered|beheaded|executed|displaced|uprooted)|also\s+(?:died|perished|fled))\b/i;
const saidToBeNew = (b: CasualtyRow | DisplacementRow) =>
  NEW_FIGURE.test(`${b.mention} ${"victims_phrase" in b ? b.victims_phrase : ""} ${b.quote.slice(Math.max(0, b.mention_start - b.quote_start - 12), b.mention_start - b.quote_start)}`) ||
  ALSO_AFTER.test(b.quote.slice(b.mention_end - b.quote_start, b.mention_end - b.quote_start + 80));
// Two figures dated on days the text names apart are two events ("killing 22" on 19 January is not the
// 22 killed on Tuesday). (Two equal figures in one sentence may still be one: a scraped headline runs
// into its lead with no stop between.)
const OWN_DATE = new Set(["explicit", "relative"]);
// (In an article with no date of its own, a later figure whose sentence names its date, "since Jan. 19, when …
// killing 22", tells of another day than a first figure that could be dated by nothing.)
const datedApart = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) =>
  (OWN_DATE.has(a.date_basis ?? "") && OWN_DATE.has(b.date_basis ?? "") && !!a.end && !!b.end && Math.abs(Date.parse(a.end) - Date.parse(b.end)) > 864e5) ||
  (a.date_basis === "none" && b.date_basis === "explicit" && a.sentence_index !== b.sentence_index);
// "wounded two soldiers and two rangers": equal figures joined by "and" in one sentence, of other victims, are two.
const coordinated = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) =>
  a.sentence_index === b.sentence_index && "victims_phrase" in a && "victims_phrase" in b && a.victims_phrase !== b.victims_phrase &&
  b.mention_start > a.mention_end && /^[^.;:]{0,40}?\s(?:and|as well as)\s+$/.test(a.quote.slice(a.mention_end - a.quote_start, b.mention_start - a.quote_start));
// "killed 15, four in Tarsa and four in Ulmar": two parts of one total in its own sentence are two groups.
const siblingParts = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) =>
  a.sentence_index === b.sentence_index && !!a.part_of && a.part_of === b.part_of;
// "Four soldiers were killed in clashes, while four others died when …", "two died and two were wounded, and two
// others were killed": each figure told with its own verb, the first's verb between them, is its own event. The
// joiner must open the second figure's clause (a few words before it), and not join two verbs of one deed
// ("beheaded and crucified six captives"): in a scrape that lost its stops, a headline's "40 killed" and the lead's
// "that killed at least 40" run on as one sentence with many an "and" between them, and are one figure.
const CASUALTY_VERB = /\b(?:killed|died|dead|wounded|injured|perished|lost their lives|slain|executed|massacred)\b/i;
const JOINERS = /(?:,\s*(?:while|whereas|and|but)\b|\s(?:while|whereas|when|after|and|but)\s|;)/gi;
const VERB_BEFORE_JOINER = /\b(?:killed|died|wounded|injured|executed|massacred|shot|beheaded|crucified|tortured|murdered|slaughtered)\s*$/i;
const ownVerbs = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) => {
  if (a.sentence_index !== b.sentence_index || !a.rule.startsWith("casualty.verb-after") || b.mention_start <= a.mention_end) return false;
  const between = a.quote.slice(a.mention_end - a.quote_start, b.mention_start - a.quote_start);
  const joiner = [...between.matchAll(JOINERS)].at(-1);
  if (!joiner || between.length - (joiner.index + joiner[0].length) > 40) return false;
  const before = between.slice(0, joiner.index);
  return CASUALTY_VERB.test(before) && !VERB_BEFORE_JOINER.test(before);
};
// "a 50-year-old man was killed … a man of 63 died": one person each, told apart by their ages.
const AGE = /(\d{1,3})[- ]years?[- ]old|\bof\s+(\d{1,3})\s+years\b|\baged\s+(\d{1,3})\b/i;
const ageOf = (r: CasualtyRow | DisplacementRow) => {
  const m = AGE.exec(r.quote.slice(Math.max(0, r.mention_start - r.quote_start), r.mention_end - r.quote_start + 40));
  return m ? m[1] ?? m[2] ?? m[3] : null;
};
const otherAges = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) => {
  if (a.count_best !== 1) return false;
  const x = ageOf(a), y = ageOf(b);
  return !!x && !!y && x !== y;
};
// "kill 9 IS fighters" then "killed nine fighters of the Islamic State group": fighters of no named side are
// the same victims as one side's fighters (not as civilians, women or children).
const ARMED_SIDE = new Set(["government forces", "opposition fighters"]);
const sameVictims = (x: string, y: string) =>
  x === y || x === "people" || y === "people" || (x === "combatants" && ARMED_SIDE.has(y)) || (y === "combatants" && ARMED_SIDE.has(x));
// "a man was killed in shelling on Tarsa" and, in another sentence, "a woman was killed in a strike on Ulmar": one
// person each, in two places. (Not when a sentence names the other's place too: "one killed in Tarsa" in the headline
// and "one was killed in the Kolda district of Tarsa" in the body are one figure; nor when one place is a country, as
// a lead sums up: "killed two policemen in northern Tarsia", then the town. Larger equal figures, measured on the
// development texts, were leads and their body's events far more often than two events.)
const placedApart = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) =>
  "place" in a && "place" in b && a.count_best === 1 && a.sentence_index !== b.sentence_index && !!a.place && !!b.place && a.place !== b.place &&
  !isCountryName(a.place) && !isCountryName(b.place) &&
  !a.quote.includes(b.place_mention ?? b.place) && !b.quote.includes(a.place_mention ?? a.place);
// "11 killed, among them a nurse" and, later, "left one person dead": one person named as a part of a toll is not
// the one a toll of its own counts.
const partAndWhole = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) => a.count_best === 1 && !a.part_of !== !b.part_of;
const compatible = (a: CasualtyRow | DisplacementRow, b: CasualtyRow | DisplacementRow) =>
  !partAndWhole(a, b) && !datedApart(a, b) && !placedApart(a, b) && !otherAges(a, b) && !coordinated(a, b) && !siblingParts(a, b) && !ownVerbs(a, b) &&
  !saidToBeNew(b) &&
  (!("victims" in a && "victims" in b) || sameVictims(a.victims, b.victims));

function firstOfEach<T extends CasualtyRow | DisplacementRow>(rows: T[], key: (r: T) => string, reason: (kept: T) => string, table: "casualties" | "displacement") {
  const kept = new Map<string, T[]>(), dropped: Dropped[] = [], moved = new Map<string, string>();
  const out: T[] = [];
  for (const r of rows) {
    const same = kept.get(key(r))?.find((k) => compatible(k, r));
    if (!same) { kept.set(key(r), [...(kept.get(key(r)) ?? []), r]); out.push(r); continue; }
    if ("victims" in same && "victims" in r && (same.victims === "people" || (same.victims === "combatants" && r.victims !== "people")) && r.victims !== "people") (same as CasualtyRow).victims = (r as CasualtyRow).victims;
    // ("Bandits kill three in Tarsa" dated by the paper; "killed three persons on Wednesday night" in the body: the
    // repeat's own day is the figure's, as its more specific victims are.)
    if (same.date_basis === "published" && OWN_DATE.has(r.date_basis ?? "")) Object.assign(same, { start: r.start, end: r.end, date_precision: r.date_precision, date_basis: r.date_basis });
    moved.set(r.id, same.id);
    dropped.push({ table, row: r, reason: reason(same) });
  }
  for (const r of out) if (r.part_of && moved.has(r.part_of)) r.part_of = moved.get(r.part_of)!;
  return { out, dropped };
}

// "Four people were killed in the strike … a fourth man was killed in the same strike": the one person named by
// an ordinal is one of a toll the article gives, not another death. (Only when that toll is tabled: "three were
// killed on Monday; a fourth died on Tuesday" alone leaves the one.)
const ORDINAL = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
const ORDINAL_AFTER = /^\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i;
function ordinalOfToll(rows: CasualtyRow[]) {
  const dropped: Dropped[] = [];
  const kept = rows.filter((r) => {
    if (r.count_best !== 1 || !/^(?:an?|the)$/i.test(r.mention)) return true;
    const m = ORDINAL_AFTER.exec(r.quote.slice(r.mention_end - r.quote_start, r.mention_end - r.quote_start + 16));
    if (!m) return true;
    const n = ORDINAL.indexOf(m[1].toLowerCase()) + 2;
    const toll = rows.find((o) => o !== r && o.outcome === r.outcome && o.count_best === n && !o.vague && o.in_scope === r.in_scope);
    if (toll) dropped.push({ table: "casualties", row: r, reason: `the ${m[1].toLowerCase()} of the ${n} already tabled (${toll.id})` });
    return !toll;
  });
  return { kept, dropped };
}

export const sameFigure: Refiner = {
  name: "same-figure",
  refine(rows) {
    const nth = ordinalOfToll(rows.casualties);
    rows = { ...rows, casualties: nth.kept };
    const k = firstOfEach(rows.casualties, (r) => `${r.outcome}|${r.count_best}|${r.vague}`, (same) => `same figure as ${same.id}`, "casualties");
    const d = firstOfEach(rows.displacement, (r) => `${r.kind}|${r.people_best}|${r.vague}`, () => "same figure already tabled", "displacement");
    return { rows: { ...rows, casualties: k.out, displacement: d.out }, dropped: [...nth.dropped, ...k.dropped, ...d.dropped] };
  },
};
