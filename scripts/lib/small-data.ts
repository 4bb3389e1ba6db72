/**
 * Writes the version and the world map, when not cached, into Framework's loader cache: Framework
 * would otherwise start a process for each loader (1.7 s of `observable build` at 10,000 articles),
 * and the build writes them while its data threads work. The world map is written only when the
 * conflict profile names its countries; otherwise its loader picks them from the corpus, in Framework.
 */
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {loadProfile} from "../../loaders/extract/profile.ts";
import {worldOf} from "../../loaders/report/world.ts";
import {versionData, type Project} from "./freshness.ts";

/** Where the two are cached: the outputs of `version.json.ts` and `world.json.ts`. */
export const cachedVersion = (project: Project) => join(project.cache, "data", "version.json");
export const cachedWorld = (project: Project) => join(project.cache, "data", "world.json");

/** Writes whichever is missing; `sharedHash` is the shared inputs' hash (freshness.ts). Returns the files written. */
export function writeSmallData(project: Project, sharedHash: string): string[] {
  const countries = loadProfile().data.report.countries;
  const files = [
    {file: cachedVersion(project), data: () => versionData(sharedHash)},
    ...(countries.length ? [{file: cachedWorld(project), data: () => worldOf(countries)}] : [])
  ].filter(({file}) => !existsSync(file));
  for (const {file, data} of files) {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, JSON.stringify(data()));
  }
  return files.map(({file}) => file);
}
