// Annotator commands: annotate the selection as a type chosen in a quick
// pick, annotate every suggestion of the article, jump to the next or previous unreviewed suggestion, export the
// annotations of an article, compare two annotators' files.
import * as vscode from 'vscode';
import path from 'node:path';
import { agreement, exportAnnotations, type Agreement, type ExportFormat } from '../../server/src/standoff/index.js';
import type { DecoratedSpan, FindingsParams } from '../../server/src/lsp/protocol.js';
import { KINDS } from '../../server/src/core/kinds.js';

const SELECTION_KIND = 'refactor.isnad.annotateSelection';

/** How many of the listed actions VS Code resolves: the server makes their edits when asked (codeAction/resolve). */
export const RESOLVE_ALL = 1000;

/** Asks for a type and applies the server's "Annotate selection as …" action for it. */
async function annotateSelection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to annotate first.'));
    return;
  }
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection, SELECTION_KIND, RESOLVE_ALL)) ?? [];
  const mine = actions.filter((a) => a.kind?.value === SELECTION_KIND && a.edit);
  if (!mine.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This selection cannot be annotated (is the annotation file in error?).'));
    return;
  }
  const pick = await vscode.window.showQuickPick(
    mine.map((a) => ({ label: a.title, action: a })),
    { placeHolder: vscode.l10n.t('Annotate the selection as…') },
  );
  if (pick?.action.edit) await vscode.workspace.applyEdit(pick.action.edit);
}

const ALL_KIND = 'source.isnad.annotateAll';

/** Applies the server's "Annotate all suggestions of this article" (one .ann edit, undone in one step). */
async function annotateAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const at = new vscode.Range(editor.selection.active, editor.selection.active);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, at, ALL_KIND, RESOLVE_ALL)) ?? [];
  const action = actions.find((a) => a.kind?.value === ALL_KIND && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This article has no suggestion left to annotate.'));
    return;
  }
  await vscode.workspace.applyEdit(action.edit);
}

/**
 * The server's actions at the cursor in a quick pick: VS Code offers no
 * quick fixes in a read-only editor, and in annotation mode the article is
 * read-only, so Ctrl+. there opens this list instead (the server's order,
 * its preferred action first and preselected).
 */
async function actionsAtCursor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const actions = ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection, undefined, RESOLVE_ALL)) ?? []).filter(
    (a) => a.edit || a.command,
  );
  if (!actions.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad has no action here: put the cursor on a highlighted word.'));
    return;
  }
  const ordered = [...actions.filter((a) => a.isPreferred), ...actions.filter((a) => !a.isPreferred)];
  const pick = await vscode.window.showQuickPick(
    ordered.map((a) => ({ label: a.title, description: a.isPreferred ? vscode.l10n.t('preferred') : undefined, action: a })),
    { placeHolder: vscode.l10n.t('Annotate or review at the cursor…') },
  );
  if (!pick) return;
  if (pick.action.edit) await vscode.workspace.applyEdit(pick.action.edit);
  if (pick.action.command) await vscode.commands.executeCommand(pick.action.command.command, ...(pick.action.command.arguments ?? []));
}

const before = (a: DecoratedSpan['start'], b: DecoratedSpan['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The kinds next / previous suggestion visits (core/kinds.ts): figures, places, cues. */
const VISITED = new Set<string>(KINDS.filter((k) => k.visit).map((k) => k.kind));

/** Moves the cursor to the next (or previous) figure or place not yet annotated. */
function goToSuggestion(findings: (uri: vscode.Uri) => FindingsParams | undefined, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const spans = (findings(editor.document.uri)?.spans ?? []).filter((s) => !s.annotated && VISITED.has(s.kind));
  spans.sort((x, y) => (before(x.start, y.start) ? -1 : before(y.start, x.start) ? 1 : 0));
  const here = { line: editor.selection.active.line, character: editor.selection.active.character };
  const next = direction === 1 ? spans.find((s) => before(here, s.start)) ?? spans[0] : [...spans].reverse().find((s) => before(s.start, here)) ?? spans[spans.length - 1];
  if (!next) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every suggestion of this article is reviewed.'));
    return;
  }
  // the cursor only, never a selection: a key pressed next (an Enter before
  // the quick-fix menu opens) must not replace the figure
  const range = new vscode.Range(next.start.line, next.start.character, next.end.line, next.end.character);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function articleOf(uri: vscode.Uri): { txt: vscode.Uri; ann: vscode.Uri } {
  const base = uri.path.replace(/\.(txt|ann)$/i, '');
  return { txt: uri.with({ path: base + '.txt' }), ann: uri.with({ path: base + '.ann' }) };
}

async function readText(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

async function exportCommand(): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const picked = active && /\.(txt|ann)$/i.test(active.path) ? active : (await vscode.window.showOpenDialog({ filters: { [vscode.l10n.t('Articles')]: ['txt', 'ann'] } }))?.[0];
  if (!picked) return;
  const { txt, ann } = articleOf(picked);
  const [txtText, annText] = [await readText(txt), await readText(ann)];
  if (txtText === null || annText === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} has no annotation file to export.', path.basename(txt.path)));
    return;
  }
  const formats: { label: string; description: string; format: ExportFormat; ext: string }[] = [
    { label: 'brat', description: vscode.l10n.t('standoff .ann (brat, INCEpTION)'), format: 'brat', ext: 'ann' },
    { label: 'Web Annotation', description: vscode.l10n.t('W3C JSON-LD'), format: 'webanno', ext: 'jsonld' },
    { label: 'WebAnno TSV 3.3', description: vscode.l10n.t('INCEpTION import, review decisions as features'), format: 'tsv', ext: 'tsv' },
    { label: 'CoNLL', description: vscode.l10n.t('one token a line, BIO columns'), format: 'conll', ext: 'conll' },
  ];
  const f = await vscode.window.showQuickPick(formats, { placeHolder: vscode.l10n.t('Export the annotations as…') });
  if (!f) return;
  const name = path.basename(txt.path, '.txt');
  const target = await vscode.window.showSaveDialog({ defaultUri: txt.with({ path: `${path.dirname(txt.path)}/${name}.export.${f.ext}` }) });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportAnnotations(f.format, annText, txtText, name, { base: txt.with({ path: path.posix.dirname(txt.path) + '/' }).toString() })));
  void vscode.window.showInformationMessage(vscode.l10n.t('Annotations exported to {0}', target.fsPath));
}

const pct = (n: number | null): string => (n === null ? '—' : `${(n * 100).toFixed(1)} %`);
const num = (n: number | null): string => (n === null ? '—' : n.toFixed(3));

/** The agreement as a markdown report. */
export function agreementMarkdown(a: Agreement, nameA: string, nameB: string): string {
  const lines = [
    `# ${vscode.l10n.t('Agreement: {0} and {1}', nameA, nameB)}`,
    '',
    `| ${vscode.l10n.t('type')} | A | B | ${vscode.l10n.t('exact F1')} | ${vscode.l10n.t('overlap F1')} | kappa |`,
    '|---|---|---|---|---|---|',
    ...a.types.map((t) => `| ${t.type} | ${t.exact.a} | ${t.exact.b} | ${pct(t.exact.f1)} | ${pct(t.overlap.f1)} | ${num(t.kappa)} |`),
    `| **${vscode.l10n.t('all')}** | ${a.exact.a} | ${a.exact.b} | ${pct(a.exact.f1)} | ${pct(a.overlap.f1)} | ${num(a.kappa)} |`,
    '',
    `## ${vscode.l10n.t('Disagreements ({0})', a.disagreements.length)}`,
    '',
  ];
  const span = (s?: { id: string; type: string; text: string; line: number }): string => (s ? `${s.id} ${s.type} «${s.text}» (${vscode.l10n.t('line {0}', s.line + 1)})` : '—');
  for (const d of a.disagreements) lines.push(`- **${d.kind}** — A: ${span(d.a)} · B: ${span(d.b)}`);
  return lines.join('\n') + '\n';
}

async function compareCommand(): Promise<void> {
  const files = await vscode.window.showOpenDialog({ canSelectMany: true, filters: { [vscode.l10n.t('Annotation files')]: ['ann'] }, openLabel: vscode.l10n.t('Compare') });
  if (!files) return;
  const a = files[0];
  if (!a) return;
  const b = files[1] ?? (await vscode.window.showOpenDialog({ filters: { [vscode.l10n.t('Annotation files')]: ['ann'] }, openLabel: vscode.l10n.t('Compare with') }))?.[0];
  if (!b) return;
  let txt = await readText(articleOf(a).txt);
  if (txt === null) txt = await readText(articleOf(b).txt);
  if (txt === null) {
    const t = (await vscode.window.showOpenDialog({ filters: { [vscode.l10n.t('Articles')]: ['txt'] }, openLabel: vscode.l10n.t('The article') }))?.[0];
    txt = t ? await readText(t) : null;
    if (txt === null) return;
  }
  const [annA, annB] = [await readText(a), await readText(b)];
  if (annA === null || annB === null) return;
  const md = agreementMarkdown(agreement(annA, annB, txt), vscode.workspace.asRelativePath(a), vscode.workspace.asRelativePath(b));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: md });
  await vscode.window.showTextDocument(doc, { preview: true });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri).then(undefined, () => undefined);
}

export function registerCommands(findings: (uri: vscode.Uri) => FindingsParams | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('isnad.annotateSelection', annotateSelection),
    vscode.commands.registerCommand('isnad.annotateAllSuggestions', annotateAll),
    vscode.commands.registerCommand('isnad.actionsAtCursor', actionsAtCursor),
    vscode.commands.registerCommand('isnad.nextSuggestion', () => goToSuggestion(findings, 1)),
    vscode.commands.registerCommand('isnad.previousSuggestion', () => goToSuggestion(findings, -1)),
    vscode.commands.registerCommand('isnad.exportAnnotations', exportCommand),
    vscode.commands.registerCommand('isnad.compareAnnotators', compareCommand),
  );
}
