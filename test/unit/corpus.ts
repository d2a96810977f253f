// Reads the shared articles; tests never copy them into the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const KIRKUK = path.join(SHARED, 'corpus/kirkuk-2016');

export function kirkukFiles(): string[] {
  return fs.readdirSync(KIRKUK).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(KIRKUK, f));
}

/** The text of the Kirkuk article whose file name starts with the prefix ('000' … '004'). */
export function article(prefix: string): string {
  const f = kirkukFiles().find((p) => path.basename(p).startsWith(prefix));
  if (!f) throw new Error(`no article ${prefix} in ${KIRKUK}`);
  return fs.readFileSync(f, 'utf8');
}
