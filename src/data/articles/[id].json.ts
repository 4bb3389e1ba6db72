// Framework data loader: one article's text cut at its claims' quotes, and its claims, for the article
// viewer (or a further part of a very long text: `<id>.part2`). The build writes every article's data
// in one pass instead (scripts/lib/article-pages.ts) and publishes it without a page each; this runs
// when the dev server is asked for an article.
import {parseArgs} from "node:util";
import {articlePages} from "../../../loaders/report/article-page.ts";
import {articleFiles, parsePartName} from "../../../loaders/report/article-parts.ts";
import {loadCorpus} from "../../../loaders/report/corpus.ts";

const {values: {id: name = ""}} = parseArgs({options: {id: {type: "string"}}});
const {id} = parsePartName(name);
const {tables, texts} = await loadCorpus();
// An id with no article is an answer, not a failure: the viewer says so (a static server answers 404).
const known = tables.articles.some((a) => a.id === id);
const files = known ? [...articlePages(tables, texts, [id])].flatMap(({page}) => articleFiles(id, page)) : [];
process.stdout.write(JSON.stringify(files.find((f) => f.name === name)?.data ?? {unknown: true}));
