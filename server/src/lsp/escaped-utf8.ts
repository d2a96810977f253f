// Reading and writing a .ann without losing a byte: a byte that is not part
// of valid UTF-8 (a note pasted from a Windows-1256 file, say) is read as the
// lone surrogate U+DC80+byte (Python's "surrogateescape") and written back as
// that byte. A rewrite that changes other lines leaves it exactly as it was,
// where plain UTF-8 decoding would turn it into U+FFFD for good.

const ESC = 0xdc00;

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function seqLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number): boolean => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1]!;
    if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (c === 0xed && c1 >= 0xa0) return 0; // a surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1]!;
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/** The bytes as text; invalid bytes as U+DC80–U+DCFF. */
export function decodeEscaped(buf: Uint8Array): string {
  const plain = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  // valid UTF-8 decodes without U+FFFD (or the file holds U+FFFD itself: then the slow path keeps it too)
  if (!plain.includes('\uFFFD')) return plain;
  let out = '';
  let run = 0;
  let i = 0;
  while (i < buf.length) {
    const n = seqLength(buf, i);
    if (n) {
      i += n;
      continue;
    }
    out += Buffer.from(buf.subarray(run, i)).toString('utf8') + String.fromCharCode(ESC + buf[i]!);
    i++;
    run = i;
  }
  return out + Buffer.from(buf.subarray(run)).toString('utf8');
}

const ESCAPED = /[\uDC80-\uDCFF]/;

/** The text as bytes; U+DC80–U+DCFF not after a high surrogate as the byte they stand for. */
export function encodeEscaped(text: string): Buffer {
  if (!ESCAPED.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) {
      parts.push(Buffer.from(text.slice(run, i), 'utf8'), Buffer.from([c - ESC]));
      run = i + 1;
    }
  }
  parts.push(Buffer.from(text.slice(run), 'utf8'));
  return Buffer.concat(parts);
}
