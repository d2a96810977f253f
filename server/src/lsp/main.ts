// The Isnad language server's process: one server (server.ts) on the
// connection the client started it with (stdio or IPC).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneV8 } from '../v8.js';
import { createServer } from './server.js';

tuneV8();
const connection = createConnection(ProposedFeatures.all);
createServer(connection).listen();

// A bug must not take the server down with every open document: log it.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
