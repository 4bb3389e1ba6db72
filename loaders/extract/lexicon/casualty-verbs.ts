/**
 * How news says people were killed or hurt. Each list is read by one rule of parsers' casualties:
 * verbs before the victims ("killed 16 civilians"), after them ("16 civilians were killed"), and the
 * nouns that stand for a killing ("the killing of three journalists").
 */
/** Active verbs with the victims as object: "<verb> 16 civilians". */
export const KILL_VERBS_BEFORE = [
  "killed", "killing", "kills", "kill", "butchered", "butchering", "massacred", "massacring", "executed", "executing", "executes", "beheaded", "beheading", "beheads",
  "crucified", "crucifying", "murdered", "murdering", "slaughtered", "slaughtering", "shot dead", "shooting dead", "gunned down",
  "gunning down", "slew", "slain", "claimed the lives of", "claiming the lives of", "claimed the life of", "claiming the life of",
  "took the lives of", "taking the lives of", "cost the lives of", "costing the lives of", "burned alive", "lynched", "lynching",
  // "stabbing or hacking to death at least 10 people".
  "burned to death", "burnt to death", "hacking to death", "hacked to death", "stabbing to death", "stabbed to death", "beating to death", "beat to death", "beaten to death",
  "decapitated", "decapitating",
  // ("gunmen fatally shot two officers": "fatally wounded" is read from its adverb, see casualties.ts.)
  "fatally shot", "fatally shooting", "fatally stabbed", "fatally stabbing",
  // "the village lost 26 people": a loss of people is a death toll.
  "lost", "losing",
  // Military statements: "neutralised 15 terrorists", "eliminated 20 militants".
  "neutralised", "neutralized", "neutralising", "neutralizing", "eliminated", "eliminating",
  // ("a roadside bomb martyred seven police officers": South Asian English, active.)
  "martyred", "martyring",
];
export const INJURE_VERBS_BEFORE = ["wounded", "wounding", "wounds", "injured", "injuring", "injures", "maimed", "maiming", "hurt", "hurting", "causing the injury of", "caused the injury of", "injuries to", "injury to",
  // ("the strikes led to injuries for at least 52 others": the injuries and whom they befell.)
  "injuries for", "led to the injury of", "led to the injuries of"];

/**
 * Killings told after their victims were named, the victims as "them": "rounded up eight men and executed
 * them", "seized six villagers, then shot them dead".
 */
export const KILLED_THEM = [
  "killed them", "killing them", "executed them", "executing them", "murdered them", "murdering them", "slaughtered them", "slaughtering them",
  "massacred them", "beheaded them", "beheading them", "butchered them", "shot them dead", "shooting them dead", "gunned them down", "gunning them down",
  "hacked them to death", "hacking them to death", "stabbed them to death", "beat them to death", "beating them to death", "burned them alive",
  "burnt them alive", "burned them to death", "burnt them to death", "killed them all", "killed all of them", "executed all of them",
];

/** Nouns of a killing followed by "of": "the killing of", "the bodies of". */
export const KILL_NOUNS_OF = ["martyrdom", "massacre", "killing", "killings", "death", "deaths", "murder", "murders", "execution", "executions", "beheading", "bodies", "remains", "slaughter", "homicide", "homicides", "corpses", "loss"];
export const INJURE_NOUNS_OF = ["injury", "injuries", "wounding"];
/** Nouns of a toll followed by "among": "severe injuries among four villagers", "deaths among 12 soldiers". */
export const TOLL_NOUNS_AMONG = ["injuries", "deaths", "fatalities"];

/** Passive or intransitive forms after the victims: "16 civilians were killed", "died", "lost their lives". */
export const KILLED_AFTER = [
  "killed", "dead", "died", "slain", "executed", "massacred", "martyred", "lost their lives", "lost his life", "lost her life", "perished",
  "beheaded", "crucified", "murdered", "slaughtered", "shot dead", "gunned down", "shot and killed", "burned to death", "burnt to death",
  "burned alive", "drowned", "lynched", "decapitated", "hacked to death", "stabbed to death", "beaten to death", "stoned to death", "tortured to death", "fell victim", "fallen victim", "fallen victims", "fell victims", "confirmed dead", "found dead", "whose bodies were found", "whose bodies were recovered", "whose bodies have been found", "deceased", "got killed", "butchered",
  // ("five militants were sent to hell": how some military press offices report the enemy dead.)
  "sent to hell",
  // "four men were found beheaded": bodies found, how they were killed said.
  "found beheaded", "found executed", "found murdered", "found slain", "found shot dead",
  // "dozens were tortured and killed", "three attackers were left dead", "a monk passed away after the strike".
  "tortured and killed", "abducted and killed", "kidnapped and killed", "raped and killed", "beaten and killed", "captured and killed",
  "stabbed and killed", "left dead", "passed away", "fatally shot", "fatally stabbed",
  // "wounding 14, two of whom succumbed to their injuries": died of wounds.
  "succumbed to their injuries", "succumbed to their wounds", "succumbed to his injuries", "succumbed to his wounds", "succumbed to her injuries", "succumbed to her wounds", "succumbed to injuries", "succumbed to wounds",
  // Military statements: "30 terrorists were neutralised"; "one soldier paid the supreme price".
  "neutralised", "neutralized", "eliminated", "paid the supreme price", "paid the ultimate price",
  // ("five security personnel embraced martyrdom": South Asian military statements.)
  "embraced martyrdom", "embraced shahadat", "embraced shahadah",
  // ("45 resistance members have sacrificed their lives": a side's word for its own dead.)
  "sacrificed their lives", "sacrificed his life", "sacrificed her life", "laid down their lives", "laid down his life",
  // "six fighters were destroyed", "liquidated": the same, in some armies' statements (only people are counted here).
  "destroyed", "liquidated",
  // ("14 people were brought in already dead": how hospitals count those who died before reaching them.)
  "brought in dead", "brought in already dead", "dead on arrival", "arrived dead", "pronounced dead", "declared dead",
];
export const INJURED_AFTER = [
  "wounded", "injured", "hurt", "maimed", "shot and wounded", "admitted to hospital", "taken to hospital", "taken to the hospital", "brought to hospital", "brought to the hospital", "rushed to hospital", "rushed to the hospital", "left injured", "left wounded", "got injured", "got wounded", "got hurt", "hospitalised", "hospitalized", "suffered injuries", "sustained injuries",
  "suffered wounds", "sustained wounds",
  // ("another 21 have been admitted to hospitals with injuries", "taken to a hospital": any article, or none, and more than one.)
  "admitted to hospitals", "admitted to the hospital", "admitted to a hospital", "taken to hospitals", "taken to a hospital",
  "brought to hospitals", "brought to a hospital", "rushed to hospitals", "rushed to a hospital",
  // ("a youth received bullet injury", "received splinter injuries".)
  "received injuries", "received bullet injury", "received bullet injuries", "received a bullet injury", "received bullet wounds", "received splinter injuries", "received serious injuries", "received minor injuries", "sustained bullet injuries", "suffered bullet injuries",
  "receiving treatment", "being treated", "treated for injuries", "treated for wounds",
  "with injuries", "with wounds", "with serious injuries", "with minor injuries", "with critical injuries", "with severe injuries",
  "with light injuries", "with shrapnel wounds", "with gunshot wounds", "with burns",
  // "eight others sustained injuries of various degrees", "suffered gunshot wounds".
  "sustained various degrees of injury", "sustained various degrees of injuries", "sustained various injuries", "suffered various injuries",
  "sustained serious injuries", "suffered serious injuries", "sustained minor injuries", "suffered minor injuries",
  "sustained gunshot wounds", "suffered gunshot wounds", "sustained bullet wounds", "suffered bullet wounds",
  // "more than 50 people remain in hospital", "four others were hit by live fire": the wounded, said another way.
  "remain in hospital", "remained in hospital", "remain hospitalised", "remain hospitalized", "remained hospitalised", "remained hospitalized",
  "still in hospital", "hit by live fire", "hit by live ammunition", "hit by gunfire", "hit by bullets", "hit by shrapnel", "hit by sniper fire",
  "struck by shrapnel", "struck by bullets",
];

/** Reporting words between the victims and the verb: "are estimated to have been killed". */
export const REPORTED_AS = ["reported", "confirmed", "feared", "believed", "said", "known", "estimated", "thought", "understood", "presumed", "alleged", "reportedly", "allegedly"];

/** Words that say a figure adds to one already told: "a further five", "three more soldiers". */
export const FURTHER = ["a further", "another", "an additional", "a total of", "the", "at least another"];
