// Reads the shared articles; tests never copy them into the repository.
// A clone without ../shared (or with ISNAD_SHARED pointing at a folder that
// does not exist, as CI does once) still runs every other test: suites and
// tests that read the corpus are declared with describeShared / itShared,
// and when the corpus is absent they are replaced by ONE pending line that
// says what was skipped and why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
/** The shared folder: ISNAD_SHARED when set, else ../shared beside the clone. */
export const SHARED = process.env.ISNAD_SHARED ? path.resolve(process.env.ISNAD_SHARED) : path.resolve(ROOT, '../shared');
export const KIRKUK = path.join(SHARED, 'corpus/kirkuk-2016');
/** True when the shared corpus is there to read. */
export const hasShared = fs.existsSync(KIRKUK);

export function kirkukFiles(): string[] {
  return fs.readdirSync(KIRKUK).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(KIRKUK, f));
}

/** The text of the Kirkuk article whose file name starts with the prefix ('000' … '004'). */
export function article(prefix: string): string {
  const f = kirkukFiles().find((p) => path.basename(p).startsWith(prefix));
  if (!f) throw new Error(`no article ${prefix} in ${KIRKUK}`);
  return fs.readFileSync(f, 'utf8');
}

// One pending test at the root for everything skipped, created when this
// module loads (mocha is loading a test file at the root then); its title is
// updated as suites register and read by mocha when it reports.
const WHERE = process.env.ISNAD_SHARED ? 'ISNAD_SHARED' : '../shared beside the clone; ISNAD_SHARED names another folder';
const note = hasShared ? undefined : it.skip(`shared corpus not found at ${SHARED} (${WHERE}): corpus tests skipped`);
const skipped = { suites: 0, tests: 0 };

function noteSkipped(kind: 'suites' | 'tests'): void {
  skipped[kind] += 1;
  const parts = [];
  if (skipped.suites) parts.push(`${skipped.suites} corpus suite${skipped.suites === 1 ? '' : 's'}`);
  if (skipped.tests) parts.push(`${skipped.tests} corpus test${skipped.tests === 1 ? '' : 's'}`);
  note!.title = `shared corpus not found at ${SHARED} (${WHERE}): ${parts.join(' and ')} skipped`;
}

/** describe() for a suite that reads ../shared; absent corpus: counted in the one skip line. */
export function describeShared(title: string, fn: (this: Mocha.Suite) => void): void {
  if (hasShared) describe(title, fn);
  else noteSkipped('suites');
}

/** it() for one test that reads ../shared inside a suite that does not. */
export function itShared(title: string, fn: (this: Mocha.Context) => void | PromiseLike<unknown>): void {
  if (hasShared) it(title, fn as Mocha.AsyncFunc);
  else noteSkipped('tests');
}
