/**
 * Who says so, and who did it. A claim's source is read from its sentence ("according to",
 * "X said", "X reported"); unsourced sentences in wire copy usually carry the previous source, but we
 * only table what the sentence itself says.
 */
const SOURCES: Array<[RegExp, string]> = [
  [/\bSyrian Observatory\b|\bSOHR\b|\bObservatory\b|\bRami Abdel Rahman\b|\bBritain-based (?:war )?monitor|\bU\.?K\.?-based (?:war )?monitor/i, "Syrian Observatory for Human Rights (monitor)"],
  [/\bSyrian Network for Human Rights\b|\bSNHR\b/i, "Syrian Network for Human Rights (monitor)"],
  [/\bWhite Helmets\b|\bCivil Defen[cs]e\b/i, "White Helmets (civil defence)"],
  [/\bOCHA\b|\bUNHCR\b|\bUNICEF\b|\bWHO\b|\bU\.?N\.?\b|\bUnited Nations\b|\bSecretary-General\b|\bDujarric\b/, "United Nations"],
  [/\bSANA\b|\bstate (?:news agency|media|TV|television)\b|\bCentral Military Media\b/i, "Syrian state media"],
  [/\b(?:Defen[cs]e|Foreign|Interior|Health) Ministry\b|\bMinistry of\b/i, "a ministry"],
  [/\b(?:Coordinators|Response Coordination|Syria Intervention Coordinator)\b/i, "Response Coordinators (NGO)"],
  [/\bmonitors?\b/i, "a war monitor"],
  [/\blocal sources\b|\bactivists\b|\bresidents said\b|\bwitnesses\b/i, "local sources"],
  [/\bAnadolu\b|\bAA\b/, "Anadolu Agency"],
  [/\bmedics?\b|\bdoctors?\b|\bhospital\b/i, "medical sources"],
];

export function attributedTo(sentence: string): string | null {
  if (!/\b(?:said|says|say|according to|reported|reports|told|tally|toll|statement|declared|warned|announced|estimated|counted|documented|confirmed)\b/i.test(sentence)) return null;
  for (const [re, who] of SOURCES) if (re.test(sentence)) return who;
  return null;
}

const PERPETRATORS: Array<[RegExp, string]> = [
  [/\bRussian (?:air ?strikes?|airstrikes?|warplanes?|jets?|forces|bombardment|raids?)|\bby Russia\b|\bRussian-led\b/i, "Russia"],
  [/\b(?:regime|government|Syrian|Assad|army|pro-regime|pro-government)(?:['’]s)? (?:air ?strikes?|airstrikes?|strikes?|warplanes?|jets?|forces|troops|shelling|bombardment|barrel bombs?|helicopters?|attacks?|artillery|rockets?|raids?)|\bby the (?:Assad )?regime\b|\bby (?:Syrian )?government\b/i, "Syrian government"],
  [/\bTurkish (?:air ?strikes?|forces|troops|army|shelling|drones?)\b/i, "Turkey"],
  [/\b(?:rebels?|jihadists?|HTS|Hayat Tahrir al-Sham|insurgents?|militants?)(?:['’])? (?:shelling|rockets?|attacks?|fire)\b|\bby (?:rebels|jihadists|militants|insurgents)\b/i, "opposition groups"],
  [/\bYPG\b|\bSDF\b|\bPKK\b/, "YPG/SDF"],
];

/** The actor a sentence names as having done it ("a regime air strike", "Russian warplanes"), if any. */
export function perpetrator(sentence: string): string | null {
  let best: [number, string] | null = null;
  for (const [re, who] of PERPETRATORS) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best[0])) best = [m.index, who];
  }
  return best?.[1] ?? null;
}
