// Our typed messages (protocol.ts) on the server's connection. protocol.ts
// takes its message types from the vscode-jsonrpc the client bundles; the
// server's vscode-languageserver carries an older copy whose classes
// TypeScript will not mix with them, so the server registers and sends by the
// type's method, with the type's parameters and result checked here.
import type { Connection } from 'vscode-languageserver';
import type { NotificationType, RequestType } from 'vscode-jsonrpc';

/** Answers the request with the handler; its parameters and result are the type's. */
export function onRequest<P, R>(connection: Connection, type: RequestType<P, R, void>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(type.method, async (params: P): Promise<unknown> => handler(params));
}

/** Sends the notification with the type's parameters. */
export function sendNotification<P>(connection: Connection, type: NotificationType<P>, params: P): Promise<void> {
  return connection.sendNotification(type.method, params);
}
