// A unified parser for Arabic news text: text → nlcst tree (Root > Paragraph >
// Sentence > Word/Punctuation/Symbol/WhiteSpace/Source), every node with its
// exact position. The flat tokens it was built from ride along in
// tree.data.isnad for the detectors.

import type { Paragraph as NParagraph, Root, Sentence as NSentence, SentenceContent, WhiteSpace } from 'nlcst';
import type { Point } from 'unist';
import type { Processor } from 'unified';
import type { Token } from '../types.js';
import { tokenize, type Tokenized } from './tokenize.js';

/**
 * Line/column/offset of every token boundary, computed in one pass. A token
 * ends where the next starts: that point is made once and shared by both
 * nodes (points are plain data, never changed once made).
 */
class Points {
  private line = 1;
  private lineStart = 0;
  private at = 0;
  private last: Point | null = null;
  /** Offsets of the line breaks (\n, or \r not before \n), found by indexOf rather than a loop over every character. */
  private readonly breaks: number[] = [];
  private next = 0;
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
    const crs: number[] = [];
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) crs.push(i);
    if (crs.length) this.breaks = [...this.breaks, ...crs].sort((a, b) => a - b);
  }
  point(offset: number): Point {
    if (this.last && this.last.offset === offset) return this.last;
    // advance over the line breaks between the last point and this one
    while (this.next < this.breaks.length && this.breaks[this.next]! < offset) {
      const b = this.breaks[this.next++]!;
      if (b < this.at) continue;
      this.line++;
      this.lineStart = b + 1;
    }
    this.at = Math.max(this.at, offset);
    return (this.last = { line: this.line, column: offset - this.lineStart + 1, offset });
  }
}

function leaf(t: Token, pts: Points): SentenceContent | WhiteSpace {
  const position = { start: pts.point(t.start), end: pts.point(t.end) };
  switch (t.type) {
    case 'space':
      return { type: 'WhiteSpaceNode', value: t.text, position };
    case 'punct':
      return { type: 'PunctuationNode', value: t.text, position };
    case 'symbol':
      return { type: 'SymbolNode', value: t.text, position };
    case 'url':
    case 'email':
    case 'hashtag':
    case 'mention':
      return { type: 'SourceNode', value: t.text, position, data: { kind: t.type } };
    case 'word':
    case 'number':
      return {
        type: 'WordNode',
        children: [{ type: 'TextNode', value: t.text, position }],
        position,
        data: { kind: t.type },
      };
  }
}

/** Builds the nlcst tree from tokens; tokens between units become WhiteSpace. */
export function toTree(text: string, tk: Tokenized): Root {
  const pts = new Points(text);
  const { tokens, sentences, paragraphs } = tk;
  const root: Root = { type: 'RootNode', children: [], data: {} };
  let i = 0; // next token not yet placed
  const whiteUpTo = (end: number, into: Array<unknown>): void => {
    while (i < tokens.length && tokens[i]!.end <= end) into.push(leaf(tokens[i++]!, pts));
  };
  for (const p of paragraphs) {
    whiteUpTo(p.start, root.children);
    const para: NParagraph = { type: 'ParagraphNode', children: [] };
    const pStart = pts.point(p.start);
    for (let s = p.first; s < p.last; s++) {
      const sen = sentences[s]!;
      whiteUpTo(sen.start, para.children);
      const node: NSentence = { type: 'SentenceNode', children: [] };
      const sStart = pts.point(sen.start);
      for (; i < sen.last; i++) node.children.push(leaf(tokens[i]!, pts) as SentenceContent);
      node.position = { start: sStart, end: pts.point(sen.end) };
      para.children.push(node);
    }
    whiteUpTo(p.end, para.children);
    para.position = { start: pStart, end: pts.point(p.end) };
    root.children.push(para);
  }
  whiteUpTo(text.length, root.children);
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: pts.point(text.length) };
  return root;
}

export interface IsnadTreeData {
  tokenized: Tokenized;
}

/**
 * What a root not built yet is built from, under a symbol that is not
 * enumerable (JSON, Object.keys, spreading and deep equality never see it).
 * Not a WeakMap: its entries outlive their roots until a full collection,
 * which kept every analysis's tokens alive through the young generation's
 * collections (and made V8 allocate tokens straight in the old generation).
 */
const PENDING = Symbol('isnad.pendingTree');
type Lazy = Root & { [PENDING]?: { text: string; tk: Tokenized } };

/** Builds the nodes of a root made by lazyTree (once) and makes children and position plain data. */
function build(root: Lazy): void {
  const p = root[PENDING];
  if (!p) return;
  root[PENDING] = undefined;
  const t = toTree(p.text, p.tk);
  Object.defineProperty(root, 'children', { value: t.children, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(root, 'position', { value: t.position, writable: true, enumerable: true, configurable: true });
}

// One getter and setter for every root (they find the root's text by `this`),
// so that all roots share one hidden class instead of each having its own.
function lazily(key: 'children' | 'position'): PropertyDescriptor {
  return {
    get(this: Root) {
      build(this);
      return this[key];
    },
    set(this: Root, value: unknown) {
      build(this);
      (this as unknown as Record<string, unknown>)[key] = value;
    },
    enumerable: true,
    configurable: true,
  };
}
const CHILDREN = lazily('children');
const POSITION = lazily('position');

/**
 * The tree of a parsed text, built when first read. The detectors read the
 * tokens (tree.data.isnad), never the tree, and the language server drops the
 * tree: building its nodes (about six objects a word) for every keystroke was
 * a fifth of the analysis. Reading `children` or `position` (or setting one)
 * builds the nodes once, from the same tokens, and turns both into plain data
 * properties: the tree is the same as if built at once (same keys, same order).
 */
export function lazyTree(text: string, tk: Tokenized): Root {
  const root = { type: 'RootNode' } as Root;
  Object.defineProperty(root, 'children', CHILDREN);
  root.data = { isnad: { tokenized: tk } satisfies IsnadTreeData } as Root['data'];
  Object.defineProperty(root, 'position', POSITION);
  Object.defineProperty(root, PENDING, { value: { text, tk }, writable: true, enumerable: false, configurable: true });
  return root;
}

/** The unified plugin: sets the processor's parser. */
export default function arabicParse(this: Processor): void {
  // unified 11 calls `parser(document, file)` and expects a tree back
  (this as unknown as { parser: (doc: string) => Root }).parser = (doc: string) => lazyTree(doc, tokenize(doc));
}
