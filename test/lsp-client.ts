/**
 * A language client for the tests: the server run as an editor runs it (a child process speaking
 * JSON-RPC over stdio), driven with vscode-jsonrpc, the protocol library VS Code's own client uses.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { projectRoot } from './helpers.js';

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  initialize: InitializeResult;
  /** Resolves with the next diagnostics published for `uri` (of `version`, when given). */
  diagnostics: (uri: string, version?: number) => Promise<Diagnostic[]>;
  /** Every window/showMessage the server sent. */
  shownMessages: Array<{ type: number; message: string }>;
  stderr: () => string;
  /** shutdown, exit; resolves with the process's exit code. */
  close: () => Promise<number | null>;
}

export const fileUri = (path: string): string => pathToFileURL(path).href;

export async function startClient(root: string, options: { bin?: string[]; initializationOptions?: object } = {}): Promise<LspClient> {
  const args = options.bin ?? [join(projectRoot, 'bin', 'valuelint-ls.js'), '--stdio'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; version: number | undefined; resolve: (d: Diagnostic[]) => void }> = [];
  const shownMessages: Array<{ type: number; message: string }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const waiter = waiters.find((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params.diagnostics);
    } else published.push(params);
  });
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
    shownMessages.push(params);
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showDocument', () => ({ success: true }));
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const initialize = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: fileUri(root),
    workspaceFolders: [{ uri: fileUri(root), name: 'plans' }],
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      window: { showDocument: { support: true } },
    },
    initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    initialize,
    shownMessages,
    stderr: () => stderr,
    diagnostics: (uri, version) => {
      const index = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (index >= 0) return Promise.resolve(published.splice(index, 1)[0]!.diagnostics);
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    close: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
