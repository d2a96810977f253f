// A strict IOB2 reader of CoNLL columns for the tests, following seqeval's
// strict mode (IOB2 scheme) and conlleval's line rules: a line is fields
// separated by tabs, every line has as many fields, a blank line ends a
// sentence, a `-DOCSTART-` line (and a leading `#` comment) is skipped;
// a token has no whitespace (conlleval splits on it); a tag is O, B-X or I-X,
// and I-X only continues a B-X or I-X of the same X in its column. An entity
// is a B-X and the I-X after it.

export interface Entity {
  column: number;
  type: string;
  /** Token indexes in the document (sentences counted together), inclusive. */
  first: number;
  last: number;
}

export interface Read {
  tokens: string[];
  /** The sentence of each token. */
  sentenceOf: number[];
  sentences: number;
  columns: number;
  entities: Entity[];
}

export function readIob2(conll: string, tagColumnsFrom = 1): Read {
  const lines = conll.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const tokens: string[] = [];
  const sentenceOf: number[] = [];
  const entities: Entity[] = [];
  let width = -1;
  let sentences = 0;
  let inSentence = false;
  let open: (Entity | null)[] = [];
  lines.forEach((line, n) => {
    const where = `line ${n + 1}: ${JSON.stringify(line)}`;
    if (line === '') {
      if (inSentence) sentences++;
      inSentence = false;
      open = [];
      return;
    }
    if (line.startsWith('#') && tokens.length === 0 && !inSentence) return;
    const fields = line.split('\t');
    if (fields[0] === '-DOCSTART-') {
      if (inSentence) throw new Error(`${where}: -DOCSTART- inside a sentence`);
      return;
    }
    if (width < 0) width = fields.length;
    if (fields.length !== width) throw new Error(`${where}: ${fields.length} fields, the first line had ${width}`);
    const token = fields[0]!;
    if (token === '' || /[\s\u0085\u001c-\u001f]/u.test(token)) throw new Error(`${where}: the token is empty or has whitespace`);
    const index = tokens.push(token) - 1;
    sentenceOf.push(sentences);
    inSentence = true;
    for (let c = tagColumnsFrom; c < fields.length; c++) {
      const tag = fields[c]!;
      const m = /^(?:O|([BI])-(\S+))$/.exec(tag);
      if (!m) throw new Error(`${where}: '${tag}' is not O, B-X or I-X`);
      const cur = open[c] ?? null;
      if (tag === 'O') {
        open[c] = null;
      } else if (m[1] === 'B') {
        const e = { column: c, type: m[2]!, first: index, last: index };
        entities.push(e);
        open[c] = e;
      } else {
        if (!cur || cur.type !== m[2]) throw new Error(`${where}: I-${m[2]} does not continue a ${m[2]} (strict IOB2)`);
        cur.last = index;
      }
    }
  });
  if (inSentence) sentences++;
  return { tokens, sentenceOf, sentences, columns: Math.max(0, width - tagColumnsFrom), entities };
}
