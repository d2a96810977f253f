// The story indexes (one per story folder) and what they mean for the editor:
// conflict diagnostics on each side with related information pointing at the
// others, and corroborations for hovers.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { describe, describeCorroborations, describeOffTopic, valueText, sourceText, STRINGS, type Strings } from '../core/story/describe.js';
import { outletOf } from '../core/story/story-of.js';
import { StoryIndex, VISIBLE_SIDES } from '../core/story/story-index.js';
import type { Conflict, ConflictSide, StoryClaim } from '../core/story/types.js';
import type { Findings } from '../core/types.js';
import type { Settings } from './settings.js';
import type { IndexedDoc, Stories } from './stories.js';

const SEVERITY: Record<Settings['conflicts']['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const byDoc = new WeakMap<Conflict, Map<string, ConflictSide[]>>();

/** The sides of a conflict in one document, indexed once per conflict: an archive-sized conflict has thousands. */
function sidesIn(c: Conflict, docId: string): ConflictSide[] {
  let m = byDoc.get(c);
  if (!m) {
    m = new Map();
    for (const s of c.sides) {
      let list = m.get(s.docId);
      if (!list) m.set(s.docId, (list = []));
      list.push(s);
    }
    byDoc.set(c, m);
  }
  return m.get(docId) ?? [];
}

/** Related information shown per diagnostic, at most: the sides the story index counts as visible. */
const MAX_RELATED = VISIBLE_SIDES;

export class Conflicts {
  private readonly indexes = new Map<string, StoryIndex>();

  /** @param strings the words of the messages, in the server's language (set at initialize) */
  constructor(public strings: Strings = STRINGS) {}

  private deferred = false;

  private index(story: string): StoryIndex {
    let i = this.indexes.get(story);
    if (!i) {
      this.indexes.set(story, (i = new StoryIndex()));
      if (this.deferred) i.defer();
    }
    return i;
  }

  /** Bulk indexing: file claims now, compare once at flush(). */
  defer(): void {
    this.deferred = true;
    for (const i of this.indexes.values()) i.defer();
  }

  /** Compares what was filed since defer(); returns the URIs whose conflicts changed. */
  flush(): Set<string> {
    this.deferred = false;
    const changed = new Set<string>();
    for (const i of this.indexes.values()) for (const u of i.flush()) changed.add(u);
    return changed;
  }

  /**
   * Files the document's claims from its whole analysis (an article read from
   * disk keeps none itself); returns the URIs whose conflicts changed.
   */
  update(doc: IndexedDoc, findings: Findings, text?: string): Set<string> {
    return this.index(doc.story).update(doc.uri, findings.claims, findings.figures, { path: doc.path, outlet: outletOf(doc.path) }, text, findings.places);
  }

  /** The claims of an article as its story index holds them (the only copy for an article read from disk). */
  claimsOf(doc: IndexedDoc): StoryClaim[] {
    return this.indexes.get(doc.story)?.claimsOf(doc.uri) ?? [];
  }

  remove(uri: string, story: string): Set<string> {
    return this.indexes.get(story)?.remove(uri) ?? new Set();
  }

  conflictsFor(doc: IndexedDoc): Conflict[] {
    return this.indexes.get(doc.story)?.conflictsFor(doc.uri) ?? [];
  }

  /** Every conflict of a story (for the CLI-like table and the view). */
  storyConflicts(story: string): Conflict[] {
    return this.indexes.get(story)?.conflicts() ?? [];
  }

  /** Hover lines: who else says the same. */
  corroborationLines(doc: IndexedDoc, figure: number): string[] {
    return describeCorroborations(this.indexes.get(doc.story)?.corroborations(doc.uri, figure) ?? [], this.strings);
  }

  /** One diagnostic per side of each conflict that lies in the document. */
  diagnostics(doc: IndexedDoc, stories: Stories, settings: Settings, reviewed?: (c: Conflict) => boolean): Diagnostic[] {
    if (!settings.conflicts.enabled) return [];
    const out: Diagnostic[] = [];
    // an article taken for another event's: said once, on its first line, as a hint (no warning of its own)
    const off = this.indexes.get(doc.story)?.offTopic(doc.uri);
    if (off) {
      out.push({
        range: { start: doc.lines.positionAt(0), end: doc.lines.positionAt(doc.lines.ends[0]!) },
        severity: DiagnosticSeverity.Hint,
        code: 'off-topic',
        source: 'isnad',
        message: describeOffTopic(off, this.strings),
        data: { offTopic: off },
      });
    }
    for (const c of this.conflictsFor(doc)) {
      // reviewed in the annotation files as no contradiction (or a revision): not reported
      if (reviewed?.(c)) continue;
      for (const side of sidesIn(c, doc.uri)) {
        const related: DiagnosticRelatedInformation[] = [];
        for (const o of c.sides) {
          if (o === side || o.camp === side.camp) continue;
          if (related.length === MAX_RELATED) break; // an archive-sized conflict: the first ones say enough
          const other = stories.get(o.docId);
          if (!other) continue;
          related.push({
            location: { uri: o.docId, range: { start: other.lines.positionAt(o.start), end: other.lines.positionAt(o.end) } },
            message: `${valueText(o)} — ${sourceText(o.source, o.outlet, this.strings)}`,
          });
        }
        out.push({
          range: { start: doc.lines.positionAt(side.start), end: doc.lines.positionAt(side.end) },
          // a pair below the threshold (one article's own figures, a part above a whole …) is a hint
          severity: c.confidence < settings.conflicts.minConfidence ? DiagnosticSeverity.Hint : c.kind === 'update' ? DiagnosticSeverity.Information : SEVERITY[settings.conflicts.severity],
          code: c.kind,
          source: 'isnad',
          message: describe(c, side, this.strings),
          relatedInformation: related,
          data: { conflict: c.id, figure: side.figure, confidence: c.confidence, evidence: c.evidence },
        });
      }
    }
    return out;
  }
}
