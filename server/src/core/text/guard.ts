// Input the analysis refuses, with the reason a user reads.

export type Refusal = { ruleId: 'too-large'; size: number; limit: number } | { ruleId: 'binary' };

/** A NUL in the first 8 KB marks a binary file, as git decides. */
export function refuse(text: string, limit: number): Refusal | null {
  if (text.length > limit) return { ruleId: 'too-large', size: text.length, limit };
  if (text.slice(0, 8192).includes('\u0000')) return { ruleId: 'binary' };
  return null;
}
