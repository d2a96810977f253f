// The analysis of every open document, kept per version. Parse once per
// version (and text: a version number reused for other text is analysed
// again); a stale result is never published.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyse.js';
import { refuse, type Refusal } from '../core/text/guard.js';
import { Lines } from '../core/text/offsets.js';

export interface DocState {
  uri: string;
  version: number;
  text: string;
  lines: Lines;
  analysis: Analysis | null;
  refused: Refusal | null;
}

export class Analyses {
  private readonly states = new Map<string, DocState>();

  /** @param analyse the server's analysis of an article (analyse-article.ts) */
  constructor(private readonly analyse: (uri: string, text: string) => Analysis) {}

  get(uri: string): DocState | undefined {
    return this.states.get(uri);
  }

  /** Analyses the document unless this version was analysed already. */
  update(doc: TextDocument, limit: number): DocState {
    const old = this.states.get(doc.uri);
    const text = doc.getText();
    // a client may send a second change with the same version number: the text decides
    if (old && old.version === doc.version && old.text === text) return old;
    const refused = refuse(text, limit);
    const state: DocState = {
      uri: doc.uri,
      version: doc.version,
      text,
      lines: new Lines(text),
      analysis: refused ? null : this.analyse(doc.uri, text),
      refused,
    };
    this.states.set(doc.uri, state);
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  clear(): void {
    this.states.clear();
  }
}
