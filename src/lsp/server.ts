/**
 * valuelint's language server: the CLI's per-file lint (src/lint-source.ts) on the editor's
 * buffers, as they are, with the CLI's config cascade and directives; diagnostics, hover with the
 * cited passages, and code actions that turn a finding off. Nothing is written to disk: edits go
 * back to the editor as workspace edits for the user to keep or undo.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentOptionsOf } from '../document-options.js';
import { isToolingFile, kindOfPath } from '../frontends/kinds.js';
import { defaultMaxFileSize, lintSource } from '../lint-source.js';
import { atLeastConfidence } from '../result.js';
import type { LintMessage, LintResult } from '../types.js';
import { ruleOffEdit } from './config-edit.js';
import { diagnosticsOf, rangeOf } from './diagnostics.js';
import { disableEdits } from './disable-comment.js';
import { hoverOf } from './hover.js';
import { configNames, isConfigFile, Workspace } from './workspace.js';

export const openDocsCommand = 'valuelint.openRuleDocs';

/** Settings a client may pass as `initializationOptions`. */
export interface ServerOptions {
  /** Changes closer together than this (ms) are linted once, this long after the last. Default 50. */
  debounceMs?: number;
  /** As the CLI's --max-file-size (bytes). Default 10 MB. */
  maxFileSize?: number;
}

/** Untitled buffers are linted by their language, as `--stdin-filename` would name them. */
const extensionOfLanguage: Record<string, string> = {
  markdown: '.md', mdx: '.mdx', plaintext: '.txt', text: '.txt',
  typescript: '.ts', typescriptreact: '.tsx', javascript: '.js', javascriptreact: '.jsx',
  json: '.json', jsonc: '.json', yaml: '.yaml',
};

interface Linted {
  version: number;
  filePath: string;
  result: LintResult;
}

function contains(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

function overlaps(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Diagnostics on config files, by URI, and the config problems already shown as a message. */
  const configDiagnostics = new Map<string, Diagnostic[]>();
  const announced = new Set<string>();
  let workspace = new Workspace(process.cwd());
  let options: Required<ServerOptions> = { debounceMs: 50, maxFileSize: defaultMaxFileSize };
  let canCreateFiles = false;
  let canShowDocument = false;

  const filePathOf = (document: TextDocument): string | undefined => {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
    const extension = extensionOfLanguage[document.languageId];
    return extension ? path.join(workspace.folderOf(process.cwd()), `untitled${extension}`) : undefined;
  };

  /** The CLI's file kinds; config files, manifests and lock files are not plans. */
  const lintable = (file: string): boolean => kindOfPath(file) !== undefined && !isToolingFile(file) && !isConfigFile(file);

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number): void => {
    void connection.sendDiagnostics({ uri, diagnostics: [...diagnostics, ...(configDiagnostics.get(uri) ?? [])], ...(version === undefined ? {} : { version }) });
  };

  const reportConfigProblem = (configPath: string, message: string): void => {
    const uri = pathToFileURL(configPath).href;
    const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1, source: 'valuelint', message };
    const known = configDiagnostics.get(uri)?.[0]?.message === message;
    configDiagnostics.set(uri, [diagnostic]);
    if (!known) publish(uri, linted.get(uri) ? lintedDiagnostics(uri) : []);
    if (announced.has(message)) return;
    announced.add(message);
    // A notification, not a request: nothing waits on the user to dismiss it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `valuelint: ${message}` });
  };

  const lintedDiagnostics = (uri: string): Diagnostic[] => {
    const document = documents.get(uri);
    const entry = linted.get(uri);
    return document && entry ? diagnosticsOf(document, entry.result) : [];
  };

  const lint = (uri: string): void => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const filePath = filePathOf(document);
    if (!filePath || !lintable(filePath)) {
      linted.delete(uri);
      if (configDiagnostics.has(uri)) publish(uri, []);
      return;
    }
    const outcome = workspace.configFor(filePath);
    if ('error' in outcome) {
      linted.delete(uri);
      publish(uri, [], document.version);
      reportConfigProblem(outcome.configPath, outcome.error.message);
      return;
    }
    if (outcome.config.ignored) {
      linted.delete(uri);
      publish(uri, [], document.version);
      return;
    }
    // The config's minConfidence applies as in the CLI, so editor and gate show the same findings.
    const result = atLeastConfidence(lintSource(document.getText(), { ...documentOptionsOf(outcome.config), filePath, maxFileSize: options.maxFileSize }), outcome.config.minConfidence ?? 'low');
    linted.set(uri, { version: document.version, filePath, result });
    publish(uri, diagnosticsOf(document, result), document.version);
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      try {
        lint(uri);
      } catch (error) {
        connection.console.error(`valuelint: could not lint ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, delay));
  };

  /** A config file changed: forget every config, clear what was said about them, lint again. */
  const configChanged = (): void => {
    workspace.reload();
    announced.clear();
    const stale = [...configDiagnostics.keys()];
    configDiagnostics.clear();
    for (const uri of stale) if (!documents.get(uri)) publish(uri, []);
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  const messageAt = (uri: string, position: Position): LintMessage | undefined => {
    const document = documents.get(uri);
    const entry = linted.get(uri);
    if (!document || !entry || entry.version !== document.version) return undefined;
    return entry.result.messages.find((m) => m.ruleId && contains(rangeOf(document, m), position));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const given = (params.initializationOptions ?? {}) as ServerOptions;
    options = {
      debounceMs: Number.isFinite(given.debounceMs) && given.debounceMs! >= 0 ? given.debounceMs! : options.debounceMs,
      maxFileSize: Number.isFinite(given.maxFileSize) && given.maxFileSize! > 0 ? given.maxFileSize! : options.maxFileSize,
    };
    const root = params.rootUri?.startsWith('file:') ? fileURLToPath(params.rootUri) : params.rootPath ?? process.cwd();
    workspace = new Workspace(root);
    workspace.setFolders((params.workspaceFolders ?? []).filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
    canCreateFiles = params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false;
    canShowDocument = params.capabilities.window?.showDocument?.support ?? false;
    watchWithRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false;
    hasFolderEvents = params.capabilities.workspace?.workspaceFolders ?? false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [openDocsCommand] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'valuelint', version: '0.1.0' },
    };
  });

  let watchWithRegistration = false;
  let hasFolderEvents = false;
  connection.onInitialized(() => {
    if (watchWithRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: configNames.map((name) => ({ globPattern: `**/${name}` })),
      });
    }
    if (hasFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const current = new Set(workspace.folderPaths);
        for (const removed of event.removed) current.delete(fileURLToPath(removed.uri));
        for (const added of event.added) if (added.uri.startsWith('file:')) current.add(fileURLToPath(added.uri));
        workspace.setFolders([...current]);
        configChanged();
      });
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = params.changes.some((change) => change.uri.startsWith('file:') && isConfigFile(fileURLToPath(change.uri)));
    if (relevant) configChanged();
  });

  // Leading-edge debounce: a change after a quiet spell is linted at once (what a person waits
  // for); changes that come while typing are gathered into one lint debounceMs after the last.
  const lastChange = new Map<string, number>();
  documents.onDidChangeContent((event) => {
    const { uri } = event.document;
    const now = performance.now();
    const quiet = now - (lastChange.get(uri) ?? -Infinity) > options.debounceMs && !timers.has(uri);
    lastChange.set(uri, now);
    schedule(uri, quiet ? 0 : options.debounceMs);
  });
  documents.onDidSave((event) => {
    if (event.document.uri.startsWith('file:') && isConfigFile(fileURLToPath(event.document.uri))) configChanged();
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    lastChange.delete(event.document.uri);
    linted.delete(event.document.uri);
    publish(event.document.uri, []);
  });

  connection.onHover((params) => {
    const message = messageAt(params.textDocument.uri, params.position);
    const contents = message && hoverOf(message);
    const document = documents.get(params.textDocument.uri);
    return contents && document ? { contents, range: rangeOf(document, message) } : null;
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const entry = linted.get(params.textDocument.uri);
    if (!document || !entry || entry.version !== document.version) return [];
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    entry.result.messages.forEach((message, index) => {
      if (!message.ruleId || message.offset === undefined) return;
      const range = rangeOf(document, message);
      if (!overlaps(range, params.range)) return;
      const diagnostic = diagnosticsOf(document, { ...entry.result, messages: [message] })[0]!;
      diagnostic.data = { ruleId: message.ruleId, index };
      const ruleId = message.ruleId;
      const edits = disableEdits(document, entry.filePath, ruleId, message.offset);
      if (edits) {
        actions.push({
          title: `Disable ${ruleId} for this line (valuelint-disable-next-line)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: edits } },
        });
      }
      if (seen.has(ruleId)) return;
      seen.add(ruleId);
      const outcome = workspace.configFor(entry.filePath);
      const nearest = 'config' in outcome ? outcome.config.sources.at(-1) : undefined;
      const openText = (file: string) => documents.get(pathToFileURL(file).href)?.getText();
      const configEdit = ruleOffEdit(ruleId, nearest, workspace.folderOf(entry.filePath), canCreateFiles, openText);
      if (configEdit) {
        const where = nearest ? path.relative(workspace.folderOf(entry.filePath), nearest) || nearest : '.valuelintrc.json';
        actions.push({ title: `Turn ${ruleId} off in ${where}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: configEdit });
      }
      if (message.url) {
        actions.push({
          title: `Open the documentation of ${ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Open the documentation of ${ruleId}`, command: openDocsCommand, arguments: [message.url] },
        });
      }
    });
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== openDocsCommand) return null;
    const url = params.arguments?.[0];
    // Only our own rule pages: a command's arguments come from the client.
    if (typeof url !== 'string' || !url.startsWith('https://github.com/valuelint/valuelint/')) return null;
    if (canShowDocument) await connection.window.showDocument({ uri: url, external: true });
    else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `valuelint: ${url}` });
    return null;
  });

  documents.listen(connection);
  connection.listen();
}
