/**
 * Displacement, in IDMC's terms: the figure's verb says what kind of fact it is. People who fled or
 * were displaced are `displaced`; "at risk", "affected" and "impacted" are `at_risk`; refugees hosted
 * abroad are `refugees`; "may arrive", "could cross" are `projected`; "home to 3 million" is
 * `population` (context, never displacement). Families and households stay as reported and are
 * converted to people with the article's own ratio, else with PEOPLE_PER_HOUSEHOLD.
 */
import { beforeRange, findQuantities, type Qualifier, type Quantity } from "../quantities.ts";
import { runningTotalBefore } from "../running-total.ts";
import { phrases, requiredWords } from "../lexicon/pattern.ts";
import * as W from "../lexicon/displacement-words.ts";
import { isPeopleNoun, nounPhraseAfter } from "../victims.ts";
import { beginsWithCountry, isCountryName } from "../lexicon/countries.ts";
import { isDemonym } from "../../geo/countries.ts";
import { COMBATANTS, GOVERNMENT_FORCES, OPPOSITION_FIGHTERS } from "../lexicon/people.ts";


export type DisplacementKind = "displaced" | "at_risk" | "refugees" | "projected" | "population";

/**
 * People per family/household when the article gives no ratio: 5, the planning figure UN humanitarian
 * agencies commonly use (OCHA and CCCM camp reports convert families at about 5 people).
 * Approximate; every converted row keeps the reported count and this factor.
 */
export const PEOPLE_PER_HOUSEHOLD = 5;

export interface DisplacementCandidate {
  q: Quantity;
  kind: DisplacementKind;
  /** The rule that read it, for `npm run explain` and the tables. */
  rule: string;
  unit: "people" | "families" | "households";
  /** In the unit: "between 250 and 300 families" is 250 / 250 / 300 families; "about 100 families (540 people)" is about 100. */
  qualifier: Qualifier;
  count_low: number | null;
  count_best: number;
  count_high: number | null;
  people_best: number;
  people_per_household: number | null;
  ratio_source: "article" | "default" | null;
  partOf: number;
  end: number;
}

const P = (list: readonly string[]) => phrases(list);
// Between the people and their verb: an aside in commas or brackets, or where they were ("in Bimbwi area").
// ("thousands of civilians waving white flags fled": a clause on what they were doing may stand between.)
// ("7,300 people - many of them elderly - have crossed": an aside between dashes, too; "30,000 people living near Tarsa
// have fled": where they lived; "900,000 people out of a population of 1.2 million have fled": of how many.)
// (An aside may hold a figure with its thousands' comma: ", including 5,000 children,".)
const BETWEEN = String.raw`(?:\s*,(?:[^,]|,(?=\d{3}\b)){1,70},|\s+[-–—]{1,2}\s[^-–—.;]{1,60}\s[-–—]{1,2}|\s+(?!(?:fleeing|being|having|seeking|crossing|leaving|escaping|heading|returning|living|staying)\b)[a-z]+ing\s+[^.;,]{1,40}?(?=\s+(?:fled|have\s+fled|had\s+fled|escaped|left|abandoned)\b)|(?:\s+(?:who|that)\s+(?:(?:had|have|has)\s+been|were|are))?\s+(?:living|residing|based)\s+(?:in|near|around|at|on)\s+[^.;,]{1,60}?(?=\s+(?:have\s+|had\s+)?(?:fled|escaped|left|abandoned)\b)|\s+(?!(?:killed|injured|wounded|died|hurt|arrested|abducted|kidnapped|detained|executed|massacred|trapped|stranded|stopped|prevented|blocked|barred)\b)(?:[a-z]+ed|heard|saw|got|took|woke|ran|went)\s+[^.;,\d]{1,60}?\s+and(?=\s+(?:fled|escaped)\b)|\s*,(?=\s*(?:who|which|have|has|had|were|was|are|is|remain|remained|still|flee|flees|fled)\b)|\s*\([^)]{1,90}\)\s*,?|\s+(?:in|from|at|of|out\s+of|across|around|near|on|inside|with|among)\s+(?:[^.;]|\.(?=\d)){1,80}?)?`;
// (BETWEEN: "Some 6,000 residents heard the warning on the radio and fled": a first predicate of their own, then the flight.)
// ("3,000 more have fled": "more" before the verb; "150,000 are believed to remain trapped": a hedge before it.)
const HELPERS = String.raw`\s*(?:more\s+)?(?:who\s+|that\s+|which\s+)?(?:(?:now|already|also|reportedly)\s+)?(?:still\s+remain(?:s|ed)?|have|has|had|having|were|was|are|is|being|remain|remained|still)?\s*(?:(?:now|already|also|since|reportedly|just|recently|[a-z]+ly)\s+)?(?:been\s+)?(?:(?:[\w-]+ly|already|also|now|still|since|newly|just|meanwhile|since then|so far|thus far|to date)\s+)?(?:(?:estimated|reported|believed|thought|said|known|deemed|feared)\s+to\s+(?:have\s+(?:(?:already|since|now|also)\s+)?been|be|have|remain|still\s+be)\s+)?(?:(?:[\w-]+ly|already|also|now|still|newly)\s+)?(?:newly-|re-)?`;
// "Most of the city's 2.3 million people have been displaced": the figure is the population, not those displaced.
// ("as many as 25,000 of an estimated 40,000 residents have fled": the second figure is the whole.)
const SHARE_OF_BEFORE = /\b(?:most|much|half|all|nearly all|almost all|many|the majority|two-thirds|a third|a quarter|three-quarters|\d+\s*(?:per ?cent|%)|\d[\d,.]*(?:\s+(?:million|thousand))?) of (?:the |its |their |an? )?(?:[A-Z][\w-]*['’]s\s+)?(?:entire\s+|whole\s+|estimated\s+|pre-war\s+)?$/i;
// "taken refuge in neighbouring <country>": a border crossed.
const NEIGHBOURING_COUNTRY = /\b(?:into|in|to) neighbou?ring ((?:[A-Z][\w-]+\s?){1,3})/;
// ("half of Qarn's 1.4 million people", "the city's 38,000 residents": a place's own people.)
// ("a quiet community of 31,000 people", "towns with some 64,000 residents", "the population has doubled to 118,000".)
const POPULATION_BEFORE = /\b(?:(?:community|communities)\s+of|(?:cities|towns|villages|city|town|village|centre|center|hub|capital)\s+with|population\s+(?:has\s+|had\s+)?(?:risen|rose|grown|grew|swelled|swollen|tripled|doubled|increased|jumped|climbed)\s+to(?:\s+an\s+estimated)?|home to|population of|populated by|inhabited by|houses|housing|a population of|population (?:is|was|stands at|stood at)(?: estimated)?(?: at)?|(?:a|the) (?:[\w'’-]+ ){0,3}?(?:city|town|village|country|region|province|area|enclave|district) of)\s+$/i;
// ("half of Qarn's 1.4 million people", "the city's 38,000 residents": a place's own people.)
// ("Kukes' 20,000 residents": a name ending in s takes the apostrophe alone.)
const NAMED_OWN = String.raw`\b[A-Z][\w-]*(?:['’]s|s['’])`;
const PLACE_OWN_BEFORE = new RegExp(String.raw`(?:\b(?:the\s+)?(?:city|town|village|country|region|province|area|district|enclave|strip|territory)['’]s|${NAMED_OWN})\s+$`);
const NAMED_PLACE_OWN_BEFORE = new RegExp(String.raw`${NAMED_OWN}\s+$`);
const OWN_PEOPLE = new Set(["people", "residents", "inhabitants", "citizens", "population"]);
// (Told as the whole that a share of moved, or that moved: "The town's 40,000 residents stayed home" tells nothing.)
const SHARE_BEFORE_OWN = /\b(?:most|much|half|all|many|majority|third|quarter|thirds|quarters|per ?cent)\b[^.;]{0,25}$|%[^.;]{0,25}$/i;
const SHARE_AFTER = /^\s+(?:out\s+of|in)\s+(?:every\s+)?(?:ten|10|five|three|four|hundred|100)\b/i;
const DONE_VERBS = /killed|wounded|injured|abducted|kidnapped|arrested|detained|drowned|executed|shot|raped|massacred/;
const DONE_TO_THEM = /^\s*(?:(?:have|has|had)\s+been|were|was|are\s+(?:reported|feared|believed)\s+to\s+have)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|abducted|kidnapped|arrested|detained|drowned|executed|shot|raped|massacred)\b|^\s*(?:[^.;]{0,60}\s)?(?:are|were)\s+reported\s+to\s+have\s+drowned\b/i;
const ARRIVAL_IN = /\barrivals?\s+in\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s+of\s+$/;
// "reached the district town on Friday after escaping the raid": a move told by what it escaped.
const AFTER_ESCAPING = /^[^.;]{0,100}?\bafter\s+(?:escaping|fleeing|being\s+(?:forced|driven)\s+(?:from|out))\b/i;
// ("The three centres are accommodating 845 people", "the centre had received 810 families".)
const CAMP_HOUSING_BEFORE = /\b(?:camps?|shelters?|displacement sites?|IDP sites?|settlements?|(?:collective |evacuation |reception |transit )?centres?|(?:collective |evacuation |reception |transit )?centers?)\b[^.;]{0,40}?\b(?:housing|houses|hosting|hosts|home to|sheltering|shelters|accommodating|(?:has|had|have)\s+(?:now\s+|so\s+far\s+|already\s+)?received)\s+$/i;
// "90,000 residents are believed to be in the city": how many are there, not how many moved.
// ("750,000 people live in western Tarsa", "are thought to have been residing in X", "are estimated to live in areas
// under an evacuation order": the people of a place, not a move. "10,000 remain in Ulmar" is left to the risk rules.)
const POPULATION_AFTER = /^\s*(?:(?:are|were|remain|remained)\s+(?:(?:believed|thought|estimated|said)\s+to\s+(?:be|remain)\s+)?(?:still\s+)?(?:in|inside|living in)\s+(?:the\s+)?(?:city|town|area|village|enclave)\b|(?:(?:are|were)\s+(?:still\s+)?(?:(?:believed|thought|estimated|said)\s+to\s+(?:have\s+been\s+)?)?|still\s+)?(?:live|lived|living|reside|resided|residing)\s+(?:in|inside)\s+(?:the\s+)?(?:(?:[a-z]+ern|besieged|embattled)\s+)?(?:[A-Z]|(?:city|town|area|areas|village|enclave|north|south|east|west)\b))/;
// "about 10,000 civilians remain in Tarsa", "an estimated 400,000 remain in the north": those still in a named place or
// a part of the country, told as a headcount ("remain in the city" is left to the risk rules; "remained in Ulmar", told
// once it is over, is where people who fled stayed).
const REMAIN_IN_AFTER = /^\s*remain\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\b(?!\s+(?:camps?|sites?|settlements?|centres?|centers?|shelters?)\b)|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\b)/;
// "the agency put the figure at 90,000": another source's count of the people a figure before it counted.
const FIGURE_AT_BEFORE = /\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|that|this|its|their|the\s+same)\s+(?:figure|number|total|count|tally)\s+at\s+$/i;
// "the locality where 300,000 civilians live has been besieged", "Tarsa, where some 40,000 people reside": a place's
// people, told in a relative clause (the clause ends at the verb, so the place went before "where").
const WHERE_BEFORE = /\bwhere\s+$/i;
const LIVE_AFTER = /^\s*(?:still\s+|now\s+|normally\s+|usually\s+)?(?:live|lived|reside|resided)\b/i;
// "the 300,000 citizens of Tarsa", "a city of over one million inhabitants": a place's people, when nothing says they moved.
const OF_PLACE_AFTER = /^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[A-Z]/;
const TOWN_OF_BEFORE = /\b(?:a|an|the|this)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|country|enclave|capital|port|community|settlement)\s+of\s+$/i;
const MEASURE_AFTER = /^\s*(?:-|–)?\s*(?:km|kilometres|kilometers|miles|square|sq|feet|metres|meters|acres|hectares|%|per\s*cent|percent|tons|tonnes|years|dollars|euros|pounds|troops|soldiers|fighters)\b/i;
// "The displaced families, totaling about 16,200 people": the figure counts people already named as displaced.
// ("those displaced within A and B are estimated to be around 500 families".)
const DISPLACED_SUBJECT_BEFORE = /\b(displaced|IDPs|refugees|evacuees)\b[^.;]{0,40}?\b(?:totall?ing|numbering|estimated at|amounting to|(?:estimated|believed|thought)\s+to\s+(?:be|number)(?:\s+(?:around|about|some|roughly|nearly|over|more\s+than))?)\s+$/i;
// People trapped under rubble are the missing or the dead, not people at risk of displacement.
const UNDER_RUBBLE = /^[^.;]{0,40}\btrapped\s+(?:under|beneath)\b/i;
// "400 people coming from Niger": a border crossed.
const FROM_COUNTRY = /^[^.;\d]{0,40}?\b(?:coming|fleeing|arriving|arrived|came|fled|crossed|crossing)\s+from\s+((?:[A-Z][\w-]+\s?){1,3})(?!['’]s\b)/;
// "have taken refuge in Lebanon", "fled to Niger": a country reached ("Tarsa City" is no country, though a country may be called Tarsa).
// ("fled to eastern Liberia": a part of the country reached; "left Macedonia via the border".)
// ("took refuge in Tarsa camp": a camp or site named after a country is no crossing into it; the name may
// have taken the space before the word.)
const NOT_A_SITE = String.raw`(?!\s*(?:camps?|sites?|settlements?|schools?|centres?|centers?|localit(?:y|ies)|neighbou?rhoods?|villages?|districts?)\b)`;
const TO_COUNTRY = new RegExp(String.raw`^[^.;\d]{0,50}?\b(?:refuge|shelter|asylum|safety)\s+in\s+(?:(?:eastern|western|northern|southern|neighbou?ring)\s+)?((?:[A-Z][\w-]+\s?){1,3})${NOT_A_SITE}|^[^.;\d]{0,50}?\b(?:fled|fleeing|arrived|crossed|crossing|escaped|entered|entering|left)\s+(?:(?:to|into)\s+|(?<=arrived\s+|arriving\s+)in\s+)?(?:(?:eastern|western|northern|southern|north-eastern|north-western|south-eastern|south-western)\s+)?((?:[A-Z][\w-]+\s?){1,3})(?!['’]s\b)`);
// "fled from eastern X into Thailand", "caused 3,400 people to flee to Chad", "forcing them into western Chad":
// a movement, then the country it ends in.
// ("1,500 more have headed to Tarsania", "10,000 made their way into Ulmaria's Qarn region": a country's own region is in it.)
const MOVED_INTO_COUNTRY = /^[^.;\d]{0,90}?\b(?:fled|fleeing|flee|escaped|crossed|crossing|headed|heading|made\s+their\s+way|slipped|waded|poured|streamed|(?:forcing|forced|driving|drove|pushing|pushed|sending|sent)\s+them)\b[^.;\d]{0,60}?\b(?:into|to)\s+(?:neighbou?ring\s+)?(?:(?:eastern|western|northern|southern|north-eastern|north-western|south-eastern|south-western)\s+)?((?:[A-Z][\w-]+\s?){1,3})/;
// Soldiers who arrive somewhere are deployed, not displaced.
const FORCES = new Set([...GOVERNMENT_FORCES, ...OPPOSITION_FIGHTERS, ...COMBATANTS].map((w) => w.split(" ").pop()!.toLowerCase()));
const HOST_NATIONALS_BEFORE = /\b(?:hosts|hosting|hosted|(?:has|have|had)\s+(?:now\s+|already\s+)?(?:taken\s+in|received|welcomed)|took\s+in|welcomed)\s+$/i;
const REFUGEE_HOST_BEFORE = /\b(?:hosts|hosting|hosted|shelters|sheltering|home to|houses|housing|taken in|took in|welcomed)\s+$/i;
const RISK_BEFORE = /\b(?:impacting|affecting|affected|affects|impacted|impacts|threatening|threatens|endangering|at risk the lives of|risk the lives of|put at risk|putting at risk|could affect|would affect|trapping|trapped|cutting off|cut off|cuts off|confining|(?:the\s+)?confinement of)\s+(?:the lives of\s+|(?:an?\s+additional|another|a\s+further)\s+)?$/i;
// "the order to leave Tarsa and nearby neighbourhoods covers 170,000 people": those an evacuation order reaches, not yet moved.
const ORDER_COVERS_BEFORE = /\b(?:(?:evacuation|displacement|relocation|eviction)\s+orders?|orders?\s+to\s+(?:leave|evacuate|move|relocate))\b[^.;]{0,90}?\b(?:covers?|covered|covering|affects?|affected|affecting|appl(?:y|ies|ied)\s+to|concerns?|concerned|concerning)\s+$/i;
// ("20,000 displaced people at risk of being uprooted again": the displaced, at risk of moving once more, are counted at risk.)
const RISK_OF_MOVING_AFTER = /^\s*(?:(?:are|were|is|was|now|still|remain|remained)\s+)*at\s+(?:(?:immediate|imminent|high|grave|serious)\s+)?risk\s+of\s+(?:being\s+)?(?:uprooted|displaced|displacement|evicted|eviction|expelled|expulsion|forced|moved|relocated)\b/i;
// At risk said right after the people ("deemed to be at 'immediate threat'"), or anywhere near them.
const RISK_DIRECT = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:${P(W.RISK_AFTER)}|at\s+[‘'“"]?(?:(?:immediate|imminent|high|grave|serious)\s+)?(?:risk|threat))\b`, "i");
const RISK_NEAR = new RegExp(String.raw`^[^.;]{0,50}?\b(?:${P(W.RISK_AFTER.filter((w) => w.includes(" ")))})\b`, "i");
// "Authorities expect another 130,000 people to be displaced", "the agency anticipates up to 5,000 to flee": a move foreseen.
// "10,000 are stuck on the Chechen side of the border": people who fled and wait to cross, not people at risk at home.
const STUCK_AT_BORDER = /^\s*(?:(?:are|were|remain|remained|have\s+been|had\s+been|still)\s+)*(?:stuck|stranded|massed|waiting|gathered|camped|camping)\s+(?:at|on|near|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:border|frontier|border\s+crossing)\b/i;
const EXPECT_BEFORE = /\b(?:expects?|expected|expecting|anticipates?|anticipated|anticipating|predicts?|predicted|forecasts?)\s+(?:(?:another|a further|up to|as many as|some|about|around|more than|over|nearly|at least)\s+)*$/i;
const EXPECTED_MOVE_AFTER = /^\s*(?:more\s+)?to\s+(?:be\s+(?:\w+ly\s+)?(?:displaced|uprooted|evacuated|relocated|forced)|flee|leave|cross|arrive|head)\b/i;
const PROJECTED_AFTER = /^\s*(?:more\s+)?(?:people\s+)?(?:who\s+|that\s+)?(?:may|could|might|would|will|(?:now\s+|still\s+)?(?:need|needs|needing|must|have|has)\s+to|(?:are|were|is|was)\s+(?:expected|likely|poised|about|set|preparing|ready)\s+to)\b[^.;]{0,40}?\b(?:arrive|cross|flee|be displaced|(?:face|suffer)\s+(?:further\s+|new\s+|renewed\s+)?displacement|head|move|leave|evacuate|enter|go|come|pour|stream|flow|spill|reach|(?:be\s+(?:\w+ly\s+)?)(?:expelled|evacuated|relocated|deported|uprooted|moved|driven|pushed|forced)|end\s+up\s+(?:being\s+)?displaced)\b/i;
// "with 20,000 more expected": people still to come.
const MORE_EXPECTED = /^\s*more\s+(?:are\s+|were\s+)?(?:expected|anticipated)\b(?!\s+to\b)/i;
const PROJECTED_BEFORE = new RegExp(String.raw`\b(?:${P(W.PROJECTED_BEFORE)})\s+$`, "i");
// ("7,000 made the dangerous trek", "16,000 have made the 30 km journey south", "1,800 had crossed the
// Albanian border", "were forced by the troops to leave": the movement told with words between.)
// ("thousands escaping a fresh guerrilla onslaught": escaping what the war brings, not injury, death or captors.)
const ESCAPING_WAR = String.raw`escaping\s+(?:(?:the|a|an|renewed|fresh|new|heavy|intense|recent|ongoing|latest|deadly|brutal)\s+){0,3}(?:[\w-]+\s+)?(?:fighting|violence|attacks?|assaults?|offensives?|onslaught|bombardments?|shelling|clashes|war|conflict|insurgency|air\s?strikes|airstrikes|raids|hostilities|combat)\b`;
// ("500 of the villagers had left.", "1,200 have already left since the shelling began": gone, told with nothing
// after the verb but the clause's end or when. Not "are left", which is who remains.)
const LEFT_AT_END = String.raw`(?:have|has|had)\s+(?:(?:already|now|since|reportedly|also)\s+)?left(?=\s*(?:[.;,]|$)|\s+(?:since|after|because|following|over\s+the|in\s+the\s+(?:past|last))\b)`;
// "registered 45,000 people arriving in eastern Tarsa": people counted as they arrive (their noun said: "troops
// numbering 2,000 arriving" are not; forces' nouns were set aside before).
const ARRIVING_AFTER = /^\s+arriving\s+(?:in|at|into)\b/;
// ("9,000 people have reached the Tarsa camp": a named camp or site reached.)
const MOVED_FORMS = String.raw`reached\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:camp|settlement|site|transit\s+(?:centre|center))\b|(?:made|make|making)\s+the\s+(?:[^.;]{0,40}?\s)?(?:journey|trek|crossing)\b|crossed\s+(?:the\s+)?(?:[A-Z][\w-]+(?:['’]s)?\s+)?(?:border|frontier)\b|left\s+(?:the|their)\s+(?:[\w-]+\s+){1,2}(?:villages?|towns?|homes|houses|areas?|city|region|district|neighbou?rhoods?|settlements?|communities|camps?)\b|forced\s+by\s+[^.;,]{1,40}?\s+to\s+(?:leave|flee|abandon)\b|${ESCAPING_WAR}|${LEFT_AT_END}`;
const DISPLACED_AFTER = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:(?:${P(W.DISPLACED_AFTER)})(?:\b|(?=[A-Z]))|${MOVED_FORMS})`, "i");
const OTHERS_MOVE = /,?\s+(?:and|but|while|whereas)\s+(?=(?:many|some|most|others?|the\s+rest|thousands|hundreds|dozens)\b)/i;
// ", including 800 children," passed over to read on; ", forcing them into Kenya," is no aside: it says where they went.
const ASIDE = /^\s*,(?![^,.;]{0,70}\b(?:into|across|crossed|crossing|forcing|forced|fled|fleeing)\b)(?:[^,.;]|,(?=\d{3}\b)){1,70},/;
// "The offensive pushed thousands of families into Tarsa": people driven into a named place.
// (Not "sent 500 troops into Tarsa": only pushing, driving and forcing uproot.)
const PUSHED_BEFORE = /\b(?:pushed|pushing|pushes|driven|drove|driving|drives|forced|forcing)\s+(?:(?:more\s+than|over|at\s+least|about|around|nearly|some|an\s+estimated|up\s+to|roughly)\s+)?$/i;
// ("driven 12,000 people into makeshift camps", "forced 300 families into hiding": where the uprooted went, if not a town.)
const INTO_PLACE_AFTER = /^\s*(?:into|to|towards?)\s+(?:(?:the\s+)?(?:(?:already\s+)?(?:crowded|overcrowded|southern|northern|coastal)\s+)?(?:(?:al|el)-)?[A-Z]|(?:[a-z-]+\s+){0,2}?(?:camps|shelters|tents|hiding|exile)\b|the\s+(?:bush|forests?|mountains|hills|desert)\b)/;
const UPROOTING_WORD = /entered|escape|abandoned|evacuated|hiding inside|go through|shelter|refuge|hid/i;
// Movement words that uproot nobody: entering a room or a shop, escaping captors, things abandoned.
const KILLED_BEFORE = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:at least|about|around|some|nearly|more than|over)\s+)?$/i;
const NOT_UPROOTED_AFTER = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:(?:entered|have entered|has entered|had entered)\s+(?:the|a|an)\s+(?!(?:country|territory|camps?|border|state|enclave|region)\b)[a-z]|escaped\s+(?:from\s+)?(?:the\s+|their\s+)?(?:terrorists|captors|kidnappers|abductors|militants|gunmen|attackers|jihadists|insurgents|bandits|prison|jail|captivity|custody)\b|(?:abandoned|evacuated)\s+(?:[a-z-]+\s+)?(?:trucks?|vehicles?|cars?|pickups?|buildings?|weapons?|positions?|bases?|tanks?|checkpoints?|posts?)\b|hiding\s+inside\b|(?:sheltering|sheltered|(?:took|taken|taking)\s+(?:shelter|refuge|cover)|hiding|hid)\s+(?:from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:shelling|bombing|bombardment|strikes?|airstrikes?|air\s+raids?|gunfire|fire|rockets?|missiles?|drones?)|in\s+(?:(?:a|an|the|their|nearby)\s+)?(?:[\w-]+\s+){0,3}?(?:basements?|cellars?|bunkers?|bomb\s+shelters?|garages?|underground|metro|subway|hotels?))\b|(?:medically\s+|urgently\s+)?evacuated\s+(?:to|for)\s+(?:(?:the|a|an|nearby|local)\s+)?(?:(?!(?:and|or)\b)[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical|health|treatment|care)\b|(?:managed|were\s+able|was\s+able)\s+to\s+escape(?:\s*[.;,]|\s+(?:from\s+)?(?:the\s+)?(?:attackers|gunmen|captors|kidnappers|abductors|militants|bandits|flames|attack)\b)|(?:(?:were|are|was|is)\s+)?(?:expected|due|set|scheduled)\s+to\s+go\s+through\b)`, "i");
const BUILDINGS = String.raw`(?:bunkers?|basements?|cellars?|hotels?|houses?|buildings?|garages?|tunnels?|shops?|stores?|restaurants?|offices?|warehouses?|embass(?:y|ies))`;
// ("a bunker in Tarsa where": the building's town may stand between.)
const BUILDING_WHERE_BEFORE = new RegExp(String.raw`\b${BUILDINGS}(?:\s+(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:where|in\s+which)\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$`, "i");
const IN_BUILDING_VERB_AFTER = /^\s*(?:people\s+|civilians\s+|residents\s+|guests\s+|workers\s+)?(?:(?:have|had|has|were|was|are|been)\s+){0,2}(?:hiding|hid|hidden|sought\s+(?:safety|shelter|cover)|seeking\s+(?:safety|shelter|cover)|(?:took|taken|taking)\s+(?:shelter|cover)|sheltering|sheltered|holed\s+up|barricaded)\b/i;
const FROM_BUILDING_AFTER = new RegExp(String.raw`^\s*(?:people\s+|civilians\s+|guests\s+|workers\s+|residents\s+)?(?:,[^,;]{1,90},\s*)?from\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?${BUILDINGS}\b`, "i");
// "24,000 families have left Tarsa": people leaving a named place.
// ("3,800 have left the western districts of the city", "5,000 people left areas in Tarsa", "left the north":
// a part of a place left behind. "the 300 left in the village" stayed: "in" after "left" is no move.)
const LEFT_PLACE = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:already\s+)?left\s+(?:(?:the\s+)?(?=[A-Z][\w’'-]+)|(?:the\s+|their\s+)?(?:(?:[a-z]+ern|besieged|embattled|encircled|surrounded)\s+)?(?:(?:city|town|village|area|region|district|enclave|country|capital)\b|(?:areas|parts|districts|neighbou?rhoods|suburbs|villages|towns)\s+(?:of|in)\s|(?:north|south|east|west)(?:-?(?:east|west))?\b(?!\s+of\b)))`);
// "These include 2,900 in Tarsa, 7,200 in Ulmar": a total broken down by place.
const BY_PLACE_LEAD = /(?:^|\b(?:these|they|this|those)\s+(?:include|included|includes|comprise|are)|\bincluding|:|,|\band)\s*$/i;
const BY_PLACE_AFTER = /^\s+in\s+(?:the\s+)?[A-Z]/;
const ADDED_BEFORE = /\s+(?:another|an\s+additional|an\s+extra|a\s+further|additional|further)\s+$/i;
const DISPLACED_BEFORE = new RegExp(String.raw`\b(?:${P(W.DISPLACED_BEFORE)})\s+$`, "i");
const FORCING_BEFORE = new RegExp(String.raw`\b(?:${P(W.FORCING_BEFORE)})\s+$`, "i");
// ("left 12,000 pupils out of school", "put 300 people out of work": out of what is not out of their homes.)
const FORCING_AFTER = new RegExp(String.raw`^[^.;]{0,90}?\b(?:${P(W.FORCING_AFTER)})\b(?<!\bout\s+of(?=\s+(?:school|schools|classes|education|work|jobs?|employment|business|pocket|reach|action|service|power|fuel|stock|contact|touch|hospital|danger|harm['’]s\s+way|prison|jail|detention)\b))`, "i");
// "175,500 staying in 224 temporary shelters", "living in camps", "stayed in tents".
// ("13,000 people in public shelters": in a shelter says it without a verb.)
// ("1,200 people from Tarsa are living at two camps": where they came from may stand between.)
const SHELTERED_AFTER = /^\s*(?:from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?(?:were\s+|are\s+|still\s+|currently\s+|now\s+|remain\s+|remained\s+)*(?:(?:staying|stayed|living|lived|sheltering|sheltered|housed|accommodated)\s+(?:in|at)\s+[^.;]{0,40}?|(?:in|inside)\s+(?:[a-z-]+\s+){0,2}(?=(?:shelters|camps|collective centres|evacuation centres|evacuation centers|displacement sites|IDP sites)\b))\b(?:shelters?|camps?|centres?|centers?|tents|schools|collective centres|settlements|displacement sites|IDP sites)\b/i;
const RETURNED_AFTER = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:${P(W.RETURNED_AFTER)})\b`, "i");
// "put the number of displaced at over 90,000" / "brings to 332,000 the number of people displaced".
// ("judged the number of people displaced … to be 20,000": the estimate's verb.)
const NUMBER_OF_BEFORE = new RegExp(String.raw`\b(?:${P(W.NUMBER_OF_DISPLACED)})\b[^.;]{0,110}?\b(?:at|to(?:\s+be)?|of|reached|reaches|reach|hit|passed|passes|exceeded|exceeds|crossed|surpassed|surpasses|topped|tops|stands at|stood at|is|was|rose to|rises to|climbed to|now|increased by|rose by|grew by|went up by|(?<=\b(?:increased|raised|swelled|pushed\s+up|boosted)\s+the\s+(?:total\s+)?number\s+of\s+[^.;]{0,60}?)by)\s+(?:a\s+(?:record|new\s+high\s+of|high\s+of)\s+)?["“]?$`, "i");
// "the number of displaced could reach 65,000": a count foreseen.
// ("officials expect the count of families leaving to reach 8,000": the expectation before the number.)
const NUMBER_FORESEEN = /\b(?:could|may|might|will|would|is expected to|are expected to|is likely to|(?:expects?|expected|expecting|anticipates?|anticipated|predicts?|predicted|forecasts?)\b[^.;]{0,100}?\bto)\s+(?:reach|rise to|hit|exceed|top|climb to)\s+$/i;
// ("an extension to accommodate a further 4,000 refugees", "water to meet the needs of over 12,000": room made, not people moved.)
const CAPACITY_BEFORE = /\b(?:(?:to|could|can|would)\s+(?:host|hold|accommodate|house|shelter|handle|absorb|take\s+in|cope\s+with)|capacity\s+(?:of|for|to\s+\w+)|space\s+for|room\s+for|built\s+for|designed\s+for|meant\s+for|intended\s+for|(?:to|could|can|would)\s+meet\s+the\s+needs\s+of)\s+(?:(?:up\s+to|some|about|around|nearly|more\s+than|over|at\s+least|a\s+further|an\s+additional|another)\s+)?$/i;
const PLACE_BRACKET = /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\(\s*$/;
const MOVED_BEFORE_PLACES = /\b(?:fled|crossed|arrived|sought (?:asylum|refuge)|seeking (?:asylum|refuge)|displaced|relocated)\b[^.;]{0,120}$/i;
const BRACKETED_AFTER_NOUN = /\b(displaced (?:persons|people)|IDPs|refugees|evacuees|internally displaced)\s*\(\s*$/i;
// "One soldier was killed and 26 others fled": the others are soldiers, who fled a battle, not their homes.
const FORCES_BEFORE = /\b(?:soldiers?|troops|policemen|police officers|fighters|militants|rebels|servicemen|gunmen)\b[^.;]{0,40}$/i;
// ("brings to 11,300 the total number of Tarsan refugees in Ulmar": a few describing words may stand between.)
const NUMBER_OF_AFTER = new RegExp(String.raw`^\s+(?:(?:the\s+)?(?:total\s+)?(?:${P(W.NUMBER_OF_DISPLACED)})\b|the\s+(?:total\s+)?(?:number|figure|count|tally)\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:displaced|IDPs?|refugees|asylum[\s-]seekers|evacuees)\b)`, "i");
// "bringing to 13,000 the number of Tarsans believed to have fled": the people counted, then how they moved.
// ("… the number of people known to have left Ruritania": a country left is a border crossed.)
const leftCountry = (after: string) => { const m = /^[^.;]{0,90}?\b(?:left|fled)\s+((?:[A-Z][\w'’-]*\s?){1,3})/.exec(after); return !!m && isCountryName(m[1].trim()); };
const NUMBER_WHO_MOVED_AFTER = /^\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:(?:who|that)\s+(?:have|had|has)\s+(?:now\s+|already\s+|since\s+)?|(?:(?:who|that)\s+(?:are|were)\s+)?(?:believed|thought|estimated|said|reported|known)\s+to\s+have\s+)(?:fled|left\s+(?:their\b|the\b|[A-Z])|crossed|been\s+(?:displaced|uprooted|forced))/i;

// "arrived in Tarsa, Cameroon": a town, then its country.
const IN_TOWN_OF_COUNTRY = /^[^.;\d]{0,50}?\b(?:arrived|arriving|fled|fleeing|crossed|crossing|taken refuge|took refuge|sought refuge)\s+(?:in|to|into|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+((?:[A-Z][\w-]+\s?){1,3})/;
// The anchored patterns above backtrack through their asides before they fail, for every figure: a search
// for their phrases' words first (none of them, no match) skips most of them at once.
const RETURNED_WORDS = requiredWords(W.RETURNED_AFTER), DISPLACED_WORDS = requiredWords(W.DISPLACED_AFTER);
// "The attacks affected 837 individuals, who were displaced to …": the clause after says what befell them.
const DISPLACED_WHO = /^\s*,?\s*(?:who|all of whom|most of whom)\s+(?:were|have been|had been|are)\s+(?:\w+ly\s+)?(?:displaced|uprooted|forced to flee|forced from their homes)\b/i;
const RISK_WORDS = requiredWords([...W.RISK_AFTER, "risk", "threat"]);
// ("were brought back to their homes", "went back to their farms": the same, said with "back".)
const WENT_HOME = /^\s*(?:have\s+|had\s+|has\s+|were\s+|was\s+)?(?:since\s+|now\s+|already\s+)?(?:(?:been\s+)?returned|(?:been\s+)?(?:transported|brought|bused|taken)\s+back|gone\s+back|went\s+back)\s+(?:to\s+)?(?:their|its|his|her)\s+(?:homes?|communities|villages?|areas?|places?|towns?)\b/i;
const returnedAfter = (after: string) => RETURNED_WORDS.test(after) && RETURNED_AFTER.test(after);
// "have crossed the Salween River into X": a river or a range crossed on the way.
const CROSSED_NATURE_AFTER = new RegExp(String.raw`^${BETWEEN}${HELPERS}crossed\s+(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+)?(?:river|lake|sea|mountains|desert|River|Lake|Sea|Mountains|Desert)\s+(?:into|to)\b`, "i");
const MOVED_WORDS = /journey|trek|crossing|crossed|forced by|escaping/i;
const displacedAfter = (after: string) => ((DISPLACED_WORDS.test(after) || MOVED_WORDS.test(after)) && DISPLACED_AFTER.test(after)) || (after.includes("crossed") && CROSSED_NATURE_AFTER.test(after));
// "230,000 people aid agencies say are caught between the opponents", "1,500 migrants caught in the Tarsan conflict",
// "caught up in the fighting": people in the way of the war, whatever words stand between. (Not the dead:
// "three civilians caught in crossfire were killed" are counted by the casualty table.)
const CAUGHT_NEAR = /^[^.;]{0,50}?\bcaught\s+(?:up\s+)?(?:in|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:crossfire|cross-fire|fighting|conflict|clashes|war|battle|violence|hostilities|opponents|warring\s+(?:sides|parties|factions)|two\s+sides|front\s*lines?)\b(?![^.;]{0,60}\b(?:killed|died|dead|wounded|injured)\b)/i;
const RISK_NEAR_WORDS = requiredWords(W.RISK_AFTER.filter((w) => w.includes(" ")));
// "42,000 people are living under a government siege": people inside a siege, however it is named.
const UNDER_SIEGE_AFTER = new RegExp(String.raw`^${BETWEEN}${HELPERS}(?:living|live|lives|still)?\s*under\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:siege|blockade)\b`, "i");
const riskDirect = (after: string) => (RISK_WORDS.test(after) && RISK_DIRECT.test(after)) || (/\bunder\b/.test(after) && UNDER_SIEGE_AFTER.test(after));
const riskNear = (after: string) => (RISK_NEAR_WORDS.test(after) && RISK_NEAR.test(after)) || (after.includes("caught") && CAUGHT_NEAR.test(after));
const leftPlace = (after: string) => after.includes("left") && LEFT_PLACE.test(after);

// The patterns ending at the figure ("…\s+$") are tried at every position of the text before it: a search
// for the words each cannot match without comes first, and most texts have none of them.
const needing = (words: RegExp, re: RegExp) => (s: string) => words.test(s) && re.test(s);
const capacityBefore = needing(/host|hold|accommodate|house|shelter|handle|absorb|take in|cope|capacity|space|room|built|designed|meant|intended|needs/i, CAPACITY_BEFORE);
const needingRisk = needing(/impact|affect|threaten|endangering|risk|trapp|cut|confin/i, RISK_BEFORE);
const riskBefore = (before: string) => needingRisk(before) || (/\border/i.test(before) && ORDER_COVERS_BEFORE.test(before));
const populationBefore = needing(/home|populat|inhabited|hous|city|cities|town|village|communit|centre|center|hub|capital|country|region|province|area|enclave|district/i, POPULATION_BEFORE);
// (Read on the noun phrase, or right after it: "two displaced persons (IDPs) groups".)
const NOT_PEOPLE_COUNTED = new RegExp(String.raw`^\s*(?:\([A-Z]{2,6}\)\s*)?(?:${P(W.COUNTED_NOT_PEOPLE)})\b`, "i");
const projectedBeforeAny = needing(requiredWords(W.PROJECTED_BEFORE), PROJECTED_BEFORE);
// "an assault could see 800,000 people flee" foresees a move; "we could see 10 bodies" is someone looking.
const SEE_BEFORE = /\b(?:could|may|might|would)\s+see\s+(?:[a-z]+\s+){0,3}$/i;
const MOVE_AFTER = /^[^.;]{0,80}?\b(?:flee|fleeing|leave|leaving|displaced|uprooted|cross|crossing|arrive|arriving|move|moving|head|heading|evacuate|evacuated|pour|pouring|stream|streaming|forced|driven|homeless|exodus|refugees)\b/i;
const projectedBefore = (before: string, after: string) => projectedBeforeAny(before) && (!SEE_BEFORE.test(before) || MOVE_AFTER.test(after));
// "the number of displaced people … is 15,398": the noun counted says the kind ("across the refugee camps" does not).
// ("the Tarsan refugee population in Ulmaria": the population's own word.)
const COUNTED_NOUN = /\b(?:(?:numbers?|figures?|total|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?(displaced|uprooted|IDPs?|refugees|asylum[\s-]seekers|evacuees)|(refugee|displaced|IDP)\s+population)\b/gi;
function countedKind(before: string): DisplacementKind | null {
  const nouns = [...before.matchAll(COUNTED_NOUN)];
  const last = nouns[nouns.length - 1];
  // ("the number of internal refugees": refugees in their own country are displaced.)
  const noun = last ? last[1] ?? last[2] : "";
  return last ? (/^(?:refugees?|asylum[\s-]seekers)$/i.test(noun) && !/\binternal(?:ly)?\s+$/i.test(before.slice(0, last.index! + last[0].indexOf(noun))) ? "refugees" : "displaced") : null;
}
// "the number of registered IDPs … stands at", "the figures of IDP families … rose to":
// a few describing words between the count's noun and the displaced.
// Refugees counted, not an office's name: "the Department of Refugees", "the UN High
// Commissioner for Refugees" count nobody (a capitalised "Refugees" inside a sentence names an office).
const REFUGEES_COUNTED = /\brefugees?\b|\basylum[\s-]seekers\b|^[^a-z]{0,3}Refugees?\b/;
const NUMBER_OF_LOOSE = /\b(?:numbers?|figures?|total|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?(?:displaced|uprooted(?=\s+(?:people|persons|civilians|residents|families|households|individuals|villagers|by)\b)|IDPs?|refugees|asylum[\s-]seekers|evacuees)\b[^.;]{0,110}?\b(?:at|to(?:\s+be)?|reached|reach|hit|passed|exceeded|crossed|surpassed|topped|stands at|stood at|is|was|rose to|climbed to|now)\s+(?:(?:probably|likely|now|already|believed\s+to\s+be|estimated\s+to\s+be|thought\s+to\s+be)\s+)?$/i;
const numberOfStrict = needing(requiredWords(W.NUMBER_OF_DISPLACED), NUMBER_OF_BEFORE), numberOfLoose = needing(/\b(?:numbers?|figures?|total|tally|count)\s+of\b/i, NUMBER_OF_LOOSE);
// "families escaping the fighting, whose total has reached 31,000": the count after a relative.
const WHOSE_NUMBER = /\b(?:displaced|displacement|fleeing|fled|escaping|uprooted|refugees|IDPs|evacuees)\b[^.;]{0,80}\bwhose\s+(?:number|total)\s+(?:now\s+)?(?:stands\s+at|stood\s+at|is|was|has\s+reached|reached|has\s+risen\s+to|rose\s+to)\s+$/i;
const numberOfBefore = (s: string) => numberOfStrict(s) || numberOfLoose(s) || (s.includes("whose") && WHOSE_NUMBER.test(s));
const displacedBefore = needing(requiredWords(W.DISPLACED_BEFORE), DISPLACED_BEFORE);
const forcingBefore = needing(requiredWords(W.FORCING_BEFORE), FORCING_BEFORE);
const displacedSubjectBefore = needing(/total|numbering|estimated|amounting/i, DISPLACED_SUBJECT_BEFORE);

// "have sought refuge in Kenya": shelter found in another country.
const REFUGE_IN = new RegExp(String.raw`\b(?:sought|seeking|seek|found|finding|taken|took|take|taking)\s+(?:refuge|shelter|asylum)\s+in\s+(?:neighbou?ring\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)${NOT_A_SITE}`);

// "displaced people entered Armenia", "arrived in Chad": a country reached.
// ("arrived into the Ulmar region of Tarsania": a region of another country.)
// ("people fleeing clashes in Tarsa have arrived in Kenya's Kakuma area": a place the country owns, past a clause on
// what they fled.)
const ENTERED_COUNTRY = /^[^.;]{0,80}?\b(?:entered|reached|arrived in|arrived into)\s+(?:neighbou?ring\s+)?(?:the\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:region|province|state|area|district|county)\s+of\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)/;
/** A border crossed: a country reached or left, by how the sentence goes on. */
// ("55,000 new arrivals from Tarsania": arrivals from a country named, across its border.)
const FROM_COUNTRY_NEXT = /^\s+from\s+(?:neighbou?ring\s+)?((?:[A-Z][\w-]+\s?){1,3})/;
const fromCountry = (after: string) => { const m = FROM_COUNTRY_NEXT.exec(after); return !!m && beginsWithCountry(m[1]); };
// ("uprooted 41,000 residents, many of whom fled on into Kenya": a part crossed; the whole stayed displaced.)
const SOME_OF_THEM = /,\s+(?:some|many|most|several|a\s+few|hundreds|thousands|others?)\s+of\s+(?:whom|them)\b/i;
const crossesBorder = (written: string) => {
  const some = SOME_OF_THEM.exec(written), after = some ? written.slice(0, some.index) : written;
  const refuge = REFUGE_IN.exec(after) ?? ENTERED_COUNTRY.exec(after);
  if (refuge && isCountryName(refuge[1])) return true;
  const into = NEIGHBOURING_COUNTRY.exec(after.slice(0, 80)), from = FROM_COUNTRY.exec(after), to = TO_COUNTRY.exec(after);
  const moved = MOVED_INTO_COUNTRY.exec(after) ?? IN_TOWN_OF_COUNTRY.exec(after);
  return (!!into && beginsWithCountry(into[1])) || (!!from && beginsWithCountry(from[1])) || (!!to && isCountryName(to[1] ?? to[2])) || (!!moved && isCountryName(moved[1]));
};

const BARE_UPROOTED_AFTER = /^\s+(?:(?:have|had|has)\s+been\s+|were\s+|are\s+)?(?:(?:forced|driven)\s+(?:from|out\s+of)\s+their\s+(?:homes|villages)|(?:displaced|uprooted)\s+(?:from|by|since|in)\b)/i;
// ("9,000 have arrived since", "1,356 were recorded in Tarsa": no noun, the verb of arrivals counted.)
const ARRIVED_BARE_AFTER = /^\s*(?:(?:have|has|had)\s+(?:also\s+|since\s+)?(?:arrived|been\s+(?:newly\s+)?(?:recorded|registered))|(?:were|was)\s+(?:also\s+)?(?:newly\s+)?(?:recorded|registered)|(?:also\s+)?arriv(?:ed|ing))\b/i;

/** `previous`: the kind of the last displacement figure of the sentence before, for a breakdown that follows it. */
export function displacementCandidates(text: string, qs = findQuantities(text), previous: DisplacementKind | null = null): DisplacementCandidate[] {
  const out: DisplacementCandidate[] = [];
  const used = new Set<Quantity>();
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    if (used.has(q)) continue;
    let np = nounPhraseAfter(text, q.end), sharedNoun = false;
    // "as many as 25,000 of an estimated 40,000 residents have fled": the part takes the whole's noun and verb.
    if (!np?.noun && qs[i + 1] && /^\s+of\s+(?:an?\s+estimated\s+|the\s+|its\s+|some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$/i.test(text.slice(q.end, qs[i + 1].start))) {
      const whole = nounPhraseAfter(text, qs[i + 1].end);
      if (whole?.noun && isPeopleNoun(whole.noun)) [np, sharedNoun] = [whole, true];
    }
    // "caused 5,400 and 260 displaced people respectively": the first of two figures shares the second's noun.
    if (!np?.noun && qs[i + 1] && /^\s*,?\s+and\s+$/.test(text.slice(q.end, qs[i + 1].start))) {
      const shared = nounPhraseAfter(text, qs[i + 1].end);
      if (shared?.noun && isPeopleNoun(shared.noun) && (/^\s*,?\s*respectively\b/i.test(text.slice(shared.end, shared.end + 20)) || /\b(?:displaced|IDPs|refugees|evacuees|uprooted)\b/i.test(shared.phrase))) [np, sharedNoun] = [shared, true];
    }
    // ("211 new asylum seekers were registered": people who crossed to ask for refuge are counted as refugees.)
    if ((np?.noun === "seekers" || np?.noun === "asylum-seekers") && /\basylum[\s-]seekers$/i.test(np.phrase)) np = { ...np, noun: "refugees" };
    // "has gone down from a high of around 17,000 to 8,000": the figure the sentence replaces.
    if (/\bfrom\s+(?:a\s+(?:high|peak|low)\s+of\s+)?$/i.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^[^.;]{0,40}?\bto\s+(?:about\s+|around\s+|some\s+)?\d/i.test(text.slice(q.end, q.end + 60))) continue;
    // ("52,000 previously displaced residents are rebuilding": people who were displaced once, counted as they return.)
    if (np?.noun && /^\s+(?:[\w-]+\s+)?(?:formerly|previously|once)\s+(?:internally\s+)?displaced\b/i.test(np.phrase)) continue;
    // ("raised the number of displaced by 40 per cent": a share, not a count.)
    if (/^\s*(?:%|per\s*cent\b|percent\b)/i.test(text.slice(q.end, q.end + 12))) continue;
    const numberOf = numberOfBefore(text.slice(Math.max(0, q.start - 160), q.start)) || NUMBER_OF_AFTER.test(text.slice(q.end, q.end + 60)) || NUMBER_WHO_MOVED_AFTER.test(text.slice(q.end, q.end + 110));
    // "the number of displaced families has risen to 300", "the number of families driven out": the count is of families.
    if (numberOf && (!np || !np.noun)) np = { noun: /\bnumber of (?:displaced )?(?:families|households)\b/i.test(text.slice(Math.max(0, q.start - 160), q.start)) ? "families" : null, phrase: "", end: q.end, partitive: false };
    // "the city's 600,000 population": the people of a place, counted with the word itself.
    const ownPopulation = /^\s+population\b/.exec(text.slice(q.end, q.end + 15));
    if (ownPopulation && PLACE_OWN_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) {
      out.push({ q, kind: "population", rule: "displacement.home-to", unit: "people", qualifier: q.qualifier, count_low: q.low, count_best: q.best, count_high: q.high, people_best: q.best, people_per_household: null, ratio_source: null, partOf: -1, end: q.end + ownPopulation[0].length });
      continue;
    }
    // "Tarsa, a town of 50,000 about 40 miles away": the size of a place, with no noun after the figure.
    if ((!np || !np.noun) && q.best >= 100 && TOWN_OF_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start)) && !MEASURE_AFTER.test(text.slice(q.end, q.end + 20))) {
      out.push({ q, kind: "population", rule: "displacement.town-of", unit: "people", qualifier: q.qualifier, count_low: q.low, count_best: q.best, count_high: q.high, people_best: q.best, people_per_household: null, ratio_source: null, partOf: -1, end: q.end });
      continue;
    }
    // "killed six and left 800 homeless": a bare figure, then the state it was left in ("300 homeless people" are counted
    // by their noun, and kept out: an aid story's homeless are not uprooted by the war).
    if (!np?.noun && /^\s+homeless\b(?!\s+[a-z])/.test(text.slice(q.end, q.end + 30))) np = { noun: null, phrase: "", end: q.end, partitive: false };
    // "300 dead, 900 hurt and some 40,000 forced from their homes": a bare figure whose own verb says its
    // people were uprooted (from 10 up: "on 5 fled" is more likely a day than five people).
    if (!np?.noun && q.best >= 10 && BARE_UPROOTED_AFTER.test(text.slice(q.end, q.end + 50))) np = { noun: null, phrase: "", end: q.end, partitive: false };
    // ("…, with 900 arriving each day": a bare figure and its arrival, read below as more of the figure before.)
    if (!np && /^\s+arriving\b/.test(text.slice(q.end, q.end + 12))) np = { noun: null, phrase: "", end: q.end, partitive: false };
    if (!np || (np.noun && !isPeopleNoun(np.noun))) continue;
    // "seven villages have been displaced", "two displaced communities", "the top five": places, groups or a rank counted.
    if (NOT_PEOPLE_COUNTED.test(np.phrase) || NOT_PEOPLE_COUNTED.test(text.slice(np.end, np.end + 30)) || /\btop\s+$/i.test(text.slice(Math.max(0, q.start - 5), q.start))) continue;
    // "nine out of ten Tarsan refugees", "one in three of its people", "nine in ten Tarsans": a share, not a count; "dozens of abandoned tanks".
    // ("one displaced villager told …": one person is a witness, not a figure.)
    if (q.best <= 1 || SHARE_AFTER.test(text.slice(q.end, q.end + 20)) || /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half))\s+(?:out\s+of|in(?:\s+every)?)\s+$/i.test(text.slice(Math.max(0, q.start - 24), q.start)) || /^\s+of\s+(?:abandoned|destroyed|burned|burnt|damaged)\b/i.test(text.slice(q.end, q.end + 20))) continue;
    // "14 more refugees were kidnapped": what was done to them is another table's, not a move.
    const next60 = text.slice(np.end, np.end + 60);
    // ("Nine killed, 120 held hostage": a toll is the casualty table's.)
    if (/^\s*(?:were\s+|have\s+been\s+)?(?:killed|dead|died|wounded|injured)\b/i.test(next60)) continue;
    if (DONE_VERBS.test(next60) && DONE_TO_THEM.test(next60)) continue;
    // ("displaced another 40,000", "uprooted an additional 9,000": a figure added to one told before reads as the figure.)
    // (An opening quote before the figure is the source's words quoted: 'the flight of "more than 45,000 people"'.)
    const before = beforeRange(text.slice(Math.max(0, q.start - 60), q.start).replace(/(\s)["“‘']$/, "$1"), q).replace(ADDED_BEFORE, " ");
    // ("the attacks killed 7 displaced families": the dead are the casualty table's, whatever they were before.)
    if (KILLED_BEFORE.test(before)) continue;
    // "6,000 families, around 42,000 people" / "160,583 people from 25,776 families": one claim, both numbers.
    let families: Quantity | null = null, people: Quantity | null = null, end = np.end;
    // The people's own noun, kept when a pair's household noun becomes the figure's ("6,240 IDPs in 1,310 households").
    let peopleNoun = np.noun;
    const next = qs[i + 1];
    if (next && np.noun) {
      const between = text.slice(np.end, next.start);
      const np2 = nounPhraseAfter(text, next.end);
      // "6,328 households (HH) (37,968 individuals)": an abbreviation in brackets may stand between.
      // ("1,500 families, totalling 8,200 people": a word that sums them may stand between; "530 families from
      // Tarsa, for a total of 1,461 people": and where they came from.)
      if (np2?.noun && /^\s*(?:\([A-Z]{2,4}\)\s*)?(?:from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?=,))?(?:(?:,|\(|\[|from|in|or|—|–|-)\s*(?:or\s+|(?:totall?ing|comprising|for\s+a\s+total\s+of|a\s+total\s+of|amounting\s+to|equivalent\s+to|equal\s+to|corresponding\s+to|that\s+is|i\.e\.|translating\s+into|translated\s+into|representing)\s+)?|(?:translating|translated)\s+into\s+|representing\s+)$/i.test(between)) {
        const isFam = (n: string) => /^(?:families|family|households|hhs?)$/.test(n);
        if (isFam(np.noun) && !isFam(np2.noun)) { families = q; people = next; }
        else if (!isFam(np.noun) && isFam(np2.noun)) { families = next; people = q; }
        // ("1,000 families - around 7,000 individuals - had been displaced": the people between dashes.)
        // ("20,000 families—more than 50,000 people—have left": a long dash needs no space around it; a hyphen does.)
        const closingDash = /[—–-]/.test(between) ? /^\s*(?:--(?=\s)|[—–](?=\s*[a-z])|-(?=\s))/.exec(text.slice(np2.end)) : null;
        if (families) { peopleNoun = isFam(np.noun) ? np2.noun : np.noun; used.add(next); end = np2.end + (text[np2.end] === ")" || text[np2.end] === "]" ? 1 : closingDash ? closingDash[0].length : 0); np = { ...np, noun: isFam(np.noun) ? np.noun : np2.noun! }; }
      }
    }
    // "while 4,996 (860 households) were registered in Bolo": a bare figure of people, its households in brackets.
    else if (next && !np.noun && /^\s*\(\s*$/.test(text.slice(q.end, next.start))) {
      const np2 = nounPhraseAfter(text, next.end);
      if (np2?.noun && /^(?:families|households|hhs?)$/i.test(np2.noun) && /^\s*\)/.test(text.slice(np2.end))) {
        families = next; people = q; used.add(next); end = np2.end + /^\s*\)/.exec(text.slice(np2.end))![0].length; np = { ...np, noun: np2.noun };
      }
    }
    const after = text.slice(end, end + 120);
    const prev = out[out.length - 1];
    let kind: DisplacementKind | null = null;
    let how = "";
    // People going home are not displaced, unless the figure names them as displaced ("57,000 people displaced from the city returned").
    // ("3,300 recent IDPs returned to their communities": gone home, whatever they were called.)
    if (returnedAfter(after) && (/^\s*of\s+the\b/i.test(np.phrase) || !/\b(?:displaced|IDPs|refugees|evacuees)\b/i.test(np.phrase + after.slice(0, 30)) || WENT_HOME.test(after))) continue;
    if (np.noun && FORCES.has(np.noun) && !/\b(?:famil|civilian|women|children|residents|people)/i.test(np.phrase) && !/^\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}communit/i.test(text.slice(np.end, np.end + 50))) continue;
    // "a camp built to host up to 12,000", "with space for 950 people": a capacity, not people who moved.
    if (capacityBefore(before)) continue;
    // "two men entered the pub", "two women escaped their captors", "four abandoned pickup trucks",
    // "32 civilians hiding inside" (a base), "50 were expected to go through the process", "five managed to escape.",
    // "27 were evacuated to the hospital" (the wounded, taken for care), "60 people sheltering from the shelling in
    // the basement", "50 took refuge in an underground garage" (cover from a strike, not a home left):
    // a movement verb that uproots nobody.
    if (UPROOTING_WORD.test(after) && NOT_UPROOTED_AFTER.test(after)) continue;
    // "a bunker where dozens of people were hiding", "the hotel where 200 had sought safety", "evacuated 300 people
    // from a hotel": people in one building during an attack, not people uprooted from their homes.
    if ((BUILDING_WHERE_BEFORE.test(before) && IN_BUILDING_VERB_AFTER.test(after)) || (/\bevacuat/i.test(before) && FROM_BUILDING_AFTER.test(after))) continue;
    // "One of these displaced people, Amira, …": a person the story follows, not a count.
    if (q.best === 1 && /^\s+of\s+(?:these|those|the|them)\b/i.test(text.slice(q.end, q.end + 12))) continue;
    // "Thousands poured into the streets, dancing": crowds, not people uprooted.
    if (/^\s*(?:have\s+|had\s+)?(?:poured|streamed|flocked|took)\s+(?:in)?to\s+the\s+streets\b/i.test(text.slice(np.end, np.end + 40))) continue;
    if (np.noun === "others" && FORCES_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))) continue;
    // "thousands displaced"; "8,470 displaced people entered Tarsania" crossed a border.
    if (np.noun === "displaced" && !/\b(?:the|of)\s+$/i.test(before) && !riskBefore(before)) { kind = crossesBorder(after.slice(0, 60)) ? "refugees" : "displaced"; how = "noun"; }
    // "registered 2,350 newly arrived households": people counted as they arrive are people who moved.
    else if (/\b(?:newly|recently|just)[\s-]arrived\s/i.test(np.phrase)) { kind = np.noun === "refugees" || crossesBorder(after.slice(0, 60)) ? "refugees" : "displaced"; how = "noun"; }
    // "the arrival in Tarsania of 1,600 people": people who reached a country (refugees) or a place.
    else if (ARRIVAL_IN.test(before)) { kind = isCountryName(ARRIVAL_IN.exec(before)![1]) ? "refugees" : "displaced"; how = "verb-before"; }
    // "camps housing more than 410,000", "the Tarsa camp, home to 60,000 refugees": people sheltered in camps.
    else if (CAMP_HOUSING_BEFORE.test(before) && (!np.noun || isPeopleNoun(np.noun))) { kind = np.noun === "refugees" ? "refugees" : "displaced"; how = "sheltered"; }
    // ("an entire community of 85 people fled their homes": a community that moved is counted as displaced.)
    else if (((populationBefore(before) && !(/\bcommunit(?:y|ies)\s+of\s+$/i.test(before) && displacedAfter(after))) || POPULATION_AFTER.test(after) || REMAIN_IN_AFTER.test(after) || (WHERE_BEFORE.test(before) && LIVE_AFTER.test(after)) || (/\b(?:which|that)\s+(?:has|had)\s+(?:about\s+|around\s+|some\s+)?$/i.test(before) && /^(?:inhabitants|residents)$/.test(np.noun ?? "")) || (PLACE_OWN_BEFORE.test(before) && OWN_PEOPLE.has(np.noun ?? "") && (SHARE_BEFORE_OWN.test(before) || displacedAfter(after)))) && np.noun !== "refugees" && !/\b(?:displaced|IDPs|evacuees)\b/i.test(np.phrase)) { kind = "population"; how = "home-to"; }
    else if (displacedSubjectBefore(before)) { kind = /refugee/i.test(DISPLACED_SUBJECT_BEFORE.exec(before)![1]) ? "refugees" : "displaced"; how = "noun"; }
    else if (np.noun === "refugees" && (REFUGEE_HOST_BEFORE.test(before) || /\b(?:hosts?|hosting|sheltering)\b/i.test(text.slice(Math.max(0, q.start - 40), q.start)))) { kind = "refugees"; how = "hosted"; }
    // "Turkey hosts 3.6 million Syrians", "Romania has taken in 198,000 Ukrainians": another country's people, hosted.
    else if (HOST_NATIONALS_BEFORE.test(before) && /^\s*[A-Z][a-z]+$/.test(np.phrase) && (isDemonym(np.phrase.trim().slice(0, -1)) || isDemonym(np.phrase.trim()))) { kind = "refugees"; how = "hosted"; }
    // ("households are likely to be displaced and to need shelter": the projection is told first.)
    else if ((PROJECTED_AFTER.test(after) || (EXPECT_BEFORE.test(before) && EXPECTED_MOVE_AFTER.test(after))) && !riskBefore(before)) { kind = "projected"; how = "could"; }
    else if (STUCK_AT_BORDER.test(after)) { kind = "displaced"; how = "verb-after"; }
    else if ((riskBefore(before) || riskDirect(after) || (riskNear(after) && !displacedAfter(after))) && !UNDER_RUBBLE.test(after) && !DISPLACED_WHO.test(after)) { kind = "at_risk"; how = "risk"; }
    else if (PROJECTED_AFTER.test(after) || projectedBefore(before, after) || MORE_EXPECTED.test(text.slice(q.end, q.end + 40))) { kind = "projected"; how = "could"; }
    else if (displacedAfter(after) || (np.noun && ARRIVING_AFTER.test(after)) || displacedBefore(before) || (forcingBefore(before) && FORCING_AFTER.test(after)) || (PUSHED_BEFORE.test(before) && INTO_PLACE_AFTER.test(after)) || leftPlace(after) || (AFTER_ESCAPING.test(after) && !/^[\s-]*years?[\s-]+old\b/i.test(text.slice(q.end, q.end + 15)))) {
      // Crossing a border makes refugees: "fled across the border into Chad", "crossed into Kenya".
      how = displacedAfter(after) || leftPlace(after) || (np.noun && ARRIVING_AFTER.test(after)) ? "verb-after" : displacedBefore(before) ? "verb-before" : "forcing";
      // (The stretch read may hold no other figure, which would have its own verb; an aside in commas is passed over.
      // "100,000 had fled their homes and several thousand more had left the country": a figure in words counts too.)
      const aside = ASIDE.exec(after)?.[0].length ?? 0;
      const following = qs.find((x) => x.start >= end + aside);
      // ("Hundreds have been internally displaced, while others have fled to Uganda": the others' move is not theirs.)
      const onward = (following && following.start - end < after.length ? after.slice(0, following.start - end) : after).slice(aside).split(OTHERS_MOVE)[0].split(SOME_OF_THEM)[0];
      // ("fled to neighbouring Congo-Brazzaville": a neighbouring place with a name is another country; "left the country".)
      kind = /^[^.;\d]{0,110}\b(?:crossed (?:into|over|the border)|across the (?:[A-Z][\w-]+\s+)?(?:border|frontier)|into neighbou?ring|fled abroad|to neighbou?ring countries|(?:in)?to (?:the |a )?neighbou?ring (?:country|countries|state|states)|(?:left|fled|escaped) (?:the|their|his|her) (?:own |home )?country|(?:as|became|become) refugees (?:abroad|overseas)|(?:registered|recorded) as refugees|(?:entered|reached) (?:the|their|our|this|that) country|(?:went|gone|fled|moved) (?:abroad|overseas)|(?:are|were|became|become) (?:now )?refugees)\b|^[^.;\d]{0,60}\b(?:crossed|crossing\s+at)\b/i.test(onward) || /^[^.;\d]{0,60}\b(?:(?:in)?to|entered|reached) [Nn]eighbou?ring [A-Z]/.test(onward) || crossesBorder(onward) ? "refugees" : "displaced";
    }
    else if (np.noun === "refugees" && /\brefugees?\b[^.;]{0,40}\b(?:fled|crossed|arrived|returned)\b/i.test(after)) { kind = "refugees"; how = "crossed"; }
    // "Most of the city's 2.3 million people have been displaced": the figure is the population.
    // ("most of the 610,000 people uprooted by the conflict": the figure is of the displaced.)
    if (kind === "displaced" && SHARE_OF_BEFORE.test(before) && !/^\s*(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:internally\s+)?displaced\b/i.test(after)) { kind = "population"; how = "share-of"; }
    else if (numberOf && (how = "number-of")) kind = NUMBER_FORESEEN.test(text.slice(Math.max(0, q.start - 160), q.start)) ? "projected" : countedKind(text.slice(Math.max(0, q.start - 110), q.start)) ?? (REFUGEES_COUNTED.test(text.slice(Math.max(0, q.start - 110), q.end + 60)) || leftCountry(text.slice(q.end, q.end + 110)) ? "refugees" : "displaced");
    // The noun phrase itself says it: "43,000 IDPs", "500 evacuees", "800 internally displaced Malians".
    // (Displaced people at risk stay at risk: "threatening the lives of 20,000 displaced people".)
    else if (kind !== "projected" && !(kind === "at_risk" && how === "risk" && (riskBefore(before) || RISK_OF_MOVING_AFTER.test(after))) && peopleNoun && (/^(?:idps|evacuees|displacements)$/.test(peopleNoun) || /\bdisplaced\b/i.test(np.phrase))) { kind = crossesBorder(after.slice(0, 60)) ? "refugees" : "displaced"; how = "noun"; }
    // "3,400 new arrivals": people who came to a camp or a country (refugees when the sentence says so).
    else if (kind !== "projected" && np.noun === "arrivals" && /\bnew\s+(?:refugee\s+)?arrivals\b/i.test(np.phrase)) { kind = /^[^.;]{0,30}\b(?:IDP|displacement|displaced)\b/i.test(after) || (!/\b(?:refugees?|border|crossed)\b/i.test(text) && !fromCountry(after)) ? "displaced" : "refugees"; how = "arrivals"; }
    // "47,000 new displacement movements": moves counted, as tracking matrices count them.
    else if (np.noun === "movements") { if (!/\bdisplacement\b/i.test(np.phrase)) continue; kind = "displaced"; how = "noun"; }
    // "90,000 refugees living in camps": refugees stay refugees wherever they shelter.
    else if ((!kind || kind === "displaced") && SHELTERED_AFTER.test(after)) { kind = np.noun === "refugees" ? "refugees" : "displaced"; how = "sheltered"; }
    // Refugees who moved are refugees; refugees who may yet come, or are at risk, keep that kind.
    else if ((!kind || kind === "displaced") && peopleNoun === "refugees") { kind = "refugees"; how = "noun"; }
    // ("Fighting reached the capital, a city of over one million inhabitants": no move told, the place's people.)
    if (!kind && !np.partitive && !MOVE_AFTER.test(after) && (np.noun === "inhabitants" || (/^(?:residents|citizens|inhabitants)$/.test(np.noun ?? "") && OF_PLACE_AFTER.test(text.slice(np.end, np.end + 50))))) { kind = "population"; how = "home-to"; }
    // ("Tarsa's 400,000 residents, who include some 90,000 who fled": a place's own people are its population, whatever
    // the clause after tells of others; "the town's 5,000 residents fled" was read above as the whole that moved.)
    // (A named place: "the town's 40,000 residents remained at home" tells nothing of where.)
    if (!kind && !np.partitive && NAMED_PLACE_OWN_BEFORE.test(before) && OWN_PEOPLE.has(np.noun ?? "")) { kind = "population"; how = "home-to"; }
    // ("Some 11,000 refugees have crossed into Chad. Four thousand of them have fled in the past week": "of them" are
    // the refugees the sentence before told.)
    if (kind === "displaced" && how === "verb-after" && !prev && previous === "refugees" && /^\s+of\s+(?:them|these|those)\b/i.test(text.slice(q.end, q.end + 12))) kind = "refugees";
    let partOf = -1;
    if (prev && np.partitive) { partOf = out.indexOf(prev); kind ??= prev.kind; how ||= "breakdown"; }
    // "the displacement of 54,534 and 2,626 people, respectively": the next figure of a list shares its verb.
    if (!kind && prev && prev.partOf === -1 && /^\s*(?:,\s*|\s+and\s+|,\s*and\s+)$/.test(text.slice(prev.end, q.start)) && /^\s*,?\s*respectively\b/i.test(text.slice(end, end + 20))) { kind = prev.kind; how = "list"; }
    // "displaced persons (75,539)": the count in brackets after its noun.
    const bracketed = !kind && !np.noun && /^\s*\)/.test(text.slice(q.end)) ? BRACKETED_AFTER_NOUN.exec(text.slice(Math.max(0, q.start - 40), q.start)) : null;
    if (bracketed) { kind = /refugee/i.test(bracketed[1]) ? "refugees" : "displaced"; how = "bracketed"; }
    // "refugees have crossed into Rwanda (12,400) and Tanzania (8,300)": each place's count in brackets.
    const placeCount = !kind && !np.noun && /^\s*\)/.test(text.slice(q.end)) ? PLACE_BRACKET.exec(text.slice(Math.max(0, q.start - 40), q.start)) : null;
    if (placeCount && MOVED_BEFORE_PLACES.test(text.slice(0, q.start))) {
      kind = isCountryName(placeCount[1]) && /\b(?:crossed|into|asylum|refugees?)\b/i.test(text.slice(0, q.start)) ? "refugees" : "displaced"; how = "place-bracket";
    }
    // "144 were displaced from A, 121 from B and 66 from C": the next items share the first one's verb.
    // ("57,000 people have fled A, about 10,000 from B": the first place may be the verb's object.)
    // (Even when a verb further on could be theirs: "1,087 refugees crossed at A, 60 in B, while 896 were received at C".)
    if ((!kind || how === "verb-after") && !np.noun && prev && prev.partOf === -1 && /^[^.;]{0,80}?(?:,\s*|\s+and\s+|,\s*and\s+)$/.test(text.slice(prev.end, q.start)) && /^\s+(?:from|in)\s+(?:the\s+)?[A-Z]/.test(text.slice(q.end, q.end + 12)) && /\b(?:from|in|into|to|at|fled|left)\s+(?:the\s+)?[A-Z]/.test(text.slice(prev.end, q.start))) {
      kind = prev.kind; how = "list";
    }
    // "These include 2,900 in Tarsa, 7,200 in Ulmar": the places of a displaced total given just before.
    if (!kind && !np.noun && BY_PLACE_AFTER.test(text.slice(q.end, q.end + 20)) && BY_PLACE_LEAD.test(text.slice(prev ? prev.end : 0, q.start)) && (prev ? prev.partOf === -1 || prev.rule.endsWith(".by-place") : previous !== null) && (prev?.kind ?? previous) !== "population") {
      kind = prev?.kind ?? previous; how = "by-place";
      if (prev) partOf = prev.rule.endsWith(".by-place") ? prev.partOf : out.indexOf(prev);
    }
    // "73,000 people have fled to Tarsa, including 5,800 on Sunday": a part of the figure before.
    if (!kind && prev && prev.partOf === -1 && (!np.noun || isPeopleNoun(np.noun)) && /^[^.;]{0,80}?,?\s+including\s+(?:some\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+)?$/i.test(text.slice(prev.end, q.start)) && /^\s+(?:people\s+|refugees\s+|persons\s+)?(?:in|on|during|over|since|from|last|this|yesterday|today)\b/i.test(text.slice(end, end + 20))) { kind = prev.kind; how = "breakdown"; partOf = out.indexOf(prev); }
    // "Of them, 7,300 were uprooted by clashes in X": a part of the displaced figure the sentence before gave.
    if (!prev && previous && previous !== "population" && /^\W*Of\s+(?:these|them|those|whom),?\s+$/i.test(text.slice(0, q.start))) { kind ??= previous; how ||= "of-these"; partOf = -2; }
    // "11,597 households (49,093 individuals) were registered in Tarsa": households and people counted together, on a
    // register, are arrivals in a displacement site (the pair is the humanitarian reports' way; "voters were registered" is not).
    if (!kind && families && people && /^\s*(?:were|have\s+been|had\s+been|was|has\s+been)\s+(?:newly\s+)?registered\b/i.test(after)) { kind = "displaced"; how = "verb-after"; }
    // "nearly 200,000 had been displaced, while the agency put the figure at more than 100,000": another source's count of
    // the same people, told by the figure it names (the figure before in the sentence, or the sentence before, says of whom).
    const figureKind = prev ? (prev.partOf === -1 ? prev.kind : null) : previous;
    if (!kind && figureKind && figureKind !== "population" && FIGURE_AT_BEFORE.test(before)) { kind = figureKind; how = "figure-at"; }
    // "Over 40,000 refugees have fled into Kenya. More than 9,000 have arrived since January", "…, with 900 arriving each
    // day": a bare figure that arrived, or was recorded, is more of the people the figure before counted.
    if (!kind && !np.noun && figureKind && figureKind !== "population" && ARRIVED_BARE_AFTER.test(after)) { kind = figureKind; how = "arrived-bare"; }
    // "An additional 8,000 were displaced over the weekend, bringing the total to over 70,000": the total of the figure before.
    if (!kind && prev && prev.partOf === -1 && prev.kind !== "population" && runningTotalBefore(before)) { kind = prev.kind; how = "running-total"; }
    if (!kind) continue;
    const isFamilies = families ? true : !!np.noun && /^(?:families|family|households|hhs?)$/.test(np.noun);
    const unit = isFamilies ? (/household|hhs?$/.test(np.noun ?? "") ? "households" : "families") : "people";
    const famQ = families ?? (isFamilies ? q : null);
    const count_best = famQ ? famQ.best : q.best;
    const ratio = families && people ? Math.round((people.best / families.best) * 100) / 100 : isFamilies ? PEOPLE_PER_HOUSEHOLD : null;
    out.push({
      q: people ?? q, kind, rule: `displacement.${how || kind}${families && people ? "+families-and-people" : ""}`, unit,
      qualifier: (famQ ?? q).qualifier, count_low: famQ ? famQ.low : q.low, count_best, count_high: famQ ? famQ.high : q.high,
      people_best: people ? people.best : isFamilies ? Math.round(count_best * PEOPLE_PER_HOUSEHOLD) : q.best,
      people_per_household: ratio, ratio_source: families && people ? "article" : isFamilies ? "default" : null,
      // (A figure that shares the next one's noun ends where it is written, so the next reads as the list's next item.)
      partOf, end: sharedNoun ? q.end : end,
    });
  }
  return out;
}
