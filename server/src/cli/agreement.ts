// `isnad agreement A.ann B.ann [--text X.txt] [--json]`: how far two
// annotators agree on one article, per type, and where they differ.
import fs from 'node:fs';
import path from 'node:path';
import { agreement, textPathFor, type Agreement } from '../standoff/index.js';
import type { SpanRef } from '../standoff/agreement.js';
import { UsageError } from './files.js';

export const AGREEMENT_USAGE = `usage: isnad agreement A.ann B.ann [--text X.txt] [--json]
  A.ann B.ann  two annotators' files of the same article (A is the reference)
  --text       the article (default: the .txt beside A.ann)
  --json       machine-readable output (offsets in Unicode code points)
exit status: 0 compared, 2 bad usage or unreadable input`;

const pct = (n: number | null): string => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
const num = (n: number | null): string => (n === null ? '—' : n.toFixed(3));

function span(s: SpanRef | undefined): string {
  return s ? `${s.id} ${s.type} ${s.fragments.map((f) => f.join('-')).join(',')} «${s.text}»` : '—';
}

export function agreementText(a: Agreement, nameA: string, nameB: string): string {
  const rows = [['type', 'A', 'B', 'exact P', 'exact R', 'exact F1', 'overlap F1', 'kappa']];
  for (const t of a.types) rows.push([t.type, String(t.exact.a), String(t.exact.b), pct(t.exact.precision), pct(t.exact.recall), pct(t.exact.f1), pct(t.overlap.f1), num(t.kappa)]);
  rows.push(['all', String(a.exact.a), String(a.exact.b), pct(a.exact.precision), pct(a.exact.recall), pct(a.exact.f1), pct(a.overlap.f1), num(a.kappa)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = [`agreement of ${nameB} with ${nameA} (the reference)`, ...rows.map((r) => '  ' + r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd())];
  lines.push('', `${a.disagreements.length} disagreement(s)`);
  for (const d of a.disagreements) lines.push(`  ${d.kind.padEnd(8)} A: ${span(d.a)}  B: ${span(d.b)}`);
  return lines.join('\n');
}

export function agreementMain(argv: string[]): number {
  const files: string[] = [];
  let textPath: string | undefined;
  let json = false;
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--help' || a === '-h') {
        console.log(AGREEMENT_USAGE);
        return 0;
      }
      if (a === '--json') json = true;
      else if (a === '--text') {
        textPath = argv[++i];
        if (!textPath) throw new UsageError('--text takes the article (.txt)');
      } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
      else files.push(a);
    }
    if (files.length !== 2) throw new UsageError(`two annotation files are needed, ${files.length} given`);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`isnad: ${e.message}\n${AGREEMENT_USAGE}`);
      return 2;
    }
    throw e;
  }
  const [fa, fb] = files as [string, string];
  const txtPath = textPath ?? textPathFor(fa);
  const read = (p: string): string | null => {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch (e) {
      console.error(`isnad: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return null;
    }
  };
  const [a, b, txt] = [read(fa), read(fb), read(txtPath)];
  if (a === null || b === null || txt === null) return 2;
  const result = agreement(a, b, txt);
  if (json) console.log(JSON.stringify({ a: fa, b: fb, text: txtPath, ...result }, null, 2));
  else console.log(agreementText(result, path.basename(fa), path.basename(fb)));
  return 0;
}
