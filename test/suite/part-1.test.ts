// Part 1 of 2 of the unit tests: see parts.ts for why the files are run in parts.
import {runPart} from "./parts.ts";

await runPart(0, 2);
