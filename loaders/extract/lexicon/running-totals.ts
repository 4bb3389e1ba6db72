/**
 * A running total after a figure: "… were displaced on Sunday, bringing the total to 70,000". The total counts
 * what the figure before it counted; the sentence names no noun of its own.
 */
/** The verbs that carry a figure into its total. */
export const RUNNING_TOTAL_VERBS = ["bringing", "brings", "brought", "taking", "takes", "raising", "raises", "raised", "pushing", "pushes", "pushed", "lifting", "lifts", "lifted", "swelling", "swells", "swelled"];
/** The words for the total itself, and the words that may describe it ("the overall tally"). */
export const TOTAL_WORDS = ["total", "tally", "count", "figure", "number"];
export const TOTAL_ADJECTIVES = ["overall", "cumulative", "total", "grand", "new", "latest", "official", "national", "nationwide", "countrywide"];
