// Figures (GUIDELINES §1). Placeholder until the figures detector lands.
import type { DocContext } from '../parse/context.js';
import type { Figure } from '../types.js';

export function detectFigures(_ctx: DocContext): Figure[] {
  return [];
}
