// Code actions: annotation files (accept, reject, select, remove, annotate
// all, review a conflict, resolve a merge conflict). The work is in ./annotations.
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { AnnotationService } from './standoff/service.js';

export async function codeActions(params: CodeActionParams, annotations: AnnotationService, log: (m: string) => void): Promise<CodeAction[]> {
  try {
    return await annotations.codeActions(params);
  } catch (e) {
    log(`code actions failed for ${params.textDocument.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return [];
  }
}
