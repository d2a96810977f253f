// Renders the server's findings as decorations: one decoration type per kind,
// detections lighter and dotted, annotations solid. Colours are theme colours
// contributed in package.json, so light, dark and high-contrast themes each
// get their own; no text is inserted, so right-to-left lines stay intact.
import * as vscode from 'vscode';
import type { DecoratedSpan, FindingsParams, SpanKind } from '../../server/src/lsp/protocol.js';

type Style = `${SpanKind}:${string}:${'detected' | 'annotated'}`;

/** Figures are told apart by kind: counts and measures (compared) stand out; dates, ages and ordinals are muted. */
const FIGURE_KINDS = new Set(['measure', 'age', 'date', 'ordinal']);

function variantOf(s: DecoratedSpan): string {
  return s.kind === 'figure' && s.detail && FIGURE_KINDS.has(s.detail) ? s.detail : '';
}

function makeType(kind: SpanKind, variant: string, annotated: boolean): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(variant ? `isnad.${kind}.${variant}` : `isnad.${kind}`);
  if (kind === 'content') {
    // content is long: only a faint underline, never a background
    return vscode.window.createTextEditorDecorationType({ textDecoration: 'underline dotted', borderColor: color, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  }
  if (kind === 'conflict') {
    return vscode.window.createTextEditorDecorationType({ borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: color });
  }
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: annotated ? new vscode.ThemeColor(`isnad.${kind}.annotatedBackground`) : new vscode.ThemeColor(`isnad.${kind}.background`),
    borderWidth: '0 0 2px 0',
    borderStyle: annotated ? 'solid' : 'dotted',
    borderColor: color,
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();
  private readonly byUri = new Map<string, FindingsParams>();

  private type(style: Style): vscode.TextEditorDecorationType {
    let t = this.types.get(style);
    if (!t) {
      const [kind, variant, state] = style.split(':') as [SpanKind, string, string];
      t = makeType(kind, variant, state === 'annotated');
      this.types.set(style, t);
    }
    return t;
  }

  /** Keeps the latest findings of a document and renders them where it is visible. */
  update(f: FindingsParams): number {
    const old = this.byUri.get(f.uri);
    if (old && old.version > f.version) return 0; // a stale answer
    this.byUri.set(f.uri, f);
    let n = 0;
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === f.uri) n = this.render(editor);
    return n;
  }

  findings(uri: string): FindingsParams | undefined {
    return this.byUri.get(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Renders what is known for the editor's document; returns how many spans. */
  render(editor: vscode.TextEditor): number {
    const f = this.byUri.get(editor.document.uri.toString());
    const groups = new Map<Style, vscode.Range[]>();
    for (const style of this.types.keys()) groups.set(style, []);
    for (const s of f?.spans ?? []) {
      const style: Style = `${s.kind}:${variantOf(s)}:${s.annotated ? 'annotated' : 'detected'}`;
      this.type(style);
      let list = groups.get(style);
      if (!list) groups.set(style, (list = []));
      list.push(toRange(s));
    }
    for (const [style, ranges] of groups) editor.setDecorations(this.type(style), ranges);
    return f?.spans.length ?? 0;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function toRange(s: DecoratedSpan): vscode.Range {
  return new vscode.Range(s.start.line, s.start.character, s.end.line, s.end.character);
}
