/**
 * What an editor may send the language server that it must survive: a binary buffer, a buffer
 * over the size limit, lists nested thousands deep, a config file that does not parse. Each gets
 * at most one diagnostic (and a broken config one window message), and the server answers on.
 * Started through the CLI (`valuelint lsp --stdio`), the other way editors may run it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';
import { fileUri, startClient, type LspClient } from './lsp-client.js';

const finding = 'Each volunteer logs their hours in the timesheet.\n';

describe('language server, hostile input', () => {
  let dir: string;
  let client: LspClient;
  let version = 0;

  const open = async (name: string, text: string, languageId = 'markdown') => {
    const uri = fileUri(join(dir, name));
    const published = client.diagnostics(uri, ++version);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'valuelint-lsp-hostile-'));
    client = await startClient(dir, { bin: [join(projectRoot, 'bin', 'valuelint.js'), 'lsp', '--stdio'] });
  });
  afterAll(() => {
    client?.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a binary buffer one diagnostic', async () => {
    const diagnostics = await open('binary.md', `${finding}\u0000\u0001\u0002PNG`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^Binary file/);
  });

  it('gives a 20 MB buffer one diagnostic, without linting it', async () => {
    const diagnostics = await open('huge.md', finding.repeat(Math.ceil((20 * 1024 * 1024) / finding.length)));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^File too large \(20\.0 MB/);
  });

  it('survives lists nested thousands deep and keeps answering', async () => {
    const nested = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- ${finding}`).join('');
    const diagnostics = await open('nested.md', nested);
    expect(diagnostics.length).toBeGreaterThan(0);
    const quotes = await open('quotes.md', `${'> '.repeat(20000)}${finding}`);
    expect(Array.isArray(quotes)).toBe(true);
    const after = await open('after.md', finding);
    expect(after.map((d) => d.code)).toContain('accounting/time-measurement');
  });

  it('reports a broken config once as a message and on the config file, then recovers when it is fixed', async () => {
    const sub = join(dir, 'sub');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const configPath = join(sub, '.valuelintrc.json');
    writeFileSync(configPath, '{ "rules": { "accounting/time-measurement": ');
    const configDiagnostics = client.diagnostics(fileUri(configPath));
    const first = await open('sub/plan.md', finding);
    expect(first).toEqual([]);
    const [onConfig] = await configDiagnostics;
    expect(onConfig!.message).toMatch(/\.valuelintrc\.json: cannot be parsed/);
    const second = await open('sub/other.md', finding);
    expect(second).toEqual([]);
    const errors = client.shownMessages.filter((m) => m.type === 1);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^valuelint: sub[/\\]\.valuelintrc\.json: cannot be parsed/);

    // Fixed on disk: the editor's file watcher tells the server, which lints the open files again.
    writeFileSync(configPath, '{ "rules": { "accounting/time-measurement": "warn" } }\n');
    const cleared = client.diagnostics(fileUri(configPath));
    const relinted = client.diagnostics(fileUri(join(sub, 'plan.md')));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
    expect(await cleared).toEqual([]);
    const findings = await relinted;
    // Back, at the fixed config's severity (LSP's 2 is a warning).
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) expect([d.code, d.severity]).toEqual(['accounting/time-measurement', 2]);
  });

  it('is still up and exits cleanly', async () => {
    expect(await client.close()).toBe(0);
  });
});
