/**
 * `valuelint init`: write a starter .valuelintrc.yaml; with `--rule-pack <dir>`, also a starter
 * rule pack in <dir> (one rule citing a short principles document written beside it) and the pack
 * named in the config. Nothing is overwritten: an existing file stops the command (exit 2).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workHash } from '../catalogue/citations.js';
import { schemaId } from '../config/schema.js';

const schemaBase = schemaId.replace(/valuelintrc\.schema\.json$/, '');

function configText(pack?: string): string {
  return [
    `# yaml-language-server: $schema=${schemaId}`,
    '# valuelint configuration. Every key is optional; see the README ("Configuration").',
    '',
    '# Severity per category or per rule id ("off", "warn", "error"); a rule\'s own entry wins.',
    'rules:',
    '  transition: warn',
    '',
    '# Files never linted (.gitignore patterns, relative to this file).',
    'ignorePatterns:',
    '  - node_modules/',
    ...(pack ? ['', '# Your own rules, laid out like the bundled catalogue (see docs/rule-packs.md).', 'rulePacks:', `  - ./${pack}`] : []),
    '',
  ].join('\n');
}

const principles = `# Our principles

These are the principles our pantry agreed on at its first meeting.

## Taking and giving

Whatever reaches the pantry is there for anyone who needs it. Nobody is asked to bring a fixed share,
and nobody keeps count of what a household takes.
`;

function sourceText(hash: string): string {
  return `# yaml-language-server: $schema=${schemaBase}source.schema.json
# The document your rules cite: each passage is checked verbatim against \`text\` when valuelint loads.
id: our-principles
title: Our principles
text: our-principles.md
textHash: ${hash}
sections:
  - id: taking-and-giving
    title: Taking and giving
passages:
  - id: our-principles/no-fixed-share
    section: taking-and-giving
    text: Nobody is asked to bring a fixed share, and nobody keeps count of what a household takes.
`;
}

const ruleText = `# yaml-language-server: $schema=${schemaBase}rule.schema.json
# A rule of this pack. Try a pattern with: valuelint pattern '<pattern>' '<text>'
id: quantification/fixed-share
severity: warn
message: This asks each member for a fixed share
description: Flags asking every member or household to bring a set amount.
explanation: >-
  A share fixed in advance turns what people bring into a quota they owe; our principles let
  everyone bring what they can.
suggestion: Say what the pantry needs and let each household bring what it can.
cites:
  - our-principles/no-fixed-share
patterns:
  - match: fixed|set|minimum|equal share|quota|contribution
    note: a fixed share, a minimum contribution
  - each|every @recipient ..2 must|should bring|give|contribute @num
senses:
  - fixed share price
examples:
  invalid:
    - Each household brings a [fixed share] of the harvest.
    - "[Every member must bring two] tins a week."
  valid:
    - Each household brings what it can.
    - The fixed share price of the stock fell.
`;

export function initCommand(cwd: string, rulePack?: string): { out: string; err: string; code: number } {
  const config = path.join(cwd, '.valuelintrc.yaml');
  const written: string[] = [];
  const planned: Array<[string, string]> = [];
  let pack: string | undefined;
  if (rulePack) {
    const dir = path.resolve(cwd, rulePack);
    pack = path.relative(cwd, dir).split(path.sep).join('/') || '.';
    const hash = workHash(principles);
    planned.push(
      [path.join(dir, 'sources', 'our-principles.md'), principles],
      [path.join(dir, 'sources', 'our-principles.yml'), sourceText(hash)],
      [path.join(dir, 'rules', 'quantification', 'fixed-share.yml'), ruleText],
    );
  }
  planned.unshift([config, configText(pack)]);
  const taken = planned.filter(([file]) => existsSync(file)).map(([file]) => path.relative(cwd, file));
  if (taken.length > 0) return { out: '', err: `valuelint: init writes no file that exists: ${taken.join(', ')}\n`, code: 2 };
  for (const [file, text] of planned) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
    written.push(path.relative(cwd, file));
  }
  return { out: `${written.map((f) => `wrote ${f}`).join('\n')}\n`, err: '', code: 0 };
}

