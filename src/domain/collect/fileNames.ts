// File names that Windows, macOS and Linux all accept, for sheet and owner names in any of the
// three languages: Chinese characters are kept; what one of the systems refuses is replaced.
// Rules from Microsoft's "Naming Files, Paths, and Namespaces" page (reserved characters and
// names, no trailing dot or space) and the 255-byte name limit of ext4 and APFS.

/** Characters Windows refuses in a name, plus the control characters. */
// eslint-disable-next-line no-control-regex
const RESERVED_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Names Windows keeps for devices, with or without an extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Leaves room for "-99.xlsx" within 255 bytes of UTF-8 (a Chinese character takes three). */
const MAX_BYTES = 240;

/** A safe base name (no extension) for a sheet or owner name. */
export function safeBaseName(name: string): string {
  let safe = name.normalize("NFC").replace(RESERVED_CHARS, "_").trim();
  safe = safe.replace(/[. ]+$/, "");
  if (!safe) safe = "_";
  if (RESERVED_NAMES.test(safe)) safe = `_${safe}`;
  const encoder = new TextEncoder();
  while (encoder.encode(safe).length > MAX_BYTES) safe = [...safe].slice(0, -1).join("");
  return safe;
}

/**
 * One .xlsx file name per name, all different even where the file system ignores case (Windows,
 * macOS): a name met again gets -2, -3, ...
 */
export function fileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeBaseName(name);
    let candidate = `${base}.xlsx`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}.xlsx`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
