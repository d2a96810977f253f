// Localised strings for the server, the VS Code way: the client passes the
// path of its l10n bundle for the display language; without one, English.
// Each server makes its own translator from the bundle it was given, so two
// servers in one process can speak two languages.
import fs from 'node:fs';
import { localiseStrings, STRINGS, type Strings } from '../core/story/describe.js';
import { localisedMessages, MESSAGES, say, type Messages, type Said } from '../standoff/messages.js';

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
 * One server's language: its translator and the tables of the story and the
 * annotation store said in it. createServer makes one and hands it to the
 * parts that speak; initialize sets the client's bundle (until then English).
 * `t` is the same function throughout, so a part may keep it.
 */
export class Language {
  private current: Translate = english;
  /** The words of conflicts and corroborations (core/story/describe.ts). */
  strings: Strings = STRINGS;
  /** The annotation store's messages (standoff/messages.ts). */
  messages: Messages = MESSAGES;

  readonly t: Translate = (message, ...args) => this.current(message, ...args);

  /** Speaks the language of the bundle at this path (none: English). */
  use(bundlePath: unknown): void {
    const given = typeof bundlePath === 'string' && bundlePath !== '';
    this.current = given ? translator(bundlePath) : english;
    this.strings = given ? localiseStrings((s) => this.t(s)) : STRINGS;
    this.messages = given ? localisedMessages((s) => this.t(s)) : MESSAGES;
  }

  /** A message of the annotation store in this language. */
  say(s: Said): string {
    return say(s, this.messages);
  }
}
