// The exit codes every `okr` command ends with: the README's "Exit codes" table, in one place
// (test/cli/readmeLimits.test.ts holds the two together). Scripts and CI jobs branch on these, so a
// code means the same thing in every command; any other code, or a stack trace, is a bug.

/** Done, nothing to report (`check`: no errors; `collect`: every file used clean). */
export const EXIT_OK = 0;
/**
 * Done, with findings: `check` found errors, `score` could not score some key results, `collect`
 * refused or reported files. The output is written all the same.
 */
export const EXIT_FINDINGS = 1;
/**
 * Nothing done, nothing written: an input cannot be used (missing, damaged, past a limit, not a
 * workbook, ambiguous), an option is wrong, or the output cannot be written.
 */
export const EXIT_UNUSABLE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDINGS | typeof EXIT_UNUSABLE;

/** Every code a command may end with, in the README table's order. */
export const EXIT_CODES: readonly ExitCode[] = [EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE];
