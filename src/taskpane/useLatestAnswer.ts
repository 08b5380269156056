// A place that reads the workbook more than once (when it opens, after each activation or
// operation) takes only the newest read's answer: Excel answers batches as it gets to them, so on
// a busy machine or a slow network an older read can land after a newer one and would put back
// what the newer one replaced. A place closed meanwhile takes no answer at all.
import { useCallback, useEffect, useRef } from "react";

export type LatestAnswer = <T>(
  answer: Promise<T>,
  apply: (value: T) => void,
  failed?: (error: unknown) => void
) => void;

/** `latest(answer, apply, failed)`: `apply` (or `failed`) runs only if no read was asked since. */
export function useLatestAnswer(): LatestAnswer {
  const asked = useRef(0);
  // Closing the place outdates every read under way.
  useEffect(
    () => () => {
      asked.current++;
    },
    []
  );
  return useCallback<LatestAnswer>((answer, apply, failed) => {
    const mine = ++asked.current;
    answer.then(
      (value) => mine === asked.current && apply(value),
      (error: unknown) => mine === asked.current && failed?.(error)
    );
  }, []);
}
