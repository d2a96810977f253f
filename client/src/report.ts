// When ISNAD_E2E_REPORT names a file, the extension appends what it observed
// there as JSON lines, so the end-to-end tests read facts instead of sleeping.
import { appendFileSync } from 'node:fs';

export function report(event: string, data: Record<string, unknown> = {}): void {
  const file = process.env.ISNAD_E2E_REPORT;
  if (!file) return;
  try {
    appendFileSync(file, JSON.stringify({ event, time: Date.now(), ...data }) + '\n');
  } catch {
    // reporting must never break the extension
  }
}
