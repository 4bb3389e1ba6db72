/**
 * Who published an article, when the file does not say: first the outlets a reader knows by name
 * (lexicon/outlets.ts) wherever a credit names them; then any outlet by the way outlets credit
 * themselves: a dateline tag ("GAZA, April 7 (WAFA) –", "DUBAI, October 14. /TASS/."), a byline
 * that is not a person ("By AFP"), a source or sign-off line ("Source: …", "From …, Dec. 9"), or a
 * self-reference ("As … previously reported", "an … correspondent"). Reads line by line, so every
 * pattern sees one short line at a time.
 */
import type { Article } from "../articles/types.ts";
import { DOMAINS, isWireAgency, NEWS_AGENCY_TAG, OUTLET_WORDS, OUTLETS, outletAt, outletIn, outletNamedBy } from "./lexicon/outlets.ts";
import { isCountryName } from "./lexicon/countries.ts";
import { bareOutletLine, nameBesideDay, nameBesideSite, nameBesideTitle } from "./outlet-lines.ts";

// A tag as tabled: under the full name of the outlet it names ("MNA" is the Mehr News Agency), but whole when
// it names a source and its publisher ("APP - Valley Point / Valley News").
const named = (tag: string) => (/\s[-/]\s/.test(tag) ? tag : outletIn(tag) ?? tag);
const MAX_LINE = 400;

// "BEIRUT, Aug 23 (Reuters) -", "GAZA, Sunday, April 7, 2024 (WAFA) –".
// The tag is followed by a dash, or the place is in capitals: "Moscow, the capital (pop. 12m)" is no dateline.
// Also "KABUL (AT News):", "MOSCOW (UrduPoint News / Sputnik - 13th November, 2022)", "(CNN) —", and a tag
// that carries its own date ("Portville, (NAX - Valley Wire - 24th Oct, 2024)").
const DATELINE_TAG = /^(?:[A-Z][\p{L} .'’-]{1,40},[^()\n]{0,40}?\(([A-Z][^()]{1,60})\)\s*(?:[-—–:]|--)|[A-Z][\p{Lu} .'’-]{1,40},?[^()\n]{0,40}?\(([A-Z][^()]{1,60})\)|\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–:]|--)|[A-Z][\p{L} .'’-]{1,40},?[^()\n]{0,40}?\(([A-Z][^()]{1,60}?\d{4})\))/u;
// "(Reuters) -", "(dpa/GNA) –" (an agency and its partner), and "(MENAFN) Five people…" opening the story.
// ("( Reuters ) -" with spaces inside, "(EFE).-" with a full stop.)
const KNOWN_TAG = new RegExp(String.raw`\(\s*(${NEWS_AGENCY_TAG})(?:[/-][A-Z]{2,8})?\s*\)\s*(?:[-—–]|--|\.\s*[-—–])|^\((${NEWS_AGENCY_TAG})\)\s+[A-Z]`);
// "Peshawar, Aug 12 (PTI) Around 55,000…", "Dushanbe (Tajikistan) (AFP)": a dateline, then the agency's tag.
const DATELINE_AGENCY = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,40}(?:\s*\([A-Z][\p{L} ]{1,30}\))?,?[^()\n]{0,40}?\(\s*(${NEWS_AGENCY_TAG})\s*\)\s*(?:$|[A-Z“"])`, "u");
// "TARSA, Jan. 2 (NAX) - …": a place in capitals, its day, the tag and a dash, the wire's own dateline, trusted before a name
// seen lower down; also after a title the page glued to it ("Four killed in Tarsa [02/01/2019] TARSA, Jan. 2 (NAX) - …").
const CAPS_DATELINE_TAG = /(?:^|[\s\]])\p{Lu}{2}[\p{Lu} .'’-]{1,40},[^()\n]{0,30}?\d{1,2}(?:,?\s*\d{4})?\s*\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–]|--)\s/u;
// "(MENAFN- Ukrinform)": a syndicator, and the outlet it carries.
// ("MENAFN - NAX) …": the same with its opening bracket lost.)
const SYNDICATED = /^\(?MENAFN\s*-\s*([A-Z][\w .&-]{1,30}?)\s*\)/;
// "COLOMBO, Jan 2 AFP - …": the agency in the dateline without brackets.
const BARE_TAG = new RegExp(String.raw`^[A-Z][\p{Lu} .'’-]{1,40},[^()\n]{0,25}?\s(${NEWS_AGENCY_TAG})\s*(?:[-—–]|--)\s`, "u");
// "… the war went on. (AFP)", "… in the north. - BERNAMA-XINHUA", "— AFP": an agency signing off a paragraph.
// ("– Nax-AFP": a national agency relaying a wire's story signs with both, kept whole.)
// (Agencies sign off in capitals too: "BERNAMA-XINHUA".)
// ("… the toll rose. (Valley Daily News/Xinhua)", "(NAX/AFP)": a paper or agency carrying a wire's story signs with both, kept whole.)
// ("… on July 22.-NAX": the sign-off glued to the last full stop.)
const SIGNED_PARAGRAPH = new RegExp(String.raw`(?:\((${NEWS_AGENCY_TAG})\)|\(([A-Z][\w .&'’-]{1,30}?\/\s?(?:${NEWS_AGENCY_TAG})|(?:${NEWS_AGENCY_TAG})\/[A-Z][\w.&-]{1,20})\)|(?:\s|(?<=\.))[-—–]{1,2}\s*(?:[A-Z]+-)?((?:[A-Z][a-z]+-)?(?:${NEWS_AGENCY_TAG}|${NEWS_AGENCY_TAG.toUpperCase()})))\s*$`);
// "Ukraine Politics — by Kyiv Post": an outlet that signs as a byline.
const BY_OUTLET = /[-—–|]\s*by\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$/;
// "DUBAI, October 14. /TASS/."
const SLASH_TAG = /^[A-Z][\p{L} .'’-]{1,40},[^/\n]{0,30}\/\s*([A-Z][\w .-]{1,20}?)\s*\//u;
// "Ituri, DRC | THE INDEPENDENT | Authorities …"
const PIPE_TAG = /^[^|\n]{2,40}\|\s*([A-Z][A-Z .'&-]{2,40}[A-Z])\s*\|/;
// "By AFP", "By Reuters": a byline that is one name is an agency; people have two.
// ("By NAX," with the comma the page left.)
const AGENCY_BYLINE = /^By\s+([A-Z][\w&.-]{1,20}?)\s*[,.]?$/;
// "By AFP - Aug 28,2024 - Last updated at …": an agency's byline, then the page's dates.
// ("By AFP Time of article published …": the page's own words for its dates.)
const AGENCY_BYLINE_DATED = new RegExp(String.raw`^By\s+(${NEWS_AGENCY_TAG})(?:\s*[-–—|]\s*[A-Z][a-z]{2,8}\.?\s+\d|\s+(?:Time|Published|Updated|Posted|Last\s+updated)\b)`);
// "By The Valley Post 11 March 2023": a byline that starts with "The" is no person, and the day follows it.
const BY_THE_DATED = /^By\s+(The\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b/;
// "Publisher Valley News Service": an archive's record of who published it.
const PUBLISHER_LINE = /^Publisher\s*:?\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})$/;
// "May 22, 2000|The Washington Post": an archive's date, then the paper.
// ("March 2, 1994|By Valley Times News Service": the paper as the byline.)
// ("July 2, 2001|From the Associated Press": a wire's story the paper printed.)
const DATE_BAR_OUTLET = /^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*\|\s*(?:(?:By|From)\s+)?((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$/;
// "ADF STAFF", "Kathy Smith, Associated Press Writer", "Jane Smith - The Valley Star": the outlet in a byline.
const STAFF_BYLINE = /^([A-Z][A-Z&.\s-]{1,30}?)\s+STAFF$/;
// "By Valley News staff", "By NAX Staff in Tarsa": the outlet's staff as the byline (not "By Jane Smith Staff Writer").
const BY_STAFF = /^By\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+[Ss]taff\b(?!\s+(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Mm]ember))/;
// The publisher's rights over the text, or the paper a text is reprinted from: "No part of this publication may be
// reproduced without the written permission of NAX.", "Reprinted from VN/ Valley News".
const RIGHTS_NOTICE = /\bwithout (?:the )?(?:prior )?(?:express )?written (?:permission|consent) (?:of|from) (?:the )?([A-Z][\w&.'’-]*(?:[^\S\n]+[A-Z][\w&.'’-]*){0,3}?)\s*\.?\s*$/;
const REPRINT_LINE = /^(?:Reprinted|Republished|Reproduced)(?: with permission)? from:?\s+([A-Z][\w&.'’/ -]{1,50}?)\s*\.?$/;
const WRITER_BYLINE = /^(?:[^,]{2,40},\s*)?((?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)\s+(?:(?:Staff\s+)?(?:Writer|Correspondent|Reporter)|Foreign Service|News Service|Wire Service)$/;
// "Aden (South24)": a line that is only a place and a tag. (Not "Gao (Mali)": a country is no outlet.)
const PLACE_TAG_LINE = /^[A-Z][\p{L} .'’-]{1,30}?\s*\(([A-Z][\w .&/-]{1,30})\)\s*[-—–:]?$/u;
// A masthead over the story's date: "The Valley Times" / "April 14, 1993".
const DATE_LINE = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})$/;
const MASTHEAD = /^((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|de|of|the)){0,5})(?:\s+\([A-Z][\p{L} ]+\))?$/u;
// "Jane Smith, Valley News, in Tarsa", "Jane Smith, Valley Herald on": a reporter's line of her own, her name then her outlet's.
const NAME_COMMA_OUTLET = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2},\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?:,\s+in\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|\s+on)?$/u;
// "… the toll rose to 40. Source: Valley News": a credit at the end of the last paragraph.
const TRAILING_SOURCE = /[.!?"”]\s+Source\s*:\s*((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s*$/u;
const NAME_DASH_OUTLET = /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+[-–—|]\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$/;
// "Sky News 2014.02.02 11:55": an outlet and the time it filed.
const OUTLET_AND_TIME = /^((?:[A-Z][\w&.-]*\s){1,4})\d{4}[.-]\d{2}[.-]\d{2}\b/;
// "Addis Ababa June 30,2021 (ENA) The Chairperson": a dateline with its date, then the tag.
const DATED_TAG = /^[A-Z][\p{L} .'’-]{1,40},?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s*\d{4}\s*\(([A-Z][\w .&/-]{1,30})\)/u;
// "New York, Jan 10 (IBNS) The number …", "Adre, May 18( Darfur 24)": the date without its year, then the tag.
const DATED_TAG_NO_YEAR = /^[A-Z][\p{L} .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\(\s*([A-Z][\w .&/-]{1,30}?)\s*\)\s*(?:[A-Z“"]|$)/u;
// "AAP / Conflict and War": an acronym and the section it filed to.
const ACRONYM_SECTION = /^([A-Z]{2,6})\s+\/\s+[A-Z][a-z]/;
// ("/ Source: The Valley Wire", "Source: Valley Agency (VA) |": a mark before, a bar after.)
const SOURCE_LINE = /^(?:[/|–—-]\s*)?\[?(?:Source|Sources|Copyright|©|\(c\))\s*[:»]?\s*(?:\d{4}\s*)?(.{2,80}?)\]?(?:\s*\|)?$/i;
// "From The Valley Courier, Dec. 9", "Today from Valley Online:", "News – Valley Times".
const FROM_LINE = /^(?:Today\s+)?[Ff]rom\s+((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|:|\s[-–—]\s|$)/;
const SIGN_OFF = /^(?:News|Report|Reporting|Story)\s+[–—-]\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*$/;
// "As Ukrinform previously reported", "an RFE/RL correspondent at the scene".
const SELF_REPORTED = /\bAs\s+((?:the\s+)?[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,3})\s+(?:previously|earlier|already)\s+reported\b/;
const OWN_CORRESPONDENT = /\b(?:[Aa]n?|[Oo]ur)\s+([A-Z][\w/&.-]{1,20}(?:\s+[A-Z][\w/&.-]+){0,2})\s+(?:correspondent|reporter|journalist)\s+(?:at|in|on|who|reported|said)\b/;
// "TRT World's Sara Firth has more", "Al Jazeera's correspondent": the outlet's own reporter.
const REPORTER_CREDIT = /\b([A-Z][\w ]{1,25}?)['’]s (?:[A-Z][a-z]+ [A-Z][a-z]+(?:, reporting from|,? who is in) |(?:[A-Z][a-z]+ [A-Z][a-z]+ )?(?:has more|reports|correspondent|reporter)\b)/;
// "GUY SMITH of Reuters": a byline naming the writer's outlet.
const BYLINE_OF = /^[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,2}\s+of\s+((?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$/;
// Wire copy speaks of itself: "AFP could not independently verify". ("told AFP" is not enough: papers
// that print agency copy keep it, and the paper is the outlet.)
const WIRE_SELF = new RegExp(String.raw`\b(${NEWS_AGENCY_TAG})\s+(?:could not|was unable to|has been unable to|has not been able to|cannot|can not)\s+(?:independently\s+)?(?:verify|confirm)`);
const TITLE_TAIL = /\s[|–—-]\s([^|–—-]{2,40})$/;
// "By Jane Smith, AP Monday, June 14", "By Staff reporter , Valley Online": a byline, then its outlet.
const BYLINE_COMMA = /(?:^|\|\s*)By\s+[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3}\s*,\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?=\.?\s*$|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s+\d|\d|View|Updated|Published)\b)/;
// "By ADAM BROWN Associated Press": a name in capitals, then the outlet.
const BYLINE_CAPS = /^By\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}\s+([A-Z][a-z].{1,60})$/;
// "U.N.Reuters | Portville | Updated: 14-03-2022": a site's header glued to the title.
const HEADER_BARS = /^(.{0,200}?)\s*\|\s*[A-Z][\p{L} .'’-]{1,30}\s*\|\s*(?:Updated|Created|Published|Posted)\b/u;
// "Staff Reporter", "Special Correspondent": a writer's role, not an outlet.
const PERSON_ROLE = /\b(?:Reporter|Writer|Correspondent|Staff|Editor|Contributor)s?$/;
// "Valley Times - At least 9 …", "- The Valley Times - Thursday, May 9": the outlet leading the story.
const LEAD_CREDIT = /^[-–—]?\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+[-–—]\s+[A-Z]/;
// "Tarsa, NewsValley:": a place, then an outlet whose name is one word with a capital inside.
const PLACE_CAMEL_COLON = /^[A-Z][\p{L} .'’-]{1,30},\s*([A-Z][a-z]+[A-Z][\w]+)\s*:/u;
// "Portville, April 9, IRNA -- At least": a dateline in mixed case, then an agency's name and a dash.
// "Tarsa (Valley Wire) - One civilian was killed": a place in mixed case, then the outlet's tag and a dash.
const PLACE_TAG_DASH = /^[A-Z][\p{L}'’-]{1,30}(?:\s[A-Z][\p{L}'’-]{1,30})?(?:\s*\/\s*[A-Z][\p{L}'’-]{1,30})?\s*\(([A-Z][\w .&/-]{1,30})\)\s*(?:[-—–]|--)\s*[A-Z]/u;
// "TARSA, August 17, Valley Times – According to …": the outlet after the dateline's date.
const DATED_OUTLET_DASH = /^[A-Z][\p{Lu} .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:[-—–]|--)\s/u;
// "YEREVAN, OCTOBER 9, ARMENPRESS. Reporters …": an agency in capitals after a dateline in capitals.
const CAPS_DATELINE_AGENCY = /^[A-Z]{3,}[A-Z .'’-]*,\s+[A-Z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+([A-Z][A-Za-z&-]{2,20})\.\s/;
// "29 July 2015 BBC Online", "14 October 2020 [16:08] - TODAY.AZ", "ESAT News (July 12, 2017)": a date line that names the outlet.
const DATED_OUTLET_LINE = /^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s*\[\d{1,2}:\d{2}\])?\s*(?:[-–—]\s*)?((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})|((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*\([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\))$/;
// "(January 26, Colombo, Valley Guardian) The army …": a bracketed dateline that ends on the outlet.
const BRACKET_DATELINE = /^\([A-Z][a-z]+\.?\s+\d{1,2},\s+[A-Z][\p{L} .'’-]{1,30},\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)/u;
// "Valley News/ Israeli airstrike killed …": the outlet, a slash, then the story.
const LEAD_SLASH = /^((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s?\/\s+[A-Z]/;
// "Article from: The Valley Post", "- Role, Valley News": an archive's or an author box's credit.
const ARTICLE_FROM = /^(?:[-–]\s*)?(?:Article from|Role)\s*[:,]\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$/;
// "… help quell the attacks. BY VALLEY NATION": an outlet signing in capitals.
const CAPS_BY_SIGN_OFF = /[.!?]["”’]?\s+BY\s+([A-Z][A-Z&.]+(?:\s+[A-Z][A-Z&.]+){0,3})\s*$/;
const MIXED_BARE_TAG = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(${NEWS_AGENCY_TAG})\s*(?:[-—–]|--)\s`, "u");
// "… in the south of the country, Valley Online reports.": the outlet crediting itself in its first paragraph.
// ("Channel 4 News": a number inside a name, between two of its words.)
// (A name stays on its line and in its sentence: in "… in the south.\n\nValley Media could not verify" or
// "… in Tarsa. Valley Media could not verify" the name is "Valley Media", not a run from "Tarsa".)
const OUTLET_NAME = String.raw`((?:[Tt]he[^\S\n]+)?[A-Z][\w&.'’-]*(?:(?<![.!?:])[^\S\n]+(?:[A-Z][\w&.'’-]*|\d{1,3}(?=\s+[A-Z]))){0,3})`;
// [pattern, whether the form alone says the name is the outlet's ("Published in X") or the name must look like one]
const SELF_NAMED: Array<[RegExp, boolean]> = [
  // ("sources tell Valley Radio": live pages and headlines say it in the present.)
  [new RegExp(String.raw`\b(?:told|tells?|telling|speaking to|spoke to|in an interview with)\s+${OUTLET_NAME}`, "g"), false],
  [new RegExp(String.raw`,\s+(?:reported|reports)\s+${OUTLET_NAME}\s*\.`, "g"), false],
  // ("… bringing the death toll to 30, Valley News reported.")
  [new RegExp(String.raw`,\s+${OUTLET_NAME}\s+(?:reported|reports|has reported)\s*\.`, "g"), false],
  [new RegExp(String.raw`\b(?:Published in|This report is produced by|This story was produced by)\s+${OUTLET_NAME}`, "g"), true],
  // ("The Weekly Situation Update is issued by the Valley Office twice a week": a bulletin names who issues it.)
  [new RegExp(String.raw`\b(?:This|The)\s+(?:[A-Z][\w-]*\s+){0,5}(?:Update|Report|Bulletin|Newsletter|Brief|Snapshot|Digest|Flash|Overview)\s+is\s+(?:issued|produced|published|prepared|compiled)\s+(?:by|jointly by)\s+(?:the\s+)?${OUTLET_NAME}`, "g"), true],
  // ("…, reports Valley Trend referring to Reuters": the same, said the other way round.)
  [new RegExp(String.raw`,\s+reports?\s+${OUTLET_NAME}\s+(?:referring\s+to|citing)\b`, "g"), true],
  // ("Valley News cannot independently verify …", "Valley Press can report": an outlet speaking of itself.)
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+(?:could not|cannot|can not|was unable to|has been unable to|has not been able to)\s+(?:independently\s+)?(?:verify|confirm)\b`, "g"), false],
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+can\s+(?:report|reveal|confirm)\b`, "g"), false],
  // ("VALLEY POST gathered that …", "Valley News learnt that …": how some papers report what they found out.)
  [new RegExp(String.raw`\b${OUTLET_NAME}\s+(?:gathered|learnt|learned)\s+that\b`, "g"), false],
  // ("…, Valley.Az reports, citing foreign media.": an outlet relaying others names itself.)
  [new RegExp(String.raw`,\s+${OUTLET_NAME}\s+reports?,?\s+citing\b`, "g"), true],
];
const AS_REPORTED = /(?:^|[.!?]\s+|\n)As\s+([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})\s+(?:reported|has reported|reports)\b/;
const REPORTS_ITSELF = /,\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+reports\.\s*$/;
// "PORTVILLE, Ruritania, Sept. 28 Valley:": a dateline with its day, then the outlet and a colon.
const DATELINE_COLON = /^[A-Z][\p{Lu} .'’-]{1,40},[^:\n]{0,40}?\b\d{1,2}\s+([A-Z][\w.&-]{1,20}(?:\s+[A-Z][\w.&-]+){0,2}):\s/u;
// "Tarsa, SANA-Three farmers were injured": a place, a comma and an agency's name with its dash.
const PLACE_AGENCY_DASH = new RegExp(String.raw`^[A-Z][\p{L} .'’-]{1,40},\s*(${NEWS_AGENCY_TAG})\s*[-—–]\s*[A-Z]`, "u");
// "… since the fighting began in June. EFE": an agency's name alone after the paragraph's last sentence.
// ("… the law. REUTERS": the agency in capitals, as papers print its copy.)
const TRAILING_AGENCY = new RegExp(String.raw`[.!?]["”’]?\s+(${NEWS_AGENCY_TAG}|${NEWS_AGENCY_TAG.toUpperCase()})\s*$`);
// A line that is only an outlet's name with its word ("Valley Media", "Tarsa News"), or an agency code
// with its partner's ("IANS/DPA").
// ("ENDS", "MORE": a wire's end marks, not its name; "JN": a writer's initials.)
const OUTLET_LINE = /^(?!(?:END|ENDS|MORE|TOP|PHOTO|VIDEO|READ|AD)$)((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:News|Media|Online|Times|Post|TV|Radio)|[A-Z]{3,8}(?=$|\/)|[A-Z]{2}(?=\/))(?:\/[A-Z]{2,8})?$/;
const NEWSROOM_LINE = /^([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+Newsroom$/;
// Words that start a "By …" or "From …" line but are not outlets.
const NOT_OUTLETS = new Set(["The", "A", "An", "By", "Staff", "Our", "Agencies", "Wire", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
// ("In a Press Release issued yesterday (May 9, 2002)": a date in brackets is no outlet's tag.)
const ONLY_A_DATE = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4})$/;
// (A lone outlet word, "News" or "Times", is the end of a name the pattern did not reach: "Channel 4 News".)
const plausible = (name: string | undefined): name is string => !!name && !NOT_OUTLETS.has(name.trim()) && name.trim().length >= 2 && !ONLY_A_DATE.test(name.trim()) && !GENERIC_OUTLET_WORD.has(name.trim());
const GENERIC_OUTLET_WORD = new Set(["News", "Times", "Post", "Radio", "TV", "Television", "Press", "Agency", "Media", "Online", "Daily", "Service", "Network", "Journal"]);

const tidy = (name: string) => name.replace(/\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s*\d{4}\s*$/, "").trim();

const OUTLET_WORD = new Set(OUTLET_WORDS);
/** A short line of capitalised words just above or below the story's date line ("The Valley Times" / "April 14, 1993"), not the title or a byline. */
function mastheadByDate(top: string[], title: string): string | null {
  for (let i = 0; i < top.length; i++) {
    if (!DATE_LINE.test(top[i])) continue;
    for (const j of [i - 1, i + 1]) {
      const line = top[j];
      if (!line || line.length > 50 || line === title || /^By\s/.test(line)) continue;
      const name = MASTHEAD.exec(line)?.[1].replace(/\s+(?:Foreign|News|Wire)\s+Service$|\s+Staff$/, "");
      if (plausible(name) && !isCountryName(name) && name.split(/\s+/).some((w) => OUTLET_WORD.has(w))) return name;
    }
  }
  return null;
}

function firstMatch(lines: string[], re: RegExp): string | null {
  for (const line of lines) {
    const m = re.exec(line);
    const name = m?.slice(1).find(Boolean);
    if (plausible(name)) return name;
  }
  return null;
}

// "TARSA, Ruritania {NAX} Troops …": a tag in curly brackets, read as in round ones.
const asTagged = (head: string) => (head.includes("{") ? head.replace(/\{([A-Z][\w .&/-]{1,30})\}/, "($1)") : head);
// "PORTVILLE (Ruritania), April 20 (NAX) —": the country in brackets is the dateline's, not a tag.
const withoutCountryTags = (line: string) => (line.includes("(") ? line.replace(/\s*\(([A-Z][\p{L} ]{1,30})\)/gu, (m, name: string) => (isCountryName(name) ? "" : m)) : line);

/**
 * The outlet, and with an acronym the name it stands for when the text spells it out: "By VT Staff" under the masthead
 * "Valley Times" is "Valley Times (VT)", so a reader (or a list) that knows either form finds it.
 */
export function inferOutlet(article: Pick<Article, "outlet" | "url" | "text" | "title">): [string | null, string] {
  const [name, source] = creditedOutlet(article);
  if (!name || source === "front matter" || outletIn(name)) return [name, source];
  const head = article.text.slice(0, 3000);
  if (/^[A-Z]{2,6}$/.test(name)) { const spelled = spelledOut(name, head); return [spelled ? `${spelled} (${name})` : name, source]; }
  // (And the other way: "the Valley Broadcasting Service (VBS)" gives the name its short form.)
  const at = /\s/.test(name) && !name.endsWith(")") ? head.indexOf(`${name} (`) : -1;
  const short = at >= 0 ? /^\(([A-Z]{2,6})\)/.exec(head.slice(at + name.length + 1, at + name.length + 10))?.[1] : undefined;
  return [short && [...short].every((c) => name.includes(c)) ? `${name} (${short})` : name, source];
}

// Words that an acronym skips: "Agencia de Informacao" is AI, "Voice of the Valley" is VV.
const SKIPPED = String.raw`(?:[^\S\n]+(?:of|de|da|do|du|des|the|and|for|al|el)\b)*[^\S\n]+`;
/** The capitalised words whose initials are the acronym's letters, first as a line of its own (a masthead), else anywhere in `text`. */
function spelledOut(acronym: string, text: string): string | null {
  const words = [...acronym].map((c) => String.raw`${c}[\p{Ll}'’-]+`).join(SKIPPED);
  const alone = new RegExp(String.raw`(?:^|\n)[^\S\n]*(${words})[^\S\n]*(?:\n|$)`, "u").exec(text);
  return alone?.[1] ?? new RegExp(String.raw`(?<![\p{L}])(${words})(?![\p{L}])`, "u").exec(text)?.[1] ?? null;
}

function creditedOutlet(article: Pick<Article, "outlet" | "url" | "text" | "title">): [string | null, string] {
  if (article.outlet) return [article.outlet, "front matter"];
  const host = article.url?.toLowerCase() ?? "";
  for (const [re, name] of DOMAINS) if (re.test(host)) return [name, "url"];
  const text = article.text;
  const all = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const lines = all.filter((l) => l.length <= MAX_LINE);
  // A dateline opens the first paragraph, however long it is; a sign-off ends the last one.
  const top = all.slice(0, 12).map((l) => l.slice(0, MAX_LINE)), bottom = lines.slice(-6);
  // The publisher's own credit line: "Source: TRTWorld and agencies", "(c) 2019 Reuters".
  const credit = firstMatch(lines, SOURCE_LINE);
  if (credit) { const o = outletIn(credit); if (o) return [o, "credit line"]; }
  const rights = firstMatch(bottom, RIGHTS_NOTICE) ?? firstMatch(bottom, REPRINT_LINE);
  if (rights && !isCountryName(rights.replace(/\.$/, ""))) return [named(rights.replace(/\.$/, "")), "credit line"];
  for (const line of top) {
    const head = asTagged(line.slice(0, 200)), bracket = head.includes("(");
    // (The bracketed forms are tried only on a line with a bracket: their patterns backtrack a long way before failing.)
    const m = (bracket ? KNOWN_TAG.exec(head) : null) ?? BARE_TAG.exec(head) ?? (bracket ? DATELINE_AGENCY.exec(head) ?? SYNDICATED.exec(line.slice(0, 120)) : null);
    const tag = m?.slice(1).find(Boolean) ?? (bracket ? CAPS_DATELINE_TAG.exec(head)?.[1] : undefined);
    if (tag && !isCountryName(tag)) return [named(tag), "dateline"];
  }
  // (Patterns over the whole text run only when a word they need is in it: most texts have none.)
  if (/reporting by/i.test(text) && /\bReporting by\b[^\n]*\bEditing by\b/i.test(text)) return ["Reuters", "Reuters credit line"];
  const reporter = /['’]s (?:[A-Z]|has more|reports|correspondent|reporter)/.test(text) ? REPORTER_CREDIT.exec(text) : null;
  if (reporter) { const o = outletIn(reporter[1]); if (o) return [o, "reporter credit"]; }
  const titleTail = TITLE_TAIL.exec(article.title ?? "");
  if (titleTail) { const o = outletIn(titleTail[1]); if (o) return [o, "title"]; }
  // A masthead: a short line near the top that is, or starts with, an outlet a reader knows.
  // (After the marks a page puts before it: ">> Reuters", "» Valley Times".)
  for (const line of top.slice(0, 8).map((l) => l.replace(/^[>»•]+\s*/, ""))) {
    if (line.length > 60 || /[.!?]$/.test(line)) continue;
    // (Not a headline that quotes it: "NAX: 5,000 flee Tarsa".)
    const known = OUTLETS.find(([, re]) => { const m = re.exec(line); return !!m && m.index === 0 && !/^:\s+\S/.test(line.slice(m[0].length)); });
    if (known) return [known[0], "masthead"];
    // "THE VALLEY TIMES": a masthead in capitals, when the whole line is the outlet's name.
    const caps = !/[a-z]/.test(line) && /[A-Z]{2}/.test(line) ? outletNamedBy(line, true) : null;
    if (caps) return [caps, "masthead"];
  }
  // "NAX: Troops shelled …": a body paragraph that opens with an outlet a reader knows and a colon (not the title line,
  // where "NAX: 5,000 flee Tarsa" quotes it).
  for (const line of top.slice(1, 5)) {
    const lead = /^([A-Z][\w&.'’ -]{1,40}?):\s+[A-Z]/.exec(line);
    const o = lead ? outletNamedBy(lead[1]) : null;
    if (o) return [o, "credit line"];
  }
  // "Al JazeeraGovernment blames …": a site's name glued to the title, on one of the first lines.
  for (const line of top.slice(0, 3)) {
    const glued = OUTLETS.find(([name]) => name.length >= 4 && line.startsWith(name) && /^[A-Z][a-z]/.test(line.slice(name.length, name.length + 2)));
    if (glued) return [glued[0], "site header"];
  }
  const besideTitle = nameBesideTitle(top.slice(1, 6), article.title?.trim() ?? "");
  if (besideTitle) return [named(besideTitle), "site header"];
  for (const [i, line] of top.entries()) {
    const header = line.includes("|") ? HEADER_BARS.exec(line) : null;
    const known = header ? outletIn(header[1].slice(-40)) : null;
    if (known) return [known, "site header"];
    const dash = PLACE_AGENCY_DASH.exec(line.slice(0, 120));
    if (dash) return [named(dash[1]), "dateline"];
    const caps = /^By\s/.test(line) ? BYLINE_CAPS.exec(line.slice(0, 120)) : null;
    const capsOutlet = caps ? outletIn(caps[1]) : null;
    if (capsOutlet) return [capsOutlet, "byline"];
    const tagged = PLACE_TAG_DASH.exec(line.slice(0, 120)) ?? DATED_OUTLET_DASH.exec(line.slice(0, 160)) ?? CAPS_DATELINE_AGENCY.exec(line.slice(0, 120)) ??
      BRACKET_DATELINE.exec(line.slice(0, 120)) ?? DATED_TAG_NO_YEAR.exec(line.slice(0, 120));
    if (tagged && !isCountryName(tagged[1]) && plausible(tagged[1])) return [named(tagged[1]), "dateline"];
    const mixed = MIXED_BARE_TAG.exec(line.slice(0, 120)) ?? PLACE_CAMEL_COLON.exec(line.slice(0, 80));
    if (mixed) return [named(mixed[1]), "dateline"];
    // (On the title line only an outlet a reader knows; never a lone word like "News".)
    const leading = LEAD_CREDIT.exec(line.slice(0, 120));
    const lead = leading && (i > 0 || outletIn(leading[1])) ? leading : null;
    if (lead && plausible(lead[1]) && /\s|^[A-Z]{2,6}$/.test(lead[1]) && !PERSON_ROLE.test(lead[1]) && !isCountryName(lead[1]) && (lead[1].split(/\s+/).some((w) => OUTLET_WORD.has(w)) || NEWS_AGENCY_TAG.split("|").includes(lead[1]))) return [named(lead[1]), "masthead"];
    // "By Los Angeles Times", "|By Valley Times": a byline that is an outlet's name.
    const byOutlet = /(?:^[-–—]?\s*|\|\s*)By\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$/.exec(line.slice(0, 120));
    if (byOutlet && !PERSON_ROLE.test(byOutlet[1]) && byOutlet[1].split(/\s+/).some((w) => OUTLET_WORD.has(w))) return [named(byOutlet[1]), "byline"];
    const comma = /(?:^|\|\s*)By\s/.test(line) ? BYLINE_COMMA.exec(line.slice(0, 160)) : null;
    if (comma && plausible(comma[1]) && (outletIn(comma[1]) || comma[1].split(/\s+/).some((w) => OUTLET_WORD.has(w)) || /^[A-Z]{2,6}$/.test(comma[1]))) return [named(comma[1]), "byline"];
  }
  for (const line of top.slice(0, 4)) {
    const m = line.endsWith("reports.") ? REPORTS_ITSELF.exec(line.slice(-120)) : null;
    // ("…, Valley.NET reports.": a name written as a web address is a site's.)
    if (m && plausible(m[1]) && (outletIn(m[1]) || m[1].split(/\s+/).some((w) => OUTLET_WORD.has(w)) || /^[A-Z]{2,6}$|\.[A-Za-z]{2,4}$/.test(m[1]))) return [named(m[1]), "self-reference"];
  }
  const last = lines.at(-1);
  // "Valley Media", "Tarsa News", "–IANS/DPA", "DMG Newsroom": the outlet alone on the last line, or its newsroom anywhere near the top.
  // (The last line without the dash an agency's sign-off may open with.)
  const bare = last && last.length <= 40 ? last.replace(/^[-—–]+\s*/, "") : null;
  const signed = bare ? OUTLET_LINE.exec(bare) : null;
  if (signed && plausible(signed[1]) && !isCountryName(signed[1])) return [named(signed[1]), "sign-off"];
  const newsroom = firstMatch([...top.slice(0, 6), ...bottom], NEWSROOM_LINE);
  if (newsroom) return [named(newsroom), "byline"];
  if (last && TRAILING_AGENCY.test(last)) { const tag = TRAILING_AGENCY.exec(last)![1]; return [outletIn(tag) ?? NEWS_AGENCY_TAG.split("|").find((t) => t.toUpperCase() === tag) ?? tag, "sign-off"]; }
  if (bare) {
    const o = outletIn(bare) ?? NEWS_AGENCY_TAG.split("|").find((t) => t === bare);
    if (o) return [o, "sign-off"];
  }
  // (A long last paragraph too: only its end can carry the sign-off.)
  for (const line of all.slice(-4).map((l) => l.slice(-MAX_LINE))) {
    const m = SIGNED_PARAGRAPH.exec(line);
    if (m?.[2]) return [m[2], "sign-off"];
    const tag = m?.slice(1).find(Boolean);
    if (tag && /^[A-Z][a-z]+-/.test(tag)) return [tag, "sign-off"];
    if (tag) return [outletIn(tag) ?? NEWS_AGENCY_TAG.split("|").find((t) => t.toUpperCase() === tag.toUpperCase()) ?? tag, "sign-off"];
  }
  // "Portville, Ruritania | Xinhua | …": a known outlet between bars.
  for (const line of top) {
    const bar = /^[^|\n]{2,40}\|\s*([^|\n]{2,30}?)\s*\|/.exec(line);
    const o = bar ? outletIn(bar[1]) : null;
    if (o) return [o, "dateline"];
  }
  // Outlets not in the list, by how they credit themselves.
  // (The tag must look like an outlet's: an acronym, a digit, a capital inside a word or an outlet's word; "(Maputo)" is a place.)
  const placeTag = firstMatch(top.slice(0, 6), PLACE_TAG_LINE);
  if (placeTag && !isCountryName(placeTag) && (/\d|^[A-Z]{2,}|[a-z][A-Z]/.test(placeTag) || placeTag.split(/\s+/).some((w) => OUTLET_WORD.has(w))))
    return [named(placeTag), "dateline"];
  const colon = firstMatch(top.slice(0, 6), DATELINE_COLON);
  const tag = firstMatch(top.map(withoutCountryTags), DATELINE_TAG) ?? firstMatch(top, DATED_TAG) ?? firstMatch(top, SLASH_TAG) ?? firstMatch(top, PIPE_TAG) ??
    (colon && !isCountryName(colon) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Minister|Officials?)$/.test(colon) ? colon : null);
  if (tag) return [/\s[-/]\s/.test(tag) ? tidy(tag) : outletIn(tag) ?? tidy(tag), "dateline"];
  const dated = top.slice(0, 8).map((l) => DATED_OUTLET_LINE.exec(l)).find((m) => m && plausible(m[1] ?? m[2]) && !isCountryName(m[1] ?? m[2]));
  if (dated) { const name = dated[1] ?? dated[2]; return [named(name), "masthead"]; }
  const archived = firstMatch(top, ARTICLE_FROM);
  if (archived && plausible(archived)) return [named(archived), "credit line"];
  const slash = top.slice(0, 4).map((l) => LEAD_SLASH.exec(l)).find((m) => m && (outletIn(m[1]) || m[1].split(/\s+/).some((w) => OUTLET_WORD.has(w))));
  if (slash) return [named(slash[1]), "dateline"];
  const capsBy = all.slice(-3).map((l) => CAPS_BY_SIGN_OFF.exec(l.slice(-120))).find(Boolean);
  if (capsBy) return [named(capsBy[1]).replace(/\b([A-Z])([A-Z]+)\b/g, (_, a, b) => a + b.toLowerCase()), "sign-off"];
  // (The publisher's own words: "Valley News Service" is not shortened to the name of the service's owner.)
  const publisher = firstMatch(top, PUBLISHER_LINE);
  if (publisher) return [publisher, "credit line"];
  const byline = firstMatch(top, AGENCY_BYLINE) ?? firstMatch(top, AGENCY_BYLINE_DATED) ?? firstMatch(top, DATE_BAR_OUTLET) ?? firstMatch(top, ACRONYM_SECTION) ?? firstMatch(top, STAFF_BYLINE) ?? firstMatch(top, BY_STAFF) ??
    firstMatch(top, WRITER_BYLINE) ?? firstMatch(top, NAME_DASH_OUTLET) ?? firstMatch(top, OUTLET_AND_TIME)?.trim() ?? null;
  if (byline) return [named(byline.replace(/^the\s/, "The ")), "byline"];
  // (Only a name that reads as an outlet's, known or ending on an outlet's word: not "Jane Smith, Press Officer".)
  const reporterLine = lines.map((l) => (l.length <= 80 ? NAME_COMMA_OUTLET.exec(l)?.[1] : undefined))
    .find((n) => n && !PERSON_ROLE.test(n) && (outletIn(n) || OUTLET_WORD.has(n.split(/\s+/).at(-1)!)));
  if (reporterLine) return [named(reporterLine), "byline"];
  const trailing = TRAILING_SOURCE.exec(all.at(-1)?.slice(-120) ?? "")?.[1];
  if (trailing && plausible(trailing) && !isCountryName(trailing)) return [named(trailing), "credit line"];
  const from = firstMatch([...top, ...bottom], FROM_LINE) ?? firstMatch(bottom, SIGN_OFF);
  // ("From Herald Wire Services" under the masthead "The Valley Herald …": the paper's wire desk; the paper, whose name
  // opens a line at the top and ends on the desk's first word, is the outlet.)
  const deskWord = from ? /^([A-Z][a-z]+)\s+(?:Wire|News)\s+(?:Services?|Reports)$/.exec(from)?.[1] : undefined;
  const paper = deskWord ? new RegExp(String.raw`^(?!(?:From|By)\s)((?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}${deskWord})(?:\s|$)`) : null;
  const desk = paper ? firstMatch(top.slice(0, 6), paper) : null;
  if (desk) return [named(desk), "masthead"];
  if (from) return [named(from), "sign-off"];
  // "Copyright © valleynews 2022": the name, without the sign and the year.
  const credited = credit?.replace(/^[©\s]+|(?:\s*\d{4})+\s*$/g, "").trim();
  if (credited && credited.length <= 60 && /^[\p{L}][\p{L}\p{N} .,&'’/()-]*$/u.test(credited)) return [credited, "credit line"];
  const mast = mastheadByDate(top.slice(0, 6), article.title?.trim() ?? "");
  if (mast) return [named(mast), "masthead"];
  // The outlet named on a short line of its own, beside its web address or its day; a byline "By The …" with its day; an archive's publisher.
  const lineName = bareOutletLine(top.slice(1, 6), false) ?? nameBesideSite([...top, ...bottom]) ?? nameBesideDay(top.slice(0, 8)) ?? firstMatch(top, BY_THE_DATED) ?? bareOutletLine(all.slice(-5).reverse());
  if (lineName) return [named(lineName), "masthead"];
  const by = firstMatch(top, BY_OUTLET);
  if (by) return [named(by), "byline"];
  const writer = firstMatch(top, BYLINE_OF);
  if (writer) return [named(writer), "byline"];
  const self = (/reported/.test(text) ? SELF_REPORTED.exec(text) : null) ?? (/correspondent|reporter|journalist/.test(text) ? OWN_CORRESPONDENT.exec(text) : null);
  if (self && plausible(self[1])) return [named(self[1]), "self-reference"];
  const wire = /verify|confirm/.test(text) ? WIRE_SELF.exec(text)?.slice(1).find(Boolean) : undefined;
  if (wire) return [named(wire), "self-reference"];
  // "residents told Valley Radio", "…, reported NAX.", "Published in The Lantern, …":
  // the outlet names itself in the story, when the name is one a reader knows or reads as an outlet's.
  // ("As Ukrinform reported, …": said so, the name is the outlet's whatever it looks like.)
  const asReported = /\bAs\s+reported\b/.test(text) ? null : AS_REPORTED.exec(text);
  if (asReported && plausible(asReported[1]) && !isCountryName(asReported[1]) && !PERSON_ROLE.test(asReported[1])) return [named(asReported[1]), "self-reference"];
  for (const [re, strong] of SELF_NAMED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // (A name runs to the end of its sentence at most: "… told Valley Radio. Ten …".)
      const name = m[1].split(/\.\s/)[0].replace(/\.$/, "").replace(/^the\s+/, "The ");
      // (A wire agency or a UN office told or quoted is as often the source of a paper's story as its publisher: not taken.)
      // ("told Voice of America": a name a reader knows may hold a small word the run of capitals stops at.)
      const known = outletAt(text, m.index + m[0].indexOf(m[1])) ?? outletIn(name);
      // (Unless the form itself says the name is the publisher's: "This Update is issued by NAX".)
      if (known && isWireAgency(known) && !strong) continue;
      if (known) return [known, "self-reference"];
      if (plausible(name) && !PERSON_ROLE.test(name) && !isCountryName(name) && (strong || name.split(/\s+/).some((w) => OUTLET_WORD.has(w)) || /^[A-Z]{2,}(?:\s+[A-Z]{2,})*$/.test(name))) return [name, "self-reference"];
    }
  }
  return [null, "none"];
}
