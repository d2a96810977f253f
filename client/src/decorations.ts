// Renders the server's findings as decorations: one decoration type per kind,
// drawn in its kind's style (core/kinds.ts): a mark is dotted on a faint
// background when detected, solid on a stronger one when annotated, dashed
// with no background when weak. Colours are theme colours contributed in
// package.json (generated from the same table), so light, dark and
// high-contrast themes each get their own.
//
// Only overlay options (backgroundColor, border*, outline*, overview ruler):
// VS Code draws those in a layer under the text. Any option that styles the
// glyphs themselves, or inserts content before or after them, makes it cut
// the line into separately isolated spans
// laid out left to right, which scrambles the order of an Arabic sentence.
import * as vscode from 'vscode';
import { kindOf, type DecorationStyle } from '../../server/src/core/kinds.js';
import type { DecoratedSpan, FindingsParams, SpanKind } from '../../server/src/lsp/protocol.js';

type State = 'detected' | 'weak' | 'annotated';
type Style = `${SpanKind}:${string}:${State}`;

/** The options a decoration type may use: the overlay ones only (see the comment above). */
export const OVERLAY_OPTIONS = new Set([
  'backgroundColor',
  'border',
  'borderColor',
  'borderRadius',
  'borderSpacing',
  'borderStyle',
  'borderWidth',
  'outline',
  'outlineColor',
  'outlineStyle',
  'outlineWidth',
  'overviewRulerColor',
  'overviewRulerLane',
  'rangeBehavior',
  'isWholeLine',
  'light',
  'dark',
]);

/** The detail that has a colour of its own (figures: measures, ages, dates and ordinals are told apart), else ''. */
function variantOf(s: DecoratedSpan): string {
  const details = kindOf(s.kind)?.colours.details;
  return s.detail && details && Object.hasOwn(details, s.detail) ? s.detail : '';
}

/** A kind's style; a kind this client does not know is drawn as a mark. */
function styleOf(kind: SpanKind): DecorationStyle {
  return kindOf(kind)?.style ?? 'mark';
}

/**
 * A detection that rests on weak evidence: the server sends `weak` with the
 * reason (the hover says it); an older server sends none, and nothing is weak.
 */
export function isWeak(s: DecoratedSpan): boolean {
  const w = (s as { weak?: unknown }).weak;
  return !s.annotated && ((typeof w === 'string' && w.length > 0) || w === true);
}

export function stateOf(s: DecoratedSpan): State {
  return s.annotated ? 'annotated' : isWeak(s) ? 'weak' : 'detected';
}

/** The rendering options of one style: overlays only. */
export function optionsOf(kind: SpanKind, variant: string, state: State): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(variant ? `isnad.${kind}.${variant}` : `isnad.${kind}`);
  const style = styleOf(kind);
  if (style === 'underline') {
    // content is long: a thin dashed line under it, never a background
    return { borderWidth: '0 0 1px 0', borderStyle: 'dashed', borderColor: color, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  }
  if (style === 'box') {
    // a box around the figure, over its own underline: seen at a glance
    return { border: '1px solid', borderColor: color, borderRadius: '3px', overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Left };
  }
  const base: vscode.DecorationRenderOptions = {
    borderColor: color,
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  if (state === 'annotated') return { ...base, backgroundColor: new vscode.ThemeColor(`isnad.${kind}.annotatedBackground`), borderWidth: '0 0 2px 0', borderStyle: 'solid' };
  if (state === 'weak') return { ...base, borderWidth: '0 0 1px 0', borderStyle: 'dashed' };
  return { ...base, backgroundColor: new vscode.ThemeColor(`isnad.${kind}.background`), borderWidth: '0 0 2px 0', borderStyle: 'dotted' };
}

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();
  private readonly byUri = new Map<string, FindingsParams>();
  private enabled = true;

  private type(style: Style): vscode.TextEditorDecorationType {
    let t = this.types.get(style);
    if (!t) {
      const [kind, variant, state] = style.split(':') as [SpanKind, string, State];
      t = vscode.window.createTextEditorDecorationType(optionsOf(kind, variant, state));
      this.types.set(style, t);
    }
    return t;
  }

  /** Highlights on or off (the setting isnad.decorations.enabled); findings are kept either way. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
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
    const spans = this.enabled ? f?.spans ?? [] : [];
    for (const s of spans) {
      const style: Style = `${s.kind}:${variantOf(s)}:${stateOf(s)}`;
      this.type(style);
      let list = groups.get(style);
      if (!list) groups.set(style, (list = []));
      list.push(toRange(s));
    }
    for (const [style, ranges] of groups) editor.setDecorations(this.type(style), ranges);
    return spans.length;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function toRange(s: DecoratedSpan): vscode.Range {
  return new vscode.Range(s.start.line, s.start.character, s.end.line, s.end.character);
}
