#!/usr/bin/env node
/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): where the time goes by function (self time),
 * by function including callees (total time), and by package or project file.
 *
 *   node bench/profile-summary.js <file.cpuprofile> [--top N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.js <file.cpuprofile> [--top N]\n');
  process.exit(2);
}
const top = rest[0] === '--top' ? Number(rest[1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Self time per node: samples × their intervals.
const selfMicros = new Map();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalMicros = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame lives: `pkg:<name>` for node_modules, a project path, or `node:`/`(vm)`. */
function owner(url) {
  if (!url) return '(native/vm)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return `pkg:${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (url.startsWith('node:')) return 'node:internal';
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : path.basename(url);
}

const label = (frame) => `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`;

const selfByFunction = new Map();
const selfByOwner = new Map();
const totalByFunction = new Map();
for (const [id, micros] of selfMicros) {
  const frame = nodes.get(id).callFrame;
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + micros);
  add(selfByFunction, label(frame));
  add(selfByOwner, owner(frame.url));
  // Inclusive time: credit each distinct function on the stack once.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = label(nodes.get(at).callFrame);
    if (!seen.has(key)) add(totalByFunction, key);
    seen.add(key);
  }
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1e6).toFixed(2).padStart(8)} s ${((micros / totalMicros) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
};
console.log(`Profile ${path.basename(file)}: ${(totalMicros / 1e6).toFixed(2)} s sampled`);
print('Self time by package or file:', selfByOwner);
print('Self time by function:', selfByFunction);
print('Total time (with callees) by function:', totalByFunction);
