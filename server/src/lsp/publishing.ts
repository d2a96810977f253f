// Sending diagnostics: the article just edited now, the others (an edit may
// touch thousands in an archive) in the background, open ones first, in short
// turns that let the next keystroke, hover or open go first. A pulling client
// is asked to pull again instead. This module owns the queue.
import { createHash } from 'node:crypto';
import type { Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { ClientFlags } from './settings-cache.js';

/** How long one turn of background sending may hold the event loop. */
const TURN_MS = 8;

export interface PublishingHost {
  connection: Connection;
  /** What the client can do (read when sending, so set after initialize). */
  flags(): ClientFlags;
  /** The editor's version of an open document; undefined when it is closed. */
  openVersion(uri: string): number | undefined;
  /** Everything the document's Problems show. */
  diagnosticsFor(uri: string): Promise<Diagnostic[]>;
}

export class Publisher {
  /** Documents whose diagnostics are due: computed when sent, so always current. */
  private readonly openDue = new Set<string>();
  private readonly closedDue = new Set<string>();
  private draining = false;
  /** What was last sent per document (a hash), so a closed article's unchanged problems are not sent again. */
  private readonly lastPublished = new Map<string, string>();

  constructor(private readonly host: PublishingHost) {}

  /** Sends the documents' diagnostics (push), the first now, or asks a pulling client to pull. */
  async publish(uris: Iterable<string>): Promise<void> {
    if (this.host.flags().pullsDiagnostics) return this.refresh();
    let first = true;
    for (const uri of uris) {
      const open = this.host.openVersion(uri) !== undefined;
      if (first && open) await this.send(uri);
      else (open ? this.openDue : this.closedDue).add(uri);
      first = false;
    }
    this.drain();
  }

  /** Asks a pulling client to pull again, when it said it can be asked. */
  refresh(): void {
    const flags = this.host.flags();
    if (flags.pullsDiagnostics && flags.refreshesDiagnostics) {
      this.host.connection.languages.diagnostics.refresh().catch((e: unknown) => this.host.connection.console.warn(`diagnostic refresh failed: ${String(e)}`));
    }
  }

  /** A document closed: what the reload from disk finds is sent again, even when equal to what was sent while open; its diagnostics clear now. */
  closed(uri: string): void {
    this.lastPublished.delete(uri);
    if (!this.host.flags().pullsDiagnostics) void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    void (async () => {
      try {
        while (this.openDue.size || this.closedDue.size) {
          const turn: Promise<void>[] = [];
          const t0 = performance.now();
          for (const due of [this.openDue, this.closedDue]) {
            for (const uri of due) {
              if (performance.now() - t0 > TURN_MS) break;
              due.delete(uri);
              // computed here (only the settings are awaited, already known), written in the background
              const message = await this.message(uri);
              if (message) turn.push(this.host.connection.sendDiagnostics(message).catch(() => undefined));
            }
          }
          // wait for the turn's messages to be written: thousands queued at once would hold hundreds of MB
          await Promise.all(turn);
          await new Promise((r) => setImmediate(r));
        }
      } finally {
        this.draining = false;
      }
    })();
  }

  private async send(uri: string): Promise<void> {
    const message = await this.message(uri);
    if (message) await this.host.connection.sendDiagnostics(message).catch(() => undefined);
  }

  /** The document's diagnostics to send; undefined for a closed article whose problems did not change. */
  private async message(uri: string): Promise<PublishDiagnosticsParams | undefined> {
    const version = this.host.openVersion(uri);
    const diagnostics = await this.host.diagnosticsFor(uri);
    // a closed article whose problems did not change is not sent again (an archive has thousands)
    const key = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (version === undefined && this.lastPublished.get(uri) === key) return undefined;
    this.lastPublished.set(uri, key);
    return { uri, version, diagnostics };
  }
}
