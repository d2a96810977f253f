// A real LSP client for the tests: starts the bundled server as a separate
// process and speaks JSON-RPC to it over stdio. No mocks.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = path.join(ROOT, 'dist/server.cjs');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  code?: string | number;
  relatedInformation?: { location: { uri: string; range: Diagnostic['range'] }; message: string }[];
}

export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class TestClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  readonly published: PublishParams[] = [];
  /** The scopeUri of every workspace/configuration item the server asked for. */
  readonly configurationScopes: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private waiters: { pred: (p: PublishParams) => boolean; resolve: (p: PublishParams) => void }[] = [];
  stderr = '';

  constructor(readonly settings: Record<string, unknown> = {}) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
      this.configurationScopes.push(...p.items.map((i) => i.scopeUri ?? ''));
      return p.items.map(() => this.settings);
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  /** `extra`: more client capabilities; `options`: the initializationOptions (the VS Code client asks for findings). */
  async initialize(rootDir?: string, extra: Record<string, unknown> = {}, options?: Record<string, unknown>): Promise<{ capabilities: Record<string, unknown> }> {
    const rootUri = rootDir ? pathToFileURL(rootDir).href : null;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootDir ? [{ uri: rootUri, name: path.basename(rootDir) }] : null,
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } }, window: { workDoneProgress: true }, ...extra },
      ...(options ? { initializationOptions: options } : {}),
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Resolves with the first publication (past or future) that matches. */
  diagnostics(pred: (p: PublishParams) => boolean, timeoutMs = 15000): Promise<PublishParams> {
    const seen = this.published.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ pred, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async close(): Promise<number | null> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // a dead server is reported by its exit code below
    }
    const code = await new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const timer = setTimeout(() => (this.proc.kill(), resolve(null)), 5000);
      this.proc.on('exit', (c) => (clearTimeout(timer), resolve(c)));
    });
    this.conn.dispose();
    return code;
  }
}
