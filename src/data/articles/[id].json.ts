// Framework data loader: one article's text cut at its claims' quotes, and its claims, for the article
// viewer. The build writes every article's data in one pass instead (scripts/lib/article-pages.ts) and
// publishes it without a page each; this runs when the dev server is asked for an article.
import {parseArgs} from "node:util";
import {articlePages} from "../../../loaders/report/article-page.ts";
import {loadCorpus} from "../../../loaders/report/corpus.ts";

const {values: {id = ""}} = parseArgs({options: {id: {type: "string"}}});
const {tables, texts} = await loadCorpus();
// An id with no article is an answer, not a failure: the viewer says so (a static server answers 404).
const known = tables.articles.some((a) => a.id === id);
if (!known) process.stdout.write(JSON.stringify({unknown: true}));
for (const {page} of known ? articlePages(tables, texts, [id]) : []) process.stdout.write(JSON.stringify(page));
