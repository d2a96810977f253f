// An article's bytes as text: UTF-8, or UTF-16 when it starts with a UTF-16
// byte order mark (what Windows tools save as "Unicode"). The byte order mark
// stays in the text as U+FEFF: offsets count the file as it is on disk, as
// brat does (docs/annotation-format.md).

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return '\uFEFF' + new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // big endian: swapped to little endian (not every Node build decodes utf-16be)
    const n = (bytes.length - 2) & ~1;
    const le = new Uint8Array(n);
    for (let i = 0; i < n; i += 2) {
      le[i] = bytes[i + 3]!;
      le[i + 1] = bytes[i + 2]!;
    }
    return '\uFEFF' + new TextDecoder('utf-16le').decode(le);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** The text without a leading BOM (a string read some other way). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
