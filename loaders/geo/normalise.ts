/**
 * One key per place name however English transliterates it. Folds only what transliteration varies
 * (accents, ʿ and ', Arabic article particles, Kafr/Kfar/Kfr, ou/u, ee/i, ei/ai/ay, doubled letters,
 * final -iyah/-iyeh/-iye/-ieh, "Eastern"/"East", hyphens and spaces). Vowels otherwise stay: "Al-Surman" and
 * "Sarmin" share their consonants and are different towns, so no consonant skeleton is ever used.
 */
import { remembered } from "../remembered.ts";

// Article-like particles of Arabic names as English writes them ("al-", "el ", "ash-", "ad-").
const PARTICLES = new Set(["al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ed", "es", "et", "ez", "the", "of"]);
// Whole words spelled many ways: Kafr (village), Tell (hill), compass words.
const WORD_FOLDS: Record<string, string> = {
  kfar: "kafr", kafar: "kafr", kefr: "kafr", kafer: "kafr", kfr: "kafr", kefer: "kafr",
  tel: "tall", tell: "tall", tal: "tall",
  northern: "north", southern: "south", eastern: "east", western: "west",
};

const NON_ASCII = /[^\x00-\x7f]/;

/** Letters of `s` with accents folded, apostrophes and ʿ dropped, lower-cased; null if a non-Latin script remains. */
export function latinFold(s: string): string | null {
  // Most names are plain ASCII: only case and apostrophes to fold.
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, "");
  const f = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[’'`ʿʾ‘ʻʼ]/g, "").replace(/ı/g, "i").replace(/[ðđ]/g, "d").replace(/ø/g, "o").replace(/ł/g, "l").replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/ə/g, "a");
  return NON_ASCII.test(f) ? null : f;
}

/** The matching key of a place name ("" when nothing is left or the script is not Latin). News repeats its names: each is folded once. */
export const placeKey = remembered(computeKey, 200_000);

/** The same key, not remembered: for building the index, which folds each of a million names once. */
export function computeKey(s: string): string {
  const f = latinFold(s);
  if (f === null) return "";
  const words = f.split(/[^a-z]+/).filter((w) => w && !PARTICLES.has(w));
  // Only the -iyah/-iyeh/-iye/-ieh ending is surely a ta marbuta ("Nabatiyeh", "Nabatiye", "Nabatieh"); a final -ah may be a real consonant ("Mallah").
  return words.map((w) => (WORD_FOLDS[w] ?? w).replace(/(?:iy[ae]h?|ieh|(?<=[^aeiou])ia)$/, "iya")).join("")
    .replace(/ou|oo/g, "u").replace(/ee/g, "i").replace(/ei|ai/g, "ay").replace(/(.)\1+/g, "$1");
}

/** The key of a name's first word that is not a particle ("Hasakah" of "Al-Hasakah"). */
export function firstWordKey(s: string): string {
  for (const w of s.split(/[\s-]+/)) { const k = placeKey(w); if (k) return k; }
  return "";
}
