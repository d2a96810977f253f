// A server made by createServer inside the test process, on two in-memory
// pipes, and a real JSON-RPC client on their other end: a test can run
// several servers in one process, with options (detectors) of its own.
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
// the server's side of the pipes, with the server library's own reader and writer
import * as server from 'vscode-languageserver/node';
import { createServer, type ServerOptions } from '../../server/src/lsp/server.js';
import type { PublishParams } from './client.js';

/** A server made by createServer in this process, and a client on the other end of two in-memory pipes. */
export class InProcess {
  readonly conn: MessageConnection;
  readonly published: PublishParams[] = [];
  private readonly server: server.Connection;

  readonly notifications: { method: string; params: unknown }[] = [];

  constructor(
    private readonly settings: Record<string, unknown> = {},
    options: ServerOptions = {},
  ) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.server = server.createConnection(server.ProposedFeatures.all, new server.StreamMessageReader(toServer), new server.StreamMessageWriter(toClient));
    createServer(this.server, options).listen();
    this.conn = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => void this.published.push(p));
    this.conn.onNotification((method: string, params: unknown) => void this.notifications.push({ method, params }));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  /** `init`: more initializationOptions (findings: true asks for the spans to decorate). */
  async initialize(dir: string, bundle?: string, init: Record<string, unknown> = {}): Promise<void> {
    const rootUri = pathToFileURL(dir).href;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(dir) }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      initializationOptions: { ...init, ...(bundle ? { l10nBundle: bundle } : {}) },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Waits for a publication that matches (polls: the server runs in this process's event loop). */
  async diagnostics(pred: (p: PublishParams) => boolean, timeoutMs = 30000): Promise<PublishParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = [...this.published].reverse().find(pred);
      if (seen) return seen;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics within ${timeoutMs} ms: ${JSON.stringify(this.published.map((p) => p.uri))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    await this.conn.sendRequest('shutdown');
    this.conn.dispose();
    this.server.dispose();
  }
}
