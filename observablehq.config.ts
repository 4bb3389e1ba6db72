// Observable Framework configuration. See https://observablehq.com/framework/config
import {readArticles} from "./loaders/articles/read.ts";
import {loadProfile} from "./loaders/extract/profile.ts";
import {articlesDir} from "./loaders/report/corpus.ts";

/** One page per readable article, from the same reader the data loaders use. */
function articlePaths(): string[] {
  try {
    return readArticles(articlesDir()).articles.map((a) => `/articles/${a.id}`);
  } catch {
    return [];
  }
}

export default {
  // The conflict profile's title; the Overview titles itself from the data when there is no profile.
  title: loadProfile().data.report.title ?? "What the news reported",
  root: "src",
  output: "dist",
  // No Google Fonts: the report must build and render with no network.
  globalStylesheets: [],
  theme: ["air", "near-midnight"],
  // Data loaders in TypeScript run with this project's tsx, wherever the build is started from; a
  // larger young generation makes extraction's many short-lived strings cheaper to collect (~15%).
  interpreters: {".ts": ["node", "--max-semi-space-size=32", "--import", "tsx"]},
  // No favicon request (it would 404 on static hosts).
  head: `<link rel="icon" href="data:,">`,
  // Links end in .html, so dist/ works on a plain static server (no URL rewriting).
  preserveExtension: true,
  pager: false,
  search: false,
  pages: [
    {name: "Overview", path: "/"},
    {name: "Casualties", path: "/casualties"},
    {name: "Displacement", path: "/displacement"},
    {name: "Territory", path: "/territory"},
    {name: "Claims", path: "/claims"},
    {name: "Sources and method", path: "/sources"}
  ],
  dynamicPaths: articlePaths,
  footer: "Built from the articles in data/articles/. Every number links to the sentence it came from.",
};
