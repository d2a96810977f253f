// The team's gazetteer file, `.isnad/gazetteer.json` in a workspace folder:
// names, variants and overrides the team keeps in its repository. Read on
// start and on every change; a broken file gets diagnostics and is ignored,
// never half applied.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Gazetteer } from '../core/places/gazetteer.js';
import type { Translate } from './l10n.js';
import { withoutBom } from '../core/text/decode-text.js';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH, tooDeep } from './json-bounds.js';

export const TEAM_FILE = path.join('.isnad', 'gazetteer.json');

export interface TeamResult {
  gazetteer: Gazetteer;
  /** Diagnostics per team file URI (an empty list for a good file, so old ones clear). */
  diagnostics: Map<string, Diagnostic[]>;
}

const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The shipped gazetteer with every workspace folder's team file applied, in folder order. */
export async function applyTeamFiles(shipped: Gazetteer, folders: string[], t: Translate): Promise<TeamResult> {
  let gazetteer = shipped;
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const folder of folders) {
    const file = path.join(folder, TEAM_FILE);
    const uri = pathToFileURL(file).href;
    let text: string;
    const refuse = (message: string): void => void diagnostics.set(uri, [{ range: at0, severity: DiagnosticSeverity.Error, source: 'isnad', code: 'team-gazetteer', message }]);
    try {
      // a FIFO or a device would block the read forever
      const st = await fsp.stat(file);
      if (!st.isFile()) {
        refuse(t('This team gazetteer is not a regular file (a pipe or a device?); it is skipped.'));
        continue;
      }
      if (st.size > MAX_JSON_BYTES) {
        refuse(t('This team gazetteer is larger than {0} MB; it is ignored.', MAX_JSON_BYTES >> 20));
        continue;
      }
      text = withoutBom(await fsp.readFile(file, 'utf8'));
    } catch {
      continue; // no team file in this folder
    }
    if (tooDeep(text)) {
      refuse(t('This team gazetteer is nested too deep (more than {0} levels); it is ignored until it is fixed.', MAX_JSON_DEPTH));
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      diagnostics.set(uri, [{ range: at0, severity: DiagnosticSeverity.Error, source: 'isnad', code: 'team-gazetteer', message: t('This team gazetteer is not valid JSON ({0}); it is ignored until it is fixed.', (e as Error).message) }]);
      continue;
    }
    const applied = gazetteer.withTeamEntries(json);
    gazetteer = applied.gazetteer;
    diagnostics.set(
      uri,
      applied.problems.map((p) => ({
        range: at0,
        severity: DiagnosticSeverity.Warning,
        source: 'isnad',
        code: 'team-gazetteer',
        message: p.index < 0 ? p.message : t('Entry {0}: {1}', p.index + 1, p.message),
      })),
    );
  }
  return { gazetteer, diagnostics };
}

export function isTeamFile(uri: string): boolean {
  return uri.endsWith('/.isnad/gazetteer.json');
}
