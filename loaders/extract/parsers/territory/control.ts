/**
 * Control changes: "captured X", "seized control of the towns of A and B", "the fall of X",
 * "retook a government complex in the city of X", "lost A and B to the rebels".
 */
import { phrases, requiredWords } from "../../lexicon/pattern.ts";
import { ARMED_FORCES, ATTACKERS, CONTROL_VERBS, RAIDERS } from "../../lexicon/territory-words.ts";
import { locativePlaces, objectPlaces, subjectPlaces } from "./object.ts";
import { normaliseAction, NOT_AN_EVENT, notAnEvent, readTriggers } from "./trigger.ts";
import { nameAt } from "../../places.ts";
import type { TerritoryCandidate } from "./types.ts";

// "liberated from occupation X": the occupation is not the place.
// "the occupied Tarsa Farms", "the liberated town": after a determiner the participle is an adjective.
// "troops recently overran X" is a verb; "the recently captured X" an adjective.
// "stormed and occupied X", "overran and looted X", "captured and held X since April": two verbs, one object (what was done
// there after it was taken).
// (The \b stands before the look back, which is then tried only at word starts: the same matches, sooner.)
// ("Pakistan-occupied Kashmir", "rebel-held Tarsa": a hyphened participle names whose a place is, no taking told.)
// ("on the edge of occupied Tarsa", "in liberated Ulmar": a participle after a preposition describes the place.)
const CONTROL_VERB = new RegExp(String.raw`\b(?<!\b(?:the|a|an|its|their|his|her|of|in|from|into|across|near|inside|around|toward|towards|throughout)\s+(?:(?:newly|recently|previously)\s+)?|\b(?:newly|previously)\s|[A-Za-z]{3}-)(${phrases(CONTROL_VERBS)})\s+(?:and\s+(?:${phrases(CONTROL_VERBS)}|(?:looted|torched|burned|burnt|ransacked|plundered|pillaged|sacked|destroyed|razed|occupied|secured|cleared|fortified|held|controlled))\s+)?(?:from\s+(?:the\s+)?occupation\s+)?`, "gi");
// "the RSF takeover of X": an actor may stand between the determiner and the noun.
// ("declared full liberation of X": a declaration names the noun without "the".)
// ("RSF takeovers of the towns of A and B": a force's acronym before the plural; "the recovery of the towns of X".)
// ("the K45's seizure of X": a force's name may hold digits.)
// ("Hundreds unaccounted for after fall of X": a headline's noun with no article.)
const CONTROL_NOUN = /\b(?:(?:the|its|their|[A-Za-z][A-Za-z0-9]*['’]s?)\s+|(?:declared|announced|proclaimed|celebrated|celebrating|declaring|announcing)\s+|[A-Za-z]{2,12}\s+(?=(?:takeovers|captures|seizures)\s)|(?:after|following|since)\s+(?=(?:fall|capture|recapture|seizure|takeover|liberation)\s+of\s))(?:(?:full|complete|total|final)\s+)?(?:[A-Z][\w-]*\s+){0,2}(capture|seizure|recapture|retaking|fall|takeover|liberation|taking|loss|conquest|recovery|takeovers|captures|seizures) of\s+/gi;
// "gained nearly complete control of", "taken “total control” of": words and quotes around "control".
// ("now has complete control of X": control stated as news; "re-established control over Y".)
// ("were restoring government control over X", "reasserted state control over Y": whose control, said before it.)
const CONTROL_OF = /\b(took|taken|taking|takes|recaptured|recapturing|gained|gaining|gains|seized|seizing|wrested|regained|regaining|retaken|retook|established|establishing|reestablished|re-established|reestablishing|re-establishing|restored|restoring|reasserted|reasserting|assumed|took back|taken back|imposed|extended|consolidated|asserted|tightened|completed|completing|announced|announcing|declared|declaring|claimed|claiming|now has|now have|now had|has|have|had)\s+[“"]?(?:(?:nearly|almost|full|complete|total|partial|effective|back|firm|their|its|his|government|state|military)\s+)+[”"]?\s*control\s+(?:of|over)\s+/gi;
// "raised the Ukrainian flag in X", "hoisted their flag over Y", "mounted its flags in Z": a place taken.
// ("their flag is flying over X again", "the Ulmar flag flew over Tarsa on Saturday": the flag said to fly there.)
const FLAG = /\b(?:(?:raised|hoisted|planted|mounted|raising|hoisting|planting|mounting)\s+(?:the|their|its|a|his)\s+(?:[A-Z][\w-]*\s+)?(?:national\s+)?flags?|flags?\s+(?:is|are|was|were|now|(?:had|has|have)\s+been)\s+(?:now\s+|again\s+|once again\s+)?(?:flying|fluttering|raised|hoisted|planted)|flags?\s+(?:now\s+|again\s+|once\s+again\s+)?(?:flew|fluttered))\s+(?:over|in|above|on|at)\s+(?:the\s+(?:centre|center|heart)\s+of\s+)?/gi;
// "took control on Monday of X": when, inside the verb.
// "The pullback left the militia in firm control of much of X": control handed by an event.
const GAVE_CONTROL = /\b(?:gave|give|gives|giving|handed|handing)\s+(?:[\w-]+\s+){1,3}?(?:(?:full|complete|total|effective|partial)\s+)?control\s+(?:of|over)\s+(?:(?:most|much|parts?|all)\s+of\s+)?/gi;
// "northern forces had control of Tarsa": a force said to hold a place (not "the government has control of the budget").
const FORCE_HAS_CONTROL = /\b(?:forces|troops|army|rebels|militants|fighters|insurgents|militias?|jihadists)\s+(?:now\s+)?(?:had|have|has)\s+(?:now\s+)?control\s+(?:of|over)\s+/gi;
// "the assault led to their control of X": control told as what an event brought about.
const LED_TO_CONTROL = /\b(?:led\s+to|leading\s+to|resulted\s+in|resulting\s+in|culminated\s+in|culminating\s+in)\s+(?:the|their|its|his)\s+(?:(?:full|complete|total)\s+)?control\s+(?:of|over)\s+/gi;
const CONTROL_WHEN_OF = /\b(took|taken|seized|gained|regained|regaining|assumed)\s+control\s+(?:(?:early|late|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|yesterday|today|tonight|this\s+morning|last\s+night)\s+(?:of|over)\s+/gi;
// "troops managed to liberate X", "managed to retake control of Y": a capture told by what it took.
// ("managed earlier this week to free X": when, before the infinitive.)
// ("used armoured columns to seize control of X": the means told, then what they won.)
// ("air strikes helped the army regain control of X", "helped Ulmar troops to retake Y": an ally's part in a capture.)
const MANAGED_TO = /\b(?:(?:managed|succeeded|were able|was able|have been able|had been able|used\s+(?:[\w-]+\s+){1,4}?)\s*(?:(?:earlier|later)\s+(?:this|last)\s+(?:week|month)\s+|(?:yesterday|overnight|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:in\s+|to\s+)|helped\s+(?:[\w-]+\s+){1,4}?(?:to\s+)?)((?:take|retake|regain|seize|gain|wrest)\s+(?:full\s+|complete\s+|total\s+|back\s+)?control\s+(?:of|over)|control|capture|capturing|liberate|liberating|retake|retaking|recapture|recapturing|seize|seizing|enter|entering|free|freeing)\s+/gi;
// "drove the fighters out of X", "expelled the militants from X", "chased the extremists out of X": X changed hands.
// ("forcing army units from X", "forced the police to leave the village".)
// ("repelled the militia from the town of X"; "forced the Bosnian Serbs to withdraw from": a people's plural is a side.)
// ("chased hundreds of the Islamic extremists out of X", "drove out the militants from Y", "evicted the rebels from Z": a
// longer object, or the particle before it, when the object ends on a fighting side's word.)
const EXPELLED_SIDE = String.raw`(?:${[...ARMED_FORCES, "extremists", "terrorists", "gunmen", "Islamists", "militiamen", "combatants", "guerrillas", "jihadis"].join("|")})`;
const DROVE_OUT_SIDE = new RegExp(String.raw`\b(?:(?:drove|driven|driving|pushed|pushing|forced|forcing|expelled|expelling|ousted|ousting|flushed|flushing|cleared|chased|chasing|routed|routing|kicked|kicking|dislodged|dislodging|evicted|evicting|ejected|ejecting)\s+(?:[\w'’-]+\s+){1,6}?${EXPELLED_SIDE}\s+(?:out\s+of|from)|(?:drove|driven|driving|pushed|pushing|forced|forcing|flushed|flushing|chased|chasing|kicked|kicking)\s+out\s+(?:[\w-]+\s+){0,5}?${EXPELLED_SIDE}\s+(?:from|of))\s+`, "g");
const DROVE_OUT = /\b(?:drove|driven|driving|pushed|pushing|forced|forcing|expelled|expelling|ousted|ousting|flushed|cleared|chased|chasing|routed|routing|kicked|dislodged|dislodging)\s+(?:[\w'’-]+\s+){1,4}?(?:out\s+of|from)\s+|\b(?:repelled|repelling|repulsed)\s+(?!(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|advances?|attempts?|raids?|incursions?|push)\b)(?:[\w-]+\s+){1,4}?(?:out\s+of|from)\s+|\bforc(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|army|militants|fighters|rebels|insurgents|police|garrison)\s+to\s+(?:leave|abandon|withdraw\s+from|retreat\s+from|evacuate)\s+|\b(?:were|was|have(?:\s+already)?\s+been|had(?:\s+already)?\s+been|has(?:\s+already)?\s+been)\s+(?:\w+ly\s+)?(?:(?:uprooted\s+(?:in|from)\s+and\s+)?(?:driven|pushed|forced|expelled|ousted|flushed|cleared|kicked|knocked)\s+(?:out\s+of|from)|(?:driven|pushed|forced|expelled|ousted|flushed|cleared|kicked|knocked)\s+out\s+(?:and\s+\w+\s+)?of)\s+/gi;
// "troops withdrew from X": the side that held it lost it. ("pulled back from X", "fell back from X": the same.)
// ("bodies were pulled out of the river": a passive moves things, not a force.)
// "withdrew from the outskirts of X", "pulled back from positions around Y": ground near a town given up, not the town.
const AROUND_A_PLACE = /^(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+)?(?:outskirts|suburbs|edges?|periphery|surroundings|approaches|vicinity|environs|positions|areas|frontlines?|front\s+lines?|lines|trenches)\s+(?:of|around|near|outside|close\s+to|on\s+the\s+edge\s+of)\b/i;
const WITHDREW = /\b(?<!\b(?:were|was|been|being|are|is)\s)(?:(?:withdrew|withdrawn|withdrawing|retreated)\s+(?:\w+\s+)?from|(?:pulled|pulling|pulls)\s+(?:\w+\s+)?out\s+of|(?:pulled|pulling|pulls|fell|falling|fallen)\s+back\s+from)\s+/gi;
// "X is now in the hands of the rebels", "fell into the hands of": the place before, taken.
// ("Tarsa passed into the hands of the rebels": the same, said of the handing over.)
const IN_HANDS = /\b(?:is|was|are|were|(?:has|have|had)\s+been|fell|falls|remains?|(?:has|have|had)\s+(?:fallen|collapsed|passed)|collapsed|passed|passes)\s+(?:now\s+|firmly\s+|back\s+)*(?:in|into)\s+(?:the\s+)?hands\s+of\b/gi;
// "Tarsa was back in government hands", "Ulmar fell into Qarnian hands": the holder said before "hands", a side's
// word or its people's adjective (case kept: a capital is a name, not "in safe hands"). ("Ulmar remains in rebel
// hands" is a hold, not a change: annotators leave it optional, and "neighbourhoods of X remain in rebel hands" is no X taken.)
const IN_SIDE_HANDS = /\b(?:is|was|are|were|(?:has|have|had)\s+been|fell|falls|(?:has|have|had)\s+(?:fallen|passed)|passed|passes)\s+(?:(?:now|firmly|back|again|still|once\s+again|securely|already|entirely|fully)\s+)*(?:in|into)\s+(?:(?:rebel|government|army|militant|jihadist|insurgent|separatist|regime|enemy|opposition|militia|federal|our|their|its)\s+|[A-Z][\w’'-]+\s+)(?:[A-Z][\w’'-]+\s+)?hands\b/g;
// "The army withdrew, leaving X in the hands of the rebels": a place left to a side.
const LEFT_IN_HANDS = /\b(?:left|leaving|leave|leaves)\s+(?=(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:in|into)\s+(?:the\s+)?hands\s+of\b)/gi;
// "The army declared X fully liberated": a place declared taken.
const DECLARED = /\b(?:declared|declares|announced|pronounced)\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]+[\s-]+){1,4}(?:\w+ly\s+)?(?:liberated|captured|freed|cleared|secured)\b)/g;
// "the Taliban took the district after troops retreated": "took" with a place's kind as its object (a
// bare "took" takes anything: "took part", "took hostages", "took the town's residents hostage").
const TOOK_PLACE = /\btook\s+(?:over\s+)?(?=(?:the|a)\s+(?:(?:key|strategic|border|nearby|northern|southern|eastern|western|main)\s+)?(?:town|city|village|district|base|capital|port|airport|stronghold|garrison)\b(?!['’]))/gi;
// "had also taken the town of X": "taken" with its auxiliary, and not "taken control", "taken part", "taken refuge".
const HAS_TAKEN = /\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|now\s+)?taken\s+(?!control|over|back|part|place|refuge|shelter|hostage|prisoner|captive|steps|measures|action)/gi;
// ("relinquished control of the villages of X and Y": a loss said formally.)
const LOST = /\b(?:lost|losing|loses|ceded|surrendered|relinquished|relinquishing|relinquish)\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?/gi;

// ("shelling in Ulmar occupied Tarsa": after a preposition, a country's name and "occupied" name a place as one, hyphen
// or not. Case kept: "the raiders occupied Tarsa" is a taking.)
const NAMED_OCCUPIED = /\b(?:in|of|from|into|across|inside|within|over)\s+[A-Z][\w’'-]*\s+$/;

// "pushed into the outskirts of X": an advance to a place, not its capture.
const NOT_TAKEN = /\b(?:outskirts|edges?|gates|doorstep|approaches|perimeter|vicinity)\b/i;

// "seized six positions in A, B and C townships": posts counted across places are no place taken.
const COUNTED_POSTS = /^(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?(?:positions|posts|outposts|bases|camps|checkpoints|strongholds|bunkers)\s+(?:in|across|around|near)\s/i;

/** A place, or a site in a place: taking a complex in X is taking ground in X. */
const placeOrSite = (s: string, end: number) => {
  const direct = objectPlaces(s, end);
  if (!direct.length && COUNTED_POSTS.test(s.slice(end, end + 80))) return [];
  const found = direct.length ? direct : locativePlaces(s, end, true);
  return found.filter((p) => !NOT_TAKEN.test(s.slice(end, p.at)));
};

// "Gunmen stormed the village of X", "bandits invaded Y", "terrorists entered the camp near Z": raiders who storm
// or enter a place attack it; an army that storms a town takes it.
const RAIDERS_BEFORE = /\b(?:gunmen|bandits|attackers|assailants|raiders|armed men|gangs?|gang members|mobs?|militiamen|terrorists)\b[^.;]{0,80}$/i;

// "Jihadists rode into X at dawn and set the market alight", "insurgents drove into a village in Y shooting at residents": armed
// men who ride into a place raid it. (Anyone else who rides or drives in takes nothing: "the governor drove into X".)
const RIDE_IN = /\b(?:rode|drove)\s+into\b[^.;]*$/i;
const RIDERS_BEFORE = new RegExp(String.raw`\b(?:${phrases([...ATTACKERS, ...RAIDERS, "extremists", "fighters", "herdsmen", "herders"])})\b[^.;]{0,80}$`, "i");

const ARMY_BEFORE = /\b(?:troops|forces|army|soldiers|tanks|armou?red)\b[^.;]*$/i;
// "20 people were killed after militants stormed X village": the storming was the killing.
const DEAD_WHEN_STORMED = /\b(?:killed|dead|died|massacred|slaughtered|murdered)\b[^.;]{0,60}\b(?:after|when|as)\b[^.;]{0,60}$/i;
// ("insurgents overran an army checkpoint in the district of X": a post overrun is a post lost, the district only attacked.)
const STORMED_SITE = /^(?:storm(?:ed|ing)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:checkpoints?|barracks|bases?|posts?|outposts?|police\s+stations?|stations?|camps?|prisons?|jails?|garrisons?|headquarters|compounds?|positions?|hotels?|offices?|buildings?)|overr(?:an|un|unning)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:checkpoints?|posts?|outposts?|police\s+stations?))\s+(?:in|at|near|of|on)\s+/i;
const HELD_AFTER = /^[^.;]*?\b(?:occupied|captured|seized|took\s+(?:control|over)|held|holding|raised\s+(?:their|its)\s+flag)\b/i;
// What raiders do where they enter: burn, loot, abduct, kill with blades.
const RAID_AFTER = /^[^.;]*?\b(?:set(?:ting)?\s+(?:[\w-]+\s+){0,3}?(?:on\s+fire|ablaze|alight)|set\s+fire|burn(?:ed|t|ing)\s+(?:down\s+)?(?:[\w-]+\s+){0,2}?(?:houses|homes|huts|shops|buildings|villages?)|torch(?:ed|ing)|loot(?:ed|ing)|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|carting\s+away|shooting\s+(?:sporadically|indiscriminately|randomly)|with\s+machetes|hack(?:ed|ing)\s+to\s+death)\b/i;

// "Taking the town would be hard": a gerund that opens the sentence is its subject, not an event
// ("By taking the town of X, the army …" is one).
const GERUND_SUBJECT = /^[\s“"‘']*$/;
// "20,000 people have moved into Tarsa", "refugees entered the town": people who move are no force taking ground.
// ("5,000 Tarsan nationals have entered Ulmar", "a Valley Radio reporter entered the town", "aid trucks entered the town", "310 households (1,650 individuals) from A and B
// entered X", "a few hundred fighters have pulled out of X": who came, where from, may stand between.)
const PEOPLE_SUBJECT = /\b(?:people|civilians|residents|refugees|families|households|IDPs|displaced|villagers|individuals|persons|migrants|evacuees|returnees|nationals|asylum[\s-]seekers|journalists?|reporters?|correspondents?|photographers?|convoys?|aid workers|delegations?|inspectors|observers)(?:\s*\([^)]{1,40}\))?(?:\s+from\s+[^.;,]{1,50}?|\s+with\s+[^.;,]{1,40}?)?\s+(?:who\s+)?(?:have\s+|had\s+|has\s+)?(?:(?:also|already|now|since|reportedly|\w+ly)\s+)?$/i;
// "stopped the convoy from entering the town": an entry that did not happen.
const PREVENTED = /\bfrom\s+$/i;
// "cleared Bolo from the area": who was cleared, named before "from" and the place it was cleared from. ("cleared
// Tarsa from the militants" names the place first: the place is what follows "from" only when it is a place's kind.)
const CLEARED_WHO = /^(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,3}\s+(?:from|out\s+of)\s+(?:the|that|this|its|their)\s+(?:whole\s+|entire\s+)?(?:area|areas|region|town|city|village|district|zone|locality|province|territory|neighbou?rhood)\b/;
// "taking refuge in X", "Taking Shelter in UN Bases": an idiom, whatever its capitals.
const NOT_TAKEN_IDIOM = /^\s*(?:refuge|shelter|part\s+in|place|cover|note|action|steps|measures|aim|advantage)\b/i;

// "141 families from Tarsa passed through the screening site and moved into Ulmar camp": people who moved,
// told across a first predicate, with no force named between them and the verb.
const PEOPLE_MOVED = /\b(?:people|civilians|residents|refugees|families|households|IDPs|displaced|villagers|individuals|persons|migrants|evacuees|returnees)\b(?![^.;]*\b(?:forces|troops|soldiers|army|militants|fighters|rebels|insurgents|militia|jihadists|police)\b)[^.;]{0,100}\band\s+(?:then\s+)?$/i;
const ENTRY_VERB = /^(?:moved into|entered|arrived in)$/i;

// The words CONTROL_VERB cannot match without, one from each phrase: its cue words are the phrases' first
// words ("had", "is", "in"), which call it for most sentences.
const CONTROL_VERB_WORDS = requiredWords(CONTROL_VERBS);

// "the city, which is in control of the militants": a place that is "in control of" someone is held by them;
// what follows is the side, not a place taken.
const PLACE_IN_CONTROL_OF = /\b(?:city|town|village|area|areas|region|district|province|capital|territory|zone|state|county|locality|neighbou?rhood|camp|base)\s*,?\s+(?:which|that)\s+(?:(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+)?(?:(?:now|still|once\s+again)\s+)?$/i;
const IN_CONTROL_OF = /\bin\s+(?:[\w“”"]+\s+)?control\s+of$/i;

export function controlVerb(s: string): TerritoryCandidate[] {
  if (!CONTROL_VERB_WORDS.test(s)) return [];
  const places = (t: string, end: number, m: RegExpExecArray) =>
    (IN_CONTROL_OF.test(m[1]) && PLACE_IN_CONTROL_OF.test(t.slice(Math.max(0, m.index - 40), m.index))) ||
    (/ing$/i.test(m[1]) && (GERUND_SUBJECT.test(t.slice(0, m.index)) || PREVENTED.test(t.slice(Math.max(0, m.index - 6), m.index)))) || NOT_TAKEN_IDIOM.test(t.slice(end)) || PEOPLE_SUBJECT.test(t.slice(Math.max(0, m.index - 110), m.index)) ||
    (ENTRY_VERB.test(m[1]) && PEOPLE_MOVED.test(t.slice(Math.max(0, m.index - 160), m.index))) ||
    (/^(?:cleared|clearing|purged|purging|cleansed|cleansing)$/i.test(m[1]) && CLEARED_WHO.test(t.slice(end))) ? NOT_AN_EVENT : placeOrSite(t, end);
  return readTriggers(s, CONTROL_VERB, "control", "territory.control-verb", (m) => normaliseAction(m[1]), places).flatMap((c) => {
    // (From the verb: "stormed the villages of A, B, C and D" tells each of them what happened.)
    // ("gunmen stormed in and briefly occupied it": the verb that took it is "occupied", not the storming before it.)
    const from = c.verbAt !== undefined ? c.verbAt : Math.max(0, c.at - 40);
    const verb = s.slice(from, c.at);
    if (c.verbAt !== undefined && NAMED_OCCUPIED.test(s.slice(Math.max(0, c.verbAt - 40), c.verbAt)) && /^occupied\b/i.test(verb)) return [];
    if (RIDE_IN.test(verb)) return RIDERS_BEFORE.test(s.slice(Math.max(0, from - 100), from)) && !HELD_AFTER.test(s.slice(c.at, c.at + 120)) ? [{ ...c, action: "attacked", actionClass: "attack", rule: "territory.rode-in" }] : [];
    const entry = /\b(?:storm(?:ed|ing)|invad(?:ed|ing)|enter(?:ed|ing)|swept\s+into|burst\s+into|moved\s+into)\b[^.;]*$/i.test(verb);
    // (An army that enters with its militias takes the place: "troops and militiamen entered X".)
    const raidersEntered = /\benter(?:ed|ing)\b[^.;]*$/i.test(verb) && RAIDERS_BEFORE.test(s.slice(0, Math.min(c.at, from + 40))) && !ARMY_BEFORE.test(s.slice(Math.max(0, c.at - 120), c.at));
    if (raidersEntered || (/\b(?:storm(?:ed|ing)|invad(?:ed|ing)|swept\s+into)\b[^.;]*$/i.test(verb) && (RAIDERS_BEFORE.test(s.slice(0, Math.min(c.at, from + 40))) || DEAD_WHEN_STORMED.test(s.slice(0, c.at))))) return { ...c, action: "attacked", actionClass: "attack", rule: "territory.stormed-by-raiders" };
    // "Taliban fighters stormed a checkpoint in X", "stormed the army barracks in Y": a post stormed in a place is
    // an attack there, not the place taken (unless the text says it was held: "and occupied it").
    if (c.verbAt !== undefined && STORMED_SITE.test(s.slice(c.verbAt, c.at)) && !HELD_AFTER.test(s.slice(c.at, c.at + 120))) return { ...c, action: "attacked", actionClass: "attack", rule: "territory.stormed-site" };
    // "Militants entered X and set houses on fire", "stormed the village, burning homes": a raid, not ground taken.
    if (entry && RAID_AFTER.test(s.slice(c.at + c.mention.length, c.at + c.mention.length + 160))) return { ...c, action: "attacked", actionClass: "attack", rule: "territory.raid" };
    // "ISWAP stormed a remote village, X": fighters who storm a place raid it; a storming takes the place only when an
    // army does it or the text says it was held after (annotators read three stormings in four as attacks).
    if (c.verbAt !== undefined && /^storm(?:ed|ing)\s+(?!into\b)/i.test(s.slice(c.verbAt, c.verbAt + 14)) && !ARMY_BEFORE.test(s.slice(Math.max(0, c.verbAt - 80), c.verbAt)) && !HELD_AFTER.test(s.slice(c.at, c.at + 120)) && !/\band\s+(?:occupied|captured|seized|took|overran)\b/i.test(s.slice(c.verbAt, c.verbAt + 30))) return { ...c, action: "attacked", actionClass: "attack", rule: "territory.stormed" };
    return c;
  });
}

// "took over some ground in Tarsa", "seized more territory from the militia in Ulmar", "recaptured more ground from
// fighters holed up in the centre of Qarn": ground won in a place, the place after "in". (Only a past or headline
// or headline verb: "gaining ground in X" and "to gain ground in X" tell a trend or an aim.)
// ("reporting gains in the Tarsa and Ulmar areas", "made some gains in Qarn": the noun for the same.)
const GROUND_IN = /\b(?:(?:(?<!\bto\s)(?:seize|capture|take\s+over|retake|recapture)|seized|seizes|captured|captures|took\s+over|taken\s+over|takes\s+over|took|taken|recaptured|recaptures|retook|retaken|retakes|regained|regains|gained|won|wrested|grabbed)\s+(?:(?:some|more|new|further|additional|significant|considerable|large|vast|key|strategic|swathes\s+of|much|a\s+lot\s+of|large\s+swathes\s+of)\s+)?(?:ground|territory)(?:\s+from\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:\s+holed\s+up)?)?|(?:made|make|making|reported|reporting|confirmed|confirming|recent|territorial|significant|major|new|further)\s+(?:(?:some|territorial|significant|major|new|further|military)\s+)?gains)\s+(?:in|inside)\s+/gi;

export function groundIn(s: string): TerritoryCandidate[] {
  return readTriggers(s, GROUND_IN, "control", "territory.ground-in", () => "captured", placeOrSite);
}

// Words each pattern below cannot match without: its cue words ("has", "had") call this parser for
// most sentences, and a literal search tells at once which patterns could match at all.
const MANAGED_WORDS = /managed|succeeded|able|used|helped/i, CONTROL_WORD = /control/i, FLAG_WORD = /flag/i, TAKEN_WORD = /taken/i;

export function controlOf(s: string): TerritoryCandidate[] {
  const control = CONTROL_WORD.test(s);
  return [
    ...(MANAGED_WORDS.test(s) ? readTriggers(s, MANAGED_TO, "control", "territory.control-verb", (m) => normaliseAction(m[1]), placeOrSite) : []),
    ...(control ? readTriggers(s, GAVE_CONTROL, "control", "territory.control-verb", () => "took control", placeOrSite) : []),
    ...(control ? readTriggers(s, FORCE_HAS_CONTROL, "control", "territory.control-verb", () => "took control", placeOrSite) : []),
    ...(control ? readTriggers(s, LED_TO_CONTROL, "control", "territory.control-verb", () => "took control", placeOrSite) : []),
    ...(control ? readTriggers(s, CONTROL_WHEN_OF, "control", "territory.control-verb", (m) => normaliseAction(m[1] + " control"), placeOrSite) : []),
    ...(FLAG_WORD.test(s) ? readTriggers(s, FLAG, "control", "territory.flag", () => "took control", placeOrSite) : []),
    ...(control ? readTriggers(s, CONTROL_OF, "control", "territory.control-verb", (m) => normaliseAction(m[1] + " control"), placeOrSite) : []),
    ...(/\btook\b/i.test(s) ? readTriggers(s, TOOK_PLACE, "control", "territory.control-verb", () => "took control", (t, end) => objectPlaces(t, end)) : []),
    ...(TAKEN_WORD.test(s) ? readTriggers(s, HAS_TAKEN, "control", "territory.control-verb", () => "took control", (t, end) => objectPlaces(t, end)) : []),
  ];
}

// "since Tarsa's fall to the rebels", "after the city's takeover by the militia": the place owns the noun.
// (Only a change told as done: its taker after "to" or "by", or the time after it: "since", "after".)
// ("After Tarsa's recapture, …": the sentence's capitalised first word is no part of the name, and says the change was done.)
const OWNER_NOUN = /\b(?:((?:After|Since|Following|With|Upon|Until)\s+))?(?:(the\s+(?:city|town|village|capital|port|enclave|district))|([A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+){0,2}))['’]s\s+(fall|capture|takeover|seizure|recapture|liberation|retaking|conquest)\b/g;
const DONE_BEFORE = /\b(?:after|since|following|with|upon|until)\s+$/i;

// "Kunduz, a strategic city whose brief fall to the Taliban …": the name before "whose".
const WHOSE_FALL = /\b([A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|stronghold)\s+whose\s+(?:brief\s+|recent\s+|swift\s+|sudden\s+)?(fall|capture|takeover|seizure|recapture|liberation)\s+(?:to|by)\s/g;

function ownerNoun(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  WHOSE_FALL.lastIndex = 0;
  for (let m = WHOSE_FALL.exec(s); m; m = WHOSE_FALL.exec(s)) {
    const name = nameAt(m[1]);
    if (name && name === m[1] && !notAnEvent(s, m.index)) out.push({ action: normaliseAction(m[2]), actionClass: "control", rule: "territory.owner-noun", mention: name, at: m.index });
  }
  OWNER_NOUN.lastIndex = 0;
  for (let m = OWNER_NOUN.exec(s); m; m = OWNER_NOUN.exec(s)) {
    if (!m[1] && !/^\s+(?:to|by)\s/.test(s.slice(m.index + m[0].length)) && !DONE_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (notAnEvent(s, m.index)) continue;
    const action = normaliseAction(m[4]), at = m.index + (m[1]?.length ?? 0);
    if (m[2]) { out.push({ action, actionClass: "control", rule: "territory.owner-noun", mention: m[2], at, refersBack: true }); continue; }
    const name = nameAt(m[3]);
    if (name && name === m[3]) out.push({ action, actionClass: "control", rule: "territory.owner-noun", mention: name, at });
  }
  return out;
}

// "the rebels said the capture of A and B was only a matter of time", "the fall of X is imminent": a capture foretold.
const COMING_AFTER = /^(?:\s*(?:,|and|or)\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*\s+(?:is|was|would\s+be|will\s+be|seemed|seems|appeared|appears)\s+(?:now\s+|only\s+|just\s+|all\s+but\s+)?(?:a\s+matter\s+of\s+(?:time|days|weeks|hours)|imminent|inevitable|near|close|within\s+reach)\b/;
export function controlNoun(s: string): TerritoryCandidate[] {
  // "the capture of the Northeast Command in Lashio": a site taken is ground taken in its town.
  return [
    // ("the Front for the Liberation of X", "Movement for the Liberation of Y": an organisation's name, no event.)
    ...readTriggers(s, CONTROL_NOUN, "control", "territory.control-noun", (m) => normaliseAction(m[1]), (t, end, m) =>
      m[1] === "Liberation" && /\bfor\s+$/.test(t.slice(Math.max(0, m.index - 6), m.index)) ? NOT_AN_EVENT : placeOrSite(t, end).filter((p) => !COMING_AFTER.test(t.slice(p.at + p.mention.length, p.at + p.mention.length + 100)))),
    ...(/['’]s\s|whose/.test(s) ? ownerNoun(s) : []),
  ];
}

// "Army units abandoned the centre of X district": the side that held it left it.
// ("Ukrainian troops have left the Tarsa settlement": a force that left a place gave it up; one that "left X for
// the front" went somewhere.)
const LEFT_FOR = /^\s+(?:for|to)\s/;
// ("Separatists abandoned the cities of Tarsa and Ulmar", "the army vacated the towns of A, B and C": the towns
// named after their kind, each given up.)
const ABANDONED = /\b(?:forces|troops|army|soldiers|fighters|militants|rebels|separatists|insurgents|jihadists|militias?|police|garrison)\b[^.;]{0,40}?\b(?:abandoned|abandoning|vacated|vacating|emptied|(?:have|has|had)\s+(?:now\s+)?left)\s+(?:the\s+(?:centre|center)\s+of\s+)?(?:the\s+(?:(?:[a-z-]+\s+)?(?:towns|cities|villages)\s+of\s+)?)?(?=[A-Z])/gi;
const KIND_LIST_BEFORE = /\b(?:towns|cities|villages)\s+of\s+$/;
// "Rebels left the northwestern Tarsanian town of Ulmar", "over 200 soldiers fled Qarn city": a force that left or fled
// a place in the simple past gave it up. Only with the force right before the verb ("after the army shelled it,
// residents fled Qarn" is people fleeing), and a place after it ("fighters fled into the forest" names none).
// ("the troops left the Tigers cornered", "left Tarsa under cover of darkness": what was left in a state, or how they left, is no place given up.)
const LEFT_IN_STATE = /^\s+(?:[a-z]+ed|stranded|behind|intact|open|under|in\s+(?:ruins|control|charge|the\s+hands))\b/;
// (The force's word may open the sentence: "Rebels fled Qarn"; the rest of it as written.)
const FORCE_WORD = ARMED_FORCES.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const FORCE_LEFT = new RegExp(String.raw`\b(?:${FORCE_WORD})\s+(?:(?:have|has|had)\s+)?(?:(?:also|reportedly|apparently|finally|quickly|hastily)\s+)?(?:left|fled|deserted)\s+(?=(?:the\s+)?[A-Z]|the\s+(?:[a-z-]+\s+){0,2}(?:[A-Z][\w’'-]+\s+){0,2}(?:town|city|village|capital|provincial\s+capital|district|stronghold)\s+of\s+[A-Z])`, "g");

// "forced the Bosnian Serbs to withdraw from X": a people's plural, capitalised, as the side that left.
const FORCED_PEOPLE = /\bforc(?:ed|ing)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}?[A-Z][a-z]+s\s+to\s+(?:leave|abandon|withdraw\s+from|retreat\s+from|evacuate|pull\s+out\s+of)\s+/g;

// "They were forced to flee from the village of Tarsa", "among those forced to flee were some from Ulmar": people
// displaced, not a side driven out, unless a force is who fled ("soldiers were forced to flee from Qarn").
const FORCED_TO_FLEE = /^forc(?:ed|ing)\s+to\s+flee\b/i;
const FORCE_BEFORE_FLEEING = new RegExp(String.raw`\b(?:${[...ARMED_FORCES, "police"].join("|")})\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?(?:\w+ly\s+)?$`, "i");

export function droveOut(s: string): TerritoryCandidate[] {
  return [
    ...readTriggers(s, FORCED_PEOPLE, "control", "territory.drove-out", () => "captured", (t, end) => objectPlaces(t, end)),
    ...(/abandon|left|vacat|emptied/i.test(s) ? readTriggers(s, ABANDONED, "control", "territory.withdrew", () => "lost control", (t, end, m) => objectPlaces(t, end).slice(0, KIND_LIST_BEFORE.test(m[0]) ? undefined : 1).filter((p) => !LEFT_FOR.test(t.slice(p.at + p.mention.length, p.at + p.mention.length + 8)))) : []),
    ...(/\b(?:left|fled|deserted)\b/.test(s) ? readTriggers(s, FORCE_LEFT, "control", "territory.withdrew", () => "lost control", (t, end) => objectPlaces(t, end).slice(0, 1).filter((p) => !LEFT_FOR.test(t.slice(p.at + p.mention.length, p.at + p.mention.length + 8)) && !LEFT_IN_STATE.test(t.slice(p.at + p.mention.length, p.at + p.mention.length + 24)))) : []),
    ...readTriggers(s, DROVE_OUT, "control", "territory.drove-out", () => "captured", (t, end, m) =>
      FORCED_TO_FLEE.test(m[0]) && !FORCE_BEFORE_FLEEING.test(t.slice(Math.max(0, m.index - 60), m.index)) ? NOT_AN_EVENT : objectPlaces(t, end)),
    ...readTriggers(s, DROVE_OUT_SIDE, "control", "territory.drove-out", () => "captured", (t, end) => objectPlaces(t, end)),
    ...readTriggers(s, WITHDREW, "control", "territory.withdrew", () => "lost control", (t, end, m) => (PEOPLE_SUBJECT.test(t.slice(Math.max(0, m.index - 110), m.index)) || AROUND_A_PLACE.test(t.slice(end, end + 60)) ? NOT_AN_EVENT : objectPlaces(t, end))),
  ];
}

/** "X is now in the hands of the rebels"; "the army declared X liberated". */
export function inHands(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  for (const re of [IN_HANDS, IN_SIDE_HANDS]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (notAnEvent(s, m.index)) continue;
      for (const p of subjectPlaces(s, m.index, true)) out.push({ action: "took control", actionClass: "control", rule: "territory.in-hands", ...p });
    }
  }
  return [
    ...out,
    ...readTriggers(s, DECLARED, "control", "territory.declared", () => "captured", (t, end) => objectPlaces(t, end).slice(0, 1)),
    ...readTriggers(s, LEFT_IN_HANDS, "control", "territory.in-hands", () => "took control", (t, end) => objectPlaces(t, end).slice(0, 1)),
  ];
}

/** "Troops lost A and B to the rebels": only with "to" after the places, or "lost" is any loss. */
const FORCE_LOST = /\b(?:army|forces|troops|soldiers|military|rebels|militants|insurgents|fighters|militia|junta|government)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+|also\s+)?$/i;
// "to" someone after the last of the places ("lost A and B to the rebels"); a list handed over can be long.
const TO_NEAR = /^[^.;]{0,40}?\bto\s+(?:the\s+)?[\w-]/, TO_AFTER_LIST = /^[^.;]{0,200}?\bto\s+(?:the\s+)?[\w-]/;
const afterPlaces = (t: string, places: { at: number; mention: string }[]) => t.slice(places[places.length - 1].at + places[places.length - 1].mention.length);

// "The troops handed over X and Y to the militia": a place given up, said by the side that gave it.
const HANDED_OVER = /\b(?:handed|handing|hands)\s+over\s+(?:(?:full\s+)?control\s+(?:of|over)\s+)?/gi;

/** Only with a force as the one that gave it, and "to" after the places: anything else is handed over. */
export function handedOver(s: string): TerritoryCandidate[] {
  return readTriggers(s, HANDED_OVER, "control", "territory.handed-over", () => "captured", (t, end, m) => {
    const places = objectPlaces(t, end);
    return places.length && FORCE_LOST.test(t.slice(Math.max(0, m.index - 40), m.index)) && TO_AFTER_LIST.test(afterPlaces(t, places)) ? places : [];
  });
}

export function lostTo(s: string): TerritoryCandidate[] {
  return readTriggers(s, LOST, "control", "territory.lost-to", () => "captured", (t, end, m) => {
    const places = objectPlaces(t, end);
    if (!places.length) return [];
    // "lost control of X" says it; a bare "lost X" only with "to" after ("lost A and B to the rebels"), or
    // with a force as the one that lost it ("the army lost X, its last stronghold").
    // ("after losing X, its last foothold": a loss told as what came before, from the side that lost it.)
    return /control of\s+$/i.test(t.slice(0, end)) || FORCE_LOST.test(t.slice(Math.max(0, m.index - 40), m.index)) || /\bafter\s+losing\s+$/i.test(t.slice(Math.max(0, end - 20), end)) || TO_NEAR.test(afterPlaces(t, places)) ? places : [];
  });
}
