#!/usr/bin/env node
// The language server as an editor sees it (issue 17's targets):
//   latency  a warm server with a 2,000-line plan open: the time from sending a one-line change
//            (didChange, incremental) to receiving its diagnostics, with the server's default
//            settings (a change after a quiet spell is linted at once), as a person would wait
//            for it. Target: under 150 ms.
//   memory   the server's resident set size with 50 plans of 2,000 lines open and linted.
//            Target: under 300 MB.
// The plans are generated from our own sentences (value logic, near misses, neutral prose in
// paragraphs, lists, tables and quotes). Timings on a busy machine are not comparable: the load
// average is printed with them.
//
//   npm run bench                  (builds first)
//   node bench/lsp.js [--changes N] [--lines N] [--plans N]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const changes = option('--changes', 25);
const lineCount = option('--lines', 2000);
const planCount = option('--plans', 50);

const sentences = [
  'Each member records the hours they worked on the shared sheet.',
  'The bike workshop opens whenever someone has the key.',
  'Drivers clock in at the depot before the first delivery round.',
  'No one tracks attendance; people come when they are able.',
  'The bread needs two hours to rise on cold mornings.',
  'Every household must contribute a quota of jars each month.',
  'Bring spare seeds and take whatever you can plant.',
  'The coordinator keeps a ledger of what each member owes.',
  'Log in to the wiki to edit the map of the allotments.',
  'Whoever is free on Sunday repairs the roof of the shed.',
];

function generatePlan(lines, seed) {
  const out = ['# Generated plan', ''];
  let i = seed;
  while (out.length < lines) {
    const pick = (k) => sentences[(i + k) % sentences.length];
    if (i % 12 === 0) out.push(`## Part ${i}`, '');
    if (i % 12 === 5) out.push(`- ${pick(0)}`, `- ${pick(3)}`, '');
    else if (i % 12 === 9) out.push('| Task | Notes |', '| --- | --- |', `| baking | ${pick(0)} |`, '');
    else if (i % 12 === 11) out.push(`> ${pick(0)}`, '');
    else out.push(`${pick(0)} ${pick(7)}`, '');
    i++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

/** A real plan: the organizing corpus's Markdown files (../shared, when present), in path order, cut at `lines`. */
function realPlan(lines) {
  const corpus = join(root, '..', 'shared', 'corpus', 'organizing');
  if (!existsSync(corpus)) return undefined;
  const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  const out = [];
  for (const file of files) {
    if (out.length >= lines) break;
    out.push(...readFileSync(join(corpus, file), 'utf8').split('\n'), '');
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

/** CPU time (user + system) the server has used, in ms: less distorted by a busy machine than wall time. */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

async function startServer(cwd) {
  const child = spawn(process.execPath, [join(root, 'bin', 'valuelint-ls.js'), '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}#${params.version}`;
    waiting.get(key)?.(params.diagnostics);
    waiting.delete(key);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const uri = pathToFileURL(cwd).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: {} });
  await connection.sendNotification('initialized', {});
  const diagnostics = (docUri, version) => new Promise((resolve) => waiting.set(`${docUri}#${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise((resolve) => child.on('exit', resolve));
    connection.dispose();
  };
  return { connection, child, diagnostics, stop };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

async function latency(dir, text, name) {
  const server = await startServer(dir);
  const uri = pathToFileURL(join(dir, name)).href;
  let version = 1;
  const opened = server.diagnostics(uri, version);
  const start = performance.now();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const found = await opened;
  const openMs = performance.now() - start;
  // A line of prose past the middle gets a sentence appended, then loses it again, in turn.
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && /^[A-Z][a-z]+ [a-z]+ [a-z]+.*\.$/.test(l));
  const original = lines[line];
  const times = [];
  const cpu = [];
  for (let i = 0; i < changes + 3; i++) {
    const next = i % 2 === 0 ? `${original} ${sentences[0]}` : original;
    const change = { range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: next };
    lines[line] = next;
    version++;
    const published = server.diagnostics(uri, version);
    const cpuBefore = cpuMsOf(server.child.pid);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    // The first three warm the server up.
    if (i >= 3) {
      times.push(performance.now() - sent);
      cpu.push(cpuMsOf(server.child.pid) - cpuBefore);
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // a pause, as between edits
  }
  await server.stop();
  return { openMs, findings: found.length, times, cpu };
}

async function memory(dir) {
  const server = await startServer(dir);
  const baseline = rssOf(server.child.pid);
  for (let i = 0; i < planCount; i++) {
    const uri = pathToFileURL(join(dir, `plan-${i}.md`)).href;
    const published = server.diagnostics(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: generatePlan(lineCount, i) } });
    await published;
  }
  const rss = rssOf(server.child.pid);
  await server.stop();
  return { baseline, rss };
}

const dir = mkdtempSync(join(tmpdir(), 'valuelint-bench-lsp-'));
try {
  const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  console.log(`\nLanguage server (bench/lsp.js): load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const plans = [['generated', generatePlan(lineCount, 0)], ['real (organizing corpus)', realPlan(lineCount)]];
  for (const [name, text] of plans) {
    if (!text) {
      console.log(`  ${name}: skipped, ../shared/corpus is not beside the project`);
      continue;
    }
    const { openMs, findings, times, cpu } = await latency(dir, text, `${name.split(' ')[0]}.md`);
    console.log(`  ${name} ${lineCount}-line plan, ${findings} findings: first diagnostics ${openMs.toFixed(0)} ms after didOpen (cold server)`);
    console.log(`    one-line change -> diagnostics, warm, ${times.length} changes: median ${median(times).toFixed(0)} ms, p90 ${quantile(times, 0.9).toFixed(0)} ms (target < 150 ms); server CPU median ${median(cpu).toFixed(0)} ms`);
  }
  const { baseline, rss } = await memory(dir);
  console.log(`  memory: ${mb(baseline)} RSS at start, ${mb(rss)} with ${planCount} open ${lineCount}-line plans (target < 300 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
