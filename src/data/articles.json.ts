// Framework data loader: the articles table, from the project's article reader.
import {readArticles} from "../../loaders/articles/read.ts";

const {articles, rejected} = readArticles(new URL("../../data/articles/", import.meta.url).pathname);
process.stdout.write(
  JSON.stringify({
    articles: articles.map(({text, ...meta}) => meta),
    rejected
  })
);
