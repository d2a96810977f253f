// Localised strings for the server, the VS Code way: the client passes the
// path of its l10n bundle for the display language; without one, English.
// Each server makes its own translator from the bundle it was given, so two
// servers in one process can speak two languages.
import fs from 'node:fs';
import * as l10n from '@vscode/l10n';

/** English text in, the display language's text out; {0}, {1}… filled from the arguments. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

/** Fills {0}, {1}… as @vscode/l10n does: with no arguments the text is kept as it is. */
function fill(template: string, args: (string | number | boolean)[]): string {
  if (args.length === 0) return template;
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : match));
}

/** The bundle's translations (English → translated); a missing or broken bundle gives none. */
function readBundle(bundlePath: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof bundlePath !== 'string' || !bundlePath) return out;
  try {
    const json = JSON.parse(fs.readFileSync(bundlePath, 'utf8')) as Record<string, unknown>;
    for (const [k, v] of Object.entries(json)) {
      if (typeof v === 'string' && v) out.set(k, v);
      else if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') out.set(k, (v as { message: string }).message);
    }
  } catch {
    // a missing or broken bundle falls back to English
  }
  return out;
}

/** A translator for the bundle at this path (none: English). */
export function translator(bundlePath?: unknown): Translate {
  const bundle = readBundle(bundlePath);
  return (message, ...args) => fill(bundle.get(message) ?? message, args);
}

export const english: Translate = translator();

/**
 * The process-wide translation that the annotation service (./annotations)
 * still imports; it takes the server's translator once it is split by job.
 */
export function initL10n(bundlePath: unknown): void {
  if (typeof bundlePath === 'string' && bundlePath) {
    try {
      l10n.config({ fsPath: bundlePath });
    } catch {
      // a missing or broken bundle falls back to English
    }
  }
}

export const t = l10n.t;
