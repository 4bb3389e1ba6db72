/**
 * News outlets a reader knows by name, and their web addresses. Order matters only for overlapping
 * names. An outlet missing here is still found by how it credits itself (see outlet.ts).
 */
/** What else a reader knows of an outlet: a wire agency (or a UN office) sells or gives its copy to papers, so its name
 * in a story is as often the story's source as its publisher. */
export interface OutletTraits { wire?: boolean }
const WIRE: OutletTraits = { wire: true };

export const OUTLETS: Array<[name: string, pattern: RegExp, traits?: OutletTraits]> = [
  ["TRT World", /\bTRT ?World\b/i],
  // ("Reuter", as the agency signed itself until the 1990s.)
  ["Reuters", /\bReuters?\b/, WIRE],
  ["AFP", /\b(?:AFP|Agence France[- ]Presse)\b/, WIRE],
  // (Before AP: its name holds "Associated Press".)
  ["Associated Press of Pakistan (APP)", /\b(?:APP|Associated Press of Pakistan)\b/],
  // (Each outlet under its full name and the short form it is known by, so a credit in either form finds it: "Voice of
  // America (VOA)"; "The Associated Press", as the agency names itself.)
  ["The Associated Press (AP)", /\b(?:AP|Associated Press)\b/, WIRE],
  ["Al Jazeera", /\bAl[- ]Jazeera\b/i],
  ["Daily Sabah", /\bDaily ?Sabah\b/i],
  ["Anadolu Agency", /\b(?:Anadolu(?: Agency)?|AA)\b/, WIRE],
  ["Xinhua", /\bXinhua\b/, WIRE],
  ["Hurriyet Daily News", /\bH[uü]rriyet Daily News\b/i],
  ["Middle East Eye", /\bMiddle East Eye\b/i],
  ["Al-Monitor", /\bAl-Monitor\b/i],
  ["Asharq Al-Awsat", /\bAsharq Al-Awsat\b/i],
  ["The National", /\bThe National\b/],
  ["Arab News", /\bArab News\b/],
  ["Al Arabiya", /\bAl Arabiya\b/i],
  ["BBC", /\bBBC\b/],
  ["CNN", /\bCNN\b/],
  ["The Guardian", /\bThe Guardian\b/],
  ["France 24", /\bFrance ?24\b/i],
  ["Deutsche Welle (DW)", /\b(?:DW|Deutsche Welle)\b/],
  ["Voice of America (VOA)", /\b(?:VOA|Voice of America)\b/],
  ["RT", /\bRT\b/],
  ["Sputnik", /\bSputnik\b/, WIRE],
  ["TASS", /\bTASS\b/, WIRE],
  ["SANA", /\bSANA\b/, WIRE],
  ["dpa", /\bdpa\b/, WIRE],
  ["UPI", /\bUPI\b/, WIRE],
  ["EFE", /\bEFE\b/, WIRE],
  ["Kurdistan 24", /\bKurdistan ?24\b/i],
  ["Rudaw", /\bRudaw\b/],
  ["Enab Baladi", /\bEnab Baladi\b/i],
  ["Syria Direct", /\bSyria Direct\b/i],
  ["The Defense Post", /\bThe Defen[cs]e Post\b/i],
  ["Yeni Safak", /\bYeni [SŞ]afak\b/i],
  ["Ahval", /\bAhval\b/],
  // National news agencies, named in full with the tag their datelines use: "(MNA)" is the Mehr News Agency.
  ["Mehr News Agency (MNA)", /\b(?:Mehr News(?: Agency)?|MNA)\b/],
  ["Tasnim News Agency", /\bTasnim(?: News(?: Agency)?)?\b/],
  ["Fars News Agency", /\bFars News(?: Agency)?\b/],
  ["Islamic Republic News Agency (IRNA)", /\b(?:IRNA|Islamic Republic News Agency)\b/],
  ["Press TV", /\bPress ?TV\b/],
  ["Ma'an News Agency", /\bMa['’]an(?: News(?: Agency)?)?\b/],
  ["WAFA", /\bWAFA\b/],
  ["Shafaq News", /\bShafaq(?: News)?\b/],
  ["North Press Agency", /\bNorth Press(?: Agency)?\b/],
  ["Hawar News Agency (ANHA)", /\b(?:Hawar News(?: Agency)?|ANHA)\b/],
  ["National News Agency (NNA)", /\b(?:National News Agency|NNA)\b/],
  ["Saudi Press Agency (SPA)", /\b(?:Saudi Press Agency|SPA)\b/],
  ["Emirates News Agency (WAM)", /\b(?:Emirates News Agency|WAM)\b/],
  ["Kuwait News Agency (KUNA)", /\b(?:Kuwait News Agency|KUNA)\b/],
  ["Qatar News Agency (QNA)", /\b(?:Qatar News Agency|QNA)\b/],
  ["Sudan News Agency (SUNA)", /\b(?:Sudan News Agency|SUNA)\b/],
  ["Panafrican News Agency (PANA)", /\b(?:Pan-?[Aa]frican News Agency|PANA)\b/],
  ["Vietnam News Agency (VNA)", /\b(?:Vietnam News Agency|VNA)\b/],
  // ("Trend" is an English word: the agency only as the whole credit, "Trend:", or by its full name.)
  ["Trend News Agency", /^Trend(?=:?$)|\bTrend News Agency\b/],
  ["Azeri Press Agency (APA)", /\b(?:Azeri Press Agency|APA)\b/],
  ["Kenya News Agency (KNA)", /\b(?:Kenya News Agency|KNA)\b/],
  ["Agence Ivoirienne de Presse (AIP)", /\bAgence Ivoirienne de Presse\b/],
  ["Agence Congolaise de Presse (ACP)", /\bAgence Congolaise de Presse\b/],
  ["Philippine News Agency (PNA)", /\bPhilippine News Agency\b/],
  ["Antara", /\bAntara\b/],
  ["Kazinform", /\bKazinform\b/],
  ["BelTA", /\bBelTA\b/],
  ["Ethiopian News Agency (ENA)", /\b(?:Ethiopian News Agency|ENA)\b/],
  ["Middle East News Agency (MENA)", /\b(?:Middle East News Agency|MENA)\b/],
  ["Somali National News Agency (SONNA)", /\b(?:SONNA|Somali National News Agency)\b/],
  ["News Agency of Nigeria (NAN)", /\b(?:News Agency of Nigeria|NAN)\b/],
  ["Press Trust of India (PTI)", /\b(?:Press Trust of India|PTI)\b/],
  ["Indo-Asian News Service (IANS)", /\b(?:IANS|Indo-Asian News Service)\b/],
  ["Asian News International (ANI)", /\b(?:ANI|Asian News International)\b/],
  ["Bangladesh Sangbad Sangstha (BSS)", /\b(?:BSS|Bangladesh Sangbad Sangstha)\b/],
  ["Bernama", /\bBERNAMA\b/i, WIRE],
  ["Kyodo News", /\bKyodo\b/],
  ["Yonhap", /\bYonhap\b/],
  ["Interfax", /\bInterfax\b/, WIRE],
  ["RIA Novosti", /\bRIA(?: Novosti)?\b/],
  ["Ukrinform", /\bUkrinform\b/],
  ["UNIAN", /\bUNIAN\b/],
  ["Lusa", /\bLusa\b/],
  // (A short form that is also an English word counts only as the whole credit: "Source: AIR".)
  ["Agencia de Informacao de Mocambique (AIM)", /^AIM$|\bAg[eê]ncia de Informa[cç][aã]o de Mo[cç]ambique\b/],
  ["All India Radio (AIR)", /^AIR$|\bAll India Radio\b/],
  ["Pajhwok Afghan News", /\bPajhwok\b/],
  // Broadcasters, papers and sites that report the wars of their regions.
  ["Radio Free Europe/Radio Liberty (RFE/RL)", /\b(?:RFE\/RL|Radio Free Europe)\b/],
  ["Radio Free Asia (RFA)", /\b(?:RFA|Radio Free Asia)\b/],
  ["Radio France Internationale (RFI)", /\b(?:RFI|Radio France Internationale)\b/],
  ["The New Humanitarian (IRIN)", /\b(?:IRIN|The New Humanitarian)\b/],
  ["ReliefWeb", /\bReliefWeb\b/i],
  ["UN News", /\bUN News\b/],
  // The UN offices whose situation reports are printed as they are, in every war.
  ["UN Office for the Coordination of Humanitarian Affairs (OCHA)", /\b(?:(?:UN )?OCHA|Office for (?:the )?Coordination of Humanitarian Affairs)\b/, WIRE],
  ["UN Refugee Agency (UNHCR)", /\bUNHCR\b/, WIRE],
  ["The Kyiv Independent", /\b(?:The )?Kyiv Independent\b/],
  ["Ukrainska Pravda", /\bUkrainska Pravda\b/],
  ["Meduza", /\bMeduza\b/],
  ["Caucasian Knot", /\bCaucasian Knot\b/],
  ["Armenpress", /\bArmenpress\b/i],
  ["AZERTAC", /\bAZERTAC\b/i],
  ["The Irrawaddy", /\bThe Irrawaddy\b/],
  ["Mizzima", /\bMizzima\b/],
  ["Myanmar Now", /\bMyanmar Now\b/],
  ["Democratic Voice of Burma (DVB)", /\b(?:DVB|Democratic Voice of Burma)\b/],
  ["Radio Dabanga", /\b(?:Radio )?Dabanga\b/],
  ["Radio Tamazuj", /\b(?:Radio )?Tamazuj\b/],
  ["Sudan Tribune", /\bSudan Tribune\b/],
  ["Sudans Post", /\bSudans Post\b/],
  ["Eye Radio", /\bEye Radio\b/],
  ["Hiiraan Online (HOL)", /\b(?:[Hh]iiraan(?: Online)?|HOL)\b/],
  ["Garowe Online", /\bGarowe Online\b/],
  ["Shabelle Media Network", /\b(?:Shabelle Media(?: Network)?|Radio Shabelle)\b/],
  ["Addis Standard", /\bAddis Standard\b/],
  ["Premium Times", /\bPremium Times\b/],
  ["Daily Trust", /\bDaily Trust\b/],
  ["Channels Television", /\bChannels (?:TV|Television)\b/],
  ["HumAngle", /\bHumAngle\b/],
  ["Radio Okapi", /\bRadio Okapi\b/],
  ["Zitamar News", /\bZitamar(?: News)?\b/],
  ["Club of Mozambique", /\bClub of Mozambique\b/],
  ["Africanews", /\bAfricanews\b/],
  ["Mail & Guardian", /\bMail (?:&|and) Guardian\b/],
  ["Daily Nation", /\bDaily Nation\b/],
  ["The Express Tribune", /\b(?:The )?Express Tribune\b/],
  ["Geo News", /\bGeo News\b/],
  ["TOLOnews", /\bTOLO ?news\b/i],
  ["Khaama Press", /\bKhaama(?: Press)?\b/],
  ["Daily Excelsior", /\bDaily Excelsior\b/],
  ["Greater Kashmir", /\bGreater Kashmir\b/],
  ["Hindustan Times", /\bHindustan Times\b/],
  ["The Times of India", /\b(?:The )?Times of India\b/],
  ["NDTV", /\bNDTV\b/],
  ["Bangkok Post", /\bBangkok Post\b/],
  ["Philippine Daily Inquirer", /\b(?:Philippine Daily Inquirer|Inquirer\.net)\b/],
  ["The Philippine Star", /\b(?:Philstar|(?:The )?Philippine Star)\b/],
  ["Rappler", /\bRappler\b/],
  ["MindaNews", /\bMindaNews\b/],
  ["The Jakarta Post", /\b(?:The )?Jakarta Post\b/],
  ["TamilNet", /\bTamilNet\b/],
  ["Al Mayadeen", /\bAl[- ]Mayadeen\b/i],
  ["L'Orient Today", /\bL['’]Orient(?:-Le Jour| Today)\b/],
  ["The Times of Israel", /\b(?:The )?Times of Israel\b/],
  ["Haaretz", /\bHaaretz\b/],
  ["The Jerusalem Post", /\b(?:The )?Jerusalem Post\b/],
  ["Libya Observer", /\b(?:The )?Libya Observer\b/],
  ["Libya Herald", /\bLibya Herald\b/],
  ["Airwars", /\bAirwars\b/],
  // Monitors that publish their own reports: credited only where a credit stands (a masthead, a sign-off, "SNHR: …").
  ["Syrian Network for Human Rights (SNHR)", /\b(?:SNHR|Syrian Network for Human Rights)\b/],
  ["Syrian Observatory for Human Rights (SOHR)", /\b(?:SOHR|Syrian Observatory [Ff]or Human Rights)\b/],
  ["CGTN", /\bCGTN\b/],
  ["Global Times", /\bGlobal Times\b/],
  ["The New York Times", /\b(?:The )?New York Times\b/],
  ["The Washington Post", /\b(?:The )?Washington Post\b/],
  ["Los Angeles Times", /\b(?:The )?Los Angeles Times\b/],
  ["The Wall Street Journal", /\b(?:The )?Wall Street Journal\b/],
  ["Financial Times", /\bFinancial Times\b/],
  ["The Independent", /\bThe Independent\b/],
  ["The Telegraph", /\bThe (?:Daily )?Telegraph\b/],
  ["The Irish Times", /\bThe Irish Times\b/],
  ["Sky News", /\bSky News\b/],
  ["Euronews", /\bEuronews\b/i],
  ["NPR", /\bNPR\b/],
  ["CBS News", /\bCBS(?: News)?\b/],
  ["NBC News", /\bNBC(?: News)?\b/],
  ["ABC News", /\bABC News\b/],
];

/** Wire agencies as datelines tag them: "BEIRUT, Aug 23 (Reuters) -". */
/** Whether the outlet tabled under `name` is a wire agency or a UN office (marked WIRE above). */
export const isWireAgency = (name: string) => OUTLETS.some(([known, , traits]) => known === name && traits?.wire);

/** The outlet a reader knows that `s` names, under its tabled name, or null. */
export const outletIn = (s: string) => OUTLETS.find(([, re]) => re.test(s))?.[0] ?? null;

// Each outlet's pattern anchored where it is tried (sticky), for names longer than a capitalised run.
const STICKY = OUTLETS.map(([name, re]) => [name, new RegExp(re.source, `${re.flags}y`)] as const);
// Each outlet's pattern as the whole of a string, as written and in any case ("THE VALLEY TIMES").
const WHOLE = OUTLETS.map(([name, re]) => [name, new RegExp(`^(?:${re.source})$`, re.flags), new RegExp(`^(?:${re.source})\\W*$`, "i")] as const);
/** The outlet a reader knows that the whole of `s` names (in any case, trailing marks aside, with `anyCase`), or null. */
export function outletNamedBy(s: string, anyCase = false): string | null {
  for (const [name, exact, loose] of WHOLE) if ((anyCase ? loose : exact).test(s)) return name;
  return null;
}

/** The outlet whose name starts at `at` in `s` ("told Voice of America": the whole name, not "Voice"), or null. */
export function outletAt(s: string, at: number): string | null {
  for (const [name, re] of STICKY) {
    re.lastIndex = at;
    if (re.test(s)) return name;
  }
  return null;
}

export const NEWS_AGENCY_TAG = "Reuters|AFP|AP|Xinhua|AA|Anadolu|dpa|UPI|EFE|TASS|Sputnik|SANA|ANI|IANS|RFE/RL|MENAFN|Bernama|BERNAMA|BSS|PTI|APP|IRNA|KUNA|WAM|SPA|QNA|MENA|NNA|ENA|SUNA|VNA|PANA|KNA";

export const DOMAINS: Array<[RegExp, string]> = [
  [/trtworld\./, "TRT World"], [/reuters\./, "Reuters"], [/afp\./, "AFP"], [/apnews\./, "The Associated Press (AP)"], [/aljazeera\./, "Al Jazeera"],
  [/dailysabah\./, "Daily Sabah"], [/aa\.com\.tr/, "Anadolu Agency"], [/xinhua/, "Xinhua"], [/hurriyetdailynews\./, "Hurriyet Daily News"],
  [/middleeasteye\./, "Middle East Eye"], [/al-monitor\./, "Al-Monitor"], [/bbc\./, "BBC"], [/cnn\./, "CNN"], [/theguardian\./, "The Guardian"],
  [/france24\./, "France 24"], [/dw\.com/, "Deutsche Welle (DW)"], [/voanews\./, "Voice of America (VOA)"], [/rt\.com/, "RT"], [/aawsat\./, "Asharq Al-Awsat"],
  [/thenationalnews\.|thenational\.ae/, "The National"], [/arabnews\./, "Arab News"], [/alarabiya\./, "Al Arabiya"], [/enabbaladi\./, "Enab Baladi"],
  [/syriadirect\./, "Syria Direct"], [/thedefensepost\./, "The Defense Post"], [/kurdistan24\./, "Kurdistan 24"], [/rudaw\./, "Rudaw"],
];

/** Words that mark a line as an outlet's name (a masthead): "The Valley Times", "Agencia de Informacao". */
export const OUTLET_WORDS = [
  "Times", "Post", "News", "Herald", "Tribune", "Journal", "Agency", "Agencia", "Agence", "Press", "Radio", "TV", "Television",
  "Daily", "Gazette", "Observer", "Express", "Monitor", "Chronicle", "Telegraph", "Standard", "Star", "Mail", "Guardian", "Review",
  "Service", "Network", "Online", "Media", "Independent", "Nation", "Sun", "Voice", "Weekly", "Magazine", "Wire", "Dispatch",
  "Insider", "Today", "Informacao", "Information", "Bulletin", "Broadcasting", "Courier", "Record", "Register", "Sentinel", "Globe",
  "Examiner", "Inquirer", "Leader", "Mirror", "Pioneer", "Statesman", "Hindu", "Dawn", "Vanguard", "Punch", "Reporter",
];
