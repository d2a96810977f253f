// Which documents the extension serves: articles and annotation files on
// disk only (the `file` scheme). The server reads each article's sibling .ann
// and the folder's other articles with node's fs, which a virtual workspace
// (vscode-vfs, memfs, …) does not have; the chat input box of recent VS Code
// is plaintext too. Pure: no vscode import, so a unit test reads it.

/** The articles: the client starts on the first one. */
export const ARTICLE_SELECTOR = [{ scheme: 'file', language: 'plaintext' }] as const;

/**
 * The annotation files (brat standoff, the language package.json gives .ann).
 * In the client's selector like the articles: the language client sends their
 * text and asks for their quick fixes, and sends them again to a restarted server.
 */
export const ANNOTATION_SELECTOR = [{ scheme: 'file', language: 'brat-ann' }] as const;

/** The language client's document selector. */
export const DOCUMENT_SELECTOR = [...ARTICLE_SELECTOR, ...ANNOTATION_SELECTOR];

interface Doc {
  uri: { scheme: string; path: string };
  languageId: string;
}

export function isArticle(doc: Doc): boolean {
  return ARTICLE_SELECTOR.some((s) => s.scheme === doc.uri.scheme && s.language === doc.languageId);
}

export function isAnnotationFile(doc: Doc): boolean {
  return doc.uri.scheme === 'file' && doc.uri.path.toLowerCase().endsWith('.ann');
}
