// Framework data loader: one article's text cut at its claims' quotes, and its claims. The build
// writes every article's output in one pass beforehand (scripts/lib/article-pages.ts); this runs when
// the dev server asks for a page that pass has not written.
import {parseArgs} from "node:util";
import {articlePages} from "../../../loaders/report/article-page.ts";
import {loadCorpus} from "../../../loaders/report/corpus.ts";

const {values: {id}} = parseArgs({options: {id: {type: "string"}}});
const {tables, texts} = await loadCorpus();
for (const {page} of articlePages(tables, texts, [id ?? ""])) process.stdout.write(JSON.stringify(page));
