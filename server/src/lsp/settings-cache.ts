// What the client said it can do (from `initialize`) and the settings it
// gives per workspace folder: one owner for both, so a server holds them in
// its own object and two servers in one process never share them.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { DEFAULTS, withDefaults, type Settings } from './settings.js';

/** The client capabilities the server acts on. */
export interface ClientFlags {
  pullsConfig: boolean;
  pullsDiagnostics: boolean;
  refreshesDiagnostics: boolean;
  showsProgress: boolean;
  sendsFolderChanges: boolean;
  /** The VS Code client asks for the spans it decorates (initializationOptions.findings). */
  wantsFindings: boolean;
}

export const NO_FLAGS: ClientFlags = { pullsConfig: false, pullsDiagnostics: false, refreshesDiagnostics: false, showsProgress: false, sendsFolderChanges: false, wantsFindings: false };

export function clientFlags(params: InitializeParams): ClientFlags {
  const caps = params.capabilities;
  const init = (params.initializationOptions ?? {}) as { findings?: boolean };
  return {
    pullsConfig: !!caps.workspace?.configuration,
    pullsDiagnostics: !!caps.textDocument?.diagnostic,
    refreshesDiagnostics: !!caps.workspace?.diagnostics?.refreshSupport,
    showsProgress: !!caps.window?.workDoneProgress,
    sendsFolderChanges: !!caps.workspace?.workspaceFolders,
    wantsFindings: !!init.findings,
  };
}

export class ClientSettings {
  flags: ClientFlags = NO_FLAGS;
  /** The workspace folders on disk. */
  folders: string[] = [];
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection) {}

  /** Reads what `initialize` says: the capabilities and the workspace folders. */
  initialize(params: InitializeParams): void {
    this.flags = clientFlags(params);
    this.folders = this.folderPaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
  }

  /** The folders' paths; a folder not on disk is not indexed (and said so). */
  folderPaths(folders: { uri: string }[]): string[] {
    const out: string[] = [];
    for (const f of folders) {
      try {
        out.push(fileURLToPath(f.uri));
      } catch {
        this.connection.console.warn(`workspace folder ${f.uri} is not on disk: not indexed`);
      }
    }
    return out;
  }

  /** Folders added and removed (workspace/didChangeWorkspaceFolders). */
  changeFolders(added: { uri: string }[], removed: { uri: string }[]): void {
    const gone = new Set(this.folderPaths(removed));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...this.folderPaths(added)];
    this.clear();
  }

  /** Forgets what the client said (its settings changed). */
  clear(): void {
    this.cache.clear();
  }

  /**
   * The settings of an article. They are resource-scoped, and VS Code resolves
   * them per workspace folder, so one request per folder serves all its
   * articles (an archive of 10 000 would otherwise cost 10 000 round trips).
   */
  for(uri: string): Promise<Settings> {
    if (!this.flags.pullsConfig) return Promise.resolve(DEFAULTS);
    const key = this.scope(uri);
    let s = this.cache.get(key);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' }).then(withDefaults, () => DEFAULTS);
      this.cache.set(key, s);
    }
    return s;
  }

  /** The workspace folder that holds the article (the innermost), else the article itself. */
  private scope(uri: string): string {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return uri;
    }
    let best = '';
    for (const f of this.folders) if (f.length > best.length && (file === f || file.startsWith(f.endsWith(sep) ? f : f + sep))) best = f;
    return best || uri;
  }
}
