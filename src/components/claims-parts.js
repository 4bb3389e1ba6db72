// The Claims page's parts: which parts of the claims list can hold what the filters ask for, and
// fetching one. No npm: imports, so the unit tests import this module in Node too.

/** The address of a part of the claims list, written beside the site's data by the build (served by `data/claims/[part].json.ts` in the dev server). */
export const claimsPartHref = (name, version, base = ".") => `${base}/_file/data/claims/${name}.json${version ? `?v=${encodeURIComponent(version)}` : ""}`;

/**
 * The indices of the parts, newest first, that may hold claims matching the filters: a part whose
 * dates overlap the range asked for (undated claims only when no range is), and that holds the
 * table, source, place and perpetrator chosen ("all" asks for none).
 */
export function matchingParts(index, {table = "all", source = "all", place = "all", perpetrator = "all", from = null, to = null} = {}) {
  const chosen = {table, source, place, perpetrator};
  let parts = index.parts.map((_, i) => i);
  for (const [facet, value] of Object.entries(chosen)) {
    if (value === "all") continue;
    const holding = new Set(index.facets[facet]?.find((f) => f.value === value)?.parts ?? []);
    parts = parts.filter((i) => holding.has(i));
  }
  if (from || to) {
    parts = parts.filter((i) => {
      const {newest, oldest} = index.parts[i];
      return newest != null && (!from || newest >= from) && (!to || oldest <= to);
    });
  }
  return parts;
}

/** One part's rows: {rows} | {error: message}. Part 0 is inside the index. */
export async function loadClaimsPart(index, i, version, base = ".") {
  if (i === 0) return {rows: index.first};
  const part = index.parts[i];
  if (!part) return {error: `there is no part ${i + 1}`};
  let response;
  try {
    response = await fetch(claimsPartHref(part.name, version, base));
  } catch (error) {
    return {error: `part ${i + 1} could not be fetched (${error.message})`};
  }
  if (!response.ok) return {error: `the server answered ${response.status} for part ${i + 1}`};
  const {rows} = await response.json();
  return rows ? {rows} : {error: `the report has no part ${i + 1}`};
}
