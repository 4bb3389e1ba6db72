/**
 * Attacks on places: "shelled X", "air strikes on X", "the shelling of X", "fired rockets at X",
 * and where the thing hit lies: "targeted a house in X", "attacked troops near Y".
 */
import { phrases, requiredWords } from "../../lexicon/pattern.ts";
import { ATTACK_EVENT_NOUNS, ATTACK_NOUNS_WITH_OF, ATTACK_VERBS, ATTACKERS, BUILDINGS_HIT, DAMAGED_THINGS, FACILITIES_IN_TOWNS, PROJECTILES, REGION_KINDS, UNSET_FIRE_WORDS, WEAPONS } from "../../lexicon/territory-words.ts";
import { locativePlaces, objectPlaces, subjectPlaces, type PlaceObject } from "./object.ts";
import { nameAt } from "../../places.ts";
import { MONTH_SRC } from "../../dates.ts";
import { normaliseAction, NOT_AN_EVENT, notAnEvent, readTriggers } from "./trigger.ts";
import type { TerritoryCandidate } from "./types.ts";

// "shelled and bombed X": two verbs, one object.
// ("attacked, with rifles and mortars, the village of X": the weapons set off by commas, before the object.)
const ATTACK_VERB = new RegExp(String.raw`\b(${phrases(ATTACK_VERBS)})(?:\s+|(?=,\s+(?:with|using)\s))(?:and\s+(?:${phrases(ATTACK_VERBS)})\s+)?`, "gi");
// "an attack on Tuesday in the town of X", "a raid early Friday near Y": when, between the attack and its place.
// ("another attack on March 21 in X", "a raid on 3 May near Y": the day by its date; "an attack last Saturday
// afternoon against the village of X".)
const WHEN_DAY = String.raw`(?:(?:(?:early|late|last)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:(?:${MONTH_SRC})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_SRC}))(?:,?\s+(?:19|20)\d\d)?)?|on\s+(?:(?:${MONTH_SRC})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_SRC}))(?:,?\s+(?:19|20)\d\d)?),?\s+`;
// ("the attack in the early hours of Thursday, at Tarsa": the hours of a day, then where.)
const WHEN_HOURS = String.raw`(?:in\s+the\s+(?:early|wee|small)\s+hours|at\s+(?:dawn|daybreak|dusk|midnight))\s+(?:of\s+|on\s+)?${WHEN_DAY.replace("(?:on\\s+)?", "")}`;
// ("a rebel attack last month on the Tarsa army base", "the raid two weeks ago in X": a time counted back from the story, "a drone attack just a day earlier on X": a time counted back from the story or another event.)
const WHEN_BACK = String.raw`(?:(?:earlier|late|early)\s+)?(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend),?\s+|(?:(?:just|only)\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|hours?)\s+(?:ago|earlier|before),?\s+`;
const WHEN_BETWEEN = String.raw`(?:${WHEN_DAY}|${WHEN_HOURS}|${WHEN_BACK})(?=(?:in|near|at|around|against|on)\s)`;
// "The attack occurred at 12:15 p.m. in X", "happened shortly after noon Sunday on the road near Y", "had taken place on
// Monday in Z": when it happened, between the verb and the place (up to eight words of clock, day and date).
// ("carried out in the early hours of Saturday at X": the hours of a day.)
const TIME_AFTER_VERB = String.raw`(?:(?:in\s+the\s+(?:early|wee|small)\s+hours\s+of|at|around|about|shortly|just|early|late|on|the|of|to|after|before|night|morning|afternoon|evening|noon|midday|midnight|dawn|daybreak|local|time|GMT|hours|hrs|last|this|overnight|yesterday|today|a\.m\.|p\.m\.|am|pm|\d{1,2}(?:[:.]\d\d)?(?:st|nd|rd|th|am|pm)?|(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_SRC})\.?,?\s+){1,8}?`;
// ("the attacks happened at around 8 a.m. on Sunday, in the town of X": "around 8" and "on Sunday" tell when, not where.)
const NO_TIME_NEXT = String.raw`(?!(?:the\s+)?(?:\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_SRC})\b))`;
// "air strikes on X", "an 'enemy strike' on X", "the shelling was aimed at X", "strikes were reported from X".
// ("11 airstrikes by the warplanes of the coalition backing the government on X": the attacker may take many words.)
// ("shelling operations on X", "a bombing campaign against Y": the attack named twice.)
// ("The attack, on Tarsa camp, took place at dawn": the target set off by commas; "The attack was on Tarsa village".)
// ("The attack overnight Wednesday took place in A, B and C", "attacks against civilians in X": where it happened.)
// ("The attack was carried out by gunmen on Monday night in X", "another attack also took place in Y", "the dawn
// attacks began around 3:00am in Z".)
// ("a strike carried out on Tuesday by a drone from the army in X": when, before who.)
// Who carried an attack out: a few words, or a phrase quoted whole ('by "terrorists on some 20 motorcycles" in X': a
// quoted phrase's own "on" is not where the attack fell).
// ("drone strikes continued for the sixth day on X", "shelling went on … in and north of Y": an attack that went on, and where.)
const BY_WHOM = (n: number) => String.raw`(?:[“"][^”"]{1,${n}}[”"]|(?![“"])[^,.;]{1,${n}}?)`;
// ("an assault with drones and Grad rockets on X": the weapons, a list, between the noun and its place.)
const NOUN_WEAPON = String.raw`(?:drones?|aircraft|warplanes?|jets?|helicopters?|artillery|rockets?|missiles?|mortars?|shells|Katyushas?|Grads?)`;
const ATTACK_NOUN = new RegExp(String.raw`\b(${phrases(ATTACK_EVENT_NOUNS)})[”"’]?(?:,(?=\s+on\s))?\s+(?:(?:operations?|campaigns?|sorties|missions?)\s+)?(?:(?:via|using|with)\s+(?:an?\s+)?(?:[a-z]+\s+)?${NOUN_WEAPON}(?:(?:\s*,\s*|\s+and\s+)(?:[a-z]+\s+)?${NOUN_WEAPON})*\s+)?(?:(?:${WHEN_DAY})?(?:launched\s+|carried out\s+|led\s+)?by\s+${BY_WHOM(90)}\s+|of\s+(?:[A-Z][\w-]*\s+){1,3}(?:fighters|militants|rebels|forces|troops|gunmen|insurgents|jihadists)\s+|(?:(?:was|were|has been|have been|had been)\s+)?(?:carried out|launched|conducted|perpetrated|committed|staged|waged|(?<=(?:was|were|been)\s+)(?:made|mounted|recorded))\s+(?:\w+ly\s+)?(?:(?:${TIME_AFTER_VERB})(?=(?:on|in|near|at)\s+(?!the\s+(?:early|wee|small)\s+hours))|(?:${TIME_AFTER_VERB})?by\s+${BY_WHOM(60)}\s+(?:${TIME_AFTER_VERB})?(?=(?:on|in|near|at)\s))?|(?:(?:continued|resumed|intensified|persisted)(?:\s+for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:day|days|night|nights|week|weeks|hours)(?:\s+(?:running|in\s+a\s+row))?)?|(?:is|was|were|are)\s+(?:still\s+)?going\s+on)\s+|(?:(?:overnight|yesterday|on|early|late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night)\s+){0,3}(?:(?:had|has|have)\s+)?(?:also\s+)?(?:took\s+place|taken\s+place|occurred|happened|began|begun|started)\s+(?:${TIME_AFTER_VERB})?|against\s+(?:the\s+)?(?:civilians|residents|villagers|people|population|security\s+forces|soldiers|troops|police|positions)\s+(?=in\s)|(?:was|were|(?:has|have)\s+(?:also\s+)?been)\s+(?:also\s+)?reported\s+|(?:was|were|is|are)\s+(?:mainly\s+|mostly\s+)?(?:concentrated|focused|directed|aimed)\s+|(?:aimed|fired|launched|directed)\s+(?=at\s)|(?:was|were)\s+(?=(?:on|in|at|against)\s))?(?:${WHEN_BETWEEN})?(?:on|in\s+and\s+(?:around|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|parts\s+of))|in|into|near|against|targeting|hitting|around|across(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:border|frontier|boundary|line|river)\b)|at|over|(?<=(?:was|were|been)\s+(?:also\s+)?reported\s+)from)\s+${NO_TIME_NEXT}`, "gi");
// ("the fiercest shelling yet of X": how it ranks may stand between.)
const ATTACK_NOUN_OF = new RegExp(String.raw`\b(${phrases(ATTACK_NOUNS_WITH_OF)})\s+(?:yet\s+|so\s+far\s+)?of\s+`, "gi");
// "a drone attack injured two men in the village of X": what the attack did, then where.
// ("The bombing, which took place in X": where the attack happened, told in a relative clause.)
// ("Strikes attributed to the army on Tuesday killed…", "shelling late yesterday had killed…": who and when between.)
const WHEN_SAID = String.raw`(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|today|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|two\s+days|few\s+days|week))`;
const ATTACK_DID = new RegExp(String.raw`\b(${phrases([...ATTACK_EVENT_NOUNS, "killings", "killing", "massacre", "explosion", "blast", "incident"])})\s*(?:,\s*which\s+|\s+(?:which|that)\s+)?(?:(?:allegedly|reportedly|apparently)\s+)?(?:(?:by|attributed to|blamed on|carried out by|detonated by|set off by|triggered by|planted by)\s+[^,.;]{1,80}?\s+)?(?:${WHEN_SAID}\s+)?(?:(?:have|has|had)\s+)?(?=(?:killed|injured|wounded|hit|struck|destroyed|damaged|flattened|levelled|leveled|demolished|targeted|happened|occurred|took place|came|exploded|went off|ripped through|tore through|(?:was|were)\s+(?:near|in|at)\b|(?:was|were)\s+(?:perpetrated|committed|reported)(?=\s+(?:in|at|from|near)\s))\s)`, "gi");
// "Bandits torched more than 70 houses in X": the damage done in a place, said actively.
// ("firing at random and torching homes in A and B": the participle too.)
const THINGS_DAMAGED = String.raw`(?:(?:more than|over|at least|about|some|nearly|around|dozens of|hundreds of|scores of|several|many|a|an|one)\s+)?(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\s+)?(?:[a-z-]+\s+)?(?:${phrases(DAMAGED_THINGS)})`;
// ("raiders set several huts alight in X": the thing burned between "set" and the fire.)
const DAMAGED_ACTIVE = new RegExp(String.raw`\b(?:(?:torched|burned|burnt|destroyed|razed|looted|set fire to|set ablaze|torching|burning|destroying|razing|looting|setting fire to)\s+${THINGS_DAMAGED}|(?:set|sets|setting)\s+${THINGS_DAMAGED}\s+(?:alight|ablaze|on\s+fire))\s+(?:in|at)\s+`, "gi");
// "several houses were burned in X": damage done in a place.
// ("Eleven houses and two prayer halls were destroyed in X": a second thing destroyed, joined by "and".)
const DAMAGED_IN = /\b(?:houses|homes|buildings|shops|properties|vehicles|cars|schools|mosques|churches|markets)\s+(?:and\s+(?:[\w-]+\s+){1,3}?)?(?:were|was|have been|had been)\s+(?:\w+ly\s+)?(?:burned|burnt|torched|destroyed|damaged|razed|set ablaze|set on fire|looted)\s+(?:in|at)\s+/gi;
// ("launched a barrage of rockets towards X": a barrage or a volley between.)
// ("Russian troops sent a drone to the Tarsa community": a projectile sent to a place.)
// (Every form of the verb: "the army has been firing artillery at Tarsa", "they fire rockets into Ulmar", "launching
// drones at Qarn", "dropping barrel bombs on Bolo".)
// ("fired mortar bombs in Tarsa village": the place the projectiles fell in.)
// "the militants had fired in the direction of X", "opened fire towards Y": a place fired on, with no projectile named.
// ("began to fire at the positions from artillery in the direction of X, Y and Z": the direction may close the clause.)
const FIRED_TOWARDS = /\b(?:fired|firing|fires|opened\s+fire|opening\s+fire)\s+(?:(?:heavily|indiscriminately|repeatedly|again)\s+)?(?:in\s+the\s+direction\s+of|towards|toward)\s+|\b(?:fired|firing|fire|fires|shelling|shelled)\s+(?![^.;,]{0,80}?\b(?:fled|flee\w*|mov\w*|head\w*|retreat\w*|withdr\w*|went|go|goes|going|walk\w*|escap\w*|travel\w*|advanc\w*|push\w*|driv\w*|drove)\b)[^.;,]{1,80}?\s+in\s+the\s+direction\s+of\s+/gi;
const FIRED_AT = new RegExp(String.raw`\b(?:fired|fires|fire|firing|launched|launches|launch|launching|lobbed|lobs|lobbing|dropped|drops|dropping|slammed|rained|rains|raining|threw|thrown|throws|throwing|hurled|hurls|hurling|tossed|tossing|sent|sends|sending)\s+(?:\w+\s+){0,3}?(?:(?:rounds|volleys|salvos|barrages)\s+of\s+(?:[a-z-]+\s+)?)?(?:${phrases(PROJECTILES)})\s+(?:at|on|into|towards|toward|to|in(?!\s+(?:the\s+)?(?:direction|air|retaliation|response)\b))\s+`, "gi");
// "subjecting to intensive artillery fire X", "subjected X to shelling": an attack said with "subject".
const SUBJECTED = /\bsubject(?:ed|ing|s)\s+(?:to\s+(?:[a-z-]+\s+){0,2}?(?:fire|shelling|bombardment|strikes|attacks)\s+(?=[A-Z])|(?=[A-Z][^.;]{0,60}?\bto\s+(?:[a-z-]+\s+){0,2}?(?:fire|shelling|bombardment|strikes|attacks)\b))/gi;
// "Two rockets fell on the X neighbourhood", "shells landed in X".
// "bombs were dropped on X", "missiles were fired at Y".
// ("a parked car exploded near a market in X": a car bomb; "a shell fired by the army landed on a home in Y";
// "a rocket fired from across the border landed in a yard in Z": where it was fired from is not where it fell.)
// ("bombs fell around midday on X": the hour between the fall and the place.)
const LANDED = /\b(?:(?:suicide\s+)?bombers?|rockets?|shells?|missiles?|mortars?|mortar rounds?|bombs?|drones?|projectiles?|(?:air\s?)?strikes?|airstrikes?|artillery fire|shellfire|rocket fire|mortar fire|(?<=parked\s|booby-trapped\s|rigged\s)(?:car|vehicle|truck|motorcycle)|explosive\s+devices?|IEDs?)\s+(?:also\s+|that\s+|which\s+|(?:fired|launched|dropped)\s+(?:by|from)\s+[^,.;]{1,40}?\s+)?(?:poured\s+down|fell|fall|falls|landed|land|lands|exploded|detonated|went\s+off|blew\s+up|slammed|smashed|crashed|rained\s+down|rain\s+down|dropped|(?:were|was|are|is)\s+(?:landing|falling|exploding|raining\s+down)|(?:were|was|had been|have been)\s+(?:dropped|fired|launched))\s+(?:(?:early|late\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight)(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:around|at|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+(?:midday|noon|midnight|dawn|dusk|daybreak|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+|in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\s+)?(?:on|in|into|near|at|towards?)\s+/gi;

// "Artillery fired by the army near Tarsa village killed a man", "rockets launched by the militia at Ulmar": the
// projectile named by who fired it, then where it was aimed.
const FIRED_BY_AT = /\b(?:rockets?|shells?|missiles?|mortars?|mortar\s+(?:rounds?|shells?)|bombs?|barrel\s+bombs?|drones?|artillery(?:\s+(?:fire|shells?))?|projectiles?|grenades?)\s+(?:fired|launched|dropped|lobbed)\s+(?:by\s+[^,.;]{1,40}?\s+)?(?:at|on|onto|into|near|towards?)\s+(?=(?:the\s+)?[A-Z])/gi;

// "Troops on patrol in Tarsa came under an ambush", "the attack targeted a unit stationed at Ulmar": the attacked
// soldiers' post is where the attack fell (only when the sentence says they were attacked, before or after).
const POSTED_IN = /\b(?:on\s+(?:a\s+)?patrol|patrolling|stationed|deployed|based|positioned|posted|garrisoned)\s+(?:in|at|near|around|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|edge|centre|center)\s+of\s+)?(?:the\s+)?(?=[A-Z])/g;
const ATTACKED_AFTER = /^[^.;]{0,100}?\b(?:came\s+under|(?:was|were|had\s+been)\s+(?:attacked|ambushed|targeted|overrun)|ambushed)\b/i;
const ATTACKED_BEFORE = /\b(?:came\s+under\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attack|fire|ambush|assault)\s+(?:was|were)|targeted|attacked|ambushed|(?:attacks?|raids?|assaults?|ambush)\s+(?:on|against))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?$/i;

// "bombed the Tarsa market in the town of Ulmar": a named market or hospital stands in the town after it,
// which is the place hit; "the Tarsa district in the city of Ulmar": a city's quarter, and the city too.
// (A region after it is not the place hit: "Tarsa district in Bolo province".)
const FACILITY = FACILITIES_IN_TOWNS.join("|"), REGION_WORD = `${REGION_KINDS.join("|")}|district|county|township`;
const TOWN_AFTER = new RegExp(String.raw`^\s+(?:(${FACILITY})\s+(?:in|of)\s+(?:(?:northern|southern|eastern|western|central)\s+)?|(?:district|neighbou?rhood|quarter|suburb)\s+(?:of|in(?=\s+the\s+(?:city|town)\s+of\s))\s+)(?:the\s+(?:city|town|village)\s+of\s+)?(?=[A-Z])`, "i");
const REGION_NEXT = new RegExp(String.raw`^\s+(?:${REGION_WORD})\b`, "i");
function withTownAfter(s: string, places: ReturnType<typeof objectPlaces>) {
  const last = places[places.length - 1], after = last.at + last.mention.length;
  const m = TOWN_AFTER.exec(s.slice(after));
  const town = m ? nameAt(s.slice(after + m[0].length)) : null;
  if (!m || !town || REGION_NEXT.test(s.slice(after + m[0].length + town.length))) return places;
  const place = { mention: town, at: after + m[0].length };
  return m[1] ? [...places.slice(0, -1), place] : [...places, place];
}

/** The place hit, or where the thing hit was. */
// ("opened fire on residents of the villages of A and B": the people hit, named by where they live.)
const RESIDENTS_OF_NEXT = /^(?:the\s+)?(?:residents|villagers|inhabitants)\s+of\s+/;
// ("hit an overcrowded Tarsa hospital in Bolo district": a facility named by its town, in a region.)
const TOWN_FACILITY_IN_REGION = new RegExp(String.raw`^(?:an?|the)\s+(?:[a-z-]+\s+){0,2}([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:${FACILITY})\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:${REGION_WORD})\b`);
// "struck a car, injuring two, in X": the harm, set off between the thing hit and its town, is read past.
const HARM_ASIDE = new RegExp(String.raw`^(\s*(?:an?|the|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:${phrases(BUILDINGS_HIT)}))(,\s+(?:killing|injuring|wounding)\s+[^,;.]{1,40},)(?=\s+(?:in|at)\s)`, "i");
const targetPlaces = (t: string, end: number) => {
  // (Blanked, not cut, so every offset still points into the sentence.)
  const s = HARM_ASIDE.test(t.slice(end)) ? t.slice(0, end) + t.slice(end).replace(HARM_ASIDE, (_, thing: string, aside: string) => thing + " ".repeat(aside.length)) : t;
  const residents = RESIDENTS_OF_NEXT.exec(s.slice(end));
  const direct = objectPlaces(s, end + (residents?.[0].length ?? 0));
  if (direct.length) return andPrepositionAfter(s, withTownAfter(s, direct));
  const facility = TOWN_FACILITY_IN_REGION.exec(s.slice(end));
  return facility ? [{ mention: facility[1], at: end + facility[0].indexOf(facility[1]) }] : andPrepositionAfter(s, locativePlaces(s, end, false));
};

// "struck targets in the city of Tarsa and in the town of Ulmar", "strikes on Tarsa and on Ulmar": the
// preposition said again before the next place hit (the same one: "shelled Tarsa and in Ulmar protesters
// rallied" starts a clause of its own).
const AND_PREPOSITION_NEXT = /^,?\s+(?:and|as\s+well\s+as)\s+(?:(?:also|later|then|again)\s+)?(in|on|at|near|into)\s+/;
const PREPOSITION_BEFORE = /\b(in|on|at|near|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/;
function andPrepositionAfter(s: string, places: PlaceObject[]): PlaceObject[] {
  const out = [...places];
  for (let last = out[out.length - 1]; last; ) {
    const after = last.at + last.mention.length, m = AND_PREPOSITION_NEXT.exec(s.slice(after));
    if (!m || PREPOSITION_BEFORE.exec(s.slice(Math.max(0, last.at - 50), last.at))?.[1].toLowerCase() !== m[1].toLowerCase()) break;
    const next = objectPlaces(s, after + m[0].length)[0];
    if (!next) break;
    out.push(next);
    last = next;
  }
  return out;
}

// "bombing raids", "shelling attacks": a gerund before an attack noun describes it; it is no verb with an object.
const GERUND_OF_NOUN = new RegExp(String.raw`^(?:${phrases(ATTACK_EVENT_NOUNS)}|runs|campaigns?|missions?|sorties)\b`, "i");

// "raids are arriving", "strikes were reported": a verb's form followed by its own verb is a noun.
const NOUN_SUBJECT = /^(?:are|were|is|was|have|has|had|continue|continued)\b/i;

// "the latest attacks in four towns", "night raids near X": a plural noun, since a verb takes its object next
// (the noun parser reads "attacks on X").
const PLURAL_FORM = /^(?:attacks|strikes|raids|shells|bombs|targets|hits)$/i;
const NOUN_NEXT = /^(?:in|near|across|around|throughout|at|by|have|has|had|were|was|are|is|continued|continue|left|killed|against)\b/i;

// "a deal was struck in X", "the talks hit a snag": a bargain struck, no strike.
const BARGAIN_BEFORE = /\b(?:deal|agreement|accord|bargain|compromise|truce|ceasefire|pact|balance|chord|note|tone|snag|record|high|low)\s+(?:(?:was|were|is|are|has been|had been|have been)\s+)?$/i;
// "a curfew in battered X": a describing word after a preposition or an article, no event.
const DESCRIBING = /^(?:battered|hammered|pummell?ed|pounded)$/i;
const DESCRIBING_BEFORE = /\b(?:in|into|of|from|to|for|at|the|a|an|war-)\s*$/i;

// "was sexually assaulted in X", "assaulted a woman": an assault on a person, not on a place.
const ASSAULT_ON_PERSON = /^(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[a-z-]+\s+)?(?:wom[ae]n|girls?|boys?|m[ae]n|child(?:ren)?|wife|husband|him|her|them|journalists?|reporters?|students?|detainees?|prisoners?|protesters?)\b/i;
const SEXUAL_BEFORE = /\b(?:sexually|physically|verbally|indecently)\s+$/i;

// "Gunmen attacked again the village of Tarsa", "troops shelled heavily the town of Ulmar", "struck once more Qarn": an
// adverb between the verb and its object (the order of copy translated from French or Arabic).
// ("shelled heavily populated areas": a describing adverb before a participle is part of the object.)
const ADVERB_BEFORE_OBJECT = /^(?:again|once\s+again|once\s+more|anew|also|repeatedly|heavily|intensively|violently|indiscriminately|simultaneously|overnight|yesterday)\s+(?=(?:the|an?|[A-Z])\b)(?!\w+\s+(?:populated|armed|fortified|guarded|defended|protected)\b)/;
// "The gunmen attacked from three sides in the village of X": from which way, then where (after a verb in the past:
// "launched attacks from three directions in A and B" names where they came from).
const FROM_SIDES = /^from\s+(?:two|three|four|several|many|multiple|all|different|various|opposite)\s+(?:different\s+|other\s+)?(?:sides|directions|fronts|axes|flanks)\s+(?=(?:in|at|on|near|around)\s)/;
const WEAPONS_ASIDE = /^,\s+(?:with|using)\s+[^,.;]{1,50},\s+(?=(?:the|an?|[A-Z]|al-|el-))/;
const beforeObject = (verb: string, rest: string) => ADVERB_BEFORE_OBJECT.exec(rest)?.[0].length ?? WEAPONS_ASIDE.exec(rest)?.[0].length ?? (/ed$/i.test(verb) ? FROM_SIDES.exec(rest)?.[0].length ?? 0 : 0);

// "60 huts burned down in a bushfire in X", "… in an accidental fire": a fire nobody set is no attack.
const BURNED = /^(?:burned|burnt|burned down|burnt down|razed|torched|set ablaze|set fire to)$/i;
const UNSET_FIRE = phrases(UNSET_FIRE_WORDS);
const FIRE_NOT_SET = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:${UNSET_FIRE})\s+fires?|bushfires?|wildfires?|blaze\s+caused\s+by)\b`, "i");

export function attackVerb(s: string): TerritoryCandidate[] {
  return readTriggers(s, ATTACK_VERB, "attack", "territory.attack-verb", (m) => normaliseAction(m[1]), (t, end, m) => {
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    // "people fleeing war-hit Tarsa": a verb joined to the word before it by a hyphen describes the place.
    if (/[-‑]$/.test(before)) return [];
    if (/^assault/i.test(m[1]) && (SEXUAL_BEFORE.test(before) || ASSAULT_ON_PERSON.test(t.slice(end)))) return [];
    if (/^(?:struck|hit)$/i.test(m[1]) && BARGAIN_BEFORE.test(before)) return NOT_AN_EVENT;
    if (DESCRIBING.test(m[1]) && DESCRIBING_BEFORE.test(before)) return [];
    if (BURNED.test(m[1]) && FIRE_NOT_SET.test(t.slice(end, end + 60))) return NOT_AN_EVENT;
    return (/ing$/i.test(m[1]) && GERUND_OF_NOUN.test(t.slice(end))) || NOUN_SUBJECT.test(t.slice(end)) || (PLURAL_FORM.test(m[1]) && NOUN_NEXT.test(t.slice(end))) ? [] : targetPlaces(t, end + beforeObject(m[1], t.slice(end)));
  });
}

// The words each pattern of attackNoun cannot match without: the parser's cue words are all of them
// together, so a sentence that calls it often holds the words of only one or two of its patterns.
const NOUN_WORDS = requiredWords(ATTACK_EVENT_NOUNS), DID_WORDS = requiredWords([...ATTACK_EVENT_NOUNS, "killings", "killing", "massacre", "explosion", "blast", "incident"]);
const NOUN_OF_WORDS = requiredWords(ATTACK_NOUNS_WITH_OF), DAMAGED_WORDS = requiredWords(DAMAGED_THINGS);

// "The storm destroyed a house in X": weather, not war.
const NATURE_BEFORE = /\b(?:storms?|floods?|flooding|fires?|blaze|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|rains?|winds?|landslides?|tornado(?:e?s)?)\b[^.;]{0,40}$/i;
// "an explosion at a fireworks factory", "a gas blast": an accident, not an attack.
const ACCIDENT = /\b(?:gas|fireworks?|factory|boiler|accident(?:al|ally)?|leak|cylinder|short[- ]circuit|refinery|pipeline|mine shaft|transformer)\b/i;
const BLAST = /^(?:blasts?|explosions?)$/i;
const accident = (t: string, m: RegExpExecArray) => BLAST.test(m[1]) && ACCIDENT.test(t);
// "fighting was reported in X" tells of fighting about, not of a place struck ("strikes were reported in X").
const REPORTED_FIGHTING = /^(?:clashes|attacks?|assaults?|fire)$/i;
// ("mortar attacks were reported near X": attacks with a weapon named are strikes.)
// ("Two attacks have been reported in X": attacks counted are events, not fighting about.)
const reportedFighting = (m: RegExpExecArray, t: string) => REPORTED_FIGHTING.test(m[1]) && /\breported\s+\w+\s+$/i.test(m[0]) && !/\b(?:artillery|air|drone|missile|rocket|mortar|bomb)\s+$/i.test(t.slice(Math.max(0, m.index - 12), m.index)) && !/\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate\s+|new\s+|more\s+|other\s+)?$/i.test(t.slice(Math.max(0, m.index - 20), m.index));
// "Officials blamed the attack on Tarsan jihadists": "on" names who is blamed, not where the attack was.
const BLAMED_BEFORE = /\bblam(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+|these\s+|those\s+|such\s+|both\s+)?(?:[\w-]+\s+){0,2}$/i;
// ("blamed the attack on Tarsa on rebels": the second "on" names who.)
const blamedOn = (t: string, m: RegExpExecArray) => /\bon\s+$/.test(m[0]) && BLAMED_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index)) && !/^[^.;,]{1,60}?\s(?:on|upon)\s/.test(t.slice(m.index + m[0].length));
// "a three-day strike in X", "a general strike", "a hunger strike": workers' strikes, not blows.
// ("a two-day strike on X by the air force": a strike "on" a place is a blow whatever its length.)
// ("62 huts burned in a natural fire in X": a fire nobody set.)
const WORK_STOPPAGE_BEFORE = /\b(?:general|hunger|labou?r|workers['’]?|teachers['’]?|doctors['’]?|nurses['’]?|transport|sit-down)\s+$/i;
const DAYS_LONG_BEFORE = /\b(?:nationwide|indefinite|(?:one|two|three|four|five|six|seven|ten|\d+)-day)\s+$/i;
const FIRE_NOT_SET_BEFORE = new RegExp(String.raw`\b(?:${UNSET_FIRE})\s+$`, "i");
/** Whether the attack noun names no blow: a workers' strike, or a fire nobody set. */
const notABlow = (t: string, m: RegExpExecArray) => {
  const before = t.slice(Math.max(0, m.index - 24), m.index);
  if (/^fires?$/i.test(m[1])) return FIRE_NOT_SET_BEFORE.test(before);
  return /^strikes?$/i.test(m[1]) && (WORK_STOPPAGE_BEFORE.test(before) || (DAYS_LONG_BEFORE.test(before) && !/^\s*(?:on|against|targeting|by)\b/i.test(t.slice(m.index + m[1].length))));
};
const attackPlaces = (t: string, end: number, m: RegExpExecArray) => (blamedOn(t, m) || notABlow(t, m) ? NOT_AN_EVENT : accident(t, m) || reportedFighting(m, t) ? [] : targetPlaces(t, end));

// "The raid took place on Tarsa": where the attack happened, said with "on".
const TOOK_PLACE_ON = new RegExp(String.raw`\b(${phrases([...ATTACK_EVENT_NOUNS, "massacre", "explosion", "blast", "incident"])})\s+(?:took place|happened|occurred)\s+on\s+(?:the\s+)?(?=[A-Z])`, "gi");

// "launched a major counter-offensive on the northern towns of A and B": an offensive on places (not "in"
// a region, nor "against" a group, which tell a campaign) attacks them.
// ("an offensive on the Tarsa and Ulmar camps": places named, then their kind.)
const OFFENSIVE_ON = /\b(?:counter[- ]?)?offensives?["”]?\s+on\s+(?=(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:towns?|villages?|city|cities)\s+of\s|the\s+[A-Z][\w’'-]*(?:[\s-]+(?:and\s+)?[A-Z][\w’'-]*){0,4}\s+(?:camps?|towns|villages)\b)/gi;

// "They then shifted their assault to Tarsa": an attack moved on to a place.
const MOVED_ATTACK_TO = /\b(?:shifted|moved|turned|switched|took|extended|carried)\s+(?:their|its|the)\s+(?:[a-z-]+\s+)?(?:assaults?|attacks?|raids?|offensive|rampage|onslaught)\s+(?:on\s+)?to\s+(?=[A-Z])/gi;

export function attackNoun(s: string): TerritoryCandidate[] {
  return [
    ...(/\bto\s+[A-Z]/.test(s) ? readTriggers(s, MOVED_ATTACK_TO, "attack", "territory.attack-noun", () => "attack", (t, end) => objectPlaces(t, end)) : []),
    ...(/offensive/i.test(s) ? readTriggers(s, OFFENSIVE_ON, "attack", "territory.attack-noun", () => "attack", (t, end) => objectPlaces(t, end)) : []),
    ...(DID_WORDS.test(s) && /\b(?:took place|happened|occurred) on\b/.test(s) ? readTriggers(s, TOOK_PLACE_ON, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), (t, end, m) => (accident(t, m) || notABlow(t, m) ? [] : objectPlaces(t, end).slice(0, 1))) : []),
    ...(NOUN_WORDS.test(s) ? readTriggers(s, ATTACK_NOUN, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), attackPlaces) : []),
    // ("An incident was reported in X" says nothing of what it was: only an attack's noun reported there counts.)
    ...(DID_WORDS.test(s) ? readTriggers(s, ATTACK_DID, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), (t, end, m) => (accident(t, m) || notABlow(t, m) || (/^incidents?$/i.test(m[1]) && /^\s*(?:was|were)\s+reported\b/i.test(t.slice(end))) ? [] : locativePlaces(t, end, false))) : []),
    ...(NOUN_OF_WORDS.test(s) ? readTriggers(s, ATTACK_NOUN_OF, "attack", "territory.attack-noun", (m) => normaliseAction(m[1]), targetPlaces) : []),
    ...(DAMAGED_WORDS.test(s) ? readTriggers(s, DAMAGED_IN, "attack", "territory.damaged-in", () => "attack", (t, end) => (NATURE_WORDS.test(t) ? [] : objectPlaces(t, end))) : []),
    ...(DAMAGED_WORDS.test(s) ? readTriggers(s, DAMAGED_ACTIVE, "attack", "territory.damaged-in", () => "attack", (t, end, m) => (NATURE_BEFORE.test(t.slice(Math.max(0, m.index - 50), m.index)) ? NOT_AN_EVENT : objectPlaces(t, end))) : []),
  ];
}

// "15 civilians were killed in Tarsa in shelling attacks": the place of the dead, when an attack killed them.
// ("killed six men in Tarsa village": the victims may stand between the verb and the place.)
// ("killed by armed bandits in X", "killed by artillery in Y": an attacker or a weapon between makes it an attack.)
// ("killing residents of Tarsa village": the dead named by where they lived.)
const RESIDENTS_OF = /\b(?:killed|killing|kills|massacred|massacring|murdered)\s+(?:(?:at least|more than|some|about|dozens of|scores of|\d[\d,]*|[a-z]+)\s+)?(?:residents|villagers|inhabitants)\s+of\s+/gi;
// ("claimed the lives of 28 Tarsans in X", "killed in the past day in X".)
// ("killed 12 civilians, including five children, in X": an aside on the dead before where they died.)
// ("killed two people and stole cattle in X": a second deed of the same raid may stand before its place.)
const KILLED_IN = new RegExp(String.raw`\b(?:(?:killed|kills|killing|wounded|wounding|injured|injuring|died|dead|murdered|martyred|massacred|slaughtered|killings|killing|massacre|massacres|slaughter)\s+(?:(?<=(?:killings?|massacres?|slaughter)\s+)of\s+)?(?:(?:at least|more than|some|about|nearly|over|dozens of|scores of|hundreds of)\s+)?(?:(?:\d[\d,]*|[a-z]+)\s+(?:[a-z-]+\s+|[A-Z][\w-]+\s+(?=fighters|militants|members))?(?:people|men|women|children|civilians|villagers|residents|soldiers|policemen|police officers|troops|farmers|worshippers|persons|fighters|militants|members|others)(?:\s+|(?=,))|\d[\d,]*\s+)?(?:(?<=\S),\s+(?:including|among\s+them|mostly|most\s+of\s+them)\s+[^,.;]{1,40},\s+)?(?:and\s+(?:abducted|kidnapped|stole|rustled|looted|carted\s+away|made\s+away\s+with|torched|burned|burnt)\s+(?:[\w-]+\s+){1,5}?)?|claimed\s+the\s+lives\s+of\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){1,2}?)(?<by>by\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:${phrases([...ATTACKERS, ...WEAPONS])})\s+)?(?:${WHEN_SAID}\s+)?(?:in|at(?!\s+(?:least|most|once|times|first|last|dawn|night|noon|midnight|the\s+(?:hands|time|same))\b))\s+`, "gi");
const FIGHTING_NEXT = /^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:clash(?:es)?|battles?|fight(?:ing)?|gun-?fights?|gun-?battles?|encounters?|exchanges?\s+of\s+fire|violence|fire-?fights?|skirmish(?:es)?|crossfire|cross-fire)\b/i;
const AND_COUNT_IN = /^(?:\s+(?:village|town))?\s*(?:,\s*|\s+and\s+)(?:\d[\d,]*|[a-z]+)\s+(?:(?:more|others?|people)\s+)?(?:in|at)\s+(?:the\s+(?:village|town)\s+of\s+)?(?=[A-Z])/;
// ("killing three and injuring 14 others in the A and B districts": the hurt, after the dead, say where too.)
// "Gunmen killed six men in X", "Suicide bomber kills 2 in Y": the killers named before the verb.
const KILLERS_BEFORE = new RegExp(String.raw`\b(?:${phrases(ATTACKERS)})\s+(?:[a-z-]+\s+){0,3}$`, "i");
// "In the town of Tarsa, eight people died", "At Tarsa, they killed six": a sentence that opens with where its dead were.
// ("In al-Tarsa, …": a name may open with a lower-case article.)
const FRONTED_PLACE = /^[“"]?\s*(?:In|At)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:town|village|city|camp|district|neighbou?rhood|area|locality)\s+of\s+)?(?=[A-Z]|(?:al|el)-[A-Z])/;
// ("In Tarsa, a rocket launcher damaged private dwellings": damage done there counts too.)
// ("In Tarsa, a drone hit a car, injuring two": a strike there, with its harm; "they shot dead 23", "a home burned down after being hit by a drone".)
// ("In Tarsa village, a drone strike resulted in the death of 11 villagers": the dead said with a noun.)
const DEATHS_AFTER = /\b(?:killed|killing|died|dead|deaths?\s+of\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|up\s+to)\s+)?(?:\d[\d,]*|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)|wounded|injured|massacred|murdered|damaged|destroyed|caught\s+fire|burn[et]d?\s+down|(?:hit|struck)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|shells?|rockets?|bombs?|(?:air\s?)?strikes?|airstrikes?|artillery|mortars?)|(?:hit|struck)\b[^.;]{1,60}?\b(?:killing|injuring|wounding))\b/i;
// "41 people were murdered in Tarsa village": a killing at a named village or camp is an attack on it.
// ("ten people were killed in the Tarsa neighbourhood": a town's quarter too.)
// ("six traders were killed in Tarsa community": a community is a village, as Nigerian copy names one.)
const AT_SETTLEMENT = /^\s+(?:village|camp|town|settlement|hamlet|neighbou?rhood|quarter|community(?!\s+(?:policing|leaders?|members?|radio|cent(?:re|er)|hall|health|elders?)\b))\b/;
const SETTLEMENT_OF = /(?:the\s+)?(?:village|camp|town|city|settlement|hamlet)\s+of\s+$/i;
const KILLING_ATTACKS = phrases(["shelling", "air strikes", "air strike", "airstrikes", "airstrike", "strikes", "strike", "bombardment", "bombing", "bombings", "drone attack", "drone attacks", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "artillery", "raids", "raid"]);
// "In another raid on Sunday, four villagers died in X": the attack told earlier in the sentence.
const ATTACK_EARLIER = new RegExp(String.raw`\b(?:${KILLING_ATTACKS}|attacks?|blasts?|explosions?|ambush)\b[^.;]*$`, "i");
const BY_ATTACK = new RegExp(String.raw`^\s+(?:(?:yesterday|today|overnight|last night|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:in|by|during|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${KILLING_ATTACKS})\b`, "i");
// "12 people were killed in Tarsa and four elsewhere in Ulmar in air strikes": the attack told at the end of the clause.
const BY_ATTACK_LATER = new RegExp(String.raw`^[^.;:]{0,50}?\s(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${KILLING_ATTACKS})\b`, "i");

// "clashed with police in the town of Tarsa, killing six": a place named with its kind, then what the violence did there.
const KIND_PLACE_KILLING = /\bin\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:town|village|city|district|area|neighbou?rhood|camp|locality)\s+of\s+(?=[A-Z][\w’'-]*(?:[\s-]+(?:al-|el-)?[A-Z][\w’'-]*){0,3},\s+(?:killing|wounding|injuring)\b)/g;

// "attackers killed 15 people, four in the village of Tarsa and four in nearby Ulmar", "Strikes killed two
// medics, including one in Tarsa and another in Ulmar": a toll told place by place, after its verb.
const TOLL_BY_PLACE = /(?:,\s*(?:including\s+|among\s+them\s+)?|:\s*|;\s*|\bincluding\s+|\band\s+)(?:one|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+(?:(?:more|others?|people|persons|civilians|soldiers|children)\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(?:(village|town|city|camp|hamlet|settlement|suburbs?|neighbou?rhood)\s+of\s+)?(?=[A-Z])/g;
const TOLL_VERB_BEFORE = /\b(?:killed|killing|kills|died|dead|wounded|wounding|injured|injuring|massacred)\b/i;

// (Read after killedIn's other readings: a place they read, they tell first.)
function tollByPlace(s: string): TerritoryCandidate[] {
  if (!TOLL_VERB_BEFORE.test(s)) return [];
  const out: TerritoryCandidate[] = [];
  for (const m of s.matchAll(TOLL_BY_PLACE)) {
    const before = s.slice(0, m.index);
    if (!TOLL_VERB_BEFORE.test(before) || NATURE_WORDS.test(s)) continue;
    const at = m.index! + m[0].length;
    const mention = nameAt(s.slice(at));
    if (!mention) continue;
    // A settlement said ("the village of"), or an attack or attackers told: otherwise only a known town counts.
    const verbAt = before.search(TOLL_VERB_BEFORE);
    const attack = !!m[1] || ATTACK_EARLIER.test(before) || KILLERS_BEFORE.test(before.slice(Math.max(0, verbAt - 50), verbAt));
    out.push({ action: "attack", actionClass: "attack", rule: "territory.toll-by-place", mention, at, ...(attack ? {} : { townOnly: true }) });
  }
  return out;
}

// (A "Tornado" rocket launcher is a weapon.)
const NATURE_WORDS = /\b(?:floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|landslides?|tornado(?:e?s)?(?!\s+(?:multiple|MLRS|rocket|launchers?|jets?)\b)|torrential)\b/i;
const STATEMENT_BEFORE_DEATHS = /^[^.;]{0,80}?\b(?:said|says|told|claimed|claims|reported|reports|announced|stated|quoted)\b(?![^.;]*\b(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:town|village|city)\b)[^.;]*?\b(?:killed|killing|died|dead|wounded|injured|massacred|murdered)\b/i;
// "According to the governor, in the village of Tarsa, Ulmar municipality, a man was injured; in the village of
// Qarn, a woman was killed": each clause of a regional official's list, with its own fronted place.
const CLAUSE_LEAD = /^(?:[“"]?\s*According to [^,;]{1,60},\s*)/;

/** "In Tarsa, eight people died": the fronted place of a sentence (or of each of its ;-clauses) that counts dead or wounded. */
// Where a clause may open: after a semicolon, or a dash that starts an item of a list
// ("… the sites hit: - In Tarsa, 12 were killed. - In Ulmar, …").
const CLAUSE_BREAK = /;|\s[-–•]\s+(?=(?:In|At)\s)/g;
const HAS_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);

function frontedDeaths(s: string): TerritoryCandidate[] {
  if (!HAS_CLAUSE_BREAK.test(s) && !CLAUSE_LEAD.test(s)) return frontedDeathsIn(s, 0);
  const out: TerritoryCandidate[] = [];
  let from = 0;
  for (const brk of [...s.matchAll(CLAUSE_BREAK), null]) {
    const to = brk ? brk.index! : s.length, clause = s.slice(from, to);
    const lead = CLAUSE_LEAD.exec(clause)?.[0].length ?? (/^\s*/.exec(clause)?.[0].length ?? 0);
    const body = clause.slice(lead);
    // (A clause opens in lower case: "; in the village of Qarn, …".)
    out.push(...frontedDeathsIn(body.replace(/^(in|at)\b/, (w) => w[0].toUpperCase() + w.slice(1)), from + lead));
    from = brk ? to + brk[0].length : s.length;
  }
  return out;
}

function frontedDeathsIn(s: string, offset: number): TerritoryCandidate[] {
  const m = FRONTED_PLACE.exec(s);
  if (!m) return [];
  const list = frontedList(s, m[0].length);
  if (list.length) return list.map((p) => ({ action: "attack", actionClass: "attack", rule: "territory.killed-in", mention: p.mention, at: offset + p.at }));
  const name = nameAt(s.slice(m[0].length));
  // ("At nearby Ulmar village, gunmen killed two": the place's kind may follow its name.)
  // ("In Tarsa of the Ulmar community, …", "In Tarsa village of Ulmar Township, Bolo Region, …": the units a village
  // belongs to may follow it.)
  if (!name || !/^(?:\s+(?:village|town|district|neighbou?rhood|(?:territorial\s+)?community|hromada|municipality|camp|settlement))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:[Cc]ommunity|[Dd]istrict|[Rr]egion|[Pp]rovince|[Cc]ounty|[Mm]unicipality|hromada|[Tt]ownship)(?:,\s+[A-Z][\w'’-]+\s+(?:[Rr]egion|[Ss]tate|[Pp]rovince|[Dd]ivision))?)?\s*,/.test(s.slice(m[0].length + name.length)) || !warHarmAfter(s, s.slice(m[0].length + name.length))) return [];
  return [{ action: "attack", actionClass: "attack", rule: "territory.killed-in", mention: name, at: offset + m[0].length }];
}

/** Whether `rest`, the words after a fronted place, tell harm done there by war. */
function warHarmAfter(s: string, rest: string): boolean {
  // "In Tarsa, the floods destroyed a bridge": weather, not war.
  // ("In Tarsa district, nobody died": no harm done there.)
  // "In Bangkok, the ministry said six were killed", "At Madras, rebels claimed …": where a statement was made.
  return DEATHS_AFTER.test(rest) && !NATURE_WORDS.test(s) && !/\b(?:nobody|no one|no-one)\b/i.test(s) && !STATEMENT_BEFORE_DEATHS.test(rest);
}

// "At Tarsa, Ulmar and nearby Qarn in Bolo district, militants burnt down 80 houses": a fronted list of places, each
// where the harm told after it was done (its own comma may be lost: "… in Bolo district militants burnt …").
function frontedList(s: string, from: number): PlaceObject[] {
  const list = objectPlaces(s, from).filter((p) => !p.refersBack);
  if (list.length < 2 || list[0].at !== from) return [];
  const last = list[list.length - 1], rest = s.slice(last.at + last.mention.length);
  if (!/\band\s/.test(s.slice(from, last.at)) || !warHarmAfter(s, rest)) return [];
  return list;
}

// "killed at Tarsa in Qarn province", "in Tarsa, Qarn district": a place set inside a named region is a locality in it.
const IN_NAMED_REGION = new RegExp(String.raw`^(?:\s+in|,)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:${phrases([...REGION_KINDS, "district", "department", "prefecture", "municipality", "commune"])})\b`);

/**
 * A place the text calls a village, camp or town ("Tarsa village", "the village of Tarsa"), or sets
 * inside a named region ("Tarsa in Qarn province"), read from `from`.
 */
const settlementNamed = (t: string, from: number, p: { at: number; mention: string }) =>
  AT_SETTLEMENT.test(t.slice(p.at + p.mention.length)) || SETTLEMENT_OF.test(t.slice(from, p.at)) || IN_NAMED_REGION.test(t.slice(p.at + p.mention.length));

// "nine residents of Tarsa died when shells hit": the dead named by where they lived, then their fate.
const RESIDENTS_KILLED = /\b(?:residents|villagers|inhabitants)\s+of\s+(?=(?:the\s+(?:village|town)\s+of\s+)?[A-Z])/g;
const THEN_KILLED = /^(?:\s+(?:village|town))?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|massacred|slaughtered)|died)\b/;

// "A farm worker in the village of Tarsa was killed in shelling", "rebels blew up a truck near the village of
// Tarsa, killing three": a place the text calls a village, town or camp, in a sentence that counts the dead or
// wounded of an attack, is where the attack was.
const SETTLEMENT_CALLED = /\b(?:in|near|at|outside|around)\s+(?:the\s+|a\s+)?(?:(?:nearby|neighbou?ring|remote|small|tiny|border|frontline|front-line|rural|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:village|town|hamlet|settlement|camp|neighbou?rhood|locality)\s+(?:of|called|named)\s+(?=[A-Z])/g;
const DEAD_OR_WOUNDED = /\b(?:killed|killing|kills|died|dead|wounded|wounding|injured|injuring|massacred|murdered)\b/i;
const ATTACK_CUE = new RegExp(String.raw`\b(?:${KILLING_ATTACKS}|${phrases([...ATTACKERS, ...WEAPONS])}|attacks?|attacked|ambush(?:ed)?|blew\s+up|opened\s+fire|shot|raided|stormed|bombed|shelled)\b`, "i");
// ("treated at a hospital in the town of X", "buried in the village of X", "said in the town of X": not where the attack was.)
const NOT_THE_SCENE = /\b(?:hospitals?|clinic|directorate|office|council|spokes(?:man|woman|person)|funerals?|buried|burial|treated|admitted|taken|rushed|evacuated|said|told|says|speaking|from|fled|displaced|sheltering|returned)\s+(?:[\w-]+\s+){0,3}$/i;
// ("killed in a clash with rebels near the village of X": fighting between armed men is no attack on a place.)
const FIGHTING = /\b(?:clash(?:es|ed)?|fighting|fought|gun-?battles?|battles?|fire-?fights?|encounters?|skirmish(?:es)?|crossfire|cross-fire|exchanges?\s+of\s+fire)\b/i;
function settlementOfDead(s: string): TerritoryCandidate[] {
  if (FIGHTING.test(s) || !/\b(?:village|town|hamlet|settlement|camp|neighbou?rhood|locality)\s+(?:of|called|named)\s/.test(s) || !DEAD_OR_WOUNDED.test(s) || !ATTACK_CUE.test(s) || NATURE_WORDS.test(s)) return [];
  return readTriggers(s, SETTLEMENT_CALLED, "attack", "territory.killed-in", () => "attack", (t, end, m) =>
    NOT_THE_SCENE.test(t.slice(Math.max(0, m.index - 40), m.index)) ? NOT_AN_EVENT : objectPlaces(t, end).slice(0, 1));
}

export function killedIn(s: string): TerritoryCandidate[] {
  return [...frontedDeaths(s), ...readTriggers(s, RESIDENTS_KILLED, "attack", "territory.killed-in", () => "attack", (t, end) => {
    const place = objectPlaces(t, end)[0];
    if (!place) return [];
    const rest = t.slice(place.at + place.mention.length);
    if (!THEN_KILLED.test(rest)) return [];
    return [BY_ATTACK_LATER.test(rest) || settlementNamed(t, end, place) ? place : { ...place, townOnly: true }];
  }), ...readTriggers(s, RESIDENTS_OF, "attack", "territory.killed-in", () => "attack", (t, end) => objectPlaces(t, end).filter((p) => settlementNamed(t, end, p)).slice(0, 1)), ...readTriggers(s, KIND_PLACE_KILLING, "attack", "territory.killed-in", () => "attack", (t, end) => objectPlaces(t, end).slice(0, 1)), ...readTriggers(s, KILLED_IN, "attack", "territory.killed-in", () => "attack", (t, end, m) => {
    // ("killing four guards in a farm compound in X town": where the dead were may follow a first "in".)
    const direct = objectPlaces(t, end);
    // (Killed "in a clash", "in the fighting", "in an encounter": fighting, which is no attack on a place.)
    const places = direct.length ? direct : /^(?:an?|the)\s/i.test(t.slice(end)) && !FIGHTING_NEXT.test(t.slice(end, end + 60)) ? locativePlaces(t, end, false).filter((p) => !p.refersBack) : [];
    const last = places[places.length - 1];
    if (!last) return [];
    // "14 died in the village of Tarsa and 26 in Ulmar": the next place of the dead, with its own count.
    const rest = t.slice(last.at + last.mention.length);
    const byAttack = !!m.groups?.by || BY_ATTACK.test(rest) || BY_ATTACK_LATER.test(rest) || KILLERS_BEFORE.test(t.slice(Math.max(0, m.index - 50), m.index)) || ATTACK_EARLIER.test(t.slice(0, m.index));
    // Neither an attack nor a settlement said: the place counts if the gazetteer knows it as a town (the reader checks).
    const kept = byAttack ? places : places.map((p) => (settlementNamed(t, end, p) ? p : { ...p, townOnly: true }));
    // "14 died in the village of Tarsa and 26 in Ulmar": the next place of the dead, with its own count, is read as the last was.
    const more = kept.includes(last) ? AND_COUNT_IN.exec(rest) : null;
    const next = more ? nameAt(rest.slice(more[0].length)) : null;
    if (next && more) kept.push({ mention: next, at: last.at + last.mention.length + more[0].length });
    return kept;
  }), ...tollByPlace(s), ...settlementOfDead(s)];
}

// "sent gunboats to shell the town", "used jets to bomb X": forces sent to attack a place did.
const SENT_TO_ATTACK = /\b(?:sent|deployed|dispatched|used|brought\s+in|called\s+in)\s+(?:[\w-]+\s+){1,5}?to\s+(bombard|shell|pound|bomb|strafe|strike|hit|target|attack)\s+/gi;

// "detonated a roadside bomb in X", "set off a bomb at a market in Y": an explosive set off in a place.
const DETONATED_IN = /\b(?:detonated|set\s+off|planted|exploded)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:landmines?|land\s+mines?|mines?|bombs?|IEDs?|explosive\s+devices?|explosives|car\s+bombs?)\s+(?:in|at|near|on|outside)\s+/gi;

// "Israeli airstrikes levelled a building in X": the attack the subject, what it destroyed, then where.
const ATTACK_DESTROYED = /\b(?:air\s?strikes?|airstrikes?|air\s+raids?|strikes?|shelling|shells?|bombs?|bombing|missiles?|rounds?|projectiles?|munitions?|mortars?|grenades?|barrages?|salvos?|rockets?|drones?|bombardment|artillery(?:\s+fire)?|army|forces|troops|militants|rebels|insurgents|warplanes|jets|aircraft|helicopters|gunmen)\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+|also\s+)?(levelled|leveled|flattened|destroyed|damaged|demolished|razed|reduced)\s+/gi;
// "The worst hit was Tarsa", "the worst-hit areas were A and B": where an attack fell hardest.
// ("The worst hit by the shelling is X": by what, before the verb.)
const WORST_HIT = /\b(?:the\s+)?worst[-\s]hit(?:\s+(?:areas?|towns?|villages?|districts?|places?|neighbou?rhoods?|cities|city|town|village|area))?(?:\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:shelling|strikes|air\s?strikes|bombardment|bombing|attacks?|fighting|raids))?\s+(?:was|were|is|are|include|included|includes)\s+/gi;

// "burnt Tarsa to the ground": a place burned, said with how far ("burned tyres in X" is no attack on X).
const BURNED_TO_GROUND = /\b(?:burned|burnt)\s+(?=(?:the\s+(?:village|town)\s+of\s+)?[A-Z][^.;]{0,60}?\s+to\s+the\s+ground\b)/g;
// "Gunmen burned the village of Tarsa", "torched the hamlet of Ulmar": a settlement burned, said by its kind.
const BURNED_SETTLEMENT = /\b(?:burned|burnt|torched|razed|set\s+fire\s+to|set\s+ablaze)\s+(?:down\s+)?(?:the\s+)?(?:(?:whole|entire)\s+)?(?:village|town|hamlet|settlement|camp)\s+of\s+(?=[A-Z])/gi;

// "the villages of A and B, where airstrikes hit": the places named before "where", struck.
// ("in Tarsa Township where the junta has unleashed a massive aerial bombing campaign": an attacker's campaign there.)
const WHERE_HIT = /,\s+where\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes|airstrikes|strikes|shells|shelling|rockets|missiles|bombs|drones|mortars)\s+(?:had\s+|have\s+|also\s+)?(?:hit|struck|fell|landed|slammed)\b/g;
const WHERE_CAMPAIGN = /,?\s+where\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:has|have|had)\s+(?:unleashed|launched|intensified|stepped\s+up)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:bombing|air\s?strikes|airstrikes|shelling|bombardment)\b/g;
const NAME_BEFORE_WHERE = /(?:^|[^\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)(?:\s+(?:[Tt]ownship|[Dd]istrict|town|village|city))?$/;

// "Police said 28 rockets landed in Tarsa, 24 hit Ulmar, six landed in Qarn, five in Bolo and two in Deir Hafer and
// Kafr Bani": projectiles counted place by place, each count after the first standing for the projectiles.
const PROJECTILES_COUNTED = /\b(?:\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:[a-z-]+\s+)?(?:rockets|missiles|shells|mortars|mortar\s+rounds|projectiles|drones|bombs)\s+(?:(?:were|had\s+been|have\s+been)\s+)?(?:hit|struck|landed|fell|exploded|slammed|fired)\b/i;
const COUNT_THEN_PLACE = /(?:,\s*|\s+and\s+)(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:more\s+|others?\s+)?(?:(?:hit|struck|landed\s+(?:in|on|near)|fell\s+(?:in|on|near)|exploded\s+in)|in|on)\s+(?:the\s+)?(?=[A-Z])/g;
function projectilesByPlace(s: string): TerritoryCandidate[] {
  const first = PROJECTILES_COUNTED.exec(s);
  if (!first) return [];
  const from = first.index + first[0].length;
  COUNT_THEN_PLACE.lastIndex = from;
  const out: TerritoryCandidate[] = [];
  for (let m = COUNT_THEN_PLACE.exec(s); m; m = COUNT_THEN_PLACE.exec(s)) {
    const end = m.index + m[0].length;
    for (const p of objectPlaces(s, end)) out.push({ action: "attack", actionClass: "attack", rule: "territory.count-by-place", verbAt: m.index, ...p });
  }
  return out;
}

// "Artillery fire is currently impacting the districts of Tarsa and Ulmar", "Heavy artillery concentrated on
// Tarsa's southern suburbs": the weapon as the subject of a verb of impact, and the place it acts on.
// ("drones and artillery were directed at Tarsa": the place they were aimed at.)
// ("two missiles impacted on Tarsa displacement site in Bolo district": the site hit, not where it lies.)
const WEAPON_ACTS_ON = /\b(?:artillery(?:\s+fire)?|shellfire|rocket\s+fire|mortar\s+fire|shelling|bombardments?|air\s?strikes|airstrikes|shells|rockets|missiles|bombs)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:\w+ly|also|again|now)\s+)?(?:impact(?:ed|ing|s)?(?:\s+on)?|(?:directed|aimed)\s+at|rock(?:ed|ing|s)|batter(?:ed|ing|s)|engulf(?:ed|ing|s)|(?:blast(?:ed|ing)|tore|tearing|ripped|ripping|crashed|crashing)\s+into|concentrat(?:ed|ing)\s+on|focus(?:ed|ing)\s+on|rain(?:ed|ing)\s+(?:down\s+)?on)\s+/gi;

export function firedAt(s: string): TerritoryCandidate[] {
  return [
    ...projectilesByPlace(s),
    ...readTriggers(s, WEAPON_ACTS_ON, "attack", "territory.weapon-subject", () => "attack", targetPlaces),
    ...(/where/.test(s) ? [...s.matchAll(WHERE_HIT)].flatMap((m) => subjectPlaces(s, m.index!, true).map((p) => ({ action: "attack", actionClass: "attack" as const, rule: "territory.where-hit", ...p }))) : []),
    ...(/where/.test(s) ? [...s.matchAll(WHERE_CAMPAIGN)].flatMap((m) => {
      const before = NAME_BEFORE_WHERE.exec(s.slice(0, m.index!)), mention = before ? nameAt(before[1]) : null;
      return mention ? [{ action: "attack", actionClass: "attack" as const, rule: "territory.where-hit", mention, at: before!.index + before![0].indexOf(before![1]) }] : [];
    }) : []),
    ...(/to the ground/.test(s) ? readTriggers(s, BURNED_TO_GROUND, "attack", "territory.fired-at", () => "attack", (t, end) => objectPlaces(t, end)) : []),
    ...(/burn|torch|razed|set (?:fire|ablaze)/i.test(s) ? readTriggers(s, BURNED_SETTLEMENT, "attack", "territory.fired-at", () => "attack", (t, end) => objectPlaces(t, end).slice(0, 1)) : []),
    ...(/levell|level|flatten|destroy|damag|demolish|razed|reduced/i.test(s) ? readTriggers(s, ATTACK_DESTROYED, "attack", "territory.fired-at", () => "attack", (t, end) => locativePlaces(t, end, false).filter((p) => !p.refersBack)) : []),
    ...(/worst/i.test(s) ? readTriggers(s, WORST_HIT, "attack", "territory.worst-hit", () => "attack", (t, end) => objectPlaces(t, end)) : []),
    ...(/detonated|set off|planted|exploded/i.test(s) ? readTriggers(s, DETONATED_IN, "attack", "territory.fired-at", () => "attack", targetPlaces) : []),
    ...(/\bto\s+(?:bombard|shell|pound|bomb|strafe|strike|hit|target|attack)\b/i.test(s) ? readTriggers(s, SENT_TO_ATTACK, "attack", "territory.fired-at", (m) => normaliseAction(m[1]), targetPlaces) : []),
    ...readTriggers(s, FIRED_AT, "attack", "territory.fired-at", () => "attack", targetPlaces),
    ...(/direction|toward/i.test(s) ? readTriggers(s, FIRED_TOWARDS, "attack", "territory.fired-at", () => "attack", (t, end) => objectPlaces(t, end)) : []),
    ...(/subject/i.test(s) ? readTriggers(s, SUBJECTED, "attack", "territory.fired-at", () => "shelled", (t, end) => objectPlaces(t, end)) : []),
    ...readTriggers(s, LANDED, "attack", "territory.fired-at", () => "attack", targetPlaces),
    ...(/patrol|stationed|deployed|based|positioned|posted|garrisoned/.test(s) ? readTriggers(s, POSTED_IN, "attack", "territory.posted-in", () => "attack", (t, end, m) =>
      ATTACKED_AFTER.test(t.slice(end)) || ATTACKED_BEFORE.test(t.slice(Math.max(0, m.index - 60), m.index)) ? objectPlaces(t, end).slice(0, 1) : []) : []),
    ...(/fired|launched|dropped|lobbed/i.test(s) ? readTriggers(s, FIRED_BY_AT, "attack", "territory.fired-at", () => "attack", targetPlaces) : []),
  ];
}

// "After three days of bombardment, troops entered Tarsa": the place taken had been bombarded.
// (The words between "after" and the attack only say how long or how hard.)
const AFTER_BOMBARDMENT = /\b(?:[Aa]fter|[Ff]ollowing)\s+(?:(?:a|an|the|its|their|days|weeks|months|hours|nearly|almost|more|than|over|heavy|intense|fierce|relentless|sustained|two|three|four|five|six|seven|several|[\w]+-(?:hour|day|week|month)(?:-long)?)\s+){1,4}(?:of\s+(?:heavy\s+|intense\s+|relentless\s+)?)?(bombardment|shelling|air\s?strikes|airstrikes|bombing)\b/;

/** An attack on each place a control event of the same clause took, when it was taken after a bombardment. */
export function takenAfterBombardment(s: string, candidates: TerritoryCandidate[]): TerritoryCandidate[] {
  const m = AFTER_BOMBARDMENT.exec(s);
  if (!m) return [];
  return candidates
    .filter((c) => c.actionClass === "control" && !c.townOnly && !/[;:]/.test(s.slice(Math.min(c.at, m.index), Math.max(c.at, m.index))))
    .map((c) => ({ ...c, action: normaliseAction(m[1]), actionClass: "attack" as const, rule: "territory.taken-after-bombardment" }));
}

// "In Tarsa, two car bombs exploded near a market", "In the Ulmar community, troops attacked a farm": the place
// set at the head of the sentence, when the attack the clause tells hits a thing, not a place (no other place
// read as attacked). The attack must be plain: a weapon or attacker named, or a verb that is only an attack.
// ("In Tarsa, officials said rockets hit Ulmar": a report made there, not an attack there.)
const FRONTED_HEAD = /^[“"]?\s*(?:(?:Meanwhile|Elsewhere|Separately|Also|And|But|Later|Earlier),?\s+)?[Ii]n\s+(?=(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:[A-Z]|(?:al|el|an|ad|ar|as|at|az)-[A-Z]))/;
const FRONTED_CLAUSE_ATTACK = /\b(?:attacked|shelled|bombed|bombarded|raided|stormed|torched|rocketed|mortared|strafed|pounded|struck|hit|targeted|exploded|went\s+off|blew\s+up|detonated|slammed\s+into|crashed\s+into|landed|set\s+fire\s+to|set\s+ablaze|burned|burnt)\b/i;
const FRONTED_WEAPON = /\b(?:rockets?|missiles?|shells?|shelling|mortars?|bombs?|bombers?|bombing|drones?|air\s?strikes?|airstrikes?|strikes?|artillery|explosives?|explosive\s+devices?|grenades?|IEDs?|gunmen|militants|insurgents|rebels|jihadists|attackers|assailants|bandits|raiders|militia(?:men)?|forces|troops|soldiers|warplanes|jets|aircraft|helicopters?|attacks?|raids?)\b/i;
const UNAMBIGUOUS_FRONTED_VERB = /^(?:attacked|shelled|bombed|bombarded|raided|stormed|torched|rocketed|mortared|strafed)$/i;
const REPORTED_BEFORE = /\b(?:said|says|say|told|tells|reported|reports|announced|stated|claimed|claims|confirmed|according|believe[sd]?|fear(?:s|ed)?|warned|denied|accused|blamed)\b/i;
const NOT_WAR = /\b(?:storms?|floods?|flooding|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|landslides?|tornado(?:e?s)?|rains?|winds?|prices?|inflation|record|snag)\b/i;

/** The fronted place of a sentence whose attack hit no named place. */
export function frontedAttack(s: string, candidates: TerritoryCandidate[]): TerritoryCandidate[] {
  const head = FRONTED_HEAD.exec(s);
  if (!head) return [];
  if (candidates.some((c) => c.actionClass === "attack" && !c.townOnly && !c.refersBack)) return [];
  const comma = s.indexOf(",", head[0].length);
  if (comma < 0 || comma - head[0].length > 80) return [];
  const places = objectPlaces(s, head[0].length).filter((p) => !p.refersBack && p.at < comma);
  if (!places.length) return [];
  // ("In Tarsa, Bolo province, …": where the place lies, set off by its own comma.)
  let from = comma + 1;
  const region = /^\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},/.exec(s.slice(from));
  if (region) from += region[0].length;
  const clause = s.slice(from).split(/[;:]/)[0];
  const verb = FRONTED_CLAUSE_ATTACK.exec(clause);
  if (!verb) return [];
  const lead = clause.slice(0, verb.index);
  if (REPORTED_BEFORE.test(lead) || NOT_WAR.test(clause.slice(0, verb.index + 40))) return [];
  // ("In Tarsa, the mosque was struck by a missile": the weapon may come after the verb.)
  if (!UNAMBIGUOUS_FRONTED_VERB.test(verb[0]) && !FRONTED_WEAPON.test(clause.slice(0, verb.index + verb[0].length + 40))) return [];
  if (notAnEvent(s, from + verb.index)) return [];
  // ("In Tarsa's Qarn area, gunmen stormed a police station": the place stormed is the post, the area only attacked.)
  const action = /^stormed$/i.test(verb[0]) ? "attacked" : normaliseAction(UNAMBIGUOUS_FRONTED_VERB.test(verb[0]) ? verb[0] : "attack");
  return [{ action, actionClass: "attack", rule: "territory.fronted-in", ...places[0] }];
}

// "Militants tried to attack a check post in Tarsa", "the rebels attempted to take Ulmar but were repelled": an attempt
// made on a place is an attack on it, whether or not it was taken (a plan, "plan to attack", "trying to take", is none).
// To attack, storm or raid reads what was hit and where it stands; to take, only the place itself ("tried to take
// refuge in Qarn" names no place taken).
const ATTEMPTED = /\b(?:tried|attempted)\s+(?:(?:again|unsuccessfully|twice|repeatedly|in\s+vain)\s+)?to\s+(?:(attack|storm|raid)|(?:capture|seize|retake|recapture|overrun|take(?:\s+(?:control|over)\s+of)?|take\s+over))\s+/gi;

// ("tried to attack a Frontier Guard check post in Tarsa": a thing named with "a" is no place; where it stands is.)
const hitThenWhere = (t: string, end: number): PlaceObject[] => {
  const where = /^an?\s/.test(t.slice(end)) ? locativePlaces(t, end, false) : [];
  return where.length ? where : targetPlaces(t, end);
};
export function attemptedAssault(s: string): TerritoryCandidate[] {
  return readTriggers(s, ATTEMPTED, "attack", "territory.attempted", () => "attack", (t, end, m) => (m[1] ? hitThenWhere(t, end) : objectPlaces(t, end)).filter((p) => !p.refersBack));
}

// "Gunmen stormed a church on Sunday. It took place in Tarsa, 60 km south of Ulmar", "… bombed a bunker. This happened
// late Tuesday night in Qarn": a sentence that only says where the event just told happened, its subject a pronoun.
// (Read only after a sentence that tells an attack: "The talks ended. It took place in Bolo" is no attack.)
// ("It was carried out at around 9 pm (2000 GMT) on Friday in the village of Tarsa": the attack's own verb, and any
// account of when before where.)
const IT_HAPPENED_IN = new RegExp(String.raw`^\W{0,2}(?:It|This|That)\s+(?:(?:(?:had|has)\s+)?(?:took\s+place|taken\s+place|happened|occurred)\s+(?:${TIME_AFTER_VERB})?|(?:was|had\s+been)\s+(?:carried\s+out|staged|launched|perpetrated|committed)\s+(?:[^.;]{0,60}?\s)?(?=(?:in|at|near)\s+(?:the\s+(?:village|town|city|district|area|locality)\s+of\s+)?[A-Z]))(?:in|at|near)\s+`);
const ATTACK_TOLD = /\b(?:attack(?:s|ed)?|(?:air\s?|drone\s+)?strikes?|airstrikes?|bomb(?:ed|ing|ings|s)?|shell(?:ed|ing|s)?|raid(?:ed|s)?|ambush(?:ed)?|stormed|massacre|blasts?|explosions?|rockets?|missiles?)\b/i;

export function happenedInNext(s: string, before: string): TerritoryCandidate[] {
  const m = IT_HAPPENED_IN.exec(s);
  if (!m || !ATTACK_TOLD.test(before) || NATURE_WORDS.test(before) || ACCIDENT.test(before)) return [];
  return objectPlaces(s, m[0].length).filter((p) => !p.refersBack).slice(0, 1)
    .map((p) => ({ action: "attack", actionClass: "attack" as const, rule: "territory.happened-in-next", verbAt: 0, ...p }));
}

// "The gunmen then moved to a nearby Tarsa village and killed two men", "they proceeded to neighbouring Ulmar and
// shot dead nine": raiders going on to a place, then the violence done there, attack it. (Only with "and" and a
// violent verb: "moved to Tarsa and settled" is a move.)
const MOVED_ON_TO = /\b(?:moved|proceeded|went|headed|continued)\s+(?:on\s+)?to\s+(?=(?:an?\s+|the\s+)?(?:(?:nearby|neighbou?ring|adjoining|adjacent|next)\s+)?(?:[A-Z]|(?:al|el)-[A-Z]))/g;
// (The dead counted or named as people: "killed a goat" is no attack.)
const VIOLENCE_NEXT = /^(?:\s+(?:village|town|community|settlement|hamlet|camp))?\s+and\s+(?:then\s+|also\s+)?(?:(?:killed|shot(?:\s+dead)?|massacred|slaughtered|murdered|abducted|kidnapped)\s+(?:(?:at\s+least|some|about|more\s+than|another|other)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|many|dozens|scores|people|residents|villagers|civilians|persons|men|women|children|farmers|worshippers)\b|an?\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|child|farmer|resident|villager|teacher|chief|soldier|policeman)\b)|attacked|burnt|burned|torched|razed|looted|set\s+(?:fire|ablaze)|opened\s+fire)/;

export function movedOnTo(s: string): TerritoryCandidate[] {
  const out: TerritoryCandidate[] = [];
  MOVED_ON_TO.lastIndex = 0;
  for (let m = MOVED_ON_TO.exec(s); m; m = MOVED_ON_TO.exec(s)) {
    const end = m.index + m[0].length;
    const place = objectPlaces(s, end)[0];
    if (!place || place.refersBack || !VIOLENCE_NEXT.test(s.slice(place.at + place.mention.length))) continue;
    if (notAnEvent(s, m.index)) continue;
    out.push({ action: "attack", actionClass: "attack", rule: "territory.moved-on-to", verbAt: m.index, ...place });
  }
  return out;
}
