// One way for every place of the pane to run an Office operation: idle → running (with its phase) →
// done, failed or cancelled; the failure worded in the pane's language; focus moved to the outcome so
// a keyboard or screen-reader user hears what happened.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../domain/types";
import { errorText } from "./errorText";
import type { Phase, Progress } from "./office";
import type { Localized } from "../domain/types";
import { say } from "./messages/say";

export type OperationState<T> =
  | { kind: "idle" }
  | { kind: "running"; phase: Phase | null }
  | { kind: "done"; result: T }
  | { kind: "failed"; message: string }
  | { kind: "cancelled" };

export interface Operation<A extends unknown[], T> {
  state: OperationState<T>;
  /** The result of the last run that succeeded, kept while the next one runs. */
  last: T | null;
  running: boolean;
  /** Starts the operation (a second start while one runs is ignored). */
  run: (...args: A) => Promise<void>;
  /** Asks the running operation to stop; it stops if it has not started writing. */
  cancel: () => void;
  /** Whether Cancel can still stop it (nothing written yet). */
  cancellable: boolean;
  /** Put on the element that shows the outcome: it takes the focus when the operation ends. */
  outcomeRef: React.RefObject<HTMLDivElement>;
}

/**
 * @param operation the work, given a Progress to report phases and honour Cancel with
 * @param failure the message for a failure; its {error} is the error's own text
 * @param focusOutcome false for operations the pane starts by itself (following the active sheet),
 *   which must not pull the focus away from where the person is
 */
export function useOperation<A extends unknown[], T>(
  operation: (progress: Progress, ...args: A) => Promise<T>,
  failure: Localized,
  lang: Lang,
  { focusOutcome = true }: { focusOutcome?: boolean } = {}
): Operation<A, T> {
  const [state, setState] = useState<OperationState<T>>({ kind: "idle" });
  const [last, setLast] = useState<T | null>(null);
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
      controller.current?.abort();
    },
    []
  );

  const run = useCallback(
    async (...args: A) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ kind: "running", phase: null });
      const onPhase = (phase: Phase) => {
        if (mounted.current) setState({ kind: "running", phase });
      };
      let next: OperationState<T>;
      try {
        next = {
          kind: "done",
          result: await operation({ onPhase, signal: abort.signal }, ...args),
        };
      } catch (error) {
        next = abort.signal.aborted
          ? { kind: "cancelled" }
          : { kind: "failed", message: say(failure, lang, { error: errorText(error, lang) }) };
      }
      controller.current = null;
      if (!mounted.current) return;
      setState(next);
      if (next.kind === "done") setLast(next.result);
    },
    [operation, failure, lang]
  );

  // When an operation ends, its outcome takes the focus (the button that started it may be gone).
  useEffect(() => {
    if (!focusOutcome) return;
    if (state.kind === "done" || state.kind === "failed" || state.kind === "cancelled")
      outcomeRef.current?.focus();
  }, [state.kind, focusOutcome]);

  return {
    state,
    last,
    running: state.kind === "running",
    run,
    cancel: () => controller.current?.abort(),
    cancellable: state.kind === "running" && state.phase !== "writing",
    outcomeRef,
  };
}
