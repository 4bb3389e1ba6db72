// Framework data loader: one article's text cut at its claims' quotes, and its claims.
import {parseArgs} from "node:util";
import {loadCorpus} from "../../../loaders/report/corpus.ts";
import {allClaims} from "../../../loaders/report/report.ts";
import {segments} from "../../../loaders/report/spans.ts";

const {values: {id}} = parseArgs({options: {id: {type: "string"}}});
const {tables, texts} = await loadCorpus();
const article = tables.articles.find((a) => a.id === id);
const text = texts.get(id ?? "");
if (!article || text == null) throw new Error(`no article '${id}'`);
const claims = allClaims(tables).filter((c) => c.article_id === id);
const {segments: parts, unplaced} = segments(text, claims);
process.stdout.write(JSON.stringify({article, segments: parts, unplaced, claims}));
