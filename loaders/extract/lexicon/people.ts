/**
 * Who a figure counts: the head nouns news uses for people, by the class a conflict dataset tables
 * them in (UCDP: side A, side B, civilians, unknown). A noun's class comes from the victims' own
 * words, never from who attacked them or where. Plural and singular forms, as written after a number.
 */
export const CHILDREN = ["children", "child", "kids", "boys", "boy", "girls", "girl", "babies", "baby", "infants", "infant", "minors", "minor", "schoolchildren", "toddlers", "orphans", "sons", "daughters", "grandchildren", "teenagers", "pupils"];

export const WOMEN = ["women", "woman", "mothers", "wives"];

// Aid workers, journalists and medics are civilians under international humanitarian law.
export const CIVILIANS = [
  "civilians", "civilian", "citizens", "residents", "inhabitants", "villagers", "locals", "townspeople", "students", "teachers",
  "worshippers", "worshipers", "patients", "farmers", "herders", "fishermen", "shepherds", "traders", "merchants", "shoppers", "passengers",
  "mourners", "pilgrims", "passers-by", "passersby", "protesters", "demonstrators", "aid workers", "humanitarian workers", "health workers", "relief workers",
  "emergency workers", "volunteers", "staff", "staffers", "staff members", "employees", "contractors", "engineers", "journalists", "reporters", "photographers",
  "activists", "medics", "doctors", "nurses", "paramedics", "rescuers", "rescue workers", "firefighters", "first responders", "workers", "labourers",
  "laborers", "miners", "drivers", "IDPs", "refugees", "migrants", "displaced people", "displaced persons", "hostages", "abductees",
  "detainees", "prisoners", "inmates", "elderly", "old people", "elders", "clerics", "priests", "nuns", "nun", "imams", "monks",
  "chiefs", "village chiefs", "traditional leaders", "community leaders", "local leaders", "pensioners", "retirees",
  // "killed 29 peasants", "12 campesinos".
  "peasants", "campesinos", "tribesmen", "nomads", "pastoralists", "cattle herders", "fishers",
  // People named by their work or where they were: "beheaded six woodcutters", "killed four shopkeepers".
  "woodcutters", "loggers", "hunters", "vendors", "street vendors", "shopkeepers", "commuters", "motorists", "cyclists", "truckers",
  "farmworkers", "farmhands", "artisans", "builders", "deminers", "civil servants", "judges", "lawyers", "schoolteachers", "lecturers",
  "customers", "diners", "spectators", "churchgoers", "parishioners", "congregants",
];

// The state's own forces. A neighbouring state's soldiers are named by their nationality ("Kenyan
// soldiers") and the conflict profile, not this list, says which side they are on.
export const GOVERNMENT_FORCES = [
  "soldiers", "soldier", "troops", "servicemen", "servicemembers", "service members", "policemen", "policeman", "police officers",
  "police", "security personnel", "security forces", "conscripts", "guards", "border guards", "gendarmes", "loyalists", "officers",
  "army officers", "personnel", "military personnel", "paratroopers", "marines", "sailors", "airmen", "pilots", "recruits",
  "commandos", "special forces", "trooper", "troopers", "jawans", "jawan", "policemen", "rangers", "paramilitary rangers",
  "lieutenants", "captains", "sergeants", "colonels", "corporals", "majors", "auxiliaries", "army auxiliaries",
  // "two generals and eight colonels", "two cops were martyred".
  "generals", "cops", "reservists", "conscripts",
];

export const OPPOSITION_FIGHTERS = [
  "rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "extremists", "terrorists", "gunmen",
  "separatists", "guerrillas", "guerillas", "bandits", "Maoists", "Naxals", "Naxalites", "cadres", "Islamists", "Taliban", "Houthis",
  // Those who carried out the attack told of: in war reports, an armed group's men far more often than troops.
  "attackers", "assailants", "raiders", "suicide bombers", "bombers",
];

// ("killed three snipers of the rebels": fighters named by their task; their side from the words after.)
// ("a strike killed two of its operatives": an armed group's men, in its own words.)
// (Peacekeepers are armed, and no side's: "two UN peacekeepers were killed".)
export const COMBATANTS = ["fighters", "fighter", "combatants", "militiamen", "militia members", "mercenaries", "paramilitaries", "members", "comrades", "defenders", "snipers", "gunners", "operatives", "peacekeepers"];

// Nobody's side: the class comes from the words around them, or stays "people".
export const PEOPLE = [
  "people", "persons", "person", "individuals", "men", "man", "others", "relatives", "family members", "brothers", "sisters", "siblings",
  "cousins", "neighbours", "neighbors", "colleagues", "families", "family", "households", "souls", "victims", "survivors", "adults", "youths", "youngsters", "teens", "males",
  "females", "occupants", "bystanders",
  // "3,000 Tarsan nationals crossed over": people of a country, named by it.
  "nationals",
  // "two crewmen were killed": a tank's or a ship's, the word does not say which side.
  "crewmen", "crew members",
  // "four FNL supporters were killed": a side's followers, not said to be armed.
  "supporters", "sympathisers", "sympathizers",
];

// Plural nouns for a nation, people or faith ("two Palestinians", "15 Malians", "nine Alawites").
export const DEMONYMS = [
  "Afghans", "Africans", "Americans", "Arabs", "Armenians", "Assyrians", "Azerbaijanis", "Azeris", "Bangladeshis", "Burmese", "Burkinabe",
  "Chadians", "Christians", "Congolese", "Druze", "Egyptians", "Eritreans", "Ethiopians", "Europeans", "Filipinos", "Georgians", "Indians",
  "Iranians", "Iraqis", "Israelis", "Jordanians", "Kurds", "Lebanese", "Libyans", "Malians", "Muslims", "Moslems", "Gazans", "Nigerians", "Nigeriens",
  "Pakistanis", "Palestinians", "Rohingya", "Russians", "Rwandans", "Saudis", "Shiites", "Shias", "Somalis", "Sudanese", "Sunnis",
  "Syrians", "Tigrayans", "Amharas", "Oromos", "Turks", "Ukrainians", "Yazidis", "Yemenis", "Alawites", "Copts", "Hazaras", "Pashtuns",
  "Tajiks", "Uzbeks", "Tuaregs", "Fulani", "Masalit", "Arakanese", "Karen", "Kachin", "Chin", "Bedouins", "Ugandans", "Kenyans",
  "Americans", "Britons", "Frenchmen", "Chinese", "Koreans", "Kashmiris", "Colombians", "Venezuelans", "Haitians", "Cameroonians",
  "Burundians", "Tunisians", "Algerians", "Moroccans", "Sahrawis", "Omanis", "Belarusians", "Moldovans", "Chechens", "Bosnians", "Serbs",
  "Croats", "Kosovars", "Albanians", "Sri Lankans", "Tamils", "Nepalis", "Thais", "Indonesians", "Papuans", "Mexicans", "Salvadorans",
  "Hondurans", "Guatemalans", "Nicaraguans", "Peruvians", "Emiratis", "Qataris", "Uyghurs", "Tibetans", "Buddhists", "Hindus", "Jews",
  "Catholics", "Mozambicans", "Zimbabweans", "Senegalese", "Ivorians", "Ghanaians", "Togolese", "Beninese", "Gambians",
  // Peoples a war's reports name their dead by ("22 Tutsis", "nine Hutus", "14 Dinka").
  "Tutsis", "Tutsi", "Hutus", "Hutu", "Dinka", "Nuer", "Shilluk", "Zaghawa", "Fur", "Hausas", "Fulanis", "Peuls", "Dogons", "Bambaras",
  "Songhai", "Berbers", "Kabyles", "Baloch", "Balochis", "Sindhis", "Punjabis", "Bengalis", "Sinhalese", "Nagas", "Kukis", "Meiteis",
  "Bodos", "Moros", "Lumads", "Ossetians", "Abkhaz", "Abkhazians", "Ingush", "Dagestanis", "Turkmen", "Bosniaks", "Slovenes",
  "Macedonians", "Montenegrins", "Lebanese Christians", "Maronites", "Ismailis", "Ahmadis", "Rakhine", "Shan", "Wa", "Lisu",
  "Liberians", "Sierra Leoneans", "Guineans", "Angolans", "Namibians", "Ethiopian", "Somalilanders", "Djiboutians", "Eritrean",
];

// Nouns that are themselves the count of a toll or a displacement, not its people.
/** Animals killed or hurt in a raid are no casualties ("27 cattle were killed and six goats injured"). */
export const ANIMALS = ["cattle", "head of cattle", "cows", "goats", "sheep", "camels", "donkeys", "horses", "mules", "oxen", "pigs", "dogs", "chickens", "livestock", "animals", "animal"];
export const TOLL_NOUNS = ["dead", "deaths", "bodies", "corpses", "victims", "fatalities", "lives", "wounded", "injured", "hurt", "casualties", "martyrs", "injuries", "homicides", "murders"];
export const DISPLACED_NOUNS = ["displaced", "IDPs", "evacuees", "refugees", "returnees", "asylum seekers", "asylum-seekers", "displacements", "migrants", "arrivals", "movements"];
// "in the last three days activists said …", "over two weeks residents fled": a figure of time, whatever people noun follows.
export const TIME_UNITS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"];
export const HOUSEHOLD_NOUNS = ["families", "family", "households", "household", "HHs", "HH"];

// Words before the noun that name the side: "pro-government militiamen", "rebel fighters". A hyphenated
// "-held" or "-controlled" names a place's masters, never the victims' side.
export const GOVERNMENT_MODIFIERS = ["pro-government", "pro-regime", "government", "regime", "army", "military", "state security", "security"];
export const OPPOSITION_MODIFIERS = ["rebel", "opposition", "jihadist", "insurgent", "militant", "extremist", "terrorist", "separatist", "armed group", "resistance", "guerrilla"];

// One person, as "a"/"an"/"one" counts them: "killing a woman", "an aid worker was shot dead".
export const SINGULAR_NOUNS = [
  "child", "boy", "girl", "baby", "infant", "toddler", "teenager", "woman", "man", "civilian", "resident", "villager", "farmer", "shepherd",
  "student", "teacher", "journalist", "reporter", "photographer", "activist", "doctor", "nurse", "medic", "paramedic", "aid worker",
  "volunteer", "worker", "person", "soldier", "officer", "policeman", "police officer", "fighter", "rebel", "militant", "commander",
  "member", "girl child", "elderly man", "elderly woman", "mother", "father", "son", "daughter", "imam", "priest",
  "village head", "village chief", "chief", "leader", "official", "guard", "driver", "pilot", "passer-by", "bystander",
  "husband", "wife", "brother", "sister", "uncle", "nephew", "niece", "grandson", "granddaughter", "IDP", "refugee", "ranger", "peacekeeper", "serviceman", "trooper", "gendarme", "inmate", "prisoner", "detainee", "pupil", "employee", "engineer",
  "contractor", "guardsman", "conscript", "marine", "lieutenant", "captain", "sergeant", "colonel", "corporal", "policewoman",
  "terrorist", "insurgent", "jihadist", "gunman", "attacker", "assailant", "grocer", "shopkeeper", "trader", "vendor", "herder",
  "fisherman", "monk", "cleric", "schoolboy", "schoolgirl", "elder", "citizen", "local",
  "motorcyclist", "driver", "passenger", "pedestrian", "herdsman", "labourer", "laborer", "nurse", "doctor", "worker",
  // ("A jawan was injured", "a minor was killed", "a constable died": more of the words news uses for one person.)
  "adult", "jawan", "minor", "youth", "cop", "constable", "head constable", "inspector", "sub-inspector", "militiaman", "guerrilla", "separatist",
  "bandit", "commando", "operative", "paratrooper", "recruit", "reservist", "sailor", "airman", "inhabitant", "worshipper", "pilgrim", "protester",
  "demonstrator", "patient", "miner", "merchant", "security guard", "vigilante", "tribesman", "teen", "pensioner", "retiree", "peasant", "nomad",
  // ("killed the mayor and nine other people", "a deputy governor and two of his guards": office holders.)
  "mayor", "deputy mayor", "governor", "deputy governor", "councillor", "councilor", "lawmaker", "judge", "general", "brigadier",
  // ("wounding a neighbour", "six civilians and a rescuer": those who were near, or came to help.)
  "rescuer", "firefighter", "neighbour", "neighbor", "bodyguard", "cameraman", "health worker", "surgeon", "guide", "watchman", "caretaker", "administrator",
];
