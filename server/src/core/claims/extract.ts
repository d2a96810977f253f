// Claims (GUIDELINES §4). Placeholder until claims land.
import type { DocContext } from '../parse/context.js';
import type { Claim } from '../types.js';

export function extractClaims(_ctx: DocContext): Claim[] {
  return [];
}
