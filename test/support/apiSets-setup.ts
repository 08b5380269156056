// Every emulated Excel in the unit tests checks each member the add-in uses against the requirement
// set @types/office-js names for it: the d.ts is parsed once per test file (about 50 ms) and kept in memory.
import { readFileSync } from "fs";
import { parseApiSets, useApiSets } from "../../emulator/apiSets";

const dts = require.resolve("@types/office-js/index.d.ts");
useApiSets(parseApiSets(readFileSync(dts, "utf8")));
