// The `isnad` settings the server pulls from the client, per workspace folder.

export interface Settings {
  /** Files larger than this (characters) get one message and no analysis. */
  maxFileSize: number;
  conflicts: {
    enabled: boolean;
    severity: 'error' | 'warning' | 'information' | 'hint';
  };
}

export const DEFAULTS: Settings = {
  maxFileSize: 2_000_000,
  conflicts: { enabled: true, severity: 'warning' },
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
    },
  };
}
