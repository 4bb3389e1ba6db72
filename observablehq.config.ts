// Observable Framework configuration. See https://observablehq.com/framework/config
export default {
  title: "Idlib offensive: what the news reported",
  root: "src",
  output: "dist",
  // No Google Fonts: the report must build and render with no network.
  globalStylesheets: [],
  // Data loaders in TypeScript run with this project's tsx, wherever the build is started from.
  interpreters: {".ts": ["node", "--import", "tsx"]},
  // No favicon request (it would 404 on static hosts).
  head: `<link rel="icon" href="data:,">`,
  pager: false,
  search: false,
  footer: "Built from the articles in data/articles/. Every number links to the sentence it came from.",
};
