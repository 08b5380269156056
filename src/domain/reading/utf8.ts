// How many bytes a text takes as UTF-8, what Excel on the web counts against its 5 MB limits:
// Chinese text is three bytes a character, a surrogate pair four. Counted without TextEncoder, which
// the test DOM lacks, and without allocating.

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
