#!/usr/bin/env node
// Real-corpus precision audit, the proselint way: lint a folder of real documents, print findings per
// 10,000 words per rule, and write a seeded random sample of findings to JSONL for a reader to judge
// (`verdict`: "tp" or "fp", with a short `why`). `--report` then turns judged samples into precision.
//
//   npm run audit -- <folder> [--sample N] [--seed S] [--out FILE]
//   node scripts/audit.js --report audit/*.jsonl
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist', 'src');
const { findText, supportedExtensions } = await import(join(dist, 'index.js'));
const { isToolingFile } = await import(join(dist, 'frontends', 'index.js'));

const usage = 'usage: audit <folder> [--sample N] [--seed S] [--out FILE] | audit --report FILE...';

function fail(message) {
  console.error(`audit: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { report: false, sample: 100, seed: 1, out: undefined, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--report') options.report = true;
    else if (arg === '--sample' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) fail(`${arg} needs a whole number. ${usage}`);
      options[arg.slice(2)] = value;
    } else if (arg === '--out') {
      options.out = argv[++i];
      if (!options.out) fail(`--out needs a file. ${usage}`);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}. ${usage}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0 || (!options.report && options.paths.length > 1)) fail(usage);
  return options;
}

/** mulberry32: a small seeded PRNG, so the same seed draws the same sample. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform sample of n items without replacement: a partial Fisher–Yates shuffle of a copy. */
function sampleOf(items, n, random) {
  const pool = items.slice();
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** Files the CLI would lint under a folder, in a stable order (the sample depends on it). */
function filesUnder(folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      } else if (supportedExtensions.includes(extname(entry.name).toLowerCase()) && !isToolingFile(path)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function audit({ paths: [folder], sample, seed, out }) {
  let files;
  try {
    files = filesUnder(folder);
  } catch {
    fail(`cannot read folder ${folder}`);
  }
  let words = 0;
  const findings = [];
  let unreadable = 0;
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    words += text.match(wordPattern)?.length ?? 0;
    try {
      for (const f of findText(text, { filePath: path })) {
        findings.push({ file: relative(folder, path), line: f.line, rule: f.ruleId, matched: f.actual.replace(/\s+/g, ' '), sentence: f.context.replace(/\s+/g, ' ').trim() });
      }
    } catch {
      unreadable++; // a file the front-end cannot read is counted, not fatal
    }
  }

  const perRule = new Map();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const per10k = (n) => (words === 0 ? 0 : (n * 10000) / words);
  console.log(`${folder}: ${files.length} files${unreadable ? ` (${unreadable} unreadable)` : ''}, ${words} words, ${findings.length} findings (${per10k(findings.length).toFixed(2)} per 10,000 words)`);
  for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${per10k(n).toFixed(2).padStart(7)}  ${String(n).padStart(5)}  ${rule}`);
  }

  if (out) {
    const drawn = sampleOf(findings, sample, mulberry32(seed));
    writeFileSync(out, drawn.map((f) => JSON.stringify({ ...f, verdict: '', why: '' })).join('\n') + (drawn.length ? '\n' : ''));
    console.log(`${drawn.length} sampled findings (seed ${seed}) written to ${out}`);
  }
}

function report({ paths }) {
  const counts = new Map();
  const total = { tp: 0, fp: 0 };
  let unjudged = 0;
  for (const path of paths) {
    let lines;
    try {
      lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
    } catch {
      fail(`cannot read ${path}`);
    }
    for (const [i, line] of lines.entries()) {
      let row;
      try {
        row = JSON.parse(line);
      } catch {
        fail(`${path}:${i + 1} is not JSON`);
      }
      if (row.verdict !== 'tp' && row.verdict !== 'fp') {
        unjudged++;
        continue;
      }
      const c = counts.get(row.rule) ?? { tp: 0, fp: 0 };
      counts.set(row.rule, c);
      c[row.verdict]++;
      total[row.verdict]++;
    }
  }
  const precision = ({ tp, fp }) => (tp + fp === 0 ? '-' : (tp / (tp + fp)).toFixed(2));
  console.log('| rule | judged | tp | fp | precision |');
  console.log('|---|---:|---:|---:|---:|');
  const rows = [...counts].sort((a, b) => a[1].tp / (a[1].tp + a[1].fp) - b[1].tp / (b[1].tp + b[1].fp) || a[0].localeCompare(b[0]));
  for (const [rule, c] of rows) console.log(`| ${rule} | ${c.tp + c.fp} | ${c.tp} | ${c.fp} | ${precision(c)} |`);
  console.log(`| **overall** | ${total.tp + total.fp} | ${total.tp} | ${total.fp} | ${precision(total)} |`);
  if (unjudged) console.log(`\n${unjudged} findings without a verdict were left out.`);
  const low = rows.filter(([, c]) => c.tp + c.fp >= 5 && c.tp / (c.tp + c.fp) < 0.7).map(([rule]) => rule);
  console.log(`\nBelow 0.7 with at least 5 judged: ${low.length ? low.join(', ') : 'none'}`);
}

const options = parseArgs(process.argv.slice(2));
if (options.report) report(options);
else audit(options);
