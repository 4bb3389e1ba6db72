/**
 * After `observable build`: puts every article's data beside the site's other data files, where the
 * article viewer (src/article.md) fetches it by id, and writes a small redirect at each article's
 * old address (articles/<id>.html), so links made before the viewer still open the article on any
 * static server. Copies and a few hundred bytes per article: milliseconds each, not Framework's 0.1 s.
 */
import {existsSync, mkdirSync} from "node:fs";
import {publish} from "./publish-file.ts";
import {writeChanged} from "../../loaders/write-whole.ts";
import {join} from "node:path";
import {articleDataHref, articleHref} from "../../src/components/article-address.js";
import {partName} from "../../loaders/report/article-parts.ts";
import {cachedArticleData} from "./article-pages.ts";
import type {Project} from "./freshness.ts";

/**
 * A page that sends the reader on to the viewer, keeping the claim the link pointed at (#claim-id):
 * the script keeps the hash; the meta refresh and the link serve a browser without scripts.
 */
export function redirectStub(id: string): string {
  const target = articleHref(id, null, "..");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article ${id}</title>
<script>location.replace(${JSON.stringify(target)} + location.hash)</script>
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${target}">
</head><body><p>This article is now at <a href="${target}">${target}</a>.</p></body></html>
`;
}

/** Where an article's redirect page is kept between builds, rewritten only when it changes. */
const cachedRedirect = (project: Project, id: string) => join(project.cache, "redirects", `${id}.html`);

export function publishArticles(project: Project, ids: string[], dist = join(project.root, "dist")): void {
  // The viewer's data address without a version: the path the build writes to.
  const dataFile = (name: string) => join(dist, articleDataHref(name, null, "."));
  mkdirSync(join(dist, "_file/data/articles"), {recursive: true});
  mkdirSync(join(dist, "articles"), {recursive: true});
  mkdirSync(join(project.cache, "redirects"), {recursive: true});
  for (const id of ids) {
    publish(cachedArticleData(project, id), dataFile(id));
    // A very long text's further parts (loaders/report/article-parts.ts).
    for (let part = 2; existsSync(cachedArticleData(project, partName(id, part))); part++) publish(cachedArticleData(project, partName(id, part)), dataFile(partName(id, part)));
    // Kept and linked at each build: Framework empties dist/, and 10,000 small writes took 4 s of a build.
    const stub = cachedRedirect(project, id);
    writeChanged(stub, redirectStub(id));
    publish(stub, join(dist, "articles", `${id}.html`));
  }
}
