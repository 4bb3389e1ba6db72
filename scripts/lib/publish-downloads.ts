/**
 * After `observable build`: puts the downloads (written into Framework's loader cache while it built)
 * at their fixed addresses in dist/ (src/components/download-address.js), where the Sources page
 * links them. Hard links, not copies: at 10,000 articles they are 360 MB.
 */
import {mkdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {downloadPath} from "../../src/components/download-address.js";
import {FORMATS, TABLES} from "../../src/data/downloads/tables.ts";
import {cachedDownload} from "./download-files.ts";
import type {Project} from "./freshness.ts";
import {publish} from "./publish-file.ts";

/** Publishes every download; returns how many. */
export function publishDownloads(project: Project, dist = join(project.root, "dist")): number {
  mkdirSync(dirname(join(dist, downloadPath("claims", "csv"))), {recursive: true});
  for (const table of TABLES) for (const format of FORMATS) publish(cachedDownload(project, table, format), join(dist, downloadPath(table, format)));
  return TABLES.length * FORMATS.length;
}
