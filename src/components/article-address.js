// Where an article is read: one viewer page, article.html?id=<id>#<claim id>. The id is a query
// parameter so the hash stays free for landing on a claim. No npm: imports here: the build script
// (old-address stubs) and the unit tests import this module in Node too.

/** An article id as the reader makes them (loaders/articles/article-id.ts); anything else is unknown. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The viewer's address for an article, landing on a claim when one is given. */
export const articleHref = (id, claim = null, base = ".") => `${base}/article.html?id=${encodeURIComponent(id)}${claim ? `#${claim}` : ""}`;

/** The id asked for by the viewer's address (a `URL` or `location`): `?id=`, or `#id=` as a fallback. Null when none. */
export function requestedId(url) {
  const query = new URLSearchParams(url.search).get("id");
  if (query != null) return query;
  const hash = /^#id=([^&]*)/.exec(url.hash ?? "");
  return hash ? decodeURIComponent(hash[1]) : null;
}

/** Whether an id could name an article at all (so a crafted id never becomes a path). */
export const validId = (id) => typeof id === "string" && ID.test(id);

/**
 * The address of an article's data, written beside the site's other data files by the build (and
 * served by the `data/articles/[id].json.ts` loader in the dev server). `version` changes with the
 * articles and the code, so a cached copy is never shown after a rebuild and the dev server refetches.
 */
export const articleDataHref = (id, version, base = ".") => `${base}/_file/data/articles/${id}.json${version ? `?v=${encodeURIComponent(version)}` : ""}`;

/** An article's data, or why there is none: {data} | {unknown: true} | {error: message}. */
export async function loadArticle(id, version, base = ".") {
  return validId(id) ? fetchData(id, version, base) : {unknown: true};
}

/** A further part of a very long article's text (part 2 onwards; loaders/report/article-parts.ts names them). */
export async function loadArticlePart(id, part, version, base = ".") {
  return validId(id) && Number.isInteger(part) && part > 1 ? fetchData(`${id}.part${part}`, version, base) : {unknown: true};
}

async function fetchData(name, version, base) {
  let response;
  try {
    response = await fetch(articleDataHref(name, version, base));
  } catch (error) {
    return {error: `the article's data could not be fetched (${error.message})`};
  }
  // A static server answers 404 for an id it lacks; the dev server's loader answers {unknown: true}.
  if (response.status === 404) return {unknown: true};
  if (!response.ok) return {error: `the server answered ${response.status}`};
  const data = await response.json();
  return data.unknown ? {unknown: true} : {data};
}
