/**
 * The place a story was filed from, from its dateline: "TARSA, Qarn -- Rockets fell overnight on
 * this coastal capital", "TARSA (Valley Radio) -". Reporters write "this city" of that place.
 */

// A paragraph that opens with a name in capitals, then a comma, a bracket or a dash.
const DATELINE_PLACE = /(?:^|\n)\s*([A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,2})(?=\s*(?:,|\(|--|—|–|-\s))/;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, lead, c: string) => lead + c.toUpperCase());

/** The dateline's place in the first lines of `text`, in title case ("Monrovia"), or null. */
export function datelinePlace(text: string): string | null {
  const m = DATELINE_PLACE.exec(text.slice(0, 600));
  // Two letters are an agency or a state code ("AP", "US"), not a place.
  // ("OUTSIDE TARSA, Qarn --", "NEAR TARSA --": filed from near the place; the place is Tarsa.)
  const name = m?.[1].replace(/^(?:OUTSIDE|NEAR|ABOARD|ALONG|ON THE OUTSKIRTS OF|IN)\s+/, "");
  return name && name.replace(/[^A-Z]/g, "").length >= 3 ? titleCase(name) : null;
}
