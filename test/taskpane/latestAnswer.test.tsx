/**
 * @jest-environment jsdom
 */
// Excel answers batches as it gets to them: on a busy machine or a slow network an older read can
// land after a newer one. The places that read more than once take only the newest read's answer.
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import { useEffect, useState } from "react";
import { createEmulatedExcel } from "../../emulator";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent } from "@testing-library/react";
import type { ExcelApi } from "../../src/excel/host";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import { useActiveSheetName } from "../../src/taskpane/useActiveSheet";
import { useLatestAnswer } from "../../src/taskpane/useLatestAnswer";
import { scoredTemplates } from "../support/scoredTemplates";

configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(60_000);

/** A promise and the hand that settles it. */
function later<T>() {
  let settle!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => ((settle = resolve), (fail = reject)));
  return { promise, settle, fail };
}

/** Shows what the newest of the reads it is handed answered. */
function Newest({ reads }: { reads: Promise<string>[] }) {
  const latest = useLatestAnswer();
  const [shown, setShown] = useState("none");
  useEffect(() => {
    for (const read of reads) latest(read, setShown, () => setShown("failed"));
  }, [reads, latest]);
  return <span data-testid="shown">{shown}</span>;
}

describe("the newest read's answer", () => {
  it("keeps the newer answer when the older one lands after it", async () => {
    const older = later<string>();
    const newer = later<string>();
    render(<Newest reads={[older.promise, newer.promise]} />);
    await act(async () => newer.settle("new"));
    expect(screen.getByTestId("shown").textContent).toBe("new");
    await act(async () => older.settle("old"));
    expect(screen.getByTestId("shown").textContent).toBe("new");
  });

  it("ignores an older read's failure too", async () => {
    const older = later<string>();
    const newer = later<string>();
    render(<Newest reads={[older.promise, newer.promise]} />);
    await act(async () => newer.settle("new"));
    await act(async () => older.fail(new Error("gone")));
    expect(screen.getByTestId("shown").textContent).toBe("new");
  });

  it("takes no answer once the place is closed", async () => {
    const read = later<string>();
    const apply = jest.fn();
    function Reads() {
      const latest = useLatestAnswer();
      useEffect(() => latest(read.promise, apply), [latest]);
      return null;
    }
    const { unmount } = render(<Reads />);
    unmount();
    await act(async () => read.settle("late"));
    expect(apply).not.toHaveBeenCalled();
  });
});

/**
 * Excel whose answers to the batches sent while `holding` wait until `release()`: the batches run
 * when sent (the sheet read is the one active then), only their answers come late.
 */
function lateAnswers(excel: ExcelApi) {
  const gate = later<void>();
  let holding = true;
  return {
    excel: {
      ...excel,
      run: <T,>(batch: (context: Excel.RequestContext) => Promise<T>) => {
        const answer = excel.run(batch);
        return holding ? answer.then((value) => gate.promise.then(() => value)) : answer;
      },
    } as ExcelApi,
    stopHolding: () => (holding = false),
    release: () => gate.settle(),
  };
}

function ActiveName({ excel }: { excel: ExcelApi }) {
  return <span data-testid="active">{useActiveSheetName(excel) ?? "none"}</span>;
}

describe("the active sheet's name", () => {
  it("is the sheet opened last, though the read when the place opened answers after", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sales", "Notes"] });
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sales").activate());
    const slow = lateAnswers(excel);
    render(<ActiveName excel={slow.excel} />);
    // The place has asked which sheet is active (Sales), and Excel has not answered yet.
    slow.stopHolding();
    await act(() =>
      excel.run(async (context) => context.workbook.worksheets.getItem("Notes").activate())
    );
    await waitFor(() => expect(screen.getByTestId("active").textContent).toBe("Notes"));
    await act(async () => slow.release());
    // The first read's answer (Sales) came last: it is out of date.
    expect(screen.getByTestId("active").textContent).toBe("Notes");
  });
});

describe("the Ratings part of the Review place", () => {
  it("shows the Ratings sheet a build made, though the read from before the build answers after", async () => {
    const excel = await scoredTemplates(["sales"]);
    const slow = lateAnswers(excel);
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewPanel lang="en" excel={slow.excel} />
      </FluentProvider>
    );
    // The read when the place opened (no Ratings sheet yet) has not been answered.
    slow.stopHolding();
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Build review" }));
    await screen.findByTestId("reviewed");
    await screen.findByRole("radio", { name: /^Very hidden/ });
    await act(async () => slow.release());
    // The old answer said there was no Ratings sheet: it is out of date.
    expect(screen.queryByTestId("ratings-none")).toBeNull();
    expect(screen.getByRole("radio", { name: /^Very hidden/ })).toBeTruthy();
  });
});
