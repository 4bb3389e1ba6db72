/**
 * Who says so: the kinds of source news cites, in any war. A war's own monitors and media come from
 * its conflict profile; these are the sources every war has.
 */
/** Words that make a sentence a report of what someone said. */
export const REPORTING_WORDS = ["said", "says", "say", "according to", "reported", "reports", "told", "tally", "toll", "statement", "declared", "warned", "announced", "estimated", "estimates", "counted", "documented", "confirmed", "recorded", "registered"];

/** [tabled as, names] in order: the first that a sentence names is its source. */
export const GENERAL_SOURCES: Array<[string, string[]]> = [
  ["United Nations", ["OCHA", "UNHCR", "UNICEF", "WHO", "UN", "U.N.", "United Nations", "Secretary-General", "IOM", "International Organization for Migration", "World Food Programme", "WFP", "UNRWA", "UN refugee agency", "UN human rights office", "OHCHR"]],
  ["Red Cross / Red Crescent", ["ICRC", "Red Cross", "Red Crescent"]],
  ["an aid group", ["Doctors Without Borders", "MSF", "Médecins Sans Frontières", "Save the Children", "Norwegian Refugee Council", "NRC", "Human Rights Watch", "Amnesty International", "aid group", "aid agency", "charity"]],
  ["a conflict monitor", ["ACLED", "Armed Conflict Location", "Airwars", "IDMC", "Internal Displacement Monitoring Centre", "DTM", "Displacement Tracking Matrix"]],
  ["state media", ["state news agency", "state media", "state TV", "state television", "state-run", "official news agency"]],
  ["a ministry", ["Defence Ministry", "Defense Ministry", "Foreign Ministry", "Interior Ministry", "Health Ministry", "Ministry of Defence", "Ministry of Defense", "Ministry of Health", "Ministry of the Interior", "Ministry of"]],
  ["the military", ["military spokesman", "army spokesman", "military said", "army said", "armed forces said", "general staff"]],
  ["officials", ["officials", "governor", "mayor", "local authorities", "authorities", "police said", "police spokesman"]],
  ["a war monitor", ["monitor", "monitors", "monitoring group"]],
  ["local sources", ["local sources", "activists", "residents said", "witnesses", "eyewitnesses", "a resident"]],
  ["medical sources", ["medics", "medic", "doctors", "doctor", "hospital", "health officials", "health authorities"]],
];

/** What an actor's attack is called after its name: "Russian air strikes", "rebel shelling". */
export const ATTACK_NOUNS = ["air strikes", "air strike", "airstrikes", "airstrike", "strikes", "strike", "warplanes", "warplane", "jets", "aircraft", "helicopters", "drones", "drone", "forces", "troops", "soldiers", "army", "shelling", "bombardment", "barrel bombs", "bombs", "attacks", "attack", "artillery", "rockets", "missiles", "raids", "raid", "fire", "fighters", "militants", "gunmen", "offensive"];

/** Verbs by which a source speaks, written after it: "…, the agency said", "…, the group added". */
export const SPEAKING_VERBS = ["said", "says", "say", "reported", "reports", "told", "added", "adds", "stated", "claimed", "announced", "confirmed", "warned", "wrote", "noted", "estimated", "documented", "recorded", "explained", "tweeted", "posted"];
