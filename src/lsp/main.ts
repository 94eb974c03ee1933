/**
 * Start the language server over standard input and output (`valuelint lsp --stdio`,
 * `valuelint-ls --stdio`). vscode-languageserver reads `--stdio` from the command line, routes
 * console output to the client (standard output carries the protocol only), and ends the process
 * on the client's `exit` notification (0 after `shutdown`, 1 otherwise), as the protocol says.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function serveStdio(): Promise<never> {
  if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  // A bug in one request must not end the editor's session; the client sees it in its log.
  process.on('uncaughtException', (error) => connection.console.error(`valuelint: internal error: ${error.stack ?? error.message}`));
  return new Promise<never>(() => {});
}
