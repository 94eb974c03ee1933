/**
 * The language server driven over stdio by a real JSON-RPC client, through an editor session:
 * open a plan, the CLI's findings as diagnostics, edit, hover, a disable comment that works, a
 * config edit, exit. The server runs from the build (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleById } from '../src/registry.js';
import { fileUri, startClient, type LspClient } from './lsp-client.js';
import { projectRoot } from './helpers.js';

/** A plan of the test's own words, with findings of several rules (a list item among them). */
const plan = readFileSync(join(projectRoot, 'test', 'fixtures', 'lsp', 'plan.md'), 'utf8');

interface CliMessage { ruleId: string | null; line: number; column: number; endLine: number; endColumn: number; severity: number }

function cliMessages(dir: string, file: string): CliMessage[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(projectRoot, 'bin', 'valuelint.js'), '-f', 'json', file], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit 1: findings fail
  }
  const [result] = JSON.parse(out) as Array<{ messages: CliMessage[] }>;
  return result!.messages.map(({ ruleId, line, column, endLine, endColumn, severity }) => ({ ruleId, line, column, endLine, endColumn, severity }));
}

/** A diagnostic in the CLI's terms: 1-based lines and columns, ESLint's severities. */
function asCli(d: Diagnostic): CliMessage {
  return {
    ruleId: typeof d.code === 'string' ? d.code : null,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity === 1 ? 2 : 1,
  };
}

describe('language server over stdio (vscode-jsonrpc client)', () => {
  let dir: string;
  let client: LspClient;
  let uri: string;
  let document: TextDocument;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'valuelint-lsp-'));
    // The config cascade applies: the ledger rule (a warning by default) is an error here.
    writeFileSync(join(dir, '.valuelintrc.json'), '{\n  "rules": {\n    "accounting/ledger": "error"\n  }\n}\n');
    writeFileSync(join(dir, 'plan.md'), plan);
    uri = fileUri(join(dir, 'plan.md'));
    client = await startClient(dir);
  });
  afterAll(() => {
    client?.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('announces incremental sync, hover, code actions and the docs command', () => {
    const { capabilities } = client.initialize;
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.codeActionProvider).toBeTruthy();
    expect(capabilities.executeCommandProvider?.commands).toContain('valuelint.openRuleDocs');
  });

  it('publishes on open exactly the CLI findings for the file (ids, ranges, severities)', async () => {
    document = TextDocument.create(uri, 'markdown', 1, plan);
    const published = client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: plan } });
    const diagnostics = await published;
    const cli = cliMessages(dir, 'plan.md');
    expect(cli.length).toBeGreaterThanOrEqual(4);
    expect(cli.some((m) => m.ruleId === 'accounting/ledger' && m.severity === 2)).toBe(true);
    expect(diagnostics.map(asCli)).toEqual(cli);
    for (const d of diagnostics) {
      expect(d.source).toBe('valuelint');
      expect(d.codeDescription?.href).toBe(`https://github.com/valuelint/valuelint/blob/main/${ruleById.get(String(d.code))!.docsPath}`);
      expect(d.data).toMatchObject({ ruleId: d.code });
      expect(document.getText(d.range).length).toBeGreaterThan(0);
    }
  });

  it('drops a finding when an incremental change removes its sentence', async () => {
    const sentence = 'The coordinator keeps a ledger of who owes the collective.\n';
    const start = document.positionAt(plan.indexOf(sentence));
    const end = document.positionAt(plan.indexOf(sentence) + sentence.length);
    const change = { range: { start, end }, text: '' };
    document = TextDocument.update(document, [change], 2);
    const published = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    const codes = (await published).map((d) => d.code);
    expect(codes).not.toContain('accounting/ledger');
    expect(codes).toContain('accounting/time-measurement');
    expect(codes).toContain('quantification/output-target');
  });

  it('shows the message, explanation, cited passage, suggestion and confidence on hover', async () => {
    const at = document.positionAt(document.getText().indexOf('quota') + 2);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as Hover;
    const rule = ruleById.get('quantification/output-target')!;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain(rule.id);
    expect(value).toContain(rule.explanation);
    expect(value).toContain(`> ${rule.citation.passages[0]!.split('\n')[0]}`);
    expect(value).toContain(rule.citation.section);
    expect(value).toContain(rule.citation.title);
    expect(value).toMatch(/confidence (high|medium|low)/);
    if (rule.suggestion) expect(value).toContain(rule.suggestion);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('offers a disable comment that, applied, makes the finding go (and no other appear)', async () => {
    const before = document.getText();
    const offset = before.indexOf('quota');
    const position = document.positionAt(offset);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title.includes('valuelint-disable-next-line') && a.title.includes('quantification/output-target'))!;
    expect(disable).toBeDefined();
    const edits = disable.edit!.changes![uri] as TextEdit[];
    const applied = TextDocument.applyEdits(document, edits);
    expect(applied).toContain('valuelint-disable-next-line quantification/output-target -- reason');
    const beforeCodes = (await lintedCodes()).filter((c) => c !== 'quantification/output-target');
    document = TextDocument.create(uri, 'markdown', 3, applied);
    const published = client.diagnostics(uri, 3);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: applied }] });
    const after = await published;
    expect(after.map((d) => d.code)).toEqual(beforeCodes);
    // The other actions: the rule off in the nearest config file, and its documentation.
    const configAction = actions.find((a) => a.title.startsWith('Turn quantification/output-target off in .valuelintrc.json'))!;
    const [configEdit] = Object.values(configAction.edit!.changes!)[0]! as TextEdit[];
    expect(JSON.parse(configEdit!.newText)).toEqual({ rules: { 'accounting/ledger': 'error', 'quantification/output-target': 'off' } });
    const docs = actions.find((a) => a.command?.command === 'valuelint.openRuleDocs')!;
    expect(docs.command!.arguments![0]).toMatch(/docs\/rules\/quantification\/output-target\.md$/);
  });

  async function lintedCodes(): Promise<unknown[]> {
    // What the CLI says of the current text (written to a scratch file beside the config).
    writeFileSync(join(dir, 'scratch.md'), document.getText());
    return cliMessages(dir, 'scratch.md').map((m) => m.ruleId);
  }

  it('shuts down and exits cleanly (exit code 0, nothing on stderr)', async () => {
    expect(await client.close()).toBe(0);
    expect(client.stderr()).toBe('');
  });
});
