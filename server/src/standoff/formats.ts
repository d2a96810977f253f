// One entry point per direction for the export/import commands.

import { toConll, type ConllOptions } from './conll.js';
import { fromWebAnnotation, toWebAnnotation } from './web-annotation.js';
import { toWebAnnoTsv } from './webanno-tsv.js';

/** brat; webanno: W3C Web Annotation; tsv: WebAnno TSV 3.3 (INCEpTION's import); conll: BIO columns. */
export type ExportFormat = 'brat' | 'webanno' | 'tsv' | 'conll';

export interface ExportOptions {
  /**
   * The folder IRI the article is in (a file:// URI, or the CLI's --base):
   * Web Annotation ids are absolute IRIs from it. Default `file:///`.
   */
  base?: string;
  conll?: ConllOptions;
}

/**
 * The .ann of `name`.txt in another format. brat is the file itself
 * (identity); webanno is JSON-LD text; tsv is WebAnno TSV 3.3; conll is BIO columns.
 */
export function exportAnnotations(format: ExportFormat, annText: string, txt: string, name: string, options: ExportOptions = {}): string {
  switch (format) {
    case 'brat':
      return annText;
    case 'webanno':
      return JSON.stringify(toWebAnnotation(annText, txt, name, options.base ?? 'file:///').collection, null, 2) + '\n';
    case 'tsv':
      return toWebAnnoTsv(annText, txt).text;
    case 'conll':
      return toConll(annText, txt, options.conll);
  }
}

/** A .ann text from brat (identity) or Web Annotation JSON text; `skipped` lists what could not be placed. */
export function importAnnotations(format: 'brat' | 'webanno', content: string, txt: string): { text: string; skipped: number[] } {
  if (format === 'brat') return { text: content, skipped: [] };
  return fromWebAnnotation(JSON.parse(content), txt);
}
