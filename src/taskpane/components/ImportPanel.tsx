// The "Import" place (issue 33): OKRs from other tools' files — a Viva Goals export, a spreadsheet
// template, one row per objective — picked from disk (.csv or .xlsx; nothing goes over the
// network), read by the same domain code as `okr import`. First the dry run per source row (kept as
// which IDs, dropped and why, what was guessed) and, for a table whose headers say nothing, a
// mapping to choose; then Import writes new OKR sheets beside what the workbook has.
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { IMPORT_FIELDS, PRODUCT_FIELDS, type ImportField } from "../../domain/import/fields";
import type { ImportedTable } from "../../domain/import/importTable";
import { normaliseHeader } from "../../domain/reading/header";
import type { SourceColumn } from "../../domain/import/layouts";
import { lineText, reportHead } from "../../domain/import/report";
import { columnHeader } from "../../domain/reading/columns";
import { todayIso } from "../../domain/reading/dates";
import { describeProblem } from "../../domain/reading/i18n";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import type { Lang } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { readImport, writeImport } from "../../excel/import";
import type { ImportRead, SourceTable } from "../../operations/import";
import { errorText } from "../errorText";
import { readSources, UnreadableSource } from "../importInPane";
import { linkedFiles, type LinkedFile } from "../xlsxInPane";
import { LinkedFilesNotice } from "./LinkedFilesNotice";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { OperationOutcome, SuccessBar } from "./bars";
import { FilePicker, useFilePicker } from "./FilePicker";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";
import { IMPORT_FIELD_NAMES, IMPORT_MESSAGES } from "../messages/import";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

/** A field as a person reads it: the product column's header, else its name above. */
function fieldName(field: ImportField, lang: Lang): string {
  return field in IMPORT_FIELD_NAMES
    ? say(IMPORT_FIELD_NAMES[field as keyof typeof IMPORT_FIELD_NAMES], lang)
    : columnHeader(field as (typeof PRODUCT_FIELDS)[number], lang);
}

const useStyles = makeStyles({
  line: {
    listStyle: "none",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropped: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  guessed: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}` },
});

function unreadableText(error: UnreadableSource, lang: Lang): string {
  if (error.reason === "type")
    return say(IMPORT_MESSAGES.unreadableType, lang, { file: error.file });
  if (error.reason === "encoding")
    return say(IMPORT_MESSAGES.unreadableEncoding, lang, { file: error.file });
  if (error.reason === "xlsx")
    return say(IMPORT_MESSAGES.unreadableXlsx, lang, { file: error.file, error: error.detail });
  // A CSV's own problem is located by line, in the reader's language (src/cli/readProblems.ts).
  const said = error.thrown as { textIn?: (l: Lang) => string } | undefined;
  return said?.textIn ? said.textIn(lang) : `${error.file}: ${error.detail}`;
}

/** Chosen mappings by table: normalised source header → field (null: left out). */
type Choices = Record<string, Record<string, ImportField | null>>;

function initialChoice(columns: readonly SourceColumn[]): Record<string, ImportField | null> {
  return Object.fromEntries(
    columns.filter((c) => c.header).map((c) => [normaliseHeader(c.header), c.field])
  );
}

export function ImportPanel({
  lang,
  excel,
  today = todayIso(),
}: {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const tablesPicked = useFilePicker("import-files");
  const [sources, setSources] = useState<SourceTable[] | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [periodText, setPeriodText] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [linked, setLinked] = useState<LinkedFile[]>([]);

  const withMappings = (tables: readonly SourceTable[], chosen: Choices) =>
    tables.map((table) =>
      chosen[table.name]
        ? { ...table, mapping: new Map(Object.entries(chosen[table.name])) }
        : table
    );

  const reading = useOperation(
    async (progress: Progress, tables: SourceTable[]): Promise<ImportRead> => {
      const read = await readImport(withProgress(excel, progress), tables, { lang });
      // A table still unrecognised starts its mapping from what its headers seemed to say.
      setChoices((all) => {
        const next = { ...all };
        for (const u of read.unrecognised) next[u.name] ??= initialChoice(u.columns);
        return next;
      });
      return read;
    },
    IMPORT_MESSAGES.importFailed,
    lang
  );
  const writing = useOperation(
    async (progress: Progress, tables: SourceTable[], chosenPeriod: string) => {
      const parsed = parsePeriod(chosenPeriod);
      return writeImport(withProgress(excel, progress), tables, {
        lang,
        period: parsed.ok ? parsed.value : null,
        scope: "team",
        asOf: today,
        locale: typeof navigator === "undefined" ? undefined : navigator.language,
      });
    },
    IMPORT_MESSAGES.importFailed,
    lang
  );

  const busy = reading.running || writing.running;
  const read = reading.state.kind === "done" ? reading.state.result : null;
  const defaultPeriod = read?.period?.label ?? quarterOf(today).label;
  const shownPeriod = periodText ?? defaultPeriod;
  const period = parsePeriod(shownPeriod);
  const imported = writing.state.kind === "done" ? writing.state.result : null;

  const readFiles = async () => {
    setUnreadable(null);
    setSources(null);
    setChoices({});
    setPeriodText(null);
    setLinked([]);
    let tables: SourceTable[];
    try {
      const files = await tablesPicked.picked();
      tables = await readSources(files);
      setLinked(await linkedFiles(files));
    } catch (error) {
      setUnreadable(
        error instanceof UnreadableSource
          ? unreadableText(error, lang)
          : say(IMPORT_MESSAGES.importFailed, lang, { error: errorText(error) })
      );
      return;
    }
    setSources(tables);
    await reading.run(tables);
  };
  const choose = (table: string, header: string, field: ImportField | null) =>
    setChoices((all) => ({ ...all, [table]: { ...all[table], [header]: field } }));

  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.importTab, lang)}>
      <Caption1>{say(IMPORT_MESSAGES.intro, lang)}</Caption1>
      <FilePicker
        picker={tablesPicked}
        label={say(IMPORT_MESSAGES.files, lang)}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        testId="import-files"
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void readFiles()}
          disabled={busy || !tablesPicked.count}
        >
          {say(IMPORT_MESSAGES.read, lang)}
        </Button>
      </div>
      {unreadable && (
        <MessageBar intent="error" data-testid="import-unreadable">
          <MessageBarBody>{unreadable}</MessageBarBody>
        </MessageBar>
      )}
      <OperationProgress operation={reading} lang={lang} />
      <OperationOutcome operation={reading} lang={lang}>
        {read && sources && (
          <>
            <LinkedFilesNotice files={linked} lang={lang} />
            {read.tables.length === 0 && read.unrecognised.length === 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>{say(IMPORT_MESSAGES.nothing, lang)}</MessageBarBody>
              </MessageBar>
            )}
            {read.tables.length > 0 && (
              <Subtitle2 as="h2">{say(IMPORT_MESSAGES.report, lang)}</Subtitle2>
            )}
            {read.tables.map((table) => (
              <TableReport key={table.name} table={table} lang={lang} styles={styles} />
            ))}
            {read.unrecognised.map((u) => (
              <MappingForm
                key={u.name}
                table={u.name}
                columns={u.columns}
                chosen={choices[u.name] ?? initialChoice(u.columns)}
                lang={lang}
                disabled={busy}
                onChoose={(header, field) => choose(u.name, header, field)}
                onUse={() => void reading.run(withMappings(sources, choices))}
              />
            ))}
            {read.tables.length > 0 && read.unrecognised.length === 0 && (
              <>
                <Field
                  label={say(IMPORT_MESSAGES.period, lang)}
                  hint={say(IMPORT_MESSAGES.periodHint, lang)}
                  validationState={period.ok ? "none" : "error"}
                  validationMessage={period.ok ? undefined : describeProblem(period.problem, lang)}
                >
                  <Input
                    value={shownPeriod}
                    onChange={(_, d) => setPeriodText(d.value)}
                    data-testid="import-period"
                  />
                </Field>
                <div>
                  <Button
                    appearance="primary"
                    disabled={busy || !period.ok}
                    onClick={() => void writing.run(withMappings(sources, choices), shownPeriod)}
                  >
                    {say(IMPORT_MESSAGES.import, lang)}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      </OperationOutcome>
      <OperationProgress operation={writing} lang={lang} />
      <OperationOutcome operation={writing} lang={lang}>
        {imported && imported.sheets.length > 0 && (
          <SuccessBar
            testId="imported"
            title={say(IMPORT_MESSAGES.imported, lang, { count: imported.sheets.length })}
          >
            {say(IMPORT_MESSAGES.importedBody, lang)}{" "}
            {imported.sheets.map((sheet, i) => (
              <span key={sheet}>
                {i > 0 && ", "}
                <Link onClick={() => void selectCell(excel, sheet, "A1")}>{sheet}</Link>
              </span>
            ))}
          </SuccessBar>
        )}
      </OperationOutcome>
    </section>
  );
}

function TableReport({
  table,
  lang,
  styles,
}: {
  table: ImportedTable;
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
}) {
  const place = usePlaceStyles();
  return (
    <div className={place.stack} data-testid="import-report" data-table={table.name}>
      {reportHead(table, lang).map((line) => (
        <Text key={line} weight={line.startsWith(" ") ? "regular" : "semibold"}>
          {line.trim()}
        </Text>
      ))}
      <ul className={place.stack}>
        {table.report.map((r) => (
          <li
            key={r.line}
            data-line={r.line}
            data-kept={r.dropped ? "no" : "yes"}
            className={`${styles.line} ${
              r.dropped ? styles.dropped : r.guesses.length ? styles.guessed : ""
            }`}
          >
            <Text>{lineText(r, lang).trim()}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MappingForm({
  table,
  columns,
  chosen,
  lang,
  disabled,
  onChoose,
  onUse,
}: {
  table: string;
  columns: readonly SourceColumn[];
  chosen: Record<string, ImportField | null>;
  lang: Lang;
  disabled: boolean;
  onChoose: (header: string, field: ImportField | null) => void;
  onUse: () => void;
}) {
  const place = usePlaceStyles();
  const headers = columns.filter((c) => c.header);
  return (
    <div className={place.stack} data-testid="import-mapping" data-table={table}>
      <Subtitle2 as="h2">{say(IMPORT_MESSAGES.mapping, lang, { table })}</Subtitle2>
      <MessageBar intent="warning">
        <MessageBarBody>{say(IMPORT_MESSAGES.mappingIntro, lang)}</MessageBarBody>
      </MessageBar>
      {headers.map((c) => {
        const key = normaliseHeader(c.header);
        return (
          <Field key={c.index} label={c.header}>
            <Select
              value={chosen[key] ?? ""}
              disabled={disabled}
              onChange={(_, d) => onChoose(key, (d.value || null) as ImportField | null)}
            >
              <option value="">{say(IMPORT_MESSAGES.leaveOut, lang)}</option>
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f, lang)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div>
        <Button onClick={onUse} disabled={disabled}>
          {say(IMPORT_MESSAGES.useMapping, lang)}
        </Button>
      </div>
    </div>
  );
}
