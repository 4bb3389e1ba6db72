/**
 * Each page's share of the report: the tables it draws and nothing else, so a page loads only its
 * own data (every share is a part of a report that fits DATA_LIMIT, so each fits too).
 */
import type {Report} from "./report.ts";

export const PAGES = ["index", "casualties", "displacement", "territory"] as const;
export type PageName = (typeof PAGES)[number];

export function pageData(report: Report, page: PageName) {
  const {framing, counts, trimmed, corpus, headlines} = report;
  switch (page) {
    case "index":
      return {
        framing, counts, corpus, headlines, map: report.map,
        casualties: {cumulative: report.casualties.cumulative.filter((d) => d.outcome === "killed"), undated: report.casualties.undated},
        displacement: {cumulative: report.displacement.cumulative, undated: report.displacement.undated},
        territory: {events: report.territory.events, captures: report.territory.captures}
      };
    case "casualties":
      return {framing, counts, trimmed, casualties: report.casualties};
    case "displacement":
      return {framing, counts, trimmed, displacement: report.displacement};
    case "territory":
      return {framing, counts, trimmed, map: report.map, territory: report.territory};
  }
}
