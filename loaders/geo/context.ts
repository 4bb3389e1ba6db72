/**
 * What an article says about where it is: the countries it names (by name or demonym: "Mali",
 * "Ukrainian forces"), read with one pattern, longest name first so "South Sudanese" is South Sudan
 * and not Sudan; and the regions it names ("in Gao province", "Kharkiv region"), read from runs of
 * capitalised words, only when a choice among namesakes needs them.
 */
import { countries, countryWords } from "./countries.ts";
import { firstWordKey, latinFold, placeKey } from "./normalise.ts";
import type { GeoIndex, GeoPlace } from "./store.ts";
import { phrases } from "../extract/lexicon/pattern.ts";
import { ATTACK_NOUNS } from "../extract/lexicon/sources.ts";

/** Beside the attack nouns, more words for a state's armed might. */
// ("A Kenyan glide bomb hit …": one weapon, said in the singular, is the attacker's too.)
const MORE_ACTOR_NOUNS = ["tanks", "military", "navy", "air force", "warships", "mercenaries", "paratroopers", "marines", "special forces", "units", "invasion", "occupation", "shells", "bombers", "fighter jets",
  "bomb", "missile", "rocket", "shell", "jet", "bomber", "helicopter", "tank", "warship", "mortar", "mortars", "projectile", "projectiles", "munitions", "soldier", "fighter jet", "warplanes", "gunboat", "gunboats"];

export interface Where {
  /** Country codes named, in order of first mention. */
  countries: string[];
  /** Admin-1 regions named (only those in a named country, or followed by a unit word). */
  readonly regions: GeoPlace[];
  /** The regions named, less those named after their country's capital ("BEIRUT —", "Tehran-backed"): the capital's name is a dateline or a government as often as a place. */
  readonly regionsNotCapitals: GeoPlace[];
  /**
   * Where the article points without naming the country ("in the Gaza Strip", "in Cabo Delgado",
   * "in Gaza"): admin-1 regions whose name is no other country's region or large city, and large
   * cities, each with the name that pointed to it.
   */
  readonly areas: Area[];
}

/** A region the article points to (its admin-1 code), or a large city it names (`near`: places within a short drive of it). */
export interface Area { admin1: string; country: string; admin1Name: string; via: string; near?: GeoPlace; /** Named with its unit word ("Saada province"). */ unit?: boolean }

// An admin-1 unit's own words ("district" and "county" are smaller units).
const REGION_UNIT_AFTER = /^\s+(?:province|governorate|oblast|region|state|prefecture|department)\b/i;
const UNIT_AFTER = /^\s+(?:province|governorate|oblast|region|state|district|prefecture|county|department)\b/i;

let countryPattern: RegExp | null = null;
/** One pattern of every country name and demonym as written, longest first ("South Sudanese" before "Sudanese"). */
function countryNames(): RegExp {
  if (countryPattern) return countryPattern;
  const names = new Set<string>();
  for (const c of countries()) for (const n of [...c.names, ...c.demonyms]) if (/^[A-Z]/.test(n) && latinFold(n) !== null) names.add(n);
  // A possessive, with or without its apostrophe ("Mali's", "Malis"), still names the country.
  return (countryPattern = new RegExp(`(?<![\\p{L}])(?:${phrases([...names], { exactSpaces: true })})(?=(?:['’]?s)?(?![\\p{L}]))`, "gu"));
}

/** Countries named in `text`, in order of first mention: one pass of one pattern. */
export function countriesIn(text: string): string[] {
  const words = countryWords(), out: string[] = [], re = countryNames();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) for (const cc of words.get(placeKey(m[0])) ?? []) if (!out.includes(cc)) out.push(cc);
  return out;
}

// "Russian missiles", "Israeli-backed militias", "Ukraine's forces": a country named as the one that strikes or advances.
const ACTOR_AFTER = new RegExp(String.raw`^(?:['’]?s)?(?:-(?:backed|led|allied|supplied|made|built))?\s+(?:[a-z-]+\s+)?(?:${phrases([...ATTACK_NOUNS, ...MORE_ACTOR_NOUNS])})\b`);

/**
 * The countries `text` names only as attackers ("Russian missiles struck Tarsa", "Ulmari tanks
 * advanced"): every mention is followed by a force or a weapon. They say who struck, not where.
 */
export function actorOnlyCountries(text: string): string[] {
  const words = countryWords(), re = countryNames(), actor = new Map<string, boolean>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const isActor = ACTOR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    for (const cc of words.get(placeKey(m[0])) ?? []) actor.set(cc, (actor.get(cc) ?? true) && isActor);
  }
  return [...actor].filter(([, only]) => only).map(([cc]) => cc);
}

const CAP_WORD = /\b[A-Z][\w'’-]*/g;
// Up to three more words after a region name's first: "Deir ez-Zor", "Rif Dimashq", "North Darfur".
const MORE_WORDS = /^(?:\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\w'’-]*){1,3}/;

// Capitalised words recur in article after article: each is keyed and looked up once (bounded).
const startsRegionMemo = new WeakMap<GeoIndex, Map<string, boolean>>();
function startsRegion(index: GeoIndex, memo: Map<string, boolean>, word: string): boolean {
  let yes = memo.get(word);
  if (yes === undefined) {
    if (memo.size > 100_000) memo.clear();
    memo.set(word, (yes = index.startsRegionName(firstWordKey(word))));
  }
  return yes;
}

/** Names that could be regions ("Deir ez-Zor", "Kharkiv"): each capitalised word that begins some region's name, with up to three words after it. */
function* runs(text: string, index: GeoIndex): Generator<{ key: string; text: string; end: number }> {
  let memo = startsRegionMemo.get(index);
  if (!memo) startsRegionMemo.set(index, (memo = new Map()));
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    if (!startsRegion(index, memo, m[0])) continue;
    const end = m.index + m[0].length;
    yield { key: placeKey(m[0]), text: m[0], end };
    const more = MORE_WORDS.exec(text.slice(end, end + 60));
    if (!more) continue;
    // Each longer name: "Deir ez-Zor", then "Deir ez-Zor Governorate".
    const parts = more[0].match(/\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\w'’-]*/g) ?? [];
    let t = m[0];
    for (const part of parts) { t += part; yield { key: placeKey(t), text: t, end: m.index + t.length }; }
  }
}

// Words that name a region somewhere but are ordinary words in English prose ("North", "Unity", "Capital").
const GENERIC = new Set(("north south east west central northern southern eastern western upper lower middle greater far capital coast coastal " +
  "lakes lake unity plateau centre center littoral highlands islands island mountain mountains valley delta border frontier river sea " +
  "national federal special interior red blue white black green bay gulf peninsula desert oasis hills savanes independence liberty " +
  "union united new old great little january february march april may june july august september october november december " +
  "monday tuesday wednesday thursday friday saturday sunday").split(" "));
// Words before a name that make it a place: "in", "across the", "on the".
const LOCATIVE_WORDS = String.raw`\b(?:[Ii]n|[Oo]f|[Oo]n|[Aa]cross|[Nn]ear|[Ff]rom|[Ii]nto|[Tt]hroughout|[Aa]round|[Tt]o|[Aa]t|[Oo]utside|[Ii]nside|[Oo]ver|[Aa]gainst|[Tt]owards?|[Ww]ithin|[Tt]hrough|[Aa]long)\s+`;
// A city this large (ten times any namesake) says where it is; a region's name that is also such a city elsewhere ("Gaza", a province of Mozambique) says nothing.
const LARGE_CITY = 100_000;

/** An admin-1 region (or a curated one): districts and groups of regions are places to find, not context. */
const isRegion = (p: GeoPlace) => p.kind === "region" && p.feature !== "ADM2" && p.feature !== "ADM1G";

/** Countries and regions named in `text`; the regions (one index lookup per capitalised run) only when asked for. */
export function whereIn(text: string, index: GeoIndex): Where {
  const countries = countriesIn(text);
  let regions: GeoPlace[] | null = null, notCapitals: GeoPlace[] | null = null, areas: Area[] | null = null;
  const isCapitalOf = (run: string, cc: string) => index.lookup(run).some((p) => p.feature === "PPLC" && p.country === cc);
  const named = () => {
    if (regions) return;
    regions = [];
    notCapitals = [];
    for (const run of runs(text, index)) {
      if (!index.isRegionKey(run.key)) continue;
      const unit = UNIT_AFTER.test(text.slice(run.end, run.end + 16));
      for (const p of index.lookup(run.text)) {
        if (!isRegion(p) || regions.includes(p)) continue;
        if (unit || countries.includes(p.country)) {
          regions.push(p);
          if (!isCapitalOf(run.text, p.country)) notCapitals.push(p);
        }
      }
    }
  };
  return {
    countries,
    get regions() { named(); return regions!; },
    get regionsNotCapitals() { named(); return notCapitals!; },
    get areas() { return (areas ??= areasIn(text, index)); },
  };
}

/**
 * The areas an article points to: the admin-1 regions it names as places ("in Cabo Delgado", "on
 * the Gaza Strip", "of Saada province") by their own name (not a seat's variant: "Zara" of Zadar)
 * when the name is theirs alone (one country's regions, no country, no large city elsewhere, no
 * ordinary word, not the capital's name); and the large cities it names as places ("in Gaza": ten
 * times any namesake, not a capital, which is as often a government or a dateline), which vouch only
 * for places near them.
 */
function areasIn(text: string, index: GeoIndex): Area[] {
  const out: Area[] = [];
  const add = (a: Area) => { if (!out.some((o) => o.admin1 === a.admin1 && o.near === a.near)) out.push(a); };
  for (const run of capitalisedRuns(text)) {
    if (GENERIC.has(run.key) || run.key.length < 4) continue;
    // Named as a place (capitalisedRuns yields only those), and the whole name, not part of a longer one ("Michael Smith").
    if (MORE_WORDS.test(text.slice(run.end, run.end + 40))) continue;
    const all = index.lookup(run.text);
    if (!all.length || all.some((p) => p.kind === "country")) continue;
    // A region by its own name, not one of its seat's ("Zara" of Zadar).
    const regionsOf = all.filter((p) => isRegion(p) && placeKey(p.name) === run.key), cc = regionsOf[0]?.country;
    if (cc && all.every((r) => !isRegion(r) || r.country === cc) && !all.some((p) => p.kind === "place" && (p.country === cc ? p.feature === "PPLC" : p.population >= LARGE_CITY))) {
      const unit = REGION_UNIT_AFTER.test(text.slice(run.end, run.end + 16));
      for (const r of regionsOf) add({ admin1: r.admin1, country: r.country, admin1Name: r.admin1Name, via: run.text, unit });
      continue;
    }
    // A large city by its own name, not another's variant ("October" of 6th of October City).
    const places = all.filter((p) => p.kind === "place").sort((a, b) => b.population - a.population), big = places[0];
    if (big && placeKey(big.name) === run.key && big.population >= LARGE_CITY && big.feature !== "PPLC" && big.population >= 10 * (places[1]?.population ?? 0))
      add({ admin1: big.admin1, country: big.country, admin1Name: big.admin1Name, via: run.text, near: big });
  }
  return out;
}

/** Every run of capitalised words after a locative word, with up to three words after its first ("in the Gaza Strip", "in Cabo Delgado"). */
function* capitalisedRuns(text: string): Generator<{ key: string; text: string; start: number; end: number }> {
  // One pass for the locative words (the capital letter after them is tested case-sensitively, the word itself is not).
  const named = new RegExp(`${LOCATIVE_WORDS}(?:[Tt]he\\s+)?([A-Z][\\w'’-]*)`, "g");
  for (let m = named.exec(text); m; m = named.exec(text)) {
    let t = m[1];
    const start = m.index + m[0].length - t.length;
    yield { key: placeKey(t), text: t, start, end: start + t.length };
    const more = MORE_WORDS.exec(text.slice(start + t.length, start + t.length + 60));
    for (const part of more?.[0].match(/\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|of|the|de|du)[\s-]+)?[A-Z][\w'’-]*/g) ?? []) {
      t += part;
      yield { key: placeKey(t), text: t, start, end: start + t.length };
    }
  }
}
