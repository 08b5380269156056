// CSV text into sheet rows (RFC 4180; comma, semicolon or tab; CR, LF and CRLF line ends), with
// located messages. No Node here: the pane's Import reads a picked .csv with it too.
import { parse } from "csv-parse/sync";
import type { CellValue } from "../domain/types";
import { InputError, located } from "./readProblems";

/** The longest CSV record read (the command line's input limit, README "Input limits"). */
export const CSV_LINE_LIMIT = 1024 ** 2;

/** The separator of a CSV's first record: comma, semicolon (Excel in many locales) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/** The 1-based line of a character of the text (CR, LF and CRLF each end a line). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * The line where the quote left open at the end of the text opened (csv-parse reports the line it
 * reached, the file's last): a quoted cell opens with a quote at its start, "" inside it is a quote.
 */
function openQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let quoted = false;
  let opened = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      opened = line;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
    cellStart = ch === delimiter || ch === "\n" || ch === "\r";
  }
  return quoted ? opened : line;
}

/**
 * How many lines a record's quoted cells hold line ends for, counted as csv-parse counts them in
 * info.lines (and in its messages): every CR and every LF inside quotes, a CRLF as two.
 */
function lineEndsIn(record: readonly string[]): number {
  let ends = 0;
  for (const cell of record)
    if (cell.includes("\n") || cell.includes("\r")) ends += cell.match(/[\r\n]/g)!.length;
  return ends;
}

/** Parses CSV text into sheet rows: rows[i] is line i + 1, even when quoted cells span lines. */
export function parseCsv(text: string, file: string): CellValue[][] {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw new InputError(located(file, "nul", { line: lineAt(text, nul) }));
  let records: { record: string[]; info: { lines: number } }[];
  const delimiter = detectDelimiter(text);
  try {
    records = parse(text, {
      delimiter,
      // Every line end Excel or an editor writes, mixed in one file as they come: a CR alone
      // mid-file ends a line as LF does (csv-parse would otherwise keep the first one it meets).
      record_delimiter: ["\r\n", "\n", "\r"],
      max_record_size: CSV_LINE_LIMIT,
      relax_column_count: true,
      // An empty line is an empty row either way (rows[] keeps line numbers below), but as a
      // record of its own csv-parse builds an error object for its field count, stack included,
      // even when relaxed: a stray line at line 1,000,000 took 77 s and 2.6 GB.
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const line = lines ?? 1;
    throw new InputError(
      code === "CSV_MAX_RECORD_SIZE"
        ? located(file, "lineTooLong", { line, limit: CSV_LINE_LIMIT })
        : located(file, "badQuotes", {
            line: code === "CSV_QUOTE_NOT_CLOSED" ? openQuoteLine(text, delimiter) : line,
          })
    );
  }
  const rows: CellValue[][] = [];
  // info.lines is the line a record ends on; a record whose quoted cells hold line ends starts
  // that many lines earlier. Skipped empty lines are the rows left empty.
  for (const { record, info } of records) rows[info.lines - 1 - lineEndsIn(record)] = record;
  return Array.from(rows, (r) => r ?? []);
}
