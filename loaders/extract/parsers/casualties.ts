/**
 * Casualty claims: a figure is tabled only when its sentence says those people were killed or
 * injured, with the figure in the grammatical place of the victims: "16 civilians were killed",
 * "killed at least 16 civilians", "leaving 33 civilians dead", "claimed dozens of lives", "the death
 * toll rose to 25". A breakdown ("including 800 civilians", "32 of them pro-government forces",
 * "the remaining 38") is linked to its total with part_of.
 */
import { phrases, requiredWords } from "../lexicon/pattern.ts";
import * as V from "../lexicon/casualty-verbs.ts";
import { ANIMALS, SINGULAR_NOUNS } from "../lexicon/people.ts";
import { beforeRange, CHILDREN, findQuantities, ONE_CHILD, type Quantity, NUMBER_WORDS } from "../quantities.ts";
import { runningTotalBefore } from "../running-total.ts";
import { RUNNING_TOTAL_VERBS } from "../lexicon/running-totals.ts";
import { isDisasterToll } from "../scope.ts";
import { ARMED_CLASSES, nounPhraseAfter, PEOPLE_NOUNS, victimClass, type VictimClass } from "../victims.ts";
import { plainQuotes } from "../quoted-words.ts";
import { partsToldFirst } from "./parts-told-first.ts";
import { oneMoreByOrdinal } from "./one-more-by-ordinal.ts";

export type Outcome = "killed" | "injured";

export interface CasualtyCandidate {
  q: Quantity;
  outcome: Outcome;
  /** The rule that read it ("casualty.verb-before", …), for `npm run explain` and the tables. */
  rule: string;
  victims: VictimClass;
  victimsPhrase: string;
  /** Index (in this sentence's candidates) of the total this figure is part of; -1 for none; -2 for the previous sentence's first. */
  partOf: number;
  /** Offset just after the figure's noun phrase. */
  end: number;
  /** Deaths in a natural disaster or epidemic ("an earthquake that killed 43,000"): not this war's. */
  disaster: boolean;
}

// A figure may share its verb with figures listed after it: "46 civilians and seven soldiers were among the dead".
// ("… and an unknown number of civilians were killed": an item counted by no number; "a colonel and dozens of
// conscripts died": by a vague amount.)
// ("12 soldiers and 31 Tarsan army support personnel were killed": up to four words before an item's noun; never
// "including" as the item, nor "of", which makes a part: "and 3 of their children"; nor a verb or "among", which
// end the list: "two women and two boys were among eight people killed" names parts, not the dead twice.)
const LISTED = String.raw`(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:(?:(?:at least|more than|some|about|around|nearly)\s+)?(?:\d[\d,]*|(?!(?:including|among|mostly|mainly|many|most|all|of|them)\b)[a-z]+(?:-[a-z]+)?)\s+(?:(?!(?:of|were|was|are|is|among)\s)[a-z-]+\s+){0,4}?|an?\s+(?:unspecified|unknown|undisclosed|undetermined)\s+number\s+of\s+|(?:dozens|scores|hundreds|thousands)\s+(?:more\s+)?of\s+(?:(?!of\s)[a-z-]+\s+){0,3}?)(?:${PEOPLE_NOUNS}))*`;
const REPORTED = String.raw`(?:(?:${phrases(V.REPORTED_AS)})\s+(?:to\s+(?:have\s+been|have|be)\s+)?)`;
// Between the victims and their verb: an aside set off by commas or brackets, a breakdown ("including
// four children", commas lost or not), or where they were from ("16 civilians in the town were killed",
// "four soldiers from the alliance died", "12 children aboard a bus sustained injuries").
const ASIDE = String.raw`(?:,[^,]{1,100},\s*|\s*\([^)]{1,80}\)\s*|\s*(?:--|[—–])\s*[^—–]{1,90}?\s*(?:--|[—–])\s*|,?\s*(?:including|among them|mostly|most of them|many of them|mainly|the majority)\b[^,.;]{1,60}?,?\s+(?=(?:have|has|had|were|was|are|is|died|perished|sustained|suffered)\b)|\s+(?:in|inside|aboard|from|at|of|on|near)\s+(?![^,.;]{0,70}?\b(?:killing|injuring|wounding|leaving)\s)[^,.;]{1,70}?\s+(?=(?:have|has|had|were|was|are|is)\s|(?:died|perished|sustained|suffered|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b)|\s+aged\s+\d+(?:\s*(?:to|and|-|–)\s*\d+)?\s*(?:years\s+)?(?=\S)|\s+(?:fleeing|escaping|trying\s+to\s+(?:flee|escape|leave|cross))\s+[^,.;]{1,60}?(?:\s*(?:--|[—–])\s*[^—–]{1,90}?\s*(?:--|[—–]))?\s+(?=(?:have|has|had|were|was|are|is)\s+(?:\w+ly\s+)?(?:killed|shot|gunned|slain|executed|massacred|wounded|injured)\b|(?:died|perished|drowned)\b)|\s+(?:working|living|travelling|traveling|staying|sheltering|riding|waiting|gathered|queuing|queueing|heading|returning|going|patrolling|escorting|guarding|manning|driving)\s+(?:at|in|on|near|inside|outside|for|to|towards|toward|from|along)\s+[^,.;]{1,50}?\s+(?=(?:have|has|had|were|was|are|is)\s|(?:died|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b)|\s+who\s+(?:(?:were|was|had\s+been|are|is|had|have)\s+)?(?!(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|dead|shot|murdered|executed|massacred)\b)[^,.;]{1,60}?\s+(?=(?:(?:have|has|had|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)|died|perished)\b))`;
// "some 30 people, fighters and civilians alike, died": a word that closes the list of who they were.
// ('14 fighters "were killed in airstrikes," he said': a quotation may open at the verb.)
// ("as many as 25 people may have died": a toll told as likely is a toll.)
// ("29 other people nearby were wounded", "the 40 passengers on board were killed": where they were, between.)
const KILL_AFTER = new RegExp(String.raw`^[”"]?${LISTED}(?:\s+(?:alike|both|all|too|each|more|nearby|there|inside|on\s+board|in\s+total|in\s+all),?)?\s*${ASIDE}?[“"]?(?:who\s+|that\s+)?(?:were|was|have|has|had|are|is|being|got|having|(?:may|might|could)\s+have)?\s*(?:[“"](?=[a-z]))?(?:(?:[\w-]+ly|already|also|all|later|since|now|just|so far|thus far|more|at least|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){0,2}(?:been\s+)?(?:[\w-]+ly\s+)?${REPORTED}?(?:also\s+|all\s+|later\s+)?(${phrases([...V.KILLED_AFTER, ...V.INJURED_AFTER])}|(?:suffered|sustained|with|suffering\s+from|treated\s+for|(?:arrived|admitted|brought\s+in|came\s+in|taken|rushed|evacuated|transferred)\s+(?:(?:at|to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\s+)?with)\s+(?:[\w-]+\s+){1,4}?(?:injuries|wounds|burns|injury|wound)|(?:included\s+)?among (?:the |those )?(?:dead|killed|victims|fatalities|wounded|injured)|(?:admitted|taken|rushed|brought|evacuated|airlifted)\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:[Hh]ospital|[Cc]linic|[Mm]edical\s+[Cc]ent(?:er|re)))\b`, "i");
// ("while those wounded were 13 soldiers": who the wounded were, a figure of its own.)
const NUMBER_KILLED_AFTER = /^\s+the\s+(?:total\s+)?number\s+(?:of\s+(?:[a-z-]+\s+){0,2}?)?(killed|dead|deaths|fatalities|wounded|injured)\b/i;
// ("among them a nurse and two police officers": one person named first, then the figures of the list.)
const ONE_PERSON_FIRST = String.raw`(?:(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s*,\s*(?!and\b)|\s+and\s+))?`;
const AMONG_BEFORE = new RegExp(String.raw`\b(?:[Aa]mong\s+(?:the|those)\s+|(?<![Aa]mong\s)(?:[Tt]hose|[Tt]he)\s+(?=(?:killed|wounded|injured)\s+were\s|(?:dead|deaths|killed|victims|wounded|injured)\s+(?:included|include|includes)\s))(dead|deaths|killed|victims|fatalities|wounded|injured)(?:\s+(?:in|at|from|during|on|by)\s+[^,.;]{1,60}?)?\s+(?:were|are|was|is|included|include|includes)\s+${ONE_PERSON_FIRST}$`);
// Words KILL_AFTER cannot match without (its phrases', the injuries', "among"): tested first, as the pattern
// backtracks through its lists and asides before it fails.
const KILL_WORDS = requiredWords([...V.KILLED_AFTER, ...V.INJURED_AFTER, "injuries", "wounds", "burns", "among"]);
// "killed what officials described as more than 60 fighters": a reporting clause inside the object.
// "killing, according to the latest toll, 44 civilians": a source inside the object.
const REPORTING_INSIDE = String.raw`(?:(?:so far|thus far|to date)\s+|what\s+(?:[\w-]+\s+){1,3}(?:described|called|termed|said)\s+(?:as\s+)?|reportedly\s+|an estimated\s+|,?\s*according\s+to\s+(?:[\w-]+\s+){0,3}?(?:toll|tally|count|figures?|sources?|officials|reports?),?\s+)`;
const KILL_BEFORE = new RegExp(String.raw`\b(${phrases([...V.KILL_VERBS_BEFORE, ...V.INJURE_VERBS_BEFORE])}|(?:${phrases([...V.KILL_NOUNS_OF, ...V.INJURE_NOUNS_OF])})(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|last\s+month|yesterday|overnight))? of|(?:${phrases(V.TOLL_NOUNS_AMONG)}) among|left|leaving)(?:\s+|\s*(?=,))${REPORTING_INSIDE}?(?:(?:only|just|all)\s+)?(?:(?:${phrases(V.FURTHER)})\s+)?$`, "i");
// The words that set a toll to its figure, for deaths and injuries alike.
// ("the death toll is believed to be between 105 and 112": a toll said as a belief, and as a range; "may be as high as 80": as an estimate.)
const TOLL_VERB = String.raw`to|at|of|reached|reaches|hit|hits|passed|passes|exceeded|exceeds|surpassed|surpasses|stands at|stood at|is|was|(?:is|was)\s+(?:\w+\s+){0,2}?to\s+be|(?:may|might|could)\s+(?:well\s+)?be|rose to|climbed to|(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+(?:from|between)`;
// "the number injured taken to the hospital has reached 22".
const INJURY_TOLL_BEFORE = new RegExp(String.raw`\b(?:number of (?:[\w-]+\s+){0,2}?(?:injured|wounded|injuries)|number (?:injured|wounded)|injury toll)\b[^.;]{0,110}?\b(?:${TOLL_VERB})\s+(?:between\s+)?$`, "i");
// ("put the death toll from the fighting as high as 200": the qualifier is part of the figure.)
// ("The death toll from clashes between … and … in the north has risen to 60": a long subject, and a rise said.)
const TOLL_BEFORE = new RegExp(String.raw`\b(death toll|toll|estimates? of (?:the\s+)?(?:number\s+(?:of\s+)?)?(?:dead|deaths|fatalities|killed)|number of (?!(?:[\w-]+\s+){0,3}?(?:injured|wounded)\b)(?:[\w-]+\s+){0,4}?(?:dead|deaths|killed|victims|fatalities)|number (?:killed|dead)|fatalities)\b(?:[^.;]{0,110}?\b(?:${TOLL_VERB}|nears|neared|nearing|tops|topped|from [^.;]{1,40})|[^.;]{110,200}?\b(?:(?:has|had|have)\s+)?(?:risen|rose|climbed|jumped|surged|increased|grown|reached)(?:\s+to)?|(?<=\b(?:put|puts|putting|placed|placing)\s+(?:the\s+)?(?:overall\s+|total\s+|final\s+)?(?:death\s+)?toll))\s+(?:(?:a further|another|the|between)\s+)?$`, "i");
// ("bringing the total injured to 1,442": the running total of the hurt.)
const INJURED_AT_BEFORE = new RegExp(String.raw`\b(?:(?:and|while|with)\s+(?:the\s+)?(?:number\s+(?:of\s+)?)?|(?:${phrases(RUNNING_TOTAL_VERBS)})\s+the\s+(?:(?:overall|total|cumulative)\s+)?(?:total|number|tally|count)\s+(?:of\s+)?)(?:injured|wounded|injuries|hurt)\s+(?:at|to|as)\s+(?:(?:at\s+least|more\s+than|about|around|some|over|nearly|almost)\s+)?$`, "i");
const LIVES_BEFORE = /\b(?:claimed|claiming|cost|costing|taken|took|taking|loss of)\s+(?:the\s+)?$/i;
// A part told with "among them" after it: "left 89 people dead, two children among them".
const AMONG_THEM_AFTER_GAP = /^\s*(?:(?:dead|killed|wounded|injured|hurt)\s*)?,\s*$/i;
const AMONG_THEM_AFTER = /^\s*,?\s*among\s+them\b/i;
// ("including a nurse and two police officers": one person first leaves the figures after it parts still.)
const PART_BEFORE = new RegExp(String.raw`\b(?:including|included|includes|among them|among whom|among the (?:dead|killed|victims)(?:,?\s*(?:were|are|there (?:are|were)))?|of whom|of them)\s+${ONE_PERSON_FIRST}$`, "i");
// A breakdown set off by a dash, colon or bracket right after its total: "five people — four civilians and a soldier".
// ("41 members of the security forces – 14 soldiers and 27 auxiliaries –": the total's own "of" phrase before the dash.)
const PART_GAP = /^(?:\s+(?:of|from)\s+[^,.;:—–(\d]{1,60}?)?\s*(?:[—–:(]|--|-\s)\s*$/;
// Or after its verb: "at least 40 people had been killed — 12 civilians and 28 gunmen", "nine were wounded: six soldiers …".
const PART_AFTER_VERB_GAP = /^\s*(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:killed|wounded|injured|hurt|dead|died)(?:\s+(?:in|at|near)\s+[^,.;:—–(]{1,40}?)?\s*(?:[—–:]|--)\s*$/i;
// The next item of a breakdown: "including 20 children and 10 women".
// ("… — 12 civilians, including two nuns, and 28 gunmen": the next item after the first one's own breakdown.)
const LIST_GAP = /^\s*(?:,\s*)?(?:and\s+)?$/;
// "killed 21 people near Tarsa and another 30 in Ulmar", "killed 19 people, including six children, and a further
// 23": a second object of the same verb, after the first's place or its breakdown.
// (Never one with a verb of its own after it: "and another 30 people fled".)
const OBJECT_END = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|near|outside|around|at|on|inside|across|when|after|during|as|including|among|mostly|many|most)\b)/i;
const NEXT_OBJECT_GAP = /^(?:\s+(?:in|near|outside|around|at|on|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s*,?\s+and\s+(?:another|a\s+further)\s+$/i;
const LIST_AFTER_ASIDE_GAP = /^\s*,\s*(?:including|among them)\s[^,.;()]{1,60},\s*and\s+$/i;
// A count the sentence replaces: "rose to 42 from an earlier count of 19", "up from 19".
const SUPERSEDED = /\b(?:(?:up|down)\s+from(?:\s+(?:the|an?))?|from\s+(?:an?\s+|the\s+)?(?:earlier|previous|prior|initial|preliminary)(?:\s+(?:count|toll|figure|tally|estimate)\s+of)?)\s+$|\bto\s+[\d,]+\s+from\s+$|\b(?:an?|the)\s+(?:earlier|previous|prior|initial|preliminary|first)\s+(?:death\s+)?(?:toll|count|tally|estimate)\b(?:(?!\s+(?:but|while|whereas|now)\b)[^.;]){0,80}$|\b(?:earlier|previous|prior|initial|preliminary)\s+(?:death\s+)?(?:tolls|counts|tallies|estimates)\b(?:(?!\s+(?:but|while|whereas|now)\b)[^.;]){0,80}$/i;
// The words each pattern above cannot match without, searched first: the patterns end at `$` and are tried
// at every position of the text before the figure, which costs far more than finding that none is there.
const KILL_BEFORE_WORDS = requiredWords([...V.KILL_VERBS_BEFORE, ...V.INJURE_VERBS_BEFORE, ...V.KILL_NOUNS_OF, ...V.INJURE_NOUNS_OF, ...V.TOLL_NOUNS_AMONG, "left", "leaving"]);
const killBefore = (before: string) => (KILL_BEFORE_WORDS.test(before) ? KILL_BEFORE.exec(before) : null);
// "the death toll exceeded 500", "has topped 40", "is nearing 300": the verb bounds the figure as "more than" or "nearly" would.
const TOLL_BOUND = /\b(?:(exceed(?:s|ed)?|pass(?:es|ed)?|surpass(?:es|ed)?|tops|topped|rose\s+above|risen\s+above)|(nears|neared|nearing|approach(?:es|ed|ing)?))\s+$/i;
function boundedByToll(q: Quantity, before: string): Quantity {
  const b = q.qualifier === "exact" ? TOLL_BOUND.exec(before) : null;
  if (!b) return q;
  return b[1] ? { ...q, qualifier: "more than", low: q.best, high: null } : { ...q, qualifier: "nearly", low: null, high: q.best };
}
// The toll's own words, from its article on: "the civilian death toll", never "a local committee put the death toll".
const ownTollWords = (words: string) => words.replace(/^.*\b(?:the|its|their|his|her|our|a|an|this|that|whose)\s+/i, "");
// ("the death toll among civilians rose to 22": whose toll it is, said after it.)
const TOLL_AMONG = /^\s+among\s+(?:the\s+)?(?:[\w-]+\s+){0,1}[\w-]+/i;
// ("the death toll could rise to 200", "is expected to climb to 50": what a toll may become is no toll; "may have risen to" is one.)
const TOLL_FORESEEN = /\b(?:could|may|might|would|will|(?:is|are|was)\s+(?:expected|likely|feared|set)\s+to)\s+(?:\w+\s+)?(?:rise|climb|increase|grow|go\s+up|reach|hit|top|exceed|surpass|pass)\b[^.;,]*$/i;
const foreseen = (before: string, t: RegExpExecArray | null) => !!t && TOLL_FORESEEN.test(before.slice(t.index));
const tollBefore = (before: string) => {
  const t = /toll|number|fatalities|estimate/i.test(before) ? TOLL_BEFORE.exec(before) : null;
  return t && !foreseen(before, t) ? t : null;
};
const injuryTollBefore = (before: string) => {
  const t = /number|toll/i.test(before) ? INJURY_TOLL_BEFORE.exec(before) : null;
  return !!t && !foreseen(before, t);
};
const superseded = (before: string) => /from|toll|count|tally|estimate/i.test(before) && SUPERSEDED.test(before);
// Words set beside a bare figure that say who the dead were: "killed 28, mostly civilians", "58 people among them children".
// ("killed 18, including four children": a counted part is a breakdown, and says nothing of the rest.)
const APPOSITIVE = new RegExp(String.raw`^\s*[,(—–-]?\s*(?:mostly|most of them|mainly|many of them|all of them|all|among them|including|the majority)\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)((?:[\w-]+\s+){0,2}?(?:${PEOPLE_NOUNS}))\b`, "i");
const HURT_WHO_DIED = /^\s*(?:(?:in|at|on|during|from)\s+[^,.;]{1,60}?\s+)?(?:(?:have|had|has)\s+)?(?:(?:since|later|subsequently|overnight|also)\s+)?(?:died|succumbed)\b/i;
const SUCCUMBED = /\b(?:succumbed|later died|died (?:of|from) (?:his|her|the) (?:injuries|wounds)|died in hospital)\b/i;
// ("and another 13 in Ulmar", "and a further seven in Bolo": a figure said to come on top of the one before.)
const ON_TOP = String.raw`(?:another|a\s+further|further|an\s+additional)\s+`;
const BY_PLACE_GAP = new RegExp(String.raw`^[^.;]{0,80}?(?:[:,—–-]|\band)\s*(?:and\s+|including\s+)?(?:${ON_TOP})?$`);
const ON_TOP_GAP = new RegExp(String.raw`\b${ON_TOP}$`);
// ("22 were killed in Tarsa and 13 in Ulmar": the figure before has its own place, so the next is another place's, not a part.)
const OWN_PLACE_GAP = new RegExp(String.raw`^\s+(?:[a-z]+\s+){0,5}?in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z][^:;—–,]{0,40}?\s+and\s+(?:${ON_TOP})?$`);
const BY_PLACE_AFTER = /^\s+(?:more\s+)?in\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:(?:province|city|town|village|district|region|suburbs?|hub|neighbou?rhood)\s+of\s+)?[A-Z]/;
const AMONG_THE_DEAD_BEFORE = /\b(?:among the (?:dead|killed|victims|wounded|injured)(?:\s+(?:in|at|from)\s+[^,.;]{1,40}?)?,?\s*(?:(?:were|are|there (?:are|were))\s+)?|the (?:dead|deaths|victims|killed|injured|wounded) (?:included|include|includes|were)\s+)$/i;
const TOLL_WORD_NEXT = /^\s+(?:([KW])IA\b|(?:death|fatality)\b)/;
const INJURED_NEXT = /^\s*(?:confirmed\s+)?(?:(?:people|persons|others)\s+)?(?:(?:were|was|have been|had been)\s+)?(?:wounded|injured|hurt)\b/i;
// "the deaths of three civilians … and injuries to at least 14 others": the others were hurt.
const INJURIES_TO = /\binjur(?:y|ies)\s+to\s+(?:at least\s+|about\s+|some\s+|around\s+|nearly\s+)?$/i;
const OTHER_VERB_BETWEEN = /\b(?:displac|abduct|kidnap|arrest|detain|forc|uproot|evacuat|rescu|captur|made homeless|left homeless)\w*/i;
const ATTACKERS = /^(?:guerrillas|fighters|militants|gunmen|attackers|assailants|raiders|rebels|insurgents|jihadists|militiamen|terrorists|bandits|troops|soldiers)$/i;
// "wounding five, two of them critically", "of whom three were in critical condition", "nine of whom needed
// surgery": a part of the hurt told apart only by how badly, not a new count.
const CONDITION_NEXT = /^\s*(?:of\s+(?:them|whom|which|those)\s+)?(?:(?:were|was|are|is|remain|remains|remained|being|still)\s+){0,2}(?:(?:in\s+(?:an?\s+)?)?(?:critical|serious|grave|stable|life-threatening)(?:\s+condition)?\b|(?:critically|seriously|severely|gravely)\b|in\s+intensive\s+care\b|(?:needed|required|need|needs|require|requires|underwent)\s+(?:surgery|amputations?|operations?)\b)/i;
const OF_THE_WOUNDED_CONDITION = new RegExp(String.raw`^\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b` + CONDITION_NEXT.source.slice(1), "i");
// A photo caption's one person, carried or treated, is no count: "a man carried a wounded child to an ambulance",
// "women mourn holding the body of a child killed in strikes", "an injured man is treated at a hospital".
const CARRIED_BEFORE = /\b(?:carr(?:y|ies|ied|ying)|hold(?:s|ing)?|cradl(?:e|es|ed|ing)|hug(?:s|ging)?)\s+(?:the\s+(?:body|bodies|corpse|remains)\s+of\s+)?$/i;
const CAPTION_AFTER = /^(?:\s+[\w-]+){0,2}?\s+(?:is|are)\s+(?:being\s+)?(?:treated|evacuated|carried|helped|rushed|taken|transported|wheeled|brought|seen)\b/i;
// "A resident of Tarsa told AFP that ten people had been killed", "the deaths of 32 people, a local official and an
// NGO reported": one person who speaks is a source, not one of the dead.
const SPEAKER_AFTER = /^(?:\s+(?:of|from|in|at)\s+[^,.;]{1,40}?)?(?:\s+and\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:also\s+)?(?:said|says|told|tells|reported|reports|added|confirmed)\b/i;
const MISSING_NEXT = /^\s*,?\s*(?:(?:are|were|is|was|remain|remained|have\s+been|had\s+been|still|also|reported|reportedly|listed\s+as|feared|believed)\s+)*(?:missing|unaccounted\s+for|(?:being\s+)?(?:sought|searched\s+for)|abducted|kidnapped|taken\s+hostage|detained|arrested|captured|taken\s+prisoner|held\s+prisoner|held\s+captive|captive|in\s+captivity)\b/i;
const ONE_OF_SIDE = /^\s+of\s+the\s+(?:militants|attackers|assailants|gunmen|insurgents|rebels|fighters|jihadists|terrorists|bandits|raiders|soldiers|troops|policemen|guards)\b/i;
const LIVES_LOST_AFTER = /^\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+|are\s+)?(?:\w+ly\s+)?lost\b/i;
const ACTIVE_RELATIVE = /^[^.;]{0,60}?\b(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?(?:killed|murdered|executed|massacred|slaughtered|wounded|injured|beheaded)(?=\s+(?!by\b|in\b|on\b|at\b|during\b|when\b|while\b|after\b|last\b|yesterday\b|overnight\b)(?:the|a|an|his|her|their|its|at\s+least|more|\d|[A-Z]|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|several)\b)/i;
// "Three gunmen killed at least four people": with no auxiliary and a count for its object, the verb is the
// figure's own deed; the dead are the object. ("20 killed, 30 wounded" run together, "12 killed 5 of them
// children", "six killed two days ago" are still the figure's fate.)
// "six goats", "27 head of cattle": animals counted, no casualties.
const ANIMALS_NEXT = new RegExp(String.raw`^\s+(?:[a-z-]+\s+)?(?:${phrases(ANIMALS)})\b`, "i");
const WOULD_HAVE_NEXT = /^\s*(?:of\s+(?:us|them|you)\s+|(?:[a-z-]+\s+){1,2})?would\s+(?:(?:now|all|surely|certainly|easily)\s+)?(?:have\s+)?(?:be\s+dead|been\s+(?:killed|dead|wounded|hurt)|died|perished)\b/i;
const PASSIVE_AUX = /\b(?:were|was|are|is|being|been|got)\b/i;
const COUNTED_OBJECT = new RegExp(String.raw`^\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|an\s+estimated|another|a\s+further)\s+)?(?:\d[\d,.]*|${NUMBER_WORDS}|dozens|scores|hundreds|thousands|several|many)\b(?!\s+(?:(?:more|other)\s+)?(?:(?:of\s+(?:them|whom)|among)\b|(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt|dead|missing)\b|(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\b))`, "i");
// Only armed men are read so: "1 child killed 6 children still under rubble" is a scrape that lost its comma.
const activeSubject = (after: string, verb: RegExpExecArray, subject: string) =>
  !PASSIVE_AUX.test(verb[0]) && COUNTED_OBJECT.test(after.slice(verb[0].length)) && ARMED_CLASSES.has(victimClass(subject));
const OTHERS_ESCAPED = /^\s*(?:,\s*)?(?:who\s+)?(?:were|was|have|had|are)?\s*(?:been\s+)?(?:\w+ly\s+)?(?:fled|escaped|survived|were rescued|rescued|managed|remain(?:ed)? missing|are missing|went missing|missing|abducted|kidnapped|arrested|detained|captured|surrendered|ran|displaced|uprooted|made homeless|left homeless|forced)\b/i;
// "20 others - including three soldiers - injured": a bare participle after the others (and an aside) is theirs.
const OTHERS_BARE_VERB = new RegExp(String.raw`^\s*(?:[-–—]{1,2}\s[^-–—.;]{1,60}\s[-–—]{1,2}|,[^,.;]{1,60},)?\s*(${phrases([...V.KILLED_AFTER, ...V.INJURED_AFTER])})\b`, "i");
const OTHERS_OWN_VERB = new RegExp(String.raw`^[^.;]{0,120}?\b(?:were|was|have been|had been|are)\s+(?:\w+ly\s+)?(${phrases([...V.KILLED_AFTER, ...V.INJURED_AFTER])})\b`, "i");
const CONTINUATION = /^\s*(?:the\s+)?(?:remaining|rest|other)\s*$/i;

// The verb's bare form after a modal or an aim: "could kill", "will wound", "vowed to kill", "tried to kill".
const BARE_KILL = /^(?:kill|hurt|injure|wound|maim|massacre|execute|murder|slaughter|behead)$/i;
const FORESEEN_KILL = /\b(?:could|would|might|may|will|shall|can|cannot|(?:threat\w*|vow\w*|plan\w*|tried|try|trying|attempt\w*|sought|seek\w*|want\w*|aim\w*|intend\w*|promis\w*|pledg\w*)\s+to)\s+(?:(?:\w+ly|also|even|still|not)\s+)?$/i;
/** A killing verb right before the figure ("executed three wounded men"). */
const killedBefore = (before: string) => {
  const b = killBefore(before);
  return !!b && !/^(?:left|leaving)$/i.test(b[1]) && outcomeOf(b[1]) === "killed";
};
// "killing the commander, who was in the car, along with four civilians": the people added share the verb.
const ALONG_WITH = /\b(?:along with|together with|as well as|alongside)\s+$/i;
// "blew himself up, killing himself and three soldiers": the bomber's own death said first, the victims after it.
const SELF_AND_BEFORE = /\b(?:killing|killed|kills|kill)\s+(?:him|her|them)sel(?:f|ves)\s+(?:and|along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:at\s+least|more\s+than|some|about|around|nearly|another|an?\s+other)\s+)?$/i;
const CLAUSE_VERB = new RegExp(String.raw`\b(${phrases([...V.KILL_VERBS_BEFORE, ...V.INJURE_VERBS_BEFORE])})\b[^.;]{0,140}$`, "i");

// ("succumbed to their injuries": died of them.)
const outcomeOf = (verb: string): Outcome => (!/^succumbed\b/i.test(verb) && /wound|injur|hurt|maim|hospital|treat|burns|^(?:hit|struck) by/i.test(verb) ? "injured" : "killed");
// "fatally wounded", "mortally injured": wounds that killed. (`lead` is the text just before the verb.)
const FATALLY_BEFORE = /\b(?:fatally|mortally|lethally)\s+$/i;
const fateOf = (verb: string, lead: string): Outcome => {
  const outcome = outcomeOf(verb);
  return outcome === "injured" && FATALLY_BEFORE.test(lead) ? "killed" : outcome;
};

// "a mother and her three children", "a family of five": a family counted by its members are civilians.
const FAMILY_COUNTED = new RegExp(String.raw`\b(?:${CHILDREN}|${ONE_CHILD})$|\bfamily of\b`, "i");

const CAPITALISED_WORDS = /^(?:[A-Z][\w-]*\s+){3,4}$/;
// One person with no number: "killing a woman", "a child and a woman were killed". Read only as a
// casualty, where a kill verb stands right beside it (the grammar below decides).
// (\b first: implied by the look back before a word, and cheaper to try at every position.)
// ("a 15 year old girl": an age written in three words is one describing word; "a Tarsa Border Guard Corps soldier": a
// force's name of three or four words; "killed a 12-year-old": the age alone is the person. "Another five rebel
// fighters": a number after the word is the count, not one more person. "Two journalists and their driver": the one
// named by a possessive after "and" is one more.)
const SINGULAR = new RegExp(String.raw`\b(?<![\w-])(?:an?|one|another|(?<=\band\s)(?:their|his|her))(?!\s+(?:\d+|${NUMBER_WORDS}|dozen|few|couple|handful|number)\b(?![\s-]+(?:years?|months?)[\s-]))(?=\s+(?:\d+\s+(?:years?|months?)\s+old\s+)?(?:(?:[\w-]+\s+){0,2}?|(?<caps>(?:[A-Z][\w-]*\s+){3,4}))(?:${phrases(SINGULAR_NOUNS)})\b|\s+\d+[\s-]+(?:years?|months?)[\s-]+old(?![\w-]))`, "gi");
// The one person named only as someone's ("and their driver"): read with the figure before it, or not at all.
const POSSESSIVE = /^(?:their|his|her)$/i;
// "A ranger was killed and another injured": one more person, whose noun the sentence has given.
// ("killed a militant and injured another": the verb before it.)
const ANOTHER_BARE = /\band\s+(?:(another)\s+(?:(?:was\s+|were\s+)?(?:injured|wounded|killed|hurt|died)|got\s+(?:injured|injuries|wounded|hurt))|(?:injured|wounded|killed|injuring|wounding|killing)\s+(another))\b/gi;
// "killing the police chief", "wounded the district governor": one holder of a post, named by it right after the verb.
// (Only posts: "killed the man" is someone already counted.)
const THE_POST = /\b(?:kill(?:ed|ing|s)|assassinat(?:ed|ing|es)|wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+(the)\s+(?:(?:local|district|provincial|regional|deputy|police|army|military|security|intelligence|rebel|militia|village|town|city|camp|group's|base|unit|battalion|brigade|division)\s+){0,2}(?:chief|commander|governor|mayor|head|administrator|director|spokesman|spokesperson)\b(?!\s+of\s+(?:staff\b|the\s+(?:army|military)\s+staff))/gi;
// "left two passers-by dead and as many wounded": as many again as the figure just before, in the same clause.
// ("as many as 20 were wounded" is a figure of its own, read with it.)
const AS_MANY = /\band\s+(as\s+many)\s+(?=(?:more\s+|others?\s+|people\s+)?(?:were\s+|was\s+)?(?:wounded|injured|hurt|dead|killed)\b)/gi;
function asManyAgain(text: string, qs: Quantity[], out: Quantity[]) {
  AS_MANY.lastIndex = 0;
  for (let m = AS_MANY.exec(text); m; m = AS_MANY.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]);
    const before = qs.filter((q) => q.end <= at && at - q.end <= 80 && !/[.;:!?]/.test(text.slice(q.end, at))).pop();
    if (before) out.push({ ...before, start: at, end: at + m[1].length, text: m[1] });
  }
}

function singles(text: string, qs: Quantity[]): Quantity[] {
  if (!/\b(?:kill|die|dead|death|bod(?:y|ies)|corpse|wound|injur|shot|execut|murder|behead|life|lives|martyr|slain|perish|massacr|slaughter|hurt|drown|lynch|gunned|stabb|assassin|neutrali|decapitat|passed\s+away)/i.test(text)) return qs;
  const out = [...qs];
  asManyAgain(text, qs, out);
  ANOTHER_BARE.lastIndex = 0;
  for (let m = ANOTHER_BARE.exec(text); m; m = ANOTHER_BARE.exec(text)) {
    const word = m[1] ?? m[2], at = m.index + m[0].lastIndexOf(word);
    out.push({ start: at, end: at + word.length, text: word, qualifier: "exact", low: 1, best: 1, high: 1, vague: null });
  }
  THE_POST.lastIndex = 0;
  for (let m = THE_POST.exec(text); m; m = THE_POST.exec(text)) {
    const at = m.index + m[0].indexOf(" the ") + 1;
    // ("the gunmen who killed the chief were arrested": the killers described, a death told before.)
    if (/\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!qs.some((q) => q.start <= at && at < q.end)) out.push({ start: at, end: at + 3, text: m[1], qualifier: "exact", low: 1, best: 1, high: 1, vague: null });
  }
  SINGULAR.lastIndex = 0;
  for (let m = SINGULAR.exec(text); m; m = SINGULAR.exec(text)) {
    if (qs.some((q) => q.start <= m!.index && m!.index < q.end)) continue;
    // (The pattern ignores case, so the force's name of three or four words is checked for its capitals here: "a shell
    // wounded a shepherd" is no one person named "shell wounded a".)
    if (m.groups?.caps && !CAPITALISED_WORDS.test(m.groups.caps)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], qualifier: "exact", low: 1, best: 1, high: 1, vague: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Between "13 civilians" and "88 wounded": the first figure's verb, then "and" or a comma.
// ("four members of the Tarsan Defence Forces were killed on Monday and two injured", "20 soldiers loyal to the
// governor were reported dead and 34 wounded": a few words may describe the first figure's people before its
// verb, and say when or where after it, with no figure or clause break between.)
const ELLIPTICAL_GAP = /^(?:\s+(?!(?:while|whereas|but|as|when)\b)[^\s\d,.;:!?"“”]{1,30}){0,8}?\s+(?:(?:were|was|have been|had been|has been|are|is)\s+)?(?:(?:\w+ly|reported|confirmed)\s+)?(?:killed|dead|died|martyred|slain|wounded|injured|hurt)(?:\s+[^\s\d,.;:!?"“”]{1,30}){0,6}?\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:another\s+|a further\s+)?$/i;

const OF_THE_DEAD = /^\s+of\s+(?:the|those)\s+(dead|victims|killed|fatalities|wounded|injured|hurt)(?:\s+(?:in|at|from|on)\s+[^,.;]{1,40}?)?\s+(?:were|was|are|included)\s+(?:(?:all|also|reportedly)\s+)?([^,.;]{1,50})/i;
const BODIES = new Set(["bodies", "corpses", "remains"]);
const BOTH_SIDES = /^[^,]{0,40}?\b(?:on|from|among|of)\s+both\s+sides\b(?!\s+of\b)/i;
// "23 rebels and four soldiers were killed and 41 wounded": the second figure counts the whole subject, here
// fighters of both sides; one kind of people when the subject names one.
const SUBJECT_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
function subjectClass(out: readonly CasualtyCandidate[], last: CasualtyCandidate, text: string): VictimClass {
  const items = [last];
  for (let i = out.indexOf(last) - 1; i >= 0; i--) {
    const c = out[i], next = items[0];
    if (c.outcome !== last.outcome || c.partOf !== -1 || !SUBJECT_LIST_GAP.test(text.slice(c.end, next.q.start))) break;
    items.unshift(c);
  }
  const classes = new Set(items.map((c) => c.victims));
  if (classes.size === 1) return last.victims;
  return [...classes].every((c) => ARMED_CLASSES.has(c)) ? "combatants" : [...classes].every((c) => LISTED_CLASSES.has(c)) ? "civilians" : "people";
}
const SECOND_VERB_GAP = /^\s+(?:[\w-]+\s+){1,3}?(?:,\s*)?and\s+(?:wounded|injured|killed|wounding|injuring|killing)\s+(?:(?:at least|about|around|some|another|nearly|more than|over)\s+)?$/i;
// "rounded up eight men and executed them": the figure is the object of a killing told after it, as "them".
// (Within its own clause, with no other figure between: "seized 20 soldiers and killed four of them" is the four.)
const KILLED_THEM_AFTER = new RegExp(String.raw`^[^.;:\d]{0,80}?(?:\band\s+|,\s*)(?:then\s+|later\s+|summarily\s+)?(?:${phrases(V.KILLED_THEM)})\b`, "i");
const NOBODY_BEFORE = /\b(?:[Nn]o|[Nn]one\s+of(?:\s+the)?|[Nn]ot\s+a\s+single)\s+$/;
const DEAD_AND_HURT_BEFORE = /\b(?:kill(?:ed|ing|s)?|dead)\s+(?:and|or)\s+(?:injur(?:ed|ing|es)?|wound(?:ed|ing|s)?|maim(?:ed|ing|s)?)\s+(?:(?:at least|about|around|some|more than|nearly|over)\s+)?$/i;
// ("13 civilians, among them women and children, have been killed and wounded": one figure of both.)
const DEAD_AND_HURT_AFTER = /^\s*(?:,?\s*(?:among them|including|mostly|many of them)\s+[^,.;]{1,40}?,?\s+)?(?:(?:were|have been|had been|has been|was)\s+)?(?:killed|dead)\s+(?:or|and)\s+(?:injured|wounded|hurt)\b(?!\s+\d)/i;

const TREATED_BEFORE = /\b(?:treated|treating|treats)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|another)\s+)?$/i;
const TREATED_FOR_WOUNDS = /^\s*(?:,\s*)?for\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns|shrapnel)\b/i;
const POPULATION_BEFORE = /\b(?:population|populace|inhabitants)\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|less\s+than|an\s+estimated|just\s+over|just\s+under)\s+)?$/i;

/** One person named as a part of a figure of the same sentence ("nine soldiers, among them a captain"). */
export const isOnePersonPart = (c: Pick<CasualtyCandidate, "partOf" | "rule">) => c.partOf >= 0 && c.rule.endsWith("+one-person");

export function casualtyCandidates(written: string, quantities = findQuantities(written), previousHasTotal = false): CasualtyCandidate[] {
  // ("'scores' of insurgents were killed": read without the source's marks; every position stays.)
  const text = plainQuotes(written);
  const out: CasualtyCandidate[] = [];
  const singleParts: CasualtyCandidate[] = [];
  const qs = singles(text, quantities);
  for (const q of qs) {
    const single = q.best === 1 && /^(?:an?|one|another|the|their|his|her)$/i.test(q.text);
    // ("50 KIA", "12 WIA": killed and wounded in action, as armies write it; "one death", "a fatality".)
    const tollWord = TOLL_WORD_NEXT.exec(text.slice(q.end, q.end + 12));
    const ownWord = tollWord && (tollWord[1] || q.best === 1) ? tollWord : null;
    // "The assault brought to at least 47 the number of people killed": the toll named after its figure.
    const numberAfter = NUMBER_KILLED_AFTER.exec(text.slice(q.end, q.end + 80));
    // "Three more soldiers were killed, bringing the total to 45": the total of the figure before, with no noun of its own.
    const prev = out[out.length - 1];
    const runningTotal = !!prev && prev.partOf === -1 && runningTotalBefore(text.slice(Math.max(0, q.start - 80), q.start));
    const np = nounPhraseAfter(text, q.end) ?? (ownWord || numberAfter || runningTotal ? { noun: null, phrase: "", end: q.end, partitive: false } : null);
    if (!np) continue;
    if (ANIMALS_NEXT.test(text.slice(q.end, q.end + 30))) continue;
    // ("hundreds of us would be dead by now": what would have happened, had it not been stopped; "may" or "could have
    // died" is a toll told as likely, and stays.)
    if (WOULD_HAVE_NEXT.test(text.slice(q.end, q.end + 60))) continue;
    // ('killed "up to 100" people': a figure quoted as the source gave it; its closing quote is read with the noun.)
    const before = beforeRange(text.slice(Math.max(0, q.start - 80), q.start).replace(/(\s)["“‘']$/, "$1"), q);
    if (superseded(before)) continue;
    if (/\baged\s+(?:\d+\s*(?:to|and|-|–)\s*)?$/i.test(before)) continue; // "four men aged 39 to 64": ages
    if (/\bas\s+(?:young|old)\s+as\s+$/i.test(before)) continue; // "four others as young as five were injured": an age
    // "the toll varies from 400 to 900 out of a population of 35,000": a population, never a toll.
    if (POPULATION_BEFORE.test(before)) continue;
    // "no one was hurt", "none of the 450 peacekeepers was hurt": nobody.
    if (/\b(?:[Nn]o|[Nn]one|single)\b/.test(before) && NOBODY_BEFORE.test(before)) continue;
    // ("not a single civilian was killed": the "a" of "not a single" counts no one; so does "the army had not killed a
    // single civilian", "never harmed a single child", the denial a verb or two before it.)
    if (single && /(?:\b[Nn]ot|\b[Nn]ever|n[’']t)\s+(?:[a-z]+\s+){0,2}$/.test(before) && /^\s+single\b/.test(text.slice(q.end, q.end + 8))) continue;
    // "killing and injuring 13 people", "30 people dead or wounded": the dead and the hurt in one figure
    // are neither a toll of dead nor one of injured.
    if ((/ (?:and|or) /.test(before) && DEAD_AND_HURT_BEFORE.test(before)) || DEAD_AND_HURT_AFTER.test(text.slice(np.end, np.end + 90))) continue;
    // A toll's subject may stand far from its figure: "the civilian death toll from shelling of ... climbed to 11".
    const wideBefore = text.slice(Math.max(0, q.start - 240), q.start);
    const after = text.slice(np.end, np.end + 120);
    let outcome: Outcome | null = null;
    let rule = "";
    if (ownWord) { outcome = ownWord[1] === "W" ? "injured" : "killed"; rule = "casualty.toll-noun"; }
    else if (np.noun && /^(?:dead|deaths|bodies|corpses|fatalities|martyrs|homicides|murders)$/.test(np.noun)) { outcome = "killed"; rule = "casualty.toll-noun"; }
    // "Two of those hurt in the strike died of their wounds": of the hurt, the ones who died.
    else if (np.noun && (np.partitive || /^\s*of\s/i.test(np.phrase)) && /^(?:wounded|injured|hurt)$/.test(np.noun) && HURT_WHO_DIED.test(after)) { outcome = "killed"; rule = "casualty.died-of-wounds"; }
    else if (np.noun && /^(?:wounded|injured|injuries|hurt)$/.test(np.noun)) { outcome = "injured"; rule = "casualty.toll-noun"; }
    // "279 wounded patients", "50 injured civilians": the participle before the noun says it.
    // ("beheaded three injured soldiers": the verb before says what became of them.)
    else if (np.noun && /^\s*(?:[\w-]+\s+)?(?:wounded|injured)\s+\S+\s*$/i.test(np.phrase) && !killedBefore(before)) { outcome = "injured"; rule = "casualty.toll-noun"; }
    // ("helped transport seven dead people and six others wounded": "dead" before the noun says it too.)
    else if (np.noun && /^\s*dead\s+\S+\s*$/i.test(np.phrase)) { outcome = "killed"; rule = "casualty.toll-noun"; }
    if (!outcome && np.noun !== "lives") {
      let b = killBefore(before);
      // ("gunmen could kill thousands", "threatened to kill 50 hostages": a kill foreseen, threatened or tried is no toll.)
      if (b && BARE_KILL.test(b[1]) && FORESEEN_KILL.test(before.slice(0, b.index))) b = null;
      // ("were killed 185 others wounded": the figure's own participle, right after it, says what befell it.)
      if (b && !/^(?:left|leaving)$/i.test(b[1])) { outcome = /^\s*(?:were\s+|was\s+)?(?:wounded|injured|hurt)\b/i.test(after) ? "injured" : fateOf(b[1], before.slice(0, b.index)); rule = / of$/i.test(b[1]) ? "casualty.killing-of" : "casualty.verb-before"; }
      else if (b && /^(?:\s+(?:on|from)\s+(?:both|all|either)\s+sides?)?\s+dead\b/i.test(after)) { outcome = "killed"; rule = "casualty.left-dead"; } // "leaving 33 civilians dead"
    }
    // "medics treated 18 villagers for shrapnel wounds": those treated for wounds are the wounded (not "treated 400 patients").
    if (!outcome && TREATED_BEFORE.test(before) && TREATED_FOR_WOUNDS.test(text.slice(np.end, np.end + 60))) { outcome = "injured"; rule = "casualty.verb-before"; }
    if (!outcome && np.noun === "lives" && LIVES_BEFORE.test(before)) { outcome = "killed"; rule = "casualty.lives"; }
    // "Around 200 lives have been lost in the past week".
    if (!outcome && np.noun === "lives" && LIVES_LOST_AFTER.test(after)) { outcome = "killed"; rule = "casualty.lives"; }
    let tollOf: string | null = null;
    if (!outcome && numberAfter) { outcome = /wounded|injured/i.test(numberAfter[1]) ? "injured" : "killed"; rule = "casualty.death-toll"; }
    // ("put the number of dead at 64 and the injured at 112": the toll's second figure has its own injury word.)
    if (!outcome && INJURED_AT_BEFORE.test(before)) { outcome = "injured"; rule = "casualty.injury-toll"; }
    // ("the death toll has surged to 18 … and 32 people wounded": a figure with its own injury word is no death.)
    if (!outcome && !INJURED_NEXT.test(after)) { const t = tollBefore(wideBefore); if (t) { outcome = "killed"; rule = "casualty.death-toll"; tollOf = ownTollWords(wideBefore.slice(Math.max(0, t.index - 30), t.index + t[1].length)) + (TOLL_AMONG.exec(wideBefore.slice(t.index + t[1].length))?.[0] ?? ""); } }
    if (!outcome && !np.noun && INJURED_NEXT.test(after)) { outcome = "injured"; rule = "casualty.verb-after"; }
    if (!outcome && injuryTollBefore(wideBefore)) { outcome = "injured"; rule = "casualty.injury-toll"; tollOf = ""; }
    if (!outcome && runningTotal) { outcome = prev.outcome; rule = "casualty.running-total"; }
    let among = false;
    // "Among the victims were eight children and three women": the dead named after "among".
    const amongBefore = !outcome ? AMONG_BEFORE.exec(before) : null;
    if (amongBefore) { outcome = /wounded|injured/i.test(amongBefore[1]) ? "injured" : "killed"; among = /^among/i.test(amongBefore[0]); rule = "casualty.among-the-dead"; }
    if (!outcome) {
      let a = KILL_WORDS.test(after) ? KILL_AFTER.exec(after) : null;
      // ("Ten gunmen who killed the chief were arrested": the ones who did the killing, not the dead.)
      const active = a ? ACTIVE_RELATIVE.exec(after) : null;
      if (a && active && active[0].length <= a[0].length + 1) a = null;
      if (a && activeSubject(after, a, np.phrase)) a = null;
      // ("120 police officers in the town remain unaccounted for after the station was destroyed": "destroyed" and
      // "liquidated" count people only said of them directly, "six fighters were destroyed", never across an aside.)
      // ("300 troops destroyed a rebel base": without an auxiliary, the men did the destroying; "30 militants destroyed
      // in an air strike", as a headline writes it, are the dead.)
      if (a && /^(?:destroyed|liquidated)$/i.test(a[1]) && !/^\s*(?:(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being)\s+)(?:[\w-]+ly\s+)?(?:destroyed|liquidated)\b|(?:[\w-]+ly\s+)?(?:destroyed|liquidated)(?=\s*(?:[.,;:]|$)|\s+(?:in|by|on|at|during|near|when|after|as|while|overnight)\b))/i.test(after)) a = null;
      if (a) { outcome = fateOf(a[1], a[0].slice(0, a[0].lastIndexOf(a[1]))); among = /^among/i.test(a[1]); rule = among ? "casualty.among-the-dead" : "casualty.verb-after"; }
    }
    if (!outcome && np.noun && KILLED_THEM_AFTER.test(after)) { outcome = "killed"; rule = "casualty.killed-them"; }
    // A part of the figure before it: inherits its outcome when it has none of its own.
    let partOf = -1;
    const gap = prev ? text.slice(prev.end, q.start) : "";
    if (prev && (np.partitive || PART_BEFORE.test(before) || (prev.partOf === -1 && PART_GAP.test(gap)) || (prev.partOf === -1 && AMONG_THEM_AFTER_GAP.test(gap) && AMONG_THEM_AFTER.test(text.slice(np.end, np.end + 16))) || (prev.partOf === -1 && !!np.noun && PART_AFTER_VERB_GAP.test(gap)))) {
      // "Five people, among them three children, died and two others were hurt": a part named by
      // "among them" shares its total's fate, whatever verb comes after it.
      // ("seven people, including a soldier who later died": a relative clause tells the part's own fate.)
      // ("killed 20 people, eight of them girls, and left six other girls hurt": a part closed by a comma has no verb of its own.)
      if (outcome && rule === "casualty.verb-after" && ((PART_BEFORE.test(before) && !/^\s*,?\s*who\b/i.test(text.slice(np.end, np.end + 12))) || (np.partitive && /^\s*[,;—–]/.test(after)))) outcome = prev.outcome;
      partOf = out.indexOf(prev); outcome ??= prev.outcome; rule ||= "casualty.breakdown";
    }
    else if (prev && prev.partOf !== -1 && np.noun && LIST_GAP.test(gap)) {
      // (The item after a part's own breakdown is a part of the whole: "12 civilians, including two nuns, and 28 gunmen".)
      const whole = prev.partOf >= 0 ? out[prev.partOf] : null;
      partOf = whole && whole.partOf !== -1 && LIST_AFTER_ASIDE_GAP.test(text.slice(whole.end, q.start)) ? whole.partOf : prev.partOf; outcome ??= prev.outcome; rule ||= "casualty.breakdown"; }
    // "killed 19 police officers and one civilian": the next item of the object shares its verb.
    // ("killed two police officers, four civilians, and kidnapped five": a comma joins the items too.)
    // ("killed 11 soldiers and allied militiamen and 17 insurgents": an item may name two groups for one figure.)
    if (!outcome && prev && (prev.rule.startsWith("casualty.verb-before") || prev.rule.startsWith("casualty.killing-of") || (prev.rule === "casualty.among-the-dead" && AMONG_BEFORE.test(text.slice(Math.max(0, prev.q.start - 140), prev.q.start)))) && prev.partOf === -1 && np.noun && np.noun !== "others" && (/^\s*(?:(?:of\s+(?:the\s+)?|and\s+)(?:[\w-]+\s+){0,3}?[\w-]+\s*)?(?:,\s*)?and\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && /^\s*(?:,|and\b|or\b|[.;]|$)/.test(text.slice(np.end, np.end + 6))))) { outcome = prev.outcome; rule = "casualty.verb-before"; }
    if (!outcome && prev && np.noun && np.noun !== "others" && NEXT_OBJECT_GAP.test(gap) && OBJECT_END.test(text.slice(np.end, np.end + 12))) {
      const head = prev.partOf >= 0 ? out[prev.partOf] : prev;
      if (head.partOf === -1 && (head.rule.startsWith("casualty.verb-before") || head.rule.startsWith("casualty.killing-of"))) { outcome = head.outcome; rule = "casualty.verb-before"; }
    }
    // "gave a toll of five rebels and two servicemen": the toll's next item, when nothing follows it but the clause's end.
    if (!outcome && prev && prev.rule === "casualty.death-toll" && prev.partOf === -1 && np.noun && np.noun !== "others" && /^\s*(?:,\s*)?and\s+$/.test(gap) && /^\s*(?:[.,;]|$|\s+(?:in|on|at|from|since|during|over|according)\b)/.test(text.slice(np.end, np.end + 14))) { outcome = prev.outcome; rule = "casualty.death-toll"; }
    // "Two soldiers were killed, as were six contractors": the same fate, said once.
    if (!outcome && prev && np.noun && /,\s*as\s+(?:were|was)\s+$/i.test(before)) { outcome = prev.outcome; rule = "casualty.verb-after"; }
    if (!outcome && SELF_AND_BEFORE.test(before)) { outcome = "killed"; rule = "casualty.verb-before"; }
    if (!outcome && np.noun && np.noun !== "others" && ALONG_WITH.test(before)) {
      const v = CLAUSE_VERB.exec(text.slice(Math.max(0, q.start - 200), q.start));
      if (v) { outcome = outcomeOf(v[1]); rule = "casualty.along-with"; }
    }
    // "and 12 others, including …, were injured": the others' own verb, when the clause gives one; none
    // when they did something else ("one soldier was killed and 26 others fled").
    // "Among the dead, there are 21 children": a part of the toll the sentence before gave.
    if (!prev && previousHasTotal && AMONG_THE_DEAD_BEFORE.test(before)) { outcome ??= /(?:injured|wounded)\b[^.;]*$/i.test(before) ? "injured" : "killed"; partOf = -2; rule ||= "casualty.breakdown"; }
    // "Two of the dead were children", "three of the victims were women": a part of the toll told before, and who they were.
    const ofTheDead = OF_THE_DEAD.exec(text.slice(q.end, q.end + 140));
    if (ofTheDead) {
      outcome = /wounded|injured|hurt/i.test(ofTheDead[1]) ? "injured" : "killed";
      partOf = prev && prev.partOf === -1 && prev.outcome === outcome ? out.indexOf(prev) : !prev && previousHasTotal ? -2 : -1;
      rule = "casualty.breakdown";
    }
    // "63 people were killed: 18 in the province of Tarsa, nine in …": a toll broken down by place.
    if (!outcome && prev && !np.noun && BY_PLACE_GAP.test(gap) && BY_PLACE_AFTER.test(text.slice(np.end, np.end + 60))) {
      outcome = prev.outcome; partOf = prev.partOf >= 0 ? prev.partOf : out.indexOf(prev); rule = "casualty.breakdown";
      // ("32 were killed in Tarsa and 73 in Ulmar": a figure larger than the one before is no part of it, but a place of its own.)
      // (Nor one said to come on top of it, "and another 13 in Ulmar", or after a figure placed on its own, "22 in Tarsa and 13 in Ulmar".)
      // ("and two more in Ulmar": more, on top of them.)
      if (q.best > out[partOf].q.best || /^\s+more\b/.test(text.slice(np.end, np.end + 6)) || (prev.partOf === -1 && (ON_TOP_GAP.test(gap) || OWN_PLACE_GAP.test(gap)))) { partOf = -1; rule = "casualty.by-place"; }
    }
    // "The death toll rose to 57, with 32 killed in Tarsa and 25 in Ulmar": a smaller figure of the same fate, brought
    // in by "with" right after a total, is a part of it. (A larger one is not, nor "with another five killed in Ulmar".)
    if (outcome && prev && partOf === -1 && prev.partOf === -1 && prev.outcome === outcome && /^(?:\s+(?:[a-z]+\s+){0,4}?[a-z]+)?\s*,?\s*with\s+$/.test(gap) && q.best < prev.q.best) partOf = out.indexOf(prev);
    // ("killed 41 people and displaced about 7,000 others": the others have their own verb, before them.)
    if (!outcome && prev && np.noun === "others" && !OTHERS_ESCAPED.test(after) && !OTHER_VERB_BETWEEN.test(gap)) {
      const own = OTHERS_BARE_VERB.exec(after) ?? OTHERS_OWN_VERB.exec(after.split(/[.;]/)[0]);
      outcome = own ? outcomeOf(own[1]) : INJURIES_TO.test(before) ? "injured" : prev.outcome; rule = "casualty.others";
    }
    if (!outcome && previousHasTotal && CONTINUATION.test(text.slice(0, q.start))) {
      const a = /^\s*(?:were|was)\b/i.exec(after) ?? /^\s*(?:were|was)\b/i.exec(text.slice(q.end, q.end + 10));
      if (a) { outcome = "killed"; partOf = -2; rule = "casualty.remaining"; }
    }
    if (!outcome) continue;
    // "The toll could rise as 16 people are still missing", "with 111 others reported missing": the missing are not the dead.
    // ("25 more wounded, including four officers, and 13 soldiers are missing": a part with its own fate is no part of the wounded.)
    if ((rule === "casualty.death-toll" || rule === "casualty.others" || rule === "casualty.breakdown") && MISSING_NEXT.test(after)) continue;
    if (partOf !== -1 && CONDITION_NEXT.test(text.slice(q.end, q.end + 60))) continue;
    // "Two of the wounded are in serious condition": how some of them are, not a count.
    if (OF_THE_WOUNDED_CONDITION.test(text.slice(q.end, q.end + 90))) continue;
    // "the assault by an estimated 800 guerrillas", "attacked by 20 gunmen": the figure counts the attackers.
    if (ATTACKERS.test(np.noun ?? "") && /\bby\s+$/.test(before)) continue;
    if (single && (tollOf || (among && !prev && !previousHasTotal))) continue;
    if (single && (CARRIED_BEFORE.test(before) || CAPTION_AFTER.test(text.slice(np.end, np.end + 40)))) continue;
    if (single && SPEAKER_AFTER.test(text.slice(np.end, np.end + 80))) continue;
    // "one of the bodies": one of a set already counted, not a figure. ("killed two policemen and one of
    // the militants": one of a side named after its own "and" is a figure of one.)
    if (single && /^\s+of\s+(?:the|them|those)\b/i.test(text.slice(q.end, q.end + 12)) && !(rule === "casualty.verb-before" && ONE_OF_SIDE.test(text.slice(q.end, q.end + 40)) && /\band\s+$/.test(before))) continue;
    // "A soldier was injured … where he succumbed to the injuries": one person, who died.
    if (single && outcome === "injured" && SUCCUMBED.test(text.slice(np.end))) outcome = "killed";
    // "46 civilians were among the dead": a part of the toll given just before, in this sentence or the last.
    if (among && partOf === -1) {
      if (prev) partOf = prev.partOf === -1 ? out.indexOf(prev) : prev.partOf;
      else if (previousHasTotal) partOf = -2;
    }
    if (np.noun && /^(?:families|family|households|hhs)$/.test(np.noun)) continue;
    // The rest of the clause, up to a breakdown ("including 10 children" describes a part, not the total).
    const clauseRest = text.slice(np.end, np.end + 140).split(/[;.]|\b(?:including|among them|of whom)\b/)[0];
    let victims: VictimClass;
    if (np.noun === "others" && prev) victims = prev.partOf >= 0 ? out[prev.partOf].victims : prev.victims;
    else if (/^another$/i.test(q.text) && prev && (!np.noun || /^(?:injured|wounded|dead)$/.test(np.noun))) victims = prev.victims; // "a ranger was killed and another injured"
    else if (!np.noun && prev && !np.partitive && partOf === -1 && (/^\s*(?:another|a further)\s/i.test(text.slice(q.start - 10, q.start + 9)) || /^another$/i.test(q.text))) victims = prev.victims;
    else if (!np.noun && prev && partOf === -1 && /\banother\s+$/i.test(before)) victims = prev.victims;
    else if (!np.noun && prev && rule === "casualty.running-total") victims = prev.victims;
    // "13 civilians were killed and 88 wounded": the second figure of the clause counts the same people.
    else if ((!np.noun || /^(?:wounded|injured|dead)$/.test(np.noun)) && prev && partOf === -1 && prev.partOf === -1 && q.start - prev.end <= 200 && ELLIPTICAL_GAP.test(text.slice(prev.end, q.start))) victims = subjectClass(out, prev, text);
    // "killed eleven soldiers and wounded one": a bare figure after the next verb counts the same kind of people.
    // (From the first figure, not its noun's end: the noun reader may take "soldiers and wounded" as one phrase.)
    else if (!np.noun && prev && partOf === -1 && prev.partOf === -1 && SECOND_VERB_GAP.test(text.slice(prev.q.end, q.start))) victims = prev.victims;
    // "wounding 14 civilians, six of whom later died": a part named by "of whom" alone is of its whole's people.
    else if (!np.noun && np.partitive && partOf >= 0) victims = out[partOf].victims;
    else if (!np.noun && (q.vague ?? "") === "" && FAMILY_COUNTED.test(q.text)) victims = "civilians"; // "a mother and her three children", "a family of five"
    // A bare figure's class comes only from words set beside it ("killed 28, mostly civilians"),
    // never from the rest of the clause: "army shelling kills 9 in a rebel-held town" is 9 people.
    // ("six bodies of army soldiers": whose bodies they are says who died.)
    else victims = victimClass(np.phrase, np.noun === "lives" ? clauseRest : !np.noun ? APPOSITIVE.exec(text.slice(np.end, np.end + 80))?.[1] ?? "" : BODIES.has(np.noun) ? /^\s+of\s+(?!(?:which|whom|them|those|these|whose|the\s+dead)\b)([^,.;\d]{1,40})/.exec(clauseRest)?.[1] ?? "" : "");
    if (ofTheDead) victims = victimClass(ofTheDead[2]);
    if (np.noun === "lives" && /both sides/i.test(clauseRest)) victims = "combatants";
    // ("… and 41 wounded on both sides": fighters of either side.)
    if (!np.noun && BOTH_SIDES.test(clauseRest)) victims = "combatants";
    // "10 fighters from the Liberation Front", "fighters loyal to the government": the side named after them.
    if ((victims === "combatants" || (victims === "people" && /^(?:members|men)$/.test(np.noun ?? ""))) && np.noun) {
      const side = /^\s*(?:from|of|belonging to|loyal to|with|affiliated with)\s+([^,.;]{1,60})/i.exec(clauseRest);
      const sided = side ? victimClass(side[1]) : "people";
      if (sided === "government forces" || sided === "opposition fighters") victims = sided;
    }
    if (tollOf && !np.noun) victims = victimClass(tollOf); // "the civilian death toll rose to 25"
    const disaster = isDisasterToll(before, text.slice(np.end, np.end + 80));
    if (single) rule = `${rule}+one-person`;
    // ("four soldiers and their commander": theirs, of their side; "a man and his young daughter": the two as one group of people.)
    if (single && POSSESSIVE.test(q.text) && prev && victims !== prev.victims) {
      victims = /^their$/i.test(q.text) && ARMED_CLASSES.has(prev.victims) ? prev.victims : LISTED_CLASSES.has(victims) && LISTED_CLASSES.has(prev.victims) && victims !== "people" && prev.victims !== "people" ? "civilians" : "people";
    }
    const bounded = tollOf !== null ? boundedByToll(q, before) : q;
    const candidate = { q: bounded, outcome, rule, victims, victimsPhrase: np.phrase.trim() || (partOf === -2 ? clauseRest.trim() : ""), partOf, end: np.end, disaster };
    // "nine soldiers, among them a captain": one person named as part of a toll is a part of it, set aside until
    // the sentence is read, so that the items after it ("a mother and three children") still count toward the total.
    if (isOnePersonPart(candidate)) singleParts.push(candidate); else out.push(candidate);
  }
  out.push(...singleParts);
  // The one named only as theirs counts with the figure before it, or not at all ("his brother" alone is someone's kin, not a toll).
  return peopleListed(text, oneAndOthers(text, oneMoreByOrdinal(text, partsToldFirst(text, qs, out)))).filter((c) => !(c.rule.endsWith("+one-person") && POSSESSIVE.test(c.q.text)));
}

/**
 * "killing a village head and four others": one person and the others with them are one figure,
 * five. The refiner merges the two readings into one candidate that spans both.
 */
function oneAndOthers(text: string, cs: CasualtyCandidate[]): CasualtyCandidate[] {
  const out: CasualtyCandidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    // "a man and a woman were wounded": two people, one figure.
    if (prev && prev.rule.endsWith("+one-person") && c.rule.endsWith("+one-person") && prev.outcome === c.outcome && prev.partOf === -1 && c.partOf === -1 && /^\s+and\s+$/.test(text.slice(prev.end, c.q.start))) {
      const q = { ...prev.q, end: c.end, text: text.slice(prev.q.start, c.end), low: 2, best: 2, high: 2 };
      out[out.length - 1] = { ...prev, q, rule: prev.rule.replace("+one-person", "+people-listed"), end: c.end, victims: prev.victims === c.victims ? prev.victims : "people" };
      continue;
    }
    // "killing eight conscripts and an officer": a count and one more of the same side, one figure of nine.
    // ("four soldiers and their commander": the one named as theirs took their side when read.)
    if (prev && !prev.rule.includes("+") && c.rule.endsWith("+one-person") && prev.outcome === c.outcome && prev.partOf === -1 && c.partOf === -1 && prev.victims === c.victims && prev.victims !== "people" && !prev.q.vague && prev.q.low === prev.q.high && /^\s+and\s+$/.test(text.slice(prev.end, c.q.start))) {
      const q = { ...prev.q, end: c.end, text: text.slice(prev.q.start, c.end), low: prev.q.best + 1, best: prev.q.best + 1, high: prev.q.best + 1 };
      out[out.length - 1] = { ...prev, q, rule: `${prev.rule}+one-more`, end: c.end };
      continue;
    }
    // "killing the police chief and two of his men", "the commander and two other officers": one person and
    // those with him, one figure of three.
    if (prev && prev.rule.endsWith("+one-person") && !c.rule.includes("+") && prev.outcome === c.outcome && prev.partOf === -1 && !c.q.vague && c.q.low === c.q.high && /^\s*,?\s+and\s+$/.test(text.slice(prev.end, c.q.start)) && /^\s+(?:of\s+(?:his|her|its|their)|other)\s/i.test(text.slice(c.q.end, c.q.end + 12))) {
      const q = { ...c.q, start: prev.q.start, end: c.end, text: text.slice(prev.q.start, c.end), low: c.q.best + 1, best: c.q.best + 1, high: c.q.best + 1 };
      // (A post says no side, "the commander"; his companions may: "and four other officers".)
      out[out.length - 1] = { ...prev, q, rule: prev.rule.replace("+one-person", "+own-people"), end: c.end, partOf: -1, victims: prev.victims === "people" ? c.victims : prev.victims };
      continue;
    }
    // ("killed a retired army officer, and 16 others": a comma before "and" as well.)
    if (prev && prev.rule.endsWith("+one-person") && c.rule === "casualty.others" && prev.outcome === c.outcome && /^\s*,?\s+and\s+$/.test(text.slice(prev.end, c.q.start))) {
      const q = { ...c.q, start: prev.q.start, end: c.end, text: text.slice(prev.q.start, c.end), low: c.q.low === null ? null : c.q.low + 1, best: c.q.best + 1, high: c.q.high === null ? null : c.q.high + 1 };
      out[out.length - 1] = { ...prev, q, rule: prev.rule.replace("+one-person", "+others"), end: c.end };
      continue;
    }
    out.push(c);
  }
  return out;
}

// The people a verb's object lists one by one, of no side: "a child, three women and a man" (five).
const LISTED_CLASSES = new Set<VictimClass>(["people", "civilians", "children", "women"]);
const LIST_JOIN = /^(?:\s*,\s*|\s*,?\s+and\s+)$/;
/**
 * "killing a child, three women and a man", "two teenagers and a man were killed": the people listed
 * one by one under one verb, one of them a single person, are one figure, as tolls count them (five,
 * three). Fighters of a side stay apart ("killed 19 police officers and one civilian"), unless the next
 * item says it is more of the same ("two senior officers and 10 other soldiers": twelve). A first figure
 * as large as the rest together is a total with its breakdown ("killing five people, three children and
 * a woman"), not a list.
 */
function peopleListed(text: string, cs: CasualtyCandidate[]): CasualtyCandidate[] {
  const exact = (c: CasualtyCandidate) => c.partOf === -1 && !c.disaster && !c.q.vague && c.q.low === c.q.best && c.q.high === c.q.best;
  const out: CasualtyCandidate[] = [], index = new Map<number, number>();
  let i = 0;
  while (i < cs.length) {
    let j = i;
    if (exact(cs[i])) {
      while (j + 1 < cs.length && exact(cs[j + 1]) && cs[j + 1].outcome === cs[i].outcome && LIST_JOIN.test(text.slice(cs[j].end, cs[j + 1].q.start))) {
        const a = cs[j], b = cs[j + 1];
        const others = /^other\b/i.test(b.victimsPhrase) && (a.victims === b.victims || a.victims === "people" || b.victims === "people");
        if (!others && !(LISTED_CLASSES.has(a.victims) && LISTED_CLASSES.has(b.victims))) break;
        j++;
      }
      // (A list ends with "and"; a first figure as large as the rest is a total and its parts.)
      // (Figures only, "two men and three children were injured", are each reported as they stand; a list
      // with one person named in it, "two women and a man", is told as one group.)
      if (!cs.slice(i, j + 1).some((c) => c.rule.endsWith("+one-person")) && !cs.slice(i + 1, j + 1).every((c) => /^other\b/i.test(c.victimsPhrase))) j = i;
      const appositive = j > i && !/\band\s+$/.test(text.slice(cs[i].end, cs[i + 1].q.start));
      let rest = 0;
      for (let k = i + 1; k <= j; k++) rest += cs[k].q.best;
      while (j > i && (!/\band\s+$/.test(text.slice(cs[j - 1].end, cs[j].q.start)) || (appositive && cs[i].q.best >= rest))) rest -= cs[j--].q.best;
    }
    const items = cs.slice(i, j + 1);
    for (let k = i; k <= j; k++) index.set(k, out.length);
    if (items.length === 1) out.push(cs[i]);
    else {
      const first = items[0], last = items[items.length - 1], n = items.reduce((m, c) => m + c.q.best, 0);
      const classes = new Set(items.map((c) => c.victims));
      const victims: VictimClass = classes.size === 1 ? first.victims : [...classes].some((c) => c !== "people" && LISTED_CLASSES.has(c)) ? "civilians" : [...classes].find((c) => c !== "people") ?? "people";
      const q = { ...first.q, end: last.end, text: text.slice(first.q.start, last.end), low: n, best: n, high: n };
      out.push({ ...first, q, rule: `${first.rule.replace(/\+.*$/, "")}+listed`, victims, victimsPhrase: text.slice(first.q.end, last.end).trim(), end: last.end });
    }
    i = j + 1;
  }
  for (const c of out) if (c.partOf >= 0) c.partOf = index.get(c.partOf) ?? c.partOf;
  return out;
}
