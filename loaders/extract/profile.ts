/**
 * The conflict profile (data/conflict.yaml): what the extractor knows of one war — its actors and
 * their sides, its monitors, its start, other wars its news mentions. Rules read it through the
 * patterns built here, so no rule names a war. With no profile, every pattern is empty and the
 * general rules alone apply.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { nameRegex } from "./lexicon/pattern.ts";
import { parsedYaml } from "./yaml-cache.ts";

export const DEFAULT_PROFILE = join(dirname(fileURLToPath(import.meta.url)), "../../data/conflict.yaml");

const Named = z.object({ name: z.string(), aliases: z.array(z.coerce.string()).default([]) });
const Point = z.object({ text: z.coerce.string(), lat: z.number(), lon: z.number() });
/**
 * A line worth drawing on the map: a road through gazetteer places in order (`through`), or the
 * border two countries share (`between`, world-atlas names). `axis` marks the line the capture
 * timeline uses as its reference (its places become the timeline's landmarks).
 */
const Line = z.object({
  name: z.coerce.string(),
  /** How the map's legend names it: "the coastal highway". */
  label: z.string().optional(),
  through: z.array(z.coerce.string()).default([]),
  between: z.array(z.string()).length(2).optional(),
  axis: z.boolean().default(false),
});
/** What the report says and draws about this war; every field optional (the data fills the gaps). */
export const ReportProfileSchema = z.object({
  title: z.string().optional(),
  /** One or two sentences of context that open the Overview, before the figures. */
  lede: z.string().optional(),
  /** A paragraph on the Territory page: what the fighting was about on the ground. */
  territory: z.string().optional(),
  period: z.object({ start: z.coerce.string().optional(), end: z.coerce.string().optional() }).optional(),
  /** Countries drawn on the map (world-atlas names); the first is where the war is. */
  countries: z.array(z.string()).default([]),
  /** The map's box in degrees; without it, the box around the places the articles name. */
  extent: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }).optional(),
  labels: z.array(Point).default([]),
  lines: z.array(Line).default([]),
  /** Gazetteer places shown as towns to orient a reader; without it, the gazetteer's cities in the box. */
  landmarks: z.array(z.coerce.string()).optional(),
  /** People per family when an article converts none, and where that factor comes from. */
  people_per_family: z.object({ value: z.number().positive(), source: z.string() }).optional(),
});
export type ReportProfile = z.infer<typeof ReportProfileSchema>;

export const ProfileSchema = z.object({
  name: z.string().default("this conflict"),
  country: z.string().optional(),
  start: z.coerce.string().optional(),
  actors: z.array(Named.extend({ side: z.enum(["government", "opposition", "ally", "other"]) })).default([]),
  monitors: z.array(Named).default([]),
  not_places: z.array(z.coerce.string()).default([]),
  other_conflicts: z.array(z.coerce.string()).default([]),
  report: ReportProfileSchema.default(() => ReportProfileSchema.parse({})),
});
export type ProfileData = z.infer<typeof ProfileSchema>;
export type Side = ProfileData["actors"][number]["side"];

const names = nameRegex;

/**
 * Something built from a profile (a pattern of its actors, its start year), built once per profile: the rules
 * ask for it per sentence or per figure.
 */
export function perProfile<T>(build: (profile: Profile) => T): (profile: Profile) => T {
  const built = new WeakMap<Profile, { value: T }>();
  return (profile) => {
    let entry = built.get(profile);
    if (!entry) built.set(profile, (entry = { value: build(profile) }));
    return entry.value;
  };
}

export class Profile {
  readonly data: ProfileData;
  /** False when no profile file was found: the report then titles and frames itself from the data. */
  readonly given: boolean;
  readonly startYear: number | null;
  /** Each actor's names, with its side. */
  readonly actors: Array<{ name: string; side: Side; re: RegExp }>;
  readonly monitors: Array<{ name: string; re: RegExp }>;
  readonly otherConflicts: RegExp | null;
  readonly notPlaces: Set<string>;

  constructor(data: unknown = {}) {
    this.given = data != null && typeof data === "object" && Object.keys(data).length > 0;
    this.data = ProfileSchema.parse(data ?? {});
    const y = /^(\d{4})/.exec(this.data.start ?? "");
    this.startYear = y ? +y[1] : null;
    this.actors = this.data.actors.map((a) => ({ name: a.name, side: a.side, re: names([a.name, ...a.aliases])! }));
    this.monitors = this.data.monitors.map((m) => ({ name: m.name, re: names([m.name, ...m.aliases])! }));
    this.otherConflicts = names(this.data.other_conflicts);
    this.notPlaces = new Set([...this.data.not_places, ...this.data.actors.flatMap((a) => a.aliases)]);
  }

  /** The first actor named in `text`, with its offset. */
  actorIn(text: string): { name: string; side: Side; at: number } | null {
    let best: { name: string; side: Side; at: number } | null = null;
    for (const a of this.actors) {
      const m = a.re.exec(text);
      if (m && (!best || m.index < best.at)) best = { name: a.name, side: a.side, at: m.index };
    }
    return best;
  }
}

const cache = new Map<string, Profile>();
let empty: Profile | null = null;
// The profile read when a caller names none: data/conflict.yaml unless `useProfile` chose another or none.
let chosen: string | null = DEFAULT_PROFILE;

/**
 * Chooses the profile every rule reads by default: a file, or null for none (the general rules
 * alone: a corpus of many wars, where one war's country, actors and names would mislead); with no
 * argument, data/conflict.yaml again. The extract command's `--profile none|FILE` calls it before
 * reading any article.
 */
export function useProfile(file: string | null = DEFAULT_PROFILE): void {
  chosen = file;
}

/** The profile in `file` (by default the one `useProfile` chose, else data/conflict.yaml); an empty profile when there is none. */
export function loadProfile(file: string | null = chosen): Profile {
  if (file === null) return (empty ??= new Profile({}));
  let p = cache.get(file);
  if (!p) {
    try {
      // (Read back from its JSON copy when the file has not changed: yaml-cache.ts.)
      p = new Profile(existsSync(file) ? parsedYaml(file) : {});
    } catch (e) {
      throw new Error(`${file}: the conflict profile cannot be read: ${(e as Error).message}`);
    }
    cache.set(file, p);
  }
  return p;
}
