// What package.json promises about workspaces, against what the client does:
// it runs in Restricted Mode (it executes nothing from the workspace), and it
// declares virtual workspaces unsupported because the server reads the folder
// with node's fs, so the client must never hand it a document of another scheme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_SELECTOR, DOCUMENT_SELECTOR, isAnnotationFile, isArticle } from '../../client/src/scope.js';
import { ROOT } from './corpus.js';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string; extensions: string[] }[] };
  capabilities: { untrustedWorkspaces: { supported: unknown }; virtualWorkspaces: { supported: unknown; description?: string } };
};

const doc = (scheme: string, p: string, languageId = 'plaintext') => ({ uri: { scheme, path: p }, languageId });

describe('untrusted and virtual workspaces', () => {
  it('package.json: supported in untrusted workspaces, not in virtual ones, and says why', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    const key = /^%(.+)%$/.exec(manifest.capabilities.virtualWorkspaces.description ?? '')?.[1];
    assert.ok(key, 'the reason is a localised %key%');
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    assert.match(nls[key]!, /disk/);
  });

  it('the language client serves plaintext documents of the file scheme only', () => {
    assert.ok(ARTICLE_SELECTOR.length > 0);
    for (const s of ARTICLE_SELECTOR) assert.deepEqual(s, { scheme: 'file', language: 'plaintext' });
  });

  it('the language client also serves the .ann files of the file scheme, by the language package.json gives .ann', () => {
    const ann = manifest.contributes.languages.find((l) => l.extensions.includes('.ann'));
    assert.ok(ann, 'package.json contributes a language for .ann');
    assert.deepEqual(DOCUMENT_SELECTOR, [...ARTICLE_SELECTOR, { scheme: 'file', language: ann.id }]);
  });

  it('an article or .ann of a virtual file system, an untitled buffer or the chat box is not served', () => {
    assert.equal(isArticle(doc('file', '/news/a.txt')), true);
    for (const scheme of ['vscode-vfs', 'memfs', 'untitled', 'vscode-chat-input', 'git']) {
      assert.equal(isArticle(doc(scheme, '/news/a.txt')), false, scheme);
      assert.equal(isAnnotationFile(doc(scheme, '/news/a.ann', 'brat-ann')), false, scheme);
    }
    assert.equal(isArticle(doc('file', '/news/a.md', 'markdown')), false);
    assert.equal(isAnnotationFile(doc('file', '/news/A.ANN', 'brat-ann')), true);
  });
});
