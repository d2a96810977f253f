// The toy of docs/architecture.md "Add a detector", which lives only in the
// tests: a detector of e-mail addresses (the tokenizer already makes e-mail
// tokens) with its kind's row, and an invented text with one address.
import type { FindingKind } from '../../server/src/core/kinds.js';
import type { DocContext } from '../../server/src/core/parse/context.js';
import { DETECTORS, type Detector } from '../../server/src/core/plugins.js';
import type { Mark } from '../../server/src/core/types.js';

// step 1: the kind's row (in the product: a row of KINDS in core/kinds.ts)
export const EMAIL: FindingKind = {
  kind: 'email',
  collection: 'marks',
  label: 'E-mail address',
  json: 'emails',
  style: 'mark',
  counter: { key: 'emails', text: '{0} e-mail addresses' },
  unreviewed: false,
  visit: false,
  brat: { type: 'Email', label: 'E-mail', short: '@', background: '#dddddd', glyph: '@' },
  colours: { line: { dark: '#CCCCCC', light: '#444444', highContrast: '#FFFFFF', highContrastLight: '#000000', description: 'Underline of an e-mail address.' } },
};

// step 2: the detector (in the product: core/emails/detect.ts)
export function detectEmails(ctx: DocContext): Mark[] {
  return ctx.tokens.filter((t) => t.type === 'email').map((t) => ({ kind: 'email', start: t.start, end: t.end, text: t.text, facts: { domain: t.text.slice(t.text.indexOf('@') + 1) } }));
}

// step 3: registered after the shipped detectors (in the product: an entry of DETECTORS in core/plugins.ts)
export const emails: Detector = {
  name: 'emails',
  kinds: [EMAIL],
  run: (ctx) => {
    ctx.marks.push(...detectEmails(ctx));
  },
};
/** The shipped detectors and the toy after them: the list analyse() and createServer() are given. */
export const WITH_EMAILS = [...DETECTORS, emails];

// invented: "complaints are sent to info@example.org, the police said, before ten o'clock"
export const TEXT = 'وقالت الشرطة إن الشكاوى تُرسل إلى info@example.org قبل الساعة العاشرة.\nوأصيب 3 أشخاص.';
export const ADDRESS = 'info@example.org';
