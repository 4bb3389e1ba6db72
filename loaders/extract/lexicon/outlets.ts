/**
 * News outlets a reader knows by name, and their web addresses. Order matters only for overlapping
 * names. An outlet missing here is still found by how it credits itself (see outlet.ts).
 */
export const OUTLETS: Array<[string, RegExp]> = [
  ["TRT World", /\bTRT ?World\b/i],
  // ("Reuter", as the agency signed itself until the 1990s.)
  ["Reuters", /\bReuters?\b/],
  ["AFP", /\b(?:AFP|Agence France[- ]Presse)\b/],
  ["Associated Press (AP)", /\b(?:AP|Associated Press)\b/],
  ["Al Jazeera", /\bAl[- ]Jazeera\b/i],
  ["Daily Sabah", /\bDaily ?Sabah\b/i],
  ["Anadolu Agency", /\b(?:Anadolu(?: Agency)?|AA)\b/],
  ["Xinhua", /\bXinhua\b/],
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
  ["Deutsche Welle", /\b(?:DW|Deutsche Welle)\b/],
  ["Voice of America", /\b(?:VOA|Voice of America)\b/],
  ["RT", /\bRT\b/],
  ["Sputnik", /\bSputnik\b/],
  ["TASS", /\bTASS\b/],
  ["SANA", /\bSANA\b/],
  ["dpa", /\bdpa\b/],
  ["UPI", /\bUPI\b/],
  ["EFE", /\bEFE\b/],
  ["Kurdistan 24", /\bKurdistan ?24\b/i],
  ["Rudaw", /\bRudaw\b/],
  ["Enab Baladi", /\bEnab Baladi\b/i],
  ["Syria Direct", /\bSyria Direct\b/i],
  ["The Defense Post", /\bThe Defen[cs]e Post\b/i],
  ["Yeni Safak", /\bYeni [SŞ]afak\b/i],
  ["Ahval", /\bAhval\b/],
];

/** Wire agencies as datelines tag them: "BEIRUT, Aug 23 (Reuters) -". */
export const NEWS_AGENCY_TAG = "Reuters|AFP|AP|Xinhua|AA|Anadolu|dpa|UPI|EFE|TASS|Sputnik|SANA|ANI|IANS|RFE/RL|MENAFN|Bernama|BERNAMA|BSS|PTI|APP|IRNA|KUNA|WAM|SPA|QNA|MENA|NNA|ENA|SUNA";

export const DOMAINS: Array<[RegExp, string]> = [
  [/trtworld\./, "TRT World"], [/reuters\./, "Reuters"], [/afp\./, "AFP"], [/apnews\./, "Associated Press (AP)"], [/aljazeera\./, "Al Jazeera"],
  [/dailysabah\./, "Daily Sabah"], [/aa\.com\.tr/, "Anadolu Agency"], [/xinhua/, "Xinhua"], [/hurriyetdailynews\./, "Hurriyet Daily News"],
  [/middleeasteye\./, "Middle East Eye"], [/al-monitor\./, "Al-Monitor"], [/bbc\./, "BBC"], [/cnn\./, "CNN"], [/theguardian\./, "The Guardian"],
  [/france24\./, "France 24"], [/dw\.com/, "Deutsche Welle"], [/voanews\./, "Voice of America"], [/rt\.com/, "RT"], [/aawsat\./, "Asharq Al-Awsat"],
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
