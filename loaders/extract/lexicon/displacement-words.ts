/**
 * How news and UN updates say people were uprooted (IDMC's terms: displaced, evacuated, forced to
 * flee, sheltered, in relief camps, relocated, homeless), at risk, or expected to move.
 */
/** After the people: "12,000 people fled", "were evacuated", "took shelter in". */
export const DISPLACED_AFTER = [
  "displaced", "fled", "fleeing", "uprooted", "evacuated", "forced to flee", "forced from", "forced out", "forced to leave",
  "forced to evacuate", "forced to abandon", "forced to escape", "had to escape", "driven out", "driven from", "made homeless", "left homeless", "rendered homeless", "become homeless", "became homeless", "becoming homeless",
  "had to flee", "had to migrate", "forced to migrate", "had to leave", "had to abandon", "migrated", "escaped", "to flee", "on the move", "in camps",
  // ("37 families were forced off their farms", "driven off their land": the land they lived on.)
  "forced off their farms", "forced off their land", "forced off their lands", "driven off their farms", "driven off their land", "driven off their lands", "pushed off their land",
  "ordered to evacuate", "told to evacuate", "urged to evacuate", "relocated", "took shelter", "taken shelter", "sought shelter",
  "sought refuge", "took refuge", "taken refuge", "seeking refuge", "seeking shelter", "seeking safety", "taking shelter in", "taking refuge in", "sheltering", "staying in shelters", "staying in evacuation centres",
  "staying in evacuation centers", "staying with host families", "staying with relatives", "living in camps", "living in shelters",
  "moved to shelters", "moved to evacuation centres", "streaming", "streamed", "abandoned", "left their homes",
  "left their villages", "flee their homes", "flee their villages", "flee the fighting", "flee the violence", "flee to", "flee into", "flee across", "are scattered", "were scattered", "started leaving", "began leaving", "are leaving", "were leaving", "are already leaving", "were already leaving", "started fleeing", "began fleeing", "leaving their homes", "forced to move", "forced to relocate", "are hiding",
  "were hiding", "hiding in", "took to the bush", "taken to the bush", "fled into the bush", "fled into the forest", "registered as displaced", "recorded as displaced", "registered as new arrivals", "recorded as new arrivals", "reported as displaced", "reported displaced", "registered as refugees", "recorded as refugees", "remain displaced", "remained displaced", "still displaced",
  "newly displaced", "internally displaced", "in displacement", "arrived in", "arrived at", "arrived into", "poured into", "poured in", "streamed in", "as displaced", "as internally displaced", "crossed into", "crossed the border", "crossed from", "crossed over", "crossed to",
  // "4,000 refugees had crossed frontlines", "3,000 residents had managed to escape", "up to 30,000 flee violence".
  "crossed frontlines", "crossed front lines", "crossed the front line", "crossed the front lines", "managed to escape",
  "managed to flee", "managed to leave", "flee violence", "flee fighting", "flee clashes", "flee attacks",
  "forced to seek refuge", "forced to seek shelter", "forced to take refuge", "forced to take shelter",
  // ("Some 900 residents had to take refuge in schools": obliged, as "forced to".)
  "had to seek refuge", "had to seek shelter", "had to take refuge", "had to take shelter",
  "crossing into", "crossing to", "crossing the border", "have entered", "has entered", "had entered", "entered", "ran for their lives",
  "run for their lives", "running for their lives", "fled for their lives",
  "left the city", "left the town", "left the area", "left the village", "left the region", "left the country",
  // ("30 families left the site after the shelling": a displacement site or a camp left is a move too.)
  "left the site", "left the camp", "left the settlement", "left eastern", "left western",
  // ("41,000 civilians have left the rebel-held areas": a zone named by who holds it.)
  "left the rebel-held", "left the government-held", "left the militant-held", "left the opposition-held", "left the insurgent-held",
  "left northern", "left southern", "fled their homes", "fled the fighting", "fled the violence", "having fled", "having been displaced",
  "having been forced", "left due to", "left because of", "left as a result of", "flocked to", "flocking to", "sought safety",
  "on the run", "left on Monday", "left on Tuesday", "left on Wednesday", "left on Thursday", "left on Friday", "left on Saturday",
  "left on Sunday", "left Monday", "left Tuesday", "left Wednesday", "left Thursday", "left Friday", "left Saturday", "left Sunday",
  "joined the exodus", "have joined the exodus", "experienced displacement", "have experienced displacement",
  // "28,500 Tarsans were forced to displace from their homes" (a Spanish reflexive put into English),
  // "281,000 civilians had experienced forced displacement", "suffered displacement".
  "forced to displace", "experienced forced displacement", "suffered displacement", "suffered forced displacement",
  "began running", "started running", "set up camp", "set up makeshift camps", "set up makeshift shelters", "flee", "flees", "moved from", "have moved from", "relocated from", "moved into", "have moved into", "sheltered", "are sheltered",
  // "4,200 had moved to X while 1,900 have proceeded to Y", "460 villagers moved out of the hamlets", "are moving towards the river".
  "moved to", "proceeded to", "moved out of", "moving out of", "moving towards", "moving toward", "moving into",
  "crossed the frontier", "crossed the frontiers",
  // "820 families remain housed in schools", "2,700 taking refuge at the stadium".
  "housed in", "taking refuge at", "took refuge at", "taken refuge at", "sought refuge at", "sheltering at", "sheltering in",
  // "7,000 have sought sanctuary across the border", "8,300 have headed for the town of X".
  "sought sanctuary", "seeking sanctuary", "found sanctuary", "taken sanctuary", "took sanctuary",
  // "About 11,000 people have found refuge in Tarsa".
  "found refuge", "found shelter", "found safety",
  "headed for", "headed to", "headed towards", "headed toward", "heading for", "heading to",
  // "dozens of families set off for Tarsa that night".
  "set off for", "set out for", "set off towards", "set out towards", "set off toward", "set out toward",
  // "500 people also left for villages across the border", "hundreds had shifted to safer areas".
  "left for", "have left for", "had left for", "shifted to safer", "have shifted to safer", "had shifted to safer", "moved to safer", "relocated to safer",
  // "30,000 had poured out of the region", "thousands streaming out of the city".
  // "some 450 people arrived from their villages", "3,000 are stranded at the border".
  "escaping to", "escaped to", "escaping into", "escaped into", "arrived there",
  "arrived from", "have arrived from", "arrived outside", "arrived near", "camped in", "camped on", "camped at", "camping in", "camping on", "camping at", "become displaced", "became displaced", "stuck at the border", "stranded at the border", "stranded on the border", "stuck on the border", "massed at the border", "massed on the border", "waiting at the border", "waiting to cross",
  // "a further 16,000 are refugees in Tarsa", "5,500 people have reached sites in the north", "made it across".
  "are refugees", "were refugees", "are now refugees", "became refugees", "have become refugees", "are refugees in", "are internally displaced",
  "reached safety", "have reached safety", "reached sites", "have reached sites", "reached camps", "have reached camps", "reached the border", "have reached the border",
  "made it across", "made it to safety", "made it out",
  // "1,100 families have vacated their homes".
  "vacated their homes", "vacated their villages", "vacated the area", "vacated the town", "vacated the village", "have vacated",
  // "1,500 individuals have been received at the emergency site", "where 400 people have so far arrived".
  "been received at", "been received in", "were received at", "were received in", "have so far arrived", "have now arrived", "have already arrived", "had already arrived",
  // "leaving the market in ashes and some 4,300 people homeless", "about 1,900 are homeless": the people, then
  // the state the cause left them in, however far back the cause's verb stands.
  "homeless",
  // "over a million people have been compelled to flee Tarsa", "at least 1,000 had tried to leave for Ulmar",
  // "hundreds of families attempted to flee", "2,000 civilians managed to cross the front lines": a move, said with its effort.
  "compelled to flee", "compelled to leave", "compelled to abandon", "tried to flee", "tried to leave for", "attempted to flee", "attempted to leave for",
  "managed to cross",
  // "8,000 villagers slipped across the river into X", "10,000 have made their way into Ulmar", "500 people crossed at Qarn" (a crossing point).
  "slipped across", "slipped into", "waded across", "made their way into", "made their way to", "made their way across", "have made their way",
  "crossed at", "crossing at", "are crossing at",
  "poured out of", "pouring out of", "streamed out of", "streaming out of", "flooded out of", "flooding out of", "poured across", "streamed across", "spilled across", "spilled into", "spilled over into", "spilling into", "spilling over into",
];
/** Before the people: "displaced 12,000 people", "the exodus of". */
export const DISPLACED_BEFORE = [
  "displaced", "displacing", "displacement of", "uprooted", "uprooting", "uproots", "displaces", "exodus of", "flight of", "evacuation of", "evacuated",
  "influx of", "wave of", "driving out", "drove out", "displace", "forced out", "evacuating", "relocated", "relocating", "sheltering",
  "hosting", "now hosts", "arrival of", "arrivals of",
];
/** "forcing 12,000 people to flee": a cause before, a movement after. */
export const FORCING_BEFORE = ["forcing", "forced", "force", "forces", "ordered", "ordering", "drives", "sending", "sent", "putting", "put", "causing", "caused", "prompting", "prompted", "driving", "drove", "driven", "has driven", "pushing", "pushed", "leaving", "left",
  // "frightening thousands of residents into fleeing their homes".
  "frightening", "frightened", "scaring", "scared", "terrifying", "terrified", "panicking", "panicked"];
export const FORCING_AFTER = ["out of", "to flee", "fleeing", "into fleeing", "into flight", "to flight", "out of town", "out of the town", "out of the city", "out of the area", "out of the region", "out of the village", "to leave", "from their homes", "from their villages", "from their towns", "from their land", "from their houses", "to escape", "out of their homes", "to migrate", "to evacuate", "to seek refuge", "to seek shelter", "to take shelter", "to abandon", "to stay in", "to move", "homeless", "without shelter", "from their rural homes", "from their ancestral homes", "from their village homes",
  // "has driven hundreds of people into neighbouring Chad", "sent thousands into the bush".
  "into neighbouring", "into neighboring", "into southern", "into northern", "into eastern", "into western", "into the bush", "into the forest", "into the hills", "into the surrounding", "into the nearby", "across the border", "over the border", "into exile",
  // "sent 275 families to temporary sites in Tarsa": moved into shelter.
  "to temporary sites", "to displacement sites", "to displacement camps", "to temporary shelters", "to makeshift camps", "to makeshift shelters"];
/** At risk: "41,000 people were trapped", "in urgent need of assistance". */
export const RISK_AFTER = ["living in besieged", "live in besieged", "living under siege", "have been affected", "has been affected", "were affected", "are affected", "at risk", "in danger",
  // ("threatened by the advance"; "16 local leaders were threatened" were intimidated, which is no risk of being uprooted.)
  "threatened by", "threatened with", "under threat", "affected by", "being impacted", "being affected", "impacted by",
  // (An urgent need, not any need: "in need of shelter and food" is about aid, not danger.)
  "in urgent need of", "in dire need of", "trapped",
  // "1,400 people confined to their villages by landmines": kept where the fighting is.
  "confined to their villages", "confined to their homes", "confined to their houses", "confined to their communities", "besieged", "stranded", "cut off", "encircled", "under siege", "surrounded by", "remain surrounded", "remained surrounded",
  // "5,000 individuals affected in Tarsa", "26,000 civilians are stuck in the city".
  "affected in", "affected across", "stuck in", "are stuck", "blockaded", "have been blockaded", "held hostage", "being held hostage", "remain stuck", "remained stuck", "remains stuck",
  // "900 people were unable to leave the city": trapped, said plainly.
  "unable to leave", "unable to flee", "unable to escape", "could not leave", "could not flee",
  // "12,000 residents are being prevented by the fighters from leaving": kept in by force.
  "prevented from leaving", "prevented from fleeing", "prevented from escaping", "being prevented by", "were prevented by", "are prevented by", "barred from leaving", "blocked from leaving",
  // "47,000 people remain within the town without access to food".
  "remain within", "remained within", "remain inside", "remained inside", "without access to",
  // "leaving about 300,000 people without medical care".
  "without medical care", "without food", "without water", "without shelter", "without aid", "without humanitarian aid", "without electricity",
  // "tens of thousands of civilians will be left without protection".
  "without protection",
  // "Up to 90 people remain in the city": those who stayed where the fighting is.
  "remain in the city", "remain in the town", "remained in the city", "remained in the town", "estimated to remain",
  "still remain in", "remain in the area", "remained in the area",
  // "between 60,000 and 90,000 are still in the combat zone".
  "in the no-fire zone", "in the combat zone", "in the conflict zone", "in the war zone", "in the safe zone"];
/** Projections: "could uproot 300,000". */
export const PROJECTED_BEFORE = ["expecting displacement of", "expect displacement of", "expects displacement of", "expected displacement of", "anticipating displacement of", "preparing for", "prepares for", "bracing for", "braces for", "planning for", "plans for", "predicted that", "predicts that", "forecast that", "projected that", "could displace", "may displace", "would displace", "expected to displace", "could force", "would force", "may force", "could uproot", "may uproot", "would uproot", "threatens to displace", "risks displacing",
  // "the order is expected to uproot 230,000 people": the same forecast with another verb.
  "might displace", "might uproot", "will displace", "will uproot", "expected to uproot", "likely to displace", "likely to uproot", "threatens to uproot", "threaten to uproot", "threaten to displace", "risks uprooting",
  // "an assault could see 800,000 people flee".
  "could see", "may see", "might see", "would see", "could send", "could drive", "could push",
  "might send", "may send", "would send", "might drive", "may drive", "would drive", "might push", "may push", "would push", "might force",
  // "authorities plan to move 26,000 residents", "the agency is anticipating up to 64,000 new arrivals".
  "plan to move", "plans to move", "planning to move", "planned to move", "planned to evacuate", "planned to relocate",
  // "planning to help up to 22,000 people leaving": the aid prepared for those expected.
  "planning to help", "plans to help", "plan to help", "making plans to help", "planning to assist", "preparing to receive", "prepare to receive", "prepares to receive", "plan to relocate", "plans to relocate", "plan to evacuate", "plans to evacuate", "planning to evacuate",
  "anticipating", "anticipates", "anticipate", "expecting", "expects",
  // "the number will reach closer to a million displaced people": a count foreseen.
  "will reach", "could reach", "may reach", "might reach", "would reach", "expected to reach", "will reach closer to", "could rise to", "will rise to", "may rise to", "expected to rise to"];
/** A figure of people going home is not displacement. */
export const RETURNED_AFTER = ["returned", "have returned", "had returned", "went home", "gone home", "returning home", "returned home", "were able to return",
  // "families who fled last year left the camps to head back to their homes".
  "head back", "headed back", "heading back", "went back", "going back", "go back",
  // "600,000 displaced people have gone back to their districts".
  "gone back", "have gone back", "had gone back", "made their way back", "have made their way back",
  // ("900 displaced people were bused back home": a return organised for them.)
  "transported back", "were transported back", "brought back", "were brought back", "bused back", "were bused back", "taken back home", "were taken back home"];
/** A count stated after its noun: "put the number of displaced at 90,000", "brings to 332,000 the number of". */
export const NUMBER_OF_DISPLACED = ["number of displaced", "number of people displaced", "number of internally displaced", "number of IDPs", "number of displaced people", "number of displaced persons", "number of displaced families", "number of displaced households", "number who have fled", "number of people who have fled", "number of people forced", "number who have left", "number who left", "number of people who left", "number of civilians who", "number of civilians forced", "number of residents forced", "number of people who have been forced", "total displacement", "total to have fled", "total who have fled", "total displaced", "total uprooted", "total number of displaced", "number of refugees", "number of evacuees", "displaced population", "refugee population", "displacement figure", "number of people uprooted",
  // ("the number of people sheltering in schools has risen to 35,000": people in shelter have left their homes.)
  "number of people sheltering", "number of people taking shelter", "number of people seeking shelter", "number of people seeking refuge",
  // ("bringing to 250,000 the number who have sought safety in the country": those who fled, by where they went.)
  "number who have sought safety", "number who have sought refuge", "number who have sought shelter", "number of people who have sought safety", "number of people who have sought refuge", "number who have found refuge", "number who have found safety",
  "number of people taking refuge", "number of people who fled", "number of people fleeing",
  // ("the total number of families driven from their homes to 5,000": families counted by what was done to them.)
  "number of people driven", "number of families driven", "number of households driven", "number of families forced", "number of households forced",
  "number of families displaced", "number of households displaced", "number of families uprooted", "number of families who have fled",
  "number of families who fled", "number of families fleeing",
  // "put the number who escaped X at 19,000 families", "the toll of newly displaced stood at 5,600 households".
  "number who escaped", "number who fled", "number who had fled", "number of newly displaced", "toll of newly displaced", "toll of displaced", "tally of displaced", "tally of newly displaced"];
/**
 * Things a figure can count that are not people, written where a people noun could stand: "residents of
 * seven villages have been displaced", "two displaced communities", "two IDP groups", "the top five IDP-hosting governorates".
 */
export const COUNTED_NOT_PEOPLE = ["villages", "towns", "cities", "communities", "groups", "districts", "camps", "sites", "settlements", "areas", "regions", "provinces", "governorates", "localities", "neighbourhoods", "neighborhoods", "countries", "states", "municipalities", "counties", "zones", "locations", "sectors", "hosting", "host"];
