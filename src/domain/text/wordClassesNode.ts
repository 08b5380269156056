// Node entry points (the command line, tests, benchmarks) read the word classes synchronously, on
// first use, instead of as the pane's lazy chunk.
import { useWordClassesFrom, type WordClassData } from "./wordClasses";

useWordClassesFrom(() => require("./wordClasses.data") as WordClassData);
