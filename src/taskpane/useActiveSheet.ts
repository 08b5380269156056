// Places that work on "the active sheet" follow it: they hear when a person opens another sheet in
// Excel (worksheets.onActivated) and say which sheet that is.
import { useEffect, useRef, useState } from "react";
import { watchActiveSheet, type ExcelApi } from "./office";
import { useLatestAnswer } from "./useLatestAnswer";

/**
 * Calls `onActivated` whenever another sheet is activated. Returns true once it listens, false where
 * Excel refused to tell (the place offers a button instead), null until it knows.
 */
export function useFollowActiveSheet(excel: ExcelApi, onActivated: () => void): boolean | null {
  const latest = useRef(onActivated);
  latest.current = onActivated;
  const [follows, setFollows] = useState<boolean | null>(null);
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let gone = false;
    watchActiveSheet(excel, () => latest.current())
      .then((unwatch) => {
        stop = unwatch;
        if (gone) void unwatch();
        else setFollows(true);
      })
      .catch(() => !gone && setFollows(false));
    return () => {
      gone = true;
      void stop?.();
    };
  }, [excel]);
  return follows;
}

/**
 * The active sheet's name, read when the place opens and again at each activation (the newest
 * read's answer only: a person moving between sheets quickly starts reads that can land out of
 * order). Null until read.
 */
export function useActiveSheetName(excel: ExcelApi): string | null {
  const [name, setName] = useState<string | null>(null);
  const latest = useLatestAnswer();
  const read = () => latest(readActiveSheetName(excel), setName, () => setName(null));
  useFollowActiveSheet(excel, read);
  useEffect(read, [excel]);
  return name;
}

/**
 * One round trip: the name of the sheet open in Excel. Asked again at each activation rather than
 * taken from the event: Excel raises a sheet's activated event when panes are frozen on it, though
 * it does not become the active sheet (office-js issue 3148), and the add-in freezes the header
 * rows of the sheets it writes.
 */
export async function readActiveSheetName(excel: ExcelApi): Promise<string> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
