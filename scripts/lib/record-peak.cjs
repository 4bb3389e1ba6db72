// Loaded into Framework's process by the build (peak-memory.ts): writes its peak resident memory (kB) as it exits.
const {writeFileSync} = require("node:fs");
process.on("exit", () => {
  try {
    writeFileSync(process.env.RECORD_PEAK_FILE, String(process.resourceUsage().maxRSS));
  } catch {
    // nowhere to write it: the build says it is not known
  }
});
