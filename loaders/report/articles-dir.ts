/** Where the articles are, in a module of its own so that the build can size its heap without loading the extraction library. */
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** The articles folder: `ARTICLES_DIR` when set (used by the hostile-article browser check), else data/articles. */
export function articlesDir(): string {
  return process.env.ARTICLES_DIR ? resolve(process.env.ARTICLES_DIR) : join(root, "data/articles");
}
