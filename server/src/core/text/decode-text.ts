// An article's bytes as text: UTF-8, or UTF-16 when it starts with a UTF-16
// byte order mark (what Windows tools save as "Unicode"). A byte order mark
// is not part of the text: offsets count from the character after it, as the
// editor shows the file, so the server's quick fixes, its own check and the
// CLI count the same, and saving with or without a BOM moves no annotation.

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // big endian: swapped to little endian (not every Node build decodes utf-16be)
    const n = (bytes.length - 2) & ~1;
    const le = new Uint8Array(n);
    for (let i = 0; i < n; i += 2) {
      le[i] = bytes[i + 3]!;
      le[i + 1] = bytes[i + 2]!;
    }
    return new TextDecoder('utf-16le').decode(le);
  }
  // TextDecoder drops a leading UTF-8 BOM
  return new TextDecoder('utf-8').decode(bytes);
}

/** The text without a leading BOM (a string read some other way). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
