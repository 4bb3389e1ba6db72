// Framework data loader: a fingerprint of the articles and the code the report was built from. The
// article viewer fetches an article's data with it, so a browser never shows a copy cached before a
// rebuild, and the dev server (which re-runs this loader when data/ or loaders/ change) refetches.
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {projectAt, sharedInputsHash, versionData} from "../../scripts/lib/freshness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
process.stdout.write(JSON.stringify(versionData(sharedInputsHash(projectAt(root)))));
