// Observable Framework configuration. See https://observablehq.com/framework/config
import {loadProfile} from "./loaders/extract/profile.ts";

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
  // No page per article: Framework spends ~0.1 s on each page, so one viewer (src/article.md) reads
  // every article by id, from data the build publishes beside the pages (scripts/lib/publish-articles.ts).
  footer: "Built from the articles in data/articles/. Every number links to the sentence it came from.",
};
