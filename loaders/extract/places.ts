/**
 * Place names as written in a sentence. News writes them as capitalised words, with Arabic particles
 * in lower case ("Jisr al-Shughur", "Tell Abyad", "Deir ez-Zor"), often in lists after
 * "the villages of". Every name is tabled; the gazetteer only adds what it knows about it.
 */
import type { Gazetteer, Place } from "./gazetteer.ts";

// Letters with accents count ("Chiùre", "Dnipró"); "-e" joins Persian names ("Dahan-e Ghori").
const UP = String.raw`A-ZÀ-ÖØ-Þ\u0100-\u017F`, LOW = String.raw`a-zß-öø-ÿ\u0100-\u017F`;
// Scraped text glues words: "TalMans", "JouzFin" are one name each.
const CAP = String.raw`(?:[${UP}][${LOW}'’]*[${LOW}](?:[${UP}][${LOW}]+)?(?:-[${UP}${LOW}][${LOW}'’]+|-e(?=\s[A-Z]))*|[A-Z]'[A-Z][a-z]+)`;
// Arabic particles, and the Portuguese, Spanish and French ones ("Mocimboa da Praia").
const PARTICLE = String.raw`(?:al|el|an|ar|as|ash|at|ad|az|ed|es|et|ez|bin|ibn|abu|da|de|do|dos|das|del|di|du)`;
/** One place name: capitalised words, joined by spaces or by lower-case particles ("al-", "al "). */
export const NAME_SRC = String.raw`(?:(?:${PARTICLE}-)?${CAP}(?:(?:\s+|\s+${PARTICLE}[\s-]+|-${PARTICLE}-)${CAP}){0,3})`;
const NAME_AT_START = new RegExp(`^${NAME_SRC}`);

// Capitalised words that start sentences or name actors, never places on their own.
const NOT_PLACES = new Set(
  ("The A An In On At By Of For From To And Or But As After Before Since While During Regime Syrian Syrians Russian Russians Turkish Turks " +
    "Government Opposition Rebels Rebel Army Forces Troops Monitor Observatory He She They It Its Their This That These Those " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "UN U.N. US U.S. EU NATO SANA SOHR HTS FSA YPG SDF PKK ISIS Daesh Assad Bashar Putin Erdogan Russia Iran Moscow Ankara Tehran Washington Europe " +
    "Hayat Tahrir Sham Qaeda Al-Qaeda White Helmets Civil Defence Defense Red Crescent Both Several Many Some Most Other Others Another Earlier Later").split(" "),
);

export interface PlaceMention {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  mention: string;
  place: Place | null;
}

/** Reads a place name at the start of `s` (after trimming determiners the caller removed). */
export function nameAt(s: string): string | null {
  const m = NAME_AT_START.exec(s);
  if (!m) return null;
  let name = m[0];
  // Trailing generic words are descriptions, not part of the name ("X districts", "Y town").
  name = name.replace(/\s+(?:Province|Governorate|City|Town|Village|District|Districts|Countryside|Region|Area)$/i, "");
  const first = name.split(/[\s-]/)[0];
  if (NOT_PLACES.has(name) || NOT_PLACES.has(first)) return null;
  return name;
}

export function resolve(gaz: Gazetteer, mention: string): Place | null {
  return gaz.lookup(mention);
}
