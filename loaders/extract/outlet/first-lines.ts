/**
 * The first lines of a page, read one at a time, every form on each line before the next line: whichever
 * credit stands highest wins, whether a site header, a dateline, a byline or a masthead.
 */
import { NEWS_AGENCY_TAG, outletIn } from "../lexicon/outlets.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { bylineIsOutlet, bylineThenOutlet, capsBylineOutlet } from "./bylines.ts";
import { BRACKET_DATELINE, CAPS_DATELINE_AGENCY, DATED_OUTLET_DASH, DATED_TAG_NO_YEAR, MIXED_BARE_TAG, PLACE_AGENCY_DASH, PLACE_CAMEL_COLON, PLACE_TAG_DASH } from "./datelines.ts";
import { HEADER_BARS, LEAD_CREDIT } from "./mastheads.ts";
import { hasOutletWord, named, PERSON_ROLE, plausible, type Page } from "./common.ts";

export function firstLineCredit({ top }: Page): [string, string, string] | null {
  for (const [i, line] of top.entries()) {
    const header = line.includes("|") ? HEADER_BARS.exec(line) : null;
    const known = header ? outletIn(header[1].slice(-40)) : null;
    if (known) return [known, "site header", "site-header-bars"];
    const dash = PLACE_AGENCY_DASH.exec(line.slice(0, 120));
    if (dash) return [named(dash[1]), "dateline", "place-agency-dash"];
    const capsOutlet = capsBylineOutlet(line);
    if (capsOutlet) return [capsOutlet, "byline", "caps-byline"];
    const tagged = PLACE_TAG_DASH.exec(line.slice(0, 120)) ?? DATED_OUTLET_DASH.exec(line.slice(0, 160)) ?? CAPS_DATELINE_AGENCY.exec(line.slice(0, 120)) ??
      BRACKET_DATELINE.exec(line.slice(0, 120)) ?? DATED_TAG_NO_YEAR.exec(line.slice(0, 120));
    if (tagged && !isCountryName(tagged[1]) && plausible(tagged[1])) return [named(tagged[1]), "dateline", "dated-tag"];
    const mixed = MIXED_BARE_TAG.exec(line.slice(0, 120)) ?? PLACE_CAMEL_COLON.exec(line.slice(0, 80));
    if (mixed) return [named(mixed[1]), "dateline", "bare-tag"];
    // (On the title line only an outlet a reader knows; never a lone word like "News".)
    const leading = LEAD_CREDIT.exec(line.slice(0, 120));
    const lead = leading && (i > 0 || outletIn(leading[1])) ? leading : null;
    if (lead && plausible(lead[1]) && /\s|^[A-Z]{2,6}$/.test(lead[1]) && !PERSON_ROLE.test(lead[1]) && !isCountryName(lead[1]) && (hasOutletWord(lead[1]) || NEWS_AGENCY_TAG.split("|").includes(lead[1]))) return [named(lead[1]), "masthead", "lead-credit"];
    const byOutlet = bylineIsOutlet(line);
    if (byOutlet) return [named(byOutlet), "byline", "by-outlet"];
    const comma = bylineThenOutlet(line);
    if (comma) return [named(comma), "byline", "byline-comma"];
  }
  return null;
}
