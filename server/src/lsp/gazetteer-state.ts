// The gazetteer one server analyses with, in its three layers: as shipped,
// with the team's `.isnad/gazetteer.json` files on top (the base), and with
// the places learnt from the team's annotation files on top of that.
import type { Diagnostic } from 'vscode-languageserver';
import { Gazetteer } from '../core/places/gazetteer.js';
import type { LearntName } from '../core/places/team.js';
import type { Translate } from './l10n.js';
import { applyTeamFiles } from './team-gazetteer.js';

export class GazetteerState {
  /** What articles are analysed with: the base and what was learnt. */
  current: Gazetteer = Gazetteer.empty();
  /** The gazetteer as shipped, before the team's file and annotations. */
  private shipped: Gazetteer = this.current;
  /** The gazetteer before the places learnt from the team's annotation files. */
  private base: Gazetteer = this.current;
  /** The learnt names applied, as one comparable string. */
  private learntKey = '';

  /** Loads the shipped gazetteer; a failure leaves it empty and is logged. */
  load(logError: (m: string) => void): void {
    let g: Gazetteer;
    try {
      g = Gazetteer.load();
    } catch (e) {
      logError(`The gazetteer could not be loaded: ${String(e)}`);
      g = Gazetteer.empty();
    }
    this.current = this.base = this.shipped = g;
  }

  /** Applies the folders' team files on the shipped gazetteer; their problems as diagnostics per file. Learnt names must be applied again (learn). */
  async applyTeam(folders: string[], t: Translate): Promise<Map<string, Diagnostic[]>> {
    const { gazetteer, diagnostics } = await applyTeamFiles(this.shipped, folders, t);
    this.base = gazetteer;
    this.learntKey = '\u0000'; // whatever was learnt is applied again on the new base
    return diagnostics;
  }

  /** Places annotated in any .ann are found wherever the same name occurs; true when that changed the gazetteer. */
  learn(names: LearntName[]): boolean {
    const key = names.map((n) => `${n.name}|${n.type ?? ''}`).sort().join('\n');
    if (key === this.learntKey) return false;
    this.learntKey = key;
    this.current = this.base.withLearnt(names);
    return true;
  }
}
