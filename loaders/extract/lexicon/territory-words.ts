/**
 * How news says a place changed hands, was besieged or was hit. Past tense, participles and
 * gerunds ("captured", "have taken control of", "recapturing"), and the present tense of headlines
 * ("Army retakes X"). Bare verbs ("could capture") are never here: they are plans, not events.
 */

// ("had taken operational control of X", "seized effective control of Y": the same capture, its control qualified;
// each "full control" form is written once and read with these words too.)
const CONTROL_KINDS = ["operational", "effective", "total"];
export const CONTROL_VERBS = [
  "captured", "seized", "seized full control of", "seized complete control of", "seized control of", "took full control of",
  "took complete control of", "took back control of", "took control of", "taken full control of", "taken complete control of",
  "taken control of", "took over", "taken over", "took", "recaptured", "retook", "retaken", "regained control of", "regained",
  "regaining control of", "retaking", "taking", "retaken control of", "retook control of", "entered", "stormed", "invaded", "overran", "overrun",
  "liberated", "liberating", "freed", "cleared", "clearing", "began to clear", "began clearing", "started to clear", "started clearing", "restored", "overtook", "overtaken", "reclaimed", "reclaiming", "reclaims", "reclaimed control over", "reclaimed control of", "regained control over", "retook control over", "took control over", "wrested control of", "wrested", "gained control of", "seizing control of",
  "seizing", "capturing", "taking control of", "taking over", "entering", "recapturing", "advanced into", "moved into", "marched into", "rolled into",
  "pushed into", "swept into", "pushed further into", "pushed deeper into", "moved deeper into", "advanced further into",
  "advanced deeper into", "pushed farther into", "secured", "secured control of", "secured control over", "secured full control of", "restored control over", "restored control of", "established control over",
  "established control of", "assumed control of", "now control", "now controls", "now held", "still control", "still controls",
  "fully control", "fully controls", "now controlled",
  // ("took under control the village of Tarsa": the word order of statements translated from Russian or Ukrainian.)
  "took under control", "taken under control", "took under their control", "taken under their control", "take under control",
  // ("rebels controlled most of eastern Tarsa": a past hold on a share of a place.)
  "controlled most of", "controlled much of", "controlled large parts of", "controlled all of", "are in control of", "is in control of", "were in control of", "was in control of", "remain in control of", "remained in control of", "in full control of", "recaptured control of", "recaptured control over", "in \"full\" control of", "in “full” control of",
  "now in control of", "now in full control of",
  // ("troops were back in control of Tarsa by noon": a place taken again.)
  "back in control of", "back in full control of", "back in complete control of", "again in control of", "once again in control of", "now in complete control of", "firmly in control of", "announced control over", "announcing control over", "announced control of", "announcing control of", "in complete control of", "claimed control of", "claimed control over", "claiming control of", "claiming control over", "claimed the capture of", "now hold", "now holds",
  "declared control of", "declared control over", "fought their way into", "forced their way into", "battled their way into", "burst into", "broke into", "stormed into",
  "conquered", "conquering", "conquers",
  // ("troops recovered the town of Tarsa": some armies' word for a town taken back.)
  "recovered", "recovering", "recovered control of", "recovered control over",
  // "Gunmen on motorbikes rode into X": a raid when armed men ride in, nothing when anyone else does (see control.ts).
  "rode into", "drove into",
  // "Syrian troops regained the control of the X neighbourhood": the article, as translated copy often has it.
  "regained the control of", "took the control of", "taken the control of", "seized the control of", "gained the control of", "retook the control of", "regained the full control of", "took the full control of",
  // "Muslim troops won control of the town of X".
  "won control of", "won control over", "won full control of", "winning control of", "wins control of",
  // "took charge of the town of X", "after securing X and Y".
  "took charge of", "taken charge of", "taking charge of", "securing",
  "fought its way into", "forced its way into", "reestablished control over", "reestablished control of",
  "re-established control over", "re-established control of", "regained full control over", "occupied", "occupying", "occupy", "occupies", "taken back", "took back",
  // "Government forces seized back the town of X", "won back A and B": a place taken again.
  "seized back", "won back", "wrested back", "snatched back", "seizes back", "wins back",
  // "control over" as often as "control of".
  "regained control over", "seized control over", "took control over", "taken control over", "gained control over",
  "wrested control over", "retook control over", "retaken control over", "took back control over", "seizing control over",
  "taking control over", "regaining control over", "regains control over", "seizes control over", "takes control over",
  // "had already taken X": "taken" alone is too loose ("taken to hospital"), but after "have" it is a capture.
  // (With every longer form too, so that "have taken control of X" is read whole.)
  ...["had", "has", "have"].flatMap((have) => ["", " already", " now"].flatMap((when) =>
    ["", " control of", " control over", " full control of", " complete control of", " over", " back"].map((rest) => `${have}${when} taken${rest}`))),
  // "then went on to capture X", "reestablish control over X": past events said with an infinitive.
  "went on to capture", "went on to take", "went on to seize", "went on to retake", "went on to enter", "went on to occupy",
  "reestablish control over", "reestablish control of", "re-establish control over", "re-establish control of",
  // Headlines are written in the present tense.
  "captures", "seizes", "seizes control of", "takes control of", "takes over", "retakes", "recaptures", "regains control of",
  "regains", "liberates", "frees", "enters", "storms", "overruns",
].flatMap((v) => [v, ...CONTROL_KINDS.flatMap((k) => (/\b(?:full|complete) control\b/.test(v) ? [v.replace(/\b(?:full|complete) control\b/, `${k} control`)] : []))]);

// ("the brigades still lay siege the market town of X": the "to" is sometimes left out. "Cut off" is not here: roads,
// power and contact are cut off, and a siege is said as one: besieged, surrounded, encircled, blockaded.)
export const SIEGE_VERBS = ["surrounded", "besieged", "beseiged", "encircled", "laid siege to", "lay siege to", "laying siege to", "laid siege", "lay siege", "laying siege", "besieging", "encircling", "imposed a siege on", "blockaded", "surrounds", "encircles", "besieges",
  // ("jihadists have sealed off X since May": a place closed to all coming and going; a named place only, see siege.ts.)
  "sealed off"];

// "broke the siege of X", "the blockade of Y was lifted": a siege that ends is no siege laid that day.
export const SIEGE_ENDING_VERBS = ["broke", "broken", "break", "breaks", "breaking", "lifted", "lift", "lifts", "lifting", "ended", "end", "ends", "ending", "raised", "raising", "eased", "easing", "relieved", "relieving", "broke through", "breaking through", "end of", "lifting of", "breaking of", "collapse of"];

export const ATTACK_VERBS = [
  // "pummelled by aircraft", "hammered by artillery".
  "pummelled", "pummeled", "hammered", "battered", "strafed",
  // "A militia rampaged through the Tarsa quarter".
  "rampaged through", "rampaging through", "went on a rampage in", "went on a rampage through",
  // "a suicide attacker blew himself up near the headquarters in X".
  "blew himself up", "blew herself up", "blew themselves up",
  // "two suicide car bombs rammed into the Tarsa military base".
  "rammed into", "rams into", "ramming into",
  "targeted", "shelled", "bombed", "bombarded", "pounded", "struck", "attacked", "raided", "shelling", "bombing", "targeting",
  // "gunmen assaulted a police post in X" (a person assaulted is no place: see attack.ts).
  "assaulted", "assaulting",
  // (A common spelling in South Asian and African copy.)
  "targetted", "targetting",
  "pounding", "striking", "attacking", "hit", "hitting", "rocked", "fired on", "fired at", "fired into", "opened fire on",
  // (Headlines keep the present: "Gunmen open fire on X".)
  "open fire on", "opens fire on",
  "strikes", "shells", "bombs", "pounds", "hits", "targets", "attacks", "raids", "pummeled", "pummelled", "pummeling", "pummelling",
  // "militants swarmed Tarsa village", "gunmen looted homes in X", "torched houses in Y": raids on a place.
  // ("pillaged the villages of A and B", "ambushed an army convoy in X": a raid on the place, or on people in it.)
  "swarmed", "looted", "ransacked", "pillaged", "plundered", "ambushed", "swept through", "raiding", "torched", "razed", "set fire to", "set ablaze", "burned down", "burnt down",
  // "continued to shell X": the attack goes on.
  "continued to shell", "continued to bomb", "continued to bombard", "continued to pound", "continued to pummel", "continued to strike",
  "continued to attack", "continued to target", "continued to hit", "continue to shell", "continue to bomb", "continue to bombard",
  "continue to pound", "continue to strike", "continue to attack", "continue to target", "continues to shell", "continues to bomb",
  "continues to bombard", "continues to pound", "continues to strike", "continues to attack", "continues to target",
  "continuing to shell", "continuing to bomb", "continuing to bombard", "continuing to pound", "continuing to strike",
  "continuing to attack", "continuing to target",
];

/** Nouns for an attack that name their place after "on", "in", "against" … */
export const ATTACK_EVENT_NOUNS = [
  "air strikes", "air strike", "airstrikes", "airstrike", "strikes", "strike", "raids", "raid", "shelling", "shellings", "bombardment", "bombardments", "bombing",
  "bombings", "attacks", "attack", "barrel bombs", "missiles", "missile", "rockets", "rocket", "drone strikes", "drone strike",
  "drone attacks", "drone attack", "assault", "assaults", "shells", "mortar fire", "artillery fire", "rocket fire", "fire",
  "ambush", "ambushes",
  // "killed in heavy firing in the Tarsa sector": South Asian English for fire across a line.
  "firing", "cross-border firing", "mortar shelling",
  // "Pakistan initiated unprovoked ceasefire violation in the Tarsa sector": fire across a truce line, told as a breach.
  "ceasefire violation", "ceasefire violations", "cease-fire violation", "cease-fire violations",
  // "a barrage of gunfire at the X check post".
  "barrage", "barrages", "barrage of gunfire", "barrage of fire", "barrage of rockets", "barrage of shells", "barrage of missiles",
  // "an armed incursion in the village of X": a raid into a place.
  "incursion", "incursions",
  // Bombs set off in a place: "a car bomb in X", "a suicide bombing at a market in Y", "a blast in Z".
  "car bomb", "car bombs", "suicide bombing", "suicide bombings", "suicide attack", "suicide attacks", "bomb blast", "bomb blasts",
  "blast", "blasts", "explosion", "explosions", "bomb attack", "bomb attacks",
];
/** An armed side named by its kind, as the subject of a move: "rebels fled Tarsa", "troops were forced to flee from Ulmar". */
export const ARMED_FORCES = ["forces", "troops", "army", "soldiers", "fighters", "militants", "rebels", "separatists", "insurgents", "jihadists", "militias", "militia", "garrison"];
/** Who attacks, named as the killers: "killed by armed bandits in X", "Suicide bomber kills 2 in X". */
export const ATTACKERS = [
  "gunmen", "gunman", "bandits", "militants", "jihadists", "insurgents", "terrorists", "attackers", "assailants", "raiders",
  "separatists", "rebels", "militias",
  "militiamen", "militia", "bomber", "bombers", "suicide bomber", "suicide bombers", "snipers", "sniper",
];
/** Armed men named as raiders, whatever side: "bandits surrounded the village", "gunmen on motorbikes rode into X". */
export const RAIDERS = ["gunmen", "bandits", "attackers", "assailants", "raiders", "armed men"];
/** What raiders ride: "men on motorbikes", "attackers on horseback". */
export const RAIDERS_MOUNTS = ["motorbikes", "motorcycles", "motor bikes", "horseback", "horses", "camels"];
/** What an attack kills with: "killed by artillery in X", "killed by a drone in Y". */
export const WEAPONS = [
  "artillery", "shelling", "shells", "shell", "air strikes", "air strike", "airstrikes", "airstrike", "strikes", "strike", "drones", "drone",
  "missiles", "missile", "rockets", "rocket", "mortars", "mortar", "bombs", "bomb", "gunfire", "explosion", "blast", "bombardment",
];
/** Buildings an attack burns or wrecks: "torched 70 houses in X". */
export const DAMAGED_THINGS = ["houses", "homes", "huts", "buildings", "shops", "properties", "vehicles", "cars", "schools", "mosques", "churches", "markets", "granaries",
  // One of them: "destroyed a house in X".
  "house", "home", "building", "school", "mosque", "church", "market", "hospital", "clinic"];

/** … and the few that also name it after "of": "the shelling of X". */
export const ATTACK_NOUNS_WITH_OF = ["shelling", "shellings", "bombardment", "bombardments", "bombing", "bombings", "assault", "storming"];

/** Missiles, shells and drones "fired at" a place. */
export const PROJECTILES = ["rockets", "missiles", "shells", "mortars", "mortar rounds", "artillery", "drones", "a missile", "a rocket", "a drone", "bombs", "grenades", "explosives", "a bomb", "barrel bombs", "tank shells", "artillery and machine-guns", "artillery and machine guns", "machine-guns", "machine guns", "heavy weapons",
  // "threw four explosive devices towards the police station in X".
  "explosive devices", "an explosive device", "a grenade", "petrol bombs", "Molotov cocktails", "IEDs"];

/** What a place is called before or after its name: "the town of X", "X district". */
export const PLACE_KINDS = [
  "village", "villages", "town", "towns", "city", "cities", "area", "areas", "district", "districts", "sector", "sectors", "neighbourhood",
  "neighbourhoods", "neighborhood", "neighborhoods", "locality", "localities", "settlement", "settlements", "hamlet", "hamlets",
  "suburb", "suburbs", "outskirts", "hill", "hills", "mountain", "strongholds", "stronghold", "airbase", "air base", "airport",
  "military airport", "base", "countryside", "camp", "camps", "port", "capital", "capitals", "municipality", "municipalities", "commune", "communes",
  "township", "townships", "quarter",
  "enclave", "part", "parts", "edges", "vicinity", "center", "centre", "heart", "market", "region", "province", "county", "state",
  "governorate", "oblast", "territory", "valley", "crossing", "hub", "bastion", "border post", "junction", "edge", "outpost", "garrison", "frontline",
  "community", "communities", "location", "locations",
  // Ukraine's municipalities: "the Tarsa territorial community was shelled".
  "territorial community", "territorial communities", "hromada", "hromadas",
  // "recaptured the strategic Tololing ridgeline": high ground named with its kind.
  "ridge", "ridgeline", "ridges", "peak", "heights", "hilltop",
  // "invaded the island of Tarsa".
  "island", "islands",
  // "the beach resort of Tarsa", "the desert oasis of Ulmar".
  "resort", "resorts", "oasis",
];

/** Kinds that are regions: a name before them is an area, not a place taken or hit. */
export const REGION_KINDS = ["province", "governorate", "countryside", "region", "state", "county", "oblast", "territory"];

/** Single words that describe a place in front of its name ("the strategic X", "rebel-held X"). */
/** Faiths and communities that describe a town's quarters: "Christian areas of X", "the Kurdish districts of Y". */
export const COMMUNITY_ADJECTIVES = [
  "Christian", "Muslim", "Sunni", "Shia", "Shiite", "Shi'ite", "Alawite", "Druze", "Kurdish", "Arab", "Jewish", "Catholic",
  "Protestant", "Orthodox", "Hindu", "Buddhist", "Yazidi", "Turkmen", "Armenian", "Tamil", "Sinhalese", "Serb", "Croat",
  "Bosniak", "Hazara", "Pashtun", "Tutsi", "Hutu", "Fulani", "Amhara", "Tigrayan", "Rohingya", "Palestinian", "Israeli",
];

/** Compass points as adjectives: "the northern Tarsa region", "north-eastern Ulmar". */
export const COMPASS_ADJECTIVES = [
  "northern", "southern", "eastern", "western", "central", "northwestern", "north-western", "southwestern", "south-western",
  "southeastern", "south-eastern", "northeastern", "north-eastern",
];

export const PLACE_ADJECTIVES = [
  "nearby", "key", "strategic", "important", "rebel-held", "opposition-held", "government-held", "regime-held", "jihadist-held",
  "militant-held", "neighbouring", "neighboring", "downtown", ...COMPASS_ADJECTIVES, "rural",
  // ("the northeast Tarsanian town of X": the compass point as an adjective, without "-ern".)
  "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
  // ("shelled east Tarsa", "strikes on north Ulmar": a town's part named by a bare compass point.)
  "north", "south", "east", "west",
  "small", "large", "several", "remote", "isolated", "besieged", "embattled", "frontline", "front-line", "border", "coastal", "historic", "ancient",
  "industrial", "strategically important", "militant-controlled", "rebel-controlled", "occupied", "liberated", "recaptured",
  "annexed", "disputed", "contested", "devastated", "war-torn", "embattled", "encircled",
  // ("struck the same Tarsa camp again": the place hit before.)
  "same",
  // ("seized the former Tarsa International Airport": a site named with what it once was.)
  "former",
  // "the rebel Krajina capital of X", "the breakaway region's capital".
  "rebel", "breakaway", "separatist", "self-declared",
  // ("in the built-up Tarsa refugee camp", "the crowded Ulmar market": how a place hit is crowded.)
  "built-up", "crowded", "overcrowded", "densely populated", "densely-populated", "busy", "bustling", "sprawling", "packed",
];

/** Sites inside a place: "seized the government complex in X". Taking one is taking ground in X. */
export const SITE_NOUNS = [
  "complex", "headquarters", "compound", "base", "bases", "barracks", "garrison", "airport", "airbase", "checkpoint", "checkpoints",
  "bridge", "crossing", "positions", "position", "hill", "hills", "buildings", "building", "camps", "camp", "post", "posts",
  "station", "outpost", "outposts", "academy", "facility", "facilities", "areas", "area", "parts", "neighbourhoods", "neighborhoods",
  "palace", "presidential palace", "hospital",
  // Named as proper nouns: "the Northeast Command in X", "the 17th Division Base at Y".
  "Command", "Headquarters", "Base", "Garrison", "Airport", "Airbase", "Barracks", "Division", "Brigade", "stronghold", "strongholds",
  // ("captured the light infantry battalion based in X": a unit's base stands for the unit.)
  "battalion", "Battalion", "regiment", "Regiment",
];

/** Buildings named like places ("Al-Nour Hospital"): the place is the town after "in". */
/** Buildings and sites an attack hits in a town: "a clinic near X was hit", "the school in Y was struck". */
export const BUILDINGS_HIT = [
  "hospital", "hospitals", "clinic", "clinics", "dispensary", "health centre", "health center", "school", "schools", "mosque", "mosques",
  "church", "churches", "market", "markets", "marketplace", "house", "houses", "home", "homes", "building", "buildings", "block",
  "shelter", "shelters", "tent", "tents", "camp", "bakery", "factory", "warehouse", "plant", "office", "offices", "residence",
  "hotel", "station", "base", "checkpoint", "headquarters", "compound", "bridge",
  // "military posts at A and B were targeted".
  "post", "posts", "outpost", "outposts", "bases", "checkpoints", "positions",
  // "two police stations in A and B were attacked": the plural of each building above, for a list of towns.
  "stations", "camps", "hotels", "bridges", "compounds", "factories", "warehouses", "bakeries", "residences",
  // "a drone struck a car in X": a vehicle hit in a town.
  "car", "cars", "vehicle", "vehicles", "truck", "bus", "minibus", "motorcycle", "motorbike", "ambulance", "convoy",
  // "a drone strike at a fair in X", "bombed a wedding in Y": a gathering hit in a town.
  "fair", "wedding", "weddings", "funeral", "festival", "gathering", "ceremony",
];

/** Buildings that stand in a town and are named by it or in it: "the Tarsa market in the town of Ulmar". */
/** Things a bare "it" may stand for as well as a town: "a convoy left Tarsa town when it was hit" (each also plural). */
/** Weather and the earth, which hit places too: "Tarsa was hit by the floods" is no attack. */
export const NATURAL_HAZARDS = ["flood", "floods", "flooding", "flash floods", "earthquake", "earthquakes", "quake", "quakes", "storm", "storms",
  "cyclone", "cyclones", "hurricane", "hurricanes", "typhoon", "typhoons", "landslide", "landslides", "tornado", "tornados", "tornadoes",
  "drought", "lightning", "rain", "rains", "torrential rain", "torrential rains", "heavy rain", "heavy rains", "wildfire", "wildfires",
  "bushfire", "bushfires", "forest fire", "forest fires"];
/** Words before "fire" that say nobody set it: "burned down in a bushfire", "a natural fire in X". */
export const UNSET_FIRE_WORDS = ["natural", "accidental", "electrical", "bush", "forest", "grass", "kitchen", "cooking", "house"];

export const THINGS_CALLED_IT = ["convoy", "vehicle", "car", "truck", "bus", "boat", "ship", "plane", "aircraft", "helicopter", "house", "building",
  "school", "hospital", "clinic", "market", "mosque", "church", "camp", "base", "post", "checkpoint", "office", "station", "bridge", "factory",
  "plant", "warehouse", "shop"];

export const FACILITIES_IN_TOWNS = ["market", "bazaar", "hospital", "clinic", "school", "mosque", "church", "university",
  // Houses of worship and teaching beyond mosque and church: "a Tarsa monastery in Ulmar village".
  "monastery", "temple", "pagoda", "shrine", "cathedral", "madrasa", "madrassa", "seminary"];

/** A building's word in lower case after its name ("the Asma school in Tarsa"): the building stands in the town named next. */
export const LOWER_FACILITY_WORDS = [
  ...FACILITIES_IN_TOWNS, "stadium", "restaurant", "hotel", "cafe", "café", "bakery", "palace", "airport", "airfield", "prison", "camp",
  "centre", "center", "compound", "station", "office", "building", "complex", "warehouse", "factory", "shelter",
  // "the Ulmar power plant in Tarsa", "the Qarn fuel depot in Bessin": works named after one place, standing in another.
  "plant", "depot", "refinery", "substation", "terminal", "facility", "dam", "bridge",
  // (Not a base, headquarters, post or checkpoint: those are named by the place they hold, "the Tarsa district headquarters in
  // Ulmar province".)
];

/** Posts named after the town they hold ("the Tarsa army base", "the Ulmar check post"): the post stands in the town. */
export const POSTS_NAMED_BY_PLACE = ["base", "airbase", "barracks", "garrison", "check post", "checkpost", "checkpoint", "outpost", "post"];
/** The force a post belongs to, written between the town and the post: "the Tarsa military base", "the Ulmar border post". */
export const POST_KINDS = ["army", "military", "air", "naval", "police", "border", "gendarmerie", "security"];
/** Posts that name the town only after such a word ("the Tarsa police station", "the Ulmar army camp"): "the Tarsa
 * camp" alone is a camp's own name, "the Tarsa station" a railway's. */
export const POSTS_AFTER_KIND = ["station", "headquarters", "camp"];

export const FACILITY_WORDS = [
  "Hospital", "School", "Mosque", "Church", "Monastery", "Tower", "Towers", "Square", "Market", "University", "Stadium", "Palace",
  "Prison", "Bridge", "Street", "Road", "Highway", "Roundabout", "Hotel", "Mall", "Brigade", "Battalion", "Regiment", "Barracks",
  "Base", "Headquarters", "Checkpoint", "Station", "Post", "Consulate", "Embassy", "Refinery", "Compound", "Academy",
  // "Tarsa’s International Airport", "the Ulmar Restaurant in Qarn": places that stand in a town, named like it.
  "Airport", "Airfield", "Airbase", "Restaurant", "Cafe", "Café", "Clinic", "Cathedral", "Museum", "Bakery", "Factory", "College",
  "Temple", "Pagoda", "Shrine", "Madrasa", "Madrassa", "Seminary",
];

/**
 * Capitalised common words that name institutions and buildings, not towns: "the Presidential Palace", "the Social
 * Insurance Hospital", "the Faculty of Engineering", "the Old City". A name made only of these and of facility words
 * is a building or a quarter that stands in a town, never the town.
 */
export const INSTITUTION_WORDS = [
  "Presidential", "International", "National", "Central", "General", "Grand", "Republican", "Social", "Insurance", "Faculty",
  "Teaching", "Military", "Main", "Royal", "Federal", "Public", "Municipal", "Specialist", "Specialised", "Specialized", "Maternity",
  "Paediatric", "Pediatric", "Children's", "Medical", "Engineering", "Technical", "Polytechnic", "Old", "Great", "Supreme",
];

/**
 * Lower-case words that turn a capitalised word before them into an adjective: "Malian troops",
 * "militia positions", "Lankan villages". A name followed by one of these is not the place.
 */
export const ADJECTIVAL_FOLLOWERS = [
  "troops", "forces", "soldiers", "fighters", "militants", "rebels", "civilians", "positions", "reinforcements", "army", "militia",
  // ("targeting Tarsa Front strongholds": a group's strongholds and hideouts, the group no place.)
  "strongholds", "hideouts", "hideout",
  "militias", "military", "jets", "warplanes", "aircraft", "drones", "tanks", "artillery", "officials", "authorities", "government",
  "side", "family", "families", "people", "residents", "refugees", "targets", "territory", "lines", "convoy", "convoys", "vehicles",
  "units", "camps", "infrastructure", "villages", "towns", "cities", "settlements", "communities", "interests", "assets", "regime",
  "tank", "vehicle", "helicopter", "jet", "drone", "ship", "boat", "group", "groups", "terror", "terrorist", "terrorists", "movement",
  "insurgents", "jihadists", "militant", "fighter", "soldier", "commander", "commanders", "leader", "leaders", "spokesman",
  "sites", "posts", "habitats", "bases", "facilities", "headquarters", "ministry", "officers", "police",
  // "fired at Houthi snipers", "a Taliban gunman".
  "snipers", "sniper", "gunmen", "gunman", "militiamen", "combatants", "guerrillas", "guerrilla", "members", "cadres", "operatives",
  // What a group owns, struck: "hit a Qarnist installation", "targeted Qarnist weapons", "a Qarnist arms depot". ("compounds"
  // is left out: it is a verb too.)
  "weapons", "arms", "installation", "installations", "compound", "depot", "depots", "launchers", "stockpile", "stockpiles",
  "hideout", "hideouts", "cabinet",
];

/** Words that end an organisation's name and are never a place alone: "the Kurdistan Workers' Party (PKK)" cut at its possessive leaves "Party". */
export const ORGANISATION_WORDS = ["party", "front", "movement", "alliance", "union", "council", "committee", "brigade", "brigades", "battalion", "regiment", "group", "organisation", "organization", "ministry", "agency", "commission", "coalition", "militia",
  // ("withdrew from the Economic Community of West African States": a bloc, not a place.)
  "economic", "monetary", "development", "cooperation"];

/** Capitalised words of title-case headlines that are never a place ("Army Regained Over 28 Villages"). */
export const HEADLINE_WORDS = [
  "Over", "Under", "More", "Most", "About", "Around", "Into", "With", "Without", "Than", "Key", "New", "Major", "Two", "Three", "Four",
  "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "Several", "Many", "Says", "Said", "Claims",
  "Reports", "Amid", "After", "Despite", "Near", "Outside", "Inside", "Across", "Strategic", "Last", "First", "Second",
  // Verbs of headlines in title case: "Rebels Attack Village, Kill 15".
  "Kill", "Kills", "Killed", "Die", "Dies", "Dead", "Attack", "Attacks", "Hit", "Hits", "Strike", "Strikes", "Flee", "Flees", "Burn",
  "Burns", "Seize", "Seizes", "Capture", "Captures", "Take", "Takes", "Warns", "Say", "Fire", "Shell", "Shells", "Bomb", "Bombs",
  // Institutions and titles named where a place could stand: "the Ministry of Defence said".
  "Ministry", "Army", "Police", "Government", "Council", "Committee", "Agency", "Office", "Department", "Court", "Parliament",
  "President", "Prime", "Minister", "General", "Colonel", "Commander", "Spokesman", "Forces", "Command", "Authority", "Mission",
  // Titles cut short before a name: "…, Col. Tarsov of the council said".
  "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Brig", "Cpl", "Cmdr", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep",
  // Months as written in datelines, and adjectives of nations and peoples.
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Kurdish", "Turkish", "British", "Spanish",
  "Polish", "Danish", "Swedish", "Finnish", "Irish", "Scottish", "Welsh", "Islamic", "Jihadist", "Arab", "Western", "Eastern",
  // Compass points alone name a region, not a place: "Cameroon's Far North".
  "North", "South", "East", "West", "Far North", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower",
];

/**
 * An unnamed place and the preposition before the region it lies in: "a district in", "two villages of the". The
 * territory parser reads the region after it as where a place was taken; the refiner keeps that row. A compass
 * word may stand before the region's name: "liberated a town in the northern Tarsa region".
 */
export const UNNAMED_PLACE_IN_SRC = String.raw`(?:(?:a|an|one|another)\s+(?:[a-z-]+\s+)?(?:district|village|town|city|locality|county|sub-district|area|settlement)|(?:two|three|four|five|six|seven|eight|nine|ten|several|some|a number of|\d+)\s+(?:[a-z-]+\s+)?(?:districts|villages|towns|localities|counties|areas|settlements))\s+(?:in|of)\s+(?:the\s+)?(?:(?:${COMPASS_ADJECTIVES.join("|")})\s+)?`;

/** Words that open a sentence and link it to the one before ("However, …"): capitalised there, never a place. */
export const SENTENCE_CONNECTIVES = [
  "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Elsewhere", "Separately", "Additionally",
  "Consequently", "Therefore", "Thus", "Hence", "Instead", "Indeed", "Likewise", "Similarly", "Otherwise", "Besides", "Overall",
  "Earlier", "Previously", "Subsequently", "Afterwards", "Still", "Yet", "Also", "Then", "Later",
];

/** Words before a trigger that make it a plan, a fear or a habit, not an event. */
export const NOT_EVENT_CUES = [
  "if", "could", "would", "may", "might", "will", "plan to", "plans to", "aim to", "aims to", "seek to", "seeks to", "threaten to",
  "threatens to", "threatened to", "expected to", "likely to", "poised to", "set to", "attempt to", "attempts to", "attempted to",
  "tried to", "try to", "trying to", "bid to", "push to", "failed to", "next target", "imminent", "possible", "potential", "feared",
  "fears of", "fear of", "threat of", "threats of", "risk of", "danger of", "looming", "planned", "impending", "continues to", "continue to", "vowed to", "vows to",
  "ready to", "preparing to", "prepare to", "in order to", "so as to", "sought to", "intends to", "intended to", "expected that",
  // "YPG hopes to surround Tarsa", "rebels eager to take Ulmar".
  "hopes to", "hope to", "hoped to", "hoping to", "eager to", "determined to", "wants to", "want to", "wanted to",
  "preceding", "ahead of", "in preparation for", "prelude to",
  // "concerns about the potential for a renewed assault on X": what might come.
  "potential for", "possibility of", "prospect of", "prospects of",
  // Habits and preparations, not one event: "frequently carrying out bombings in X", "prepared for its attacks in Y".
  "frequently", "regularly", "routinely", "prepared for",
  // A group's record, not one event: "blamed for a series of attacks in X".
  // An aim, not an event: "troops have focused on capturing X".
  "focused on", "focusing on", "focussed on", "focussing on", "efforts on", "efforts to",
  // "attacks aimed at capturing X", "preparations to begin the liberation of Y".
  "aimed at", "aiming at", "preparations to", "preparations for",
  "blamed for a", "blamed for numerous", "blamed for many", "blamed for several", "blamed for dozens", "responsible for a series", "responsible for numerous",
  // A duty, not an event: "troops responsible for securing A and B", "tasked with clearing X".
  "responsible for", "tasked with",
  // A denial: "the ministry denied that militias had seized the town".
  "denied that", "denies that", "deny that", "denied reports", "denied claims", "dismissed claims", "rejected claims", "denied rebel claims",
];

/** Compass words that lead many names ("East Ghouta", "Upper Nile", "North Kivu"), and alone name none. */
export const COMPASS_WORDS = [
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "far", "northeast",
  "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
];

/** Capitalised words that end a place name when copy runs on without punctuation ("Raqqa Leaves", "Aleppo Watchdog"), beside the headline words. */
export const NAME_ENDERS = [
  "Leaves", "Rises", "Was", "Is", "Were", "Are", "Will", "Destroy", "Destroys", "Injures", "Injure", "Injured", "Wounded", "Tags", "Watchdog",
  "Health", "Community", "Neighborhood", "Neighbourhood", "School", "Killing", "Targets", "Target",
  // "the Tarsa Internally Displaced Persons camp", "Raids on Peacekeeping Posts": what a name describes.
  "Internally", "Displaced", "Persons", "Peacekeepers", "Peacekeeping", "Warning", "Continues", "Spree",
];

/** Second verbs that share the place after them with a first: "besieged and shelled X", "surrounded and took Y". */
export const SHARED_PLACE_VERBS = ["shelled", "bombed", "bombarded", "attacked", "pounded", "targeted", "raided", "looted", "pillaged", "ransacked", "burned", "burnt", "torched", "razed", "destroyed", "struck", "hit", "stormed", "captured", "seized", "took", "overran", "occupied", "entered", "retook", "recaptured", "liberated", "cleared", "encircled", "surrounded", "besieged", "blockaded"];

/**
 * What only an armed group or an organisation has, written after its name: "Tarsa fighters", "the Tarsa
 * commander", "Tarsa's armed wing", "Tarsa weapons". A name the article writes so is the group, not a place.
 * (Not "officials", "leaders", "militia", "residents": a town has those too, "Tarsa officials".)
 */
export const GROUP_MEMBER_WORDS = [
  "fighters", "fighter", "militants", "militant", "militiamen", "gunmen", "guerrillas", "operatives", "cadres", "members", "member",
  "founder", "leadership", "commander", "commanders", "spokesman", "spokeswoman", "spokesperson", "armed wing", "military wing",
  "weapons", "arms", "hideout", "hideouts", "launchers", "stockpiles", "personnel",
];
/** Kinds of organisation that name one before or after its name: "the militant group Tarsa", "Tarsa, an armed group". */
export const ORGANISATION_KINDS = ["group", "groups", "militia", "movement", "organisation", "organization", "faction", "outfit", "charity", "NGO", "agency", "network"];
/** Titles and roles written before a person's name: "former prime minister Tarsa Ulmar", "fighter Qarn Bolo", "Gen. Tarsov". */
export const PERSON_TITLES = [
  "fighter", "commander", "leader", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "general", "colonel",
  "chief", "governor", "mayor", "lawmaker", "politician", "cleric", "activist", "journalist", "warlord", "Mr", "Mrs", "Ms", "Dr",
  "Gen", "Col", "Maj", "Capt", "Lt", "Sheikh", "Imam", "President", "Minister", "Commander", "General", "Colonel", "Governor",
  // Those who tell or show the story: "photographer Jo Tarsi", "correspondent Ana Qarn".
  "photographer", "reporter", "correspondent", "analyst", "researcher", "chairman", "director", "pastor", "bishop", "priest",
  "Lieutenant", "Sergeant", "Brigadier", "Captain", "Prime Minister",
];
