// The `isnad` settings the server pulls from the client, per workspace folder.

import { MIN_CONFIDENCE } from '../core/story/confidence.js';

export interface Settings {
  /** Files larger than this (characters) get one message and no analysis. */
  maxFileSize: number;
  conflicts: {
    enabled: boolean;
    severity: 'error' | 'warning' | 'information' | 'hint';
    /** Pairs less sure than this (core/story/confidence.ts) are hints, not warnings. */
    minConfidence: number;
  };
}

export const DEFAULTS: Settings = {
  maxFileSize: 2_000_000,
  conflicts: { enabled: true, severity: 'warning', minConfidence: MIN_CONFIDENCE },
};

/** Fills what the client did not send with defaults; ignores values of the wrong type. */
export function withDefaults(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Settings> & { conflicts?: Partial<Settings['conflicts']> };
  const sev = r.conflicts?.severity;
  return {
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULTS.maxFileSize,
    conflicts: {
      enabled: typeof r.conflicts?.enabled === 'boolean' ? r.conflicts.enabled : DEFAULTS.conflicts.enabled,
      severity: sev === 'error' || sev === 'warning' || sev === 'information' || sev === 'hint' ? sev : DEFAULTS.conflicts.severity,
      minConfidence: typeof r.conflicts?.minConfidence === 'number' && r.conflicts.minConfidence >= 0 && r.conflicts.minConfidence <= 1 ? r.conflicts.minConfidence : DEFAULTS.conflicts.minConfidence,
    },
  };
}
