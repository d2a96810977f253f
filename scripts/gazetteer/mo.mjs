// Reads a GNU gettext .mo catalogue (documented in the gettext manual,
// "The Format of GNU MO Files"): a header, then two tables of
// (length, offset) pairs for the original and translated strings.
import fs from 'node:fs';

/** Map msgid → msgstr of a .mo file (the empty header entry is skipped). */
export function readMo(file) {
  const buf = fs.readFileSync(file);
  const magic = buf.readUInt32LE(0);
  let u32;
  if (magic === 0x950412de) u32 = (o) => buf.readUInt32LE(o);
  else if (buf.readUInt32BE(0) === 0x950412de) u32 = (o) => buf.readUInt32BE(o);
  else throw new Error(`${file}: not a .mo catalogue`);
  const count = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const ol = u32(origTable + 8 * i);
    const oo = u32(origTable + 8 * i + 4);
    const tl = u32(transTable + 8 * i);
    const to = u32(transTable + 8 * i + 4);
    const id = buf.toString('utf8', oo, oo + ol);
    if (!id) continue;
    // plural forms are NUL-separated; the first is the singular
    const str = buf.toString('utf8', to, to + tl).split('\0')[0];
    out.set(id.split('\0')[0], str);
  }
  return out;
}
