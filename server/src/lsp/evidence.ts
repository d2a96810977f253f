// The words for a weak detection's reason (core/evidence/weak.ts), shared by
// the findings the client draws and the hover, so both say the same thing.
import { isolate } from '../core/text/bidi.js';
import type { WeakReason } from '../core/evidence/weak.js';
import type { Translate } from './l10n.js';

export function weakText(r: WeakReason, t: Translate): string {
  switch (r.code) {
    case 'trigger-only':
      return t('not in the gazetteer: read as a name after {0}', isolate(`«${r.word}»`));
    case 'repeat-of-unknown':
      return t('not in the gazetteer: a repeat of a name found after a trigger word');
    case 'person-name':
      return t('may be part of a person\'s name (after {0})', isolate(`«${r.word}»`));
    case 'word-not-number':
      return t('{0} usually means "one of" or "someone", not a count', isolate(`«${r.word}»`));
  }
}
