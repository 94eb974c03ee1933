#!/usr/bin/env node
// valuelint's language server (`valuelint-ls --stdio`), the same as `valuelint lsp --stdio`.
// The protocol library ends the process on the client's exit notification.
import { serveStdio } from '../dist/src/lsp/main.js';

await serveStdio();
