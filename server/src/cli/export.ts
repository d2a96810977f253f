// `isnad export --format brat|webanno|tsv|conll [--out DIR] [--base IRI] PATH…`: the
// annotation files of articles in another format. PATH: articles (.txt),
// their .ann, or folders. Without --out, one article is printed.
import { decodeText } from '../core/text/decode-text.js';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotationPathFor, canRewrite, exportAnnotations, parseAnn, validateAnn, type ExportFormat } from '../standoff/index.js';
import { collectArticles, UsageError } from './files.js';

export const EXPORT_USAGE = `usage: isnad export --format brat|webanno|tsv|conll [--out DIR] [--base IRI] PATH…
  PATH        articles (.txt), their annotation files (.ann) or folders
  --format    brat (the .ann itself), webanno (W3C Web Annotation JSON-LD), tsv (WebAnno TSV 3.3, for INCEpTION), conll (BIO columns)
  --out DIR   write NAME.ann / NAME.jsonld / NAME.tsv / NAME.conll into DIR (needed for several articles)
  --base IRI  the folder IRI Web Annotation ids start with (default: the article's folder as a file:// URI)
exit status: 0 exported, 1 an annotation file has errors (not exported), 2 bad usage or unreadable input`;

const EXT: Record<ExportFormat, string> = { brat: 'ann', webanno: 'jsonld', tsv: 'tsv', conll: 'conll' };

export function exportMain(argv: string[]): number {
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let base: string | undefined;
  const paths: string[] = [];
  let articles: string[];
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--help' || a === '-h') {
        console.log(EXPORT_USAGE);
        return 0;
      }
      if (a === '--format') {
        const f = argv[++i];
        if (f !== 'brat' && f !== 'webanno' && f !== 'tsv' && f !== 'conll') throw new UsageError(`--format takes brat, webanno, tsv or conll${f ? `, not '${f}'` : ''}`);
        format = f;
      } else if (a === '--out') {
        out = argv[++i];
        if (!out) throw new UsageError('--out takes a folder');
      } else if (a === '--base') {
        base = argv[++i];
        if (!base || !URL.canParse(base)) throw new UsageError(`--base takes an absolute IRI${base ? `, not '${base}'` : ''}`);
      } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
      else paths.push(a);
    }
    if (!format) throw new UsageError('no --format given');
    if (!paths.length) throw new UsageError('no PATH given');
    articles = collectArticles(paths.map((p) => (p.endsWith('.ann') ? p.replace(/\.ann$/, '.txt') : p)));
    articles = articles.filter((a) => {
      if (fs.existsSync(annotationPathFor(a))) return true;
      if (paths.includes(a) || paths.some((p) => path.resolve(p) === a)) console.error(`isnad: ${a} has no annotation file (${path.basename(annotationPathFor(a))})`);
      return false;
    });
    if (!articles.length) throw new UsageError('no annotated article found');
    if (articles.length > 1 && !out) throw new UsageError(`${articles.length} annotated articles: give --out DIR`);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`isnad: ${e.message}\n${EXPORT_USAGE}`);
      return 2;
    }
    throw e;
  }
  if (out) fs.mkdirSync(out, { recursive: true });
  // a reader that stops early (`| head`) closes the pipe: stop quietly
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  let status = 0;
  for (const txtPath of articles) {
    let txt: string;
    let ann: string;
    try {
      txt = decodeText(fs.readFileSync(txtPath));
      ann = fs.readFileSync(annotationPathFor(txtPath), 'utf8');
    } catch (e) {
      console.error(`isnad: cannot read ${txtPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      status = 2;
      continue;
    }
    const doc = parseAnn(ann);
    if (!canRewrite(doc, txt)) {
      const annPath = path.relative(process.cwd(), annotationPathFor(txtPath)) || annotationPathFor(txtPath);
      for (const p of validateAnn(doc, txt).filter((x) => x.severity === 'error')) console.error(`${annPath}:${p.line + 1}:${p.start + 1}: ${p.message}`);
      console.error(`isnad: ${annPath} has errors: not exported`);
      status = Math.max(status, 1);
      continue;
    }
    const name = path.basename(txtPath, '.txt');
    const folder = base ?? pathToFileURL(path.dirname(path.resolve(txtPath)) + path.sep).href;
    const text = exportAnnotations(format, ann, txt, name, { base: folder });
    if (out) {
      const target = path.join(out, `${name}.${EXT[format]}`);
      fs.writeFileSync(target, text);
      console.error(`isnad: wrote ${target}`);
    } else process.stdout.write(text);
  }
  return status;
}
