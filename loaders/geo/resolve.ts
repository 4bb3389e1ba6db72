/**
 * Which place a name means, or none. Candidates are every place sharing the name's key; context
 * narrows them, in this order: the kind the text asks for ("X province" a region, "X city" a town),
 * the countries named in the sentence, then in the article, then the conflict profile's country;
 * when none of those has the name, the regions and large cities the article names as places ("in
 * the Gaza Strip", "in Gaza": a place in that region, or near that city), then the countries of
 * those regions; then, among namesakes, the regions the article names; nearness to places the
 * article already placed; and a population ten times any rival's. A place outside every country
 * the article names or points to is never taken, and what is still ambiguous stays unresolved, with
 * its candidates: a wrong place on the map is worse than none.
 */
import { actorOnlyCountries, countriesIn, whereIn, type Area, type Where } from "./context.ts";
import { placeKey } from "./normalise.ts";
import type { GeoIndex, GeoPlace } from "./store.ts";

/** exact: the place's own name; variant: one of its other spellings; context: chosen among namesakes. */
export type How = "exact" | "variant" | "context";

export interface Resolution {
  mention: string;
  place: GeoPlace | null;
  how: How | null;
  /** Why it was chosen this way, or why no place was chosen. */
  why: string;
  /** The places the name could mean (all of them when unresolved). */
  candidates: GeoPlace[];
}

const NEAR_KM = 60, FAR_KM = 150, SAME_KM = 10;
const REGION_AFTER = /^\s*(?:province|governorate|oblast|region|state|prefecture|department)\b/i;
const TOWN_AFTER = /^\s*(?:city|town|village|district|neighbou?rhood|camp)\b/i;

export const km = (a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }) =>
  a.lat == null || b.lat == null ? Infinity : 111.2 * Math.hypot(a.lat - b.lat!, (a.lon! - b.lon!) * Math.cos((((a.lat + b.lat!) / 2) * Math.PI) / 180));

export interface ArticlePlaces {
  /** Resolves a name as written; `after` is the text following it in the sentence, `sentence` the sentence. */
  (mention: string, after?: string, sentence?: string): Resolution;
}

/** A resolver for one article: reads its countries and regions once, when first needed, and remembers what it placed. */
export function articlePlaces(index: GeoIndex, articleText: string, profileCountries: string[] = []): ArticlePlaces {
  let where: Where | null = null;
  const article = () => (where ??= whereIn(articleText, index));
  const anchors: GeoPlace[] = [];
  let actors: string[] | null = null;
  const actorsOnly = () => (actors ??= actorOnlyCountries(articleText));
  // A name resolved once keeps its answer, unless that answer read its sentence's countries and this sentence names others.
  const memo = new Map<string, { r: Resolution; sentence: string | null }>();
  let lastSentence = "", lastCountries: string[] = [];
  const sentenceCountries = (s: string) => (s === lastSentence ? lastCountries : ((lastSentence = s), (lastCountries = s ? countriesIn(s) : [])));
  return (mention, after = "", sentence = "") => {
    const want = REGION_AFTER.test(after) ? "region" : TOWN_AFTER.test(after) ? "place" : "";
    const memoKey = `${mention}|${want}|${/^\s*City\b/.test(after)}`;
    const seen = memo.get(memoKey);
    if (seen && (seen.sentence === null || seen.sentence === sentenceCountries(sentence).join(","))) return seen.r;
    let readSentence = false;
    const ctx: Context = { after, sentence: () => ((readSentence = true), sentenceCountries(sentence)), article, actorsOnly, profile: profileCountries, anchors };
    let r = resolveIn(index.lookup(mention), mention, want, ctx);
    if (!r.candidates.length) r = unglued(index, mention, want, ctx) ?? cityNamed(index, mention, ctx) ?? runOn(index, mention, want, ctx) ?? r;
    memo.set(memoKey, { r, sentence: readSentence ? sentenceCountries(sentence).join(",") : null });
    if (r.place?.kind === "place" && r.place.lat != null && !anchors.includes(r.place)) anchors.push(r.place);
    return r;
  };
}

/** "Gaza City", "Quezon City": a city the gazetteer lists without the word, read as the town of that name. */
function cityNamed(index: GeoIndex, mention: string, ctx: Context): Resolution | null {
  const m = /^(.+?)\s+City$/.exec(mention);
  if (!m) return null;
  const all = index.lookup(m[1]);
  return all.length ? { ...resolveIn(all, m[1], "place", { ...ctx, after: ` City${ctx.after}` }), mention } : null;
}

/** Copy that lost its hyphens glues the article to the name ("Maaret Alnouman", "Alzahraa"): when the whole is no place, the name with "al-" apart. */
function unglued(index: GeoIndex, mention: string, want: "" | "region" | "place", ctx: Context): Resolution | null {
  const apart = mention.replace(/\b([Aa]l)(?=[bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ][a-z]{3})/g, "$1-");
  if (apart === mention) return null;
  const all = index.lookup(apart);
  return all.length ? { ...resolveIn(all, apart, want, ctx), mention } : null;
}

/**
 * Copy that lost its commas runs a name into its region or country ("Ber Gao", "Tessit
 * Mali"): when the whole is no place, the head is resolved with the tail as its context.
 */
function runOn(index: GeoIndex, mention: string, want: "" | "region" | "place", ctx: Context): Resolution | null {
  const words = mention.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(" "), tail = words.slice(n).join(" ");
    // A region (admin-1) or a country, not a district: districts' names are too often words ("Camp", "Mountain").
    const areas = index.lookup(tail).filter((p) => p.kind !== "place" && p.feature !== "ADM2" && p.feature !== "ADM1G");
    if (!areas.length) continue;
    const countries = [...new Set(areas.map((p) => p.country))];
    const regions = areas.filter((p) => p.kind === "region");
    const article = (): Where => {
      const a = ctx.article();
      const own: Area[] = regions.map((r) => ({ admin1: r.admin1, country: r.country, admin1Name: r.admin1Name, via: tail }));
      return { countries: a.countries, get regions() { return [...regions, ...a.regions]; }, get regionsNotCapitals() { return [...regions, ...a.regionsNotCapitals]; }, get areas() { return [...own, ...a.areas]; } };
    };
    const r = resolveIn(index.lookup(head), head, want, { ...ctx, sentence: () => countries, article });
    return { ...r, mention, why: `${r.why} (the name runs into "${tail}")` };
  }
  return null;
}

interface Context {
  /** The text after the name in its sentence. */
  after: string;
  sentence: () => string[];
  article: () => Where;
  /** The countries the article names only as attackers ("Russian missiles"). */
  actorsOnly: () => string[];
  profile: string[];
  anchors: GeoPlace[];
}

function done(mention: string, all: GeoPlace[], place: GeoPlace, how: How, why: string): Resolution {
  return { mention, place, how, why, candidates: all };
}
function none(mention: string, why: string, candidates: GeoPlace[]): Resolution {
  return { mention, place: null, how: null, why, candidates };
}
/** exact when the mention is the place's own name (after folding), variant when another spelling of it. */
// ("Panama City" for Panama, "Kuwait City": the town's own name with "City" after it is the name as written.)
function own(p: GeoPlace, mention: string): How {
  const m = placeKey(mention), n = placeKey(p.name);
  return n === m || n === placeKey(mention.replace(/\s+City$/, "")) ? "exact" : "variant";
}

export function resolveIn(all: GeoPlace[], mention: string, want: "" | "region" | "place", ctx: Context): Resolution {
  if (!all.length) return none(mention, "not in the gazetteer", all);
  // A country's name is the country ("Mali"), whatever towns share it.
  const country = all.find((p) => p.kind === "country");
  if (country && !/^\s*City\b/.test(ctx.after)) return done(mention, all, country, own(country, mention), "a country");
  const kind = want || (all.some((p) => p.kind === "place") ? "place" : "region");
  let cands = dedupe(all, kind);
  if (!cands.length) cands = dedupe(all, "any");
  if (!cands.length) return none(mention, "not in the gazetteer", all);
  const a = ctx.article();
  // The conflict's country is context unless the article names only other countries (news of another war).
  const profile = !a.countries.length || a.countries.some((c) => ctx.profile.includes(c)) ? ctx.profile : [];
  // The countries named, or else (read only then: it costs a pass over the article) those of the areas it points to;
  // read when first needed and kept in a local (not a closure: this runs for every name read).
  let named: string[] | null = null;
  const narrowed = cands.length > 1 || all.length > cands.length;
  // Countries: the sentence's, then the article's, then the profile's.
  let sel: GeoPlace[] = [];
  let by = "";
  const only = cands.every((p) => p.country === cands[0].country) ? cands[0].country : null;
  if (only && (a.countries.includes(only) || profile.includes(only))) {
    // Candidates of one country the article names: the sentence could not choose otherwise.
    sel = cands;
    by = a.countries.includes(only) ? "the article's countries" : "the conflict's country";
  } else {
    for (const [tier, ccs] of [["the sentence's country", ctx.sentence()], ["the article's countries", a.countries], ["the conflict's country", profile]] as const) {
      sel = cands.filter((p) => ccs.includes(p.country));
      if (sel.length) { by = tier; break; }
    }
  }
  if (!sel.length) {
    // A region the article points to without naming its country ("Deir al-Balah" in an article that names "the Gaza Strip" and Israel).
    // A name is no evidence for itself ("Palma" is not in Mallorca because Mallorca's Palma is large; "the Sahel" is no
    // village of Burkina Faso's Sahel region), unless it names its region's seat ("in Aleppo") or its region as such ("Saada province").
    const self = (r: Area) => placeKey(r.via) === placeKey(mention);
    const areas = a.areas;
    const within = (p: GeoPlace, r: Area) => (r.near ? !self(r) && km(p, r.near) <= NEAR_KM : r.admin1 === p.admin1 && r.country === p.country && (!self(r) || r.unit || p.feature === "PPLA"));
    const inArea = cands.filter((p) => areas.some((r) => within(p, r)));
    if (inArea.length) {
      sel = inArea;
      const via = areas.find((r) => within(inArea[0], r))!;
      by = via.near ? `the area of ${via.via}, which the article names` : `${via.admin1Name}, a region the article names`;
    } else {
      // Else the country of such a region (not of a city: "talks in Istanbul" is no Turkish village), but no hamlet elsewhere in it.
      const regional = areas.filter((r) => !r.near && !self(r));
      sel = cands.filter((p) => !isHamlet(p) && regional.some((r) => r.country === p.country));
      if (sel.length) by = `${sel[0].country}, the country of ${regional.find((r) => r.country === sel[0].country)!.via}, which the article names`;
    }
  }
  if (!sel.length) {
    // "Salah ad-Din" is a neighbourhood in one country and a province in another: the other kind may be the one in context.
    // So is "X village" when X is a region of the article's country: a village of that region.
    if (want !== "region" && kind === "place" && all.some((p) => p.kind === "region")) {
      const region = resolveIn(all, mention, "region", ctx);
      if (region.place && ((named ??= namedCountries(ctx, a, profile, mention)).includes(region.place.country) || a.areas.some((r) => r.country === region.place!.country))) return region;
    }
    // A place outside every country the article names or points to is not taken, however large: "al-Qahira" is a
    // Syrian village as well as Cairo's name in Arabic, and Aleppo has its own Sulaimaniyeh.
    const countries = (named ??= namedCountries(ctx, a, profile, mention));
    if (countries.length) {
      // Unless the article names those countries only as the attackers ("Russian missiles struck Tarsa"): they say who
      // struck, not where, and a large town of that very name elsewhere is the one meant. (Only a town of 50,000 or more
      // under its own name: "Syrian troops shelled X" is as often a Syrian village the gazetteer lacks, and a small
      // namesake abroad, or a great city's name in another tongue, would put it in the wrong country.)
      // (Not when the article's own places lie in those countries: "Tarsan jets bombed the Ulmar district of Tarsa City".
      // A capital's name is no such place: "the defence ministry in Moscow said", "Jerusalem said", is the government speaking.)
      const actors = ctx.actorsOnly();
      const onlyAttackers = countries.every((cc) => actors.includes(cc)) && !a.regionsNotCapitals.some((r) => countries.includes(r.country)) && !a.areas.some((r) => countries.includes(r.country));
      sel = onlyAttackers ? cands.filter((p) => p.kind === "place" && p.population >= 50_000 && own(p, mention) === "exact") : [];
      if (!sel.length) return none(mention, `no place of that name in ${countries.join(", ")}`, cands);
      by = `a country the article does not name (it names ${countries.join(", ")} only as attackers)`;
    } else sel = cands;
  }
  // A hamlet GeoNames knows in a region the article never names, while it names others, is likely another place of a like name.
  if (sel.length === 1 && isHamlet(sel[0]) && pointedAreas(a).some((r) => r.country === sel[0].country) && !pointedAreas(a).some((r) => r.admin1 === sel[0].admin1) && !a.regions.some((r) => r.admin1 === sel[0].admin1))
    return none(mention, `the only ${sel[0].country} place of that name is a ${sel[0].feature === "ADM2" ? "district" : "hamlet"} in ${sel[0].admin1Name || "a region"}, which the article does not name`, sel);
  if (sel.length === 1) return done(mention, all, sel[0], narrowed && cands.length > 1 ? "context" : own(sel[0], mention), cands.length > 1 ? `the one in ${by}` : by.includes("article names") || by.includes("attackers") ? `the only place of that name, in ${by}` : "the only place of that name");
  // Regions the article names: "in Gao province".
  const inRegion = sel.filter((p) => a.regions.some((r) => r.admin1 === p.admin1 && r.country === p.country));
  if (inRegion.length === 1) return done(mention, all, inRegion[0], "context", `the one in ${inRegion[0].admin1Name}, a region the article names`);
  if (inRegion.length > 1) sel = inRegion;
  // Nearness to places the article already placed.
  if (ctx.anchors.length) {
    const d = sel.map((p) => ({ p, d: Math.min(...ctx.anchors.map((q) => km(p, q))) })).sort((x, y) => x.d - y.d);
    if (d[0].d <= NEAR_KM && d[1].d >= FAR_KM) return done(mention, all, d[0].p, "context", `the one near ${nearest(d[0].p, ctx.anchors).name}`);
  }
  // A city ten times the size of every namesake is the one news means.
  const largest = dominant(sel);
  if (largest) return done(mention, all, largest, "context", "by far the largest of its namesakes");
  // Namesakes in a country the sentence names in passing ("US-led strikes on Damascus") give way to a great city in the article's.
  const countries = (named ??= namedCountries(ctx, a, profile, mention));
  const wide = dominant(cands.filter((p) => countries.includes(p.country)));
  if (wide) return done(mention, all, wide, "context", "by far the largest of its namesakes in the countries the article names");
  return none(mention, `${sel.length} places of that name${by ? ` in ${by}` : ""}; the text does not say which`, sel);
}

/** The countries named (the sentence's, the article's, the profile's), or else those of the areas the article points to. */
function namedCountries(ctx: Context, a: Where, profile: string[], mention: string): string[] {
  const ccs = [...new Set([...ctx.sentence(), ...a.countries, ...profile])];
  return ccs.length ? ccs : [...new Set(a.areas.filter((r) => placeKey(r.via) !== placeKey(mention)).map((r) => r.country))];
}

/** The regions the article names (not after capitals) and the regions it points to. */
const pointedAreas = (a: Where) => [...a.regionsNotCapitals, ...a.areas.filter((r) => !r.near)];

// A hamlet, or a district: names that recur across a country ("Sabah" is a district of one governorate and a village of another).
const isHamlet = (p: GeoPlace) => (p.kind === "place" && p.population < 5_000 && p.source.startsWith("GeoNames")) || p.feature === "ADM2";

/** The one place at least ten times as populous as every namesake, and a town of 50,000 or more. */
function dominant(ps: GeoPlace[]): GeoPlace | null {
  const byPop = [...ps].sort((x, y) => y.population - x.population);
  return byPop.length && byPop[0].population >= 50_000 && byPop[0].population >= 10 * (byPop[1]?.population ?? 0) ? byPop[0] : null;
}

const nearest = (p: GeoPlace, qs: GeoPlace[]) => qs.reduce((b, q) => (km(p, q) < km(p, b) ? q : b));

// The same candidate lists come back in article after article: each is reduced once.
const deduped = new WeakMap<GeoPlace[], Map<string, GeoPlace[]>>();

/**
 * The candidates of one kind ("any": all but countries). GeoNames lists some places twice (a town
 * and its centre): namesakes of one country within 10 km are one place, the larger.
 */
function dedupe(all: GeoPlace[], kind: "place" | "region" | "any"): GeoPlace[] {
  let byKind = deduped.get(all);
  if (!byKind) deduped.set(all, (byKind = new Map()));
  let out = byKind.get(kind);
  if (out) return out;
  out = [];
  const ps = all.filter((p) => (kind === "any" ? p.kind !== "country" : p.kind === kind));
  for (const p of ps.sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1))) {
    if (!out.some((q) => q.kind === p.kind && q.country === p.country && km(p, q) < SAME_KM)) out.push(p);
  }
  byKind.set(kind, out);
  return out;
}
