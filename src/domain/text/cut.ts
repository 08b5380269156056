// Cutting text to a length without breaking a character: a cut inside a surrogate pair (an emoji,
// a rare Han character) or inside a grapheme cluster (a flag, a family emoji, an accent) leaves
// half a character, which a file shows as U+FFFD. Lengths are UTF-16 code units, as Excel counts
// them (31 for a sheet name, 32,767 for a cell).
let graphemes: Intl.Segmenter | null = null;

/** The longest start of `text` of at most `max` code units that ends on a grapheme boundary. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
