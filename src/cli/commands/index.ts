// Every command of the command line, in the order `okr-sheets --help` lists them. A new command is
// its file in this folder (its options declared there, and typed from their declarations) and one
// line here.
import check from "./check";
import chaseCommand from "./chase";
import checkin from "./checkin";
import close from "./close";
import importCommand from "./import";
import collect from "./collect";
import newSheets from "./new";
import next from "./next";
import review from "./review";
import score from "./score";
import split from "./split";
import templates from "./templates";

export const COMMANDS = [
  check,
  templates,
  newSheets,
  split,
  collect,
  importCommand,
  score,
  checkin,
  chaseCommand,
  close,
  next,
  review,
] as const;
