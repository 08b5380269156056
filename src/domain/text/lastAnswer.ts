// A question about a text, answered once for the text it was last asked about. Several rules ask the
// same question of one statement (its numbers, its length, whether it holds a quantity), and a
// sheet's neighbouring rows often share a statement: at 100,000 key results each answer is worth
// keeping. One entry, so the long-running pane holds nothing of a workbook it has finished with.
// The answer is shared: callers read it and never change it.
export function lastAnswer<R>(answer: (text: string) => R): (text: string) => R {
  // Nothing asked yet: no text is this object, so the first question is always answered.
  let asked: string | object = NOT_ASKED;
  let kept: R;
  return (text) => {
    if (text !== asked) {
      kept = answer(text);
      asked = text;
    }
    return kept;
  };
}

const NOT_ASKED = {};
