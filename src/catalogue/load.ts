/**
 * Loads a catalogue laid out as rules/**\/*.yml (rule files, plus rules/classes/*.yml and an
 * optional rules/categories.yml) and sources/*.yml: parses every file with positions, validates it
 * against its schema, checks every pattern, citation and example marking, verifies passages against
 * their work's text when it is there, and builds the engine's rules. Every problem found is
 * collected with its file, line and column; a catalogue with any problem does not load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Category, CitedSection, PatternSpec, Rule, RuleExample } from '../types.js';
import { closest, didYouMean } from './did-you-mean.js';
import { isVerbatimIn, markWork, firstDifference, workHash } from './citations.js';
import { unmarkExample } from './examples.js';
import { checkPattern } from './pattern-check.js';
import { CatalogueError, type Problem } from './problems.js';
import { catalogueSchemas } from './schemas.js';
import { parseYamlFile, type YamlFile, type YamlPath } from './yaml-file.js';

export interface Passage {
  id: string;
  section: string;
  title: string;
  text: string;
  /** `Author, Title (year)`. */
  work: string;
}

export interface SourceInfo {
  id: string;
  title: string;
  author?: string;
  year?: number;
  file: string;
  /** Path of the full text, when given; relative to the source file. */
  text?: string;
  textHash?: string;
  /** Whether the passages were checked against the text at this load. */
  verified: boolean;
}

export interface Catalogue {
  rules: Rule[];
  classes: Record<string, readonly string[]>;
  numberWords?: readonly string[];
  categories: Array<{ id: string; title: string; description?: string }>;
  sources: SourceInfo[];
  passages: Map<string, Passage>;
}

export interface LoadOptions {
  /** Name files in messages relative to this folder (default: the catalogue root). */
  relativeTo?: string;
  /** Classes already known (a pack sees the bundled ones); the pack's own may not clash with them. */
  knownClasses?: Record<string, readonly string[]>;
  /** Passages already known (a pack may cite the bundled essay too). */
  knownPassages?: ReadonlyMap<string, Passage>;
  /** Categories rules may use; default those of rules/categories.yml. */
  knownCategories?: readonly string[];
  /** Rule ids already taken (a pack's may not clash). */
  knownRuleIds?: ReadonlySet<string>;
  /** Check each pack rule's own name: `pack` marks rules (and files) as coming from a rule pack. */
  pack?: string;
}

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const validators = new Map<string, ValidateFunction>();
function validatorFor(name: keyof typeof catalogueSchemas): ValidateFunction {
  let v = validators.get(name);
  if (!v) validators.set(name, (v = ajv.compile(catalogueSchemas[name])));
  return v;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

export function loadCatalogue(root: string, options: LoadOptions = {}): Catalogue {
  const problems: Problem[] = [];
  const base = options.relativeTo ?? root;
  const name = (file: string) => relative(base, file).split(sep).join('/') || basename(file);
  const read = (file: string, schema: keyof typeof catalogueSchemas): YamlFile | undefined => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file: name(file), line: 1, column: 1, message: `cannot read: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = parseYamlFile(name(file), text);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) return undefined;
    const validate = validatorFor(schema);
    if (!validate(parsed.value)) {
      problems.push(...schemaProblems(parsed, validate.errors ?? [], schema));
      return undefined;
    }
    return parsed;
  };

  // Categories.
  const categories: Catalogue['categories'] = [];
  const categoriesFile = join(root, 'rules', 'categories.yml');
  if (existsSync(categoriesFile)) {
    const parsed = read(categoriesFile, 'categories.schema.json');
    if (parsed) categories.push(...(parsed.value as { categories: Catalogue['categories'] }).categories);
  }
  const knownCategories = options.knownCategories ?? categories.map((c) => c.id);

  // Word classes.
  const classes: Record<string, readonly string[]> = {};
  let numberWords: readonly string[] | undefined;
  const classFiles = yamlFiles(join(root, 'rules', 'classes'));
  const classAt = new Map<string, { file: YamlFile; path: YamlPath }>();
  for (const file of classFiles) {
    const parsed = read(file, 'classes.schema.json');
    if (!parsed) continue;
    const value = parsed.value as { classes?: Record<string, { words: string[] }>; numberWords?: string[] };
    for (const [cls, { words }] of Object.entries(value.classes ?? {})) {
      if (options.knownClasses?.[cls] || classes[cls]) {
        problems.push({ file: parsed.file, ...parsed.at(['classes', cls], { key: true }), message: `class "${cls}" is already defined${classAt.has(cls) ? ` in ${classAt.get(cls)!.file.file}` : ' by the bundled catalogue'}` });
        continue;
      }
      classes[cls] = words.map((w) => w.toLowerCase());
      classAt.set(cls, { file: parsed, path: ['classes', cls] });
      const seen = new Set<string>();
      words.forEach((w, i) => {
        if (seen.has(w)) problems.push({ file: parsed.file, ...parsed.at(['classes', cls, 'words', i]), message: `duplicate word "${w}" in class "${cls}"` });
        seen.add(w);
      });
    }
    if (value.numberWords) {
      if (options.pack) problems.push({ file: parsed.file, ...parsed.at(['numberWords'], { key: true }), message: 'numberWords belongs to the bundled catalogue; a rule pack may not change it' });
      else numberWords = value.numberWords;
    }
  }
  const classNames = new Set([...Object.keys(options.knownClasses ?? {}), ...Object.keys(classes)]);

  // Sources and their passages.
  const passages = new Map<string, Passage>(options.knownPassages ?? []);
  const sources: SourceInfo[] = [];
  for (const file of yamlFiles(join(root, 'sources'))) {
    const parsed = read(file, 'source.schema.json');
    if (!parsed) continue;
    const source = parsed.value as { id: string; title: string; author?: string; year?: number; text?: string; textHash?: string; sections: Array<{ id: string; title: string }>; passages: Array<{ id: string; section: string; text: string }> };
    const expectedId = basename(file).replace(/\.ya?ml$/, '');
    if (source.id !== expectedId) problems.push({ file: parsed.file, ...parsed.at(['id']), message: `source id "${source.id}" must match its file name "${expectedId}"` });
    const work = source.author ? `${source.author}, ${source.title}${source.year ? ` (${source.year})` : ''}` : source.title;
    const sections = new Map(source.sections.map((s) => [s.id, s.title]));
    let marked: string | undefined;
    let verified = false;
    // A changed text: its misquoted passages are the problem to report; a stale hash only when none is.
    let hashProblem: (() => void) | undefined;
    const before = problems.length;
    if (source.text) {
      const textPath = resolve(dirname(file), source.text);
      if (existsSync(textPath)) {
        const full = readFileSync(textPath, 'utf8');
        marked = markWork(full);
        verified = true;
        hashProblem = () => {
          const hash = workHash(full);
          if (source.textHash && source.textHash !== hash) {
            problems.push({ file: parsed.file, ...parsed.at(['textHash']), message: `textHash does not match ${source.text}: every passage is still verbatim, so record the new hash ${hash}` });
          }
        };
      } else if (!source.textHash) {
        problems.push({ file: parsed.file, ...parsed.at(['text']), message: `text file not found: ${source.text}` });
      }
    }
    source.passages.forEach((p, i) => {
      const title = sections.get(p.section);
      if (title === undefined) problems.push({ file: parsed.file, ...parsed.at(['passages', i, 'section']), message: `unknown section "${p.section}"${didYouMean(p.section, sections.keys())}` });
      if (!p.id.startsWith(`${source.id}/`)) problems.push({ file: parsed.file, ...parsed.at(['passages', i, 'id']), message: `passage id "${p.id}" must start with "${source.id}/"` });
      if (passages.has(p.id)) problems.push({ file: parsed.file, ...parsed.at(['passages', i, 'id']), message: `duplicate passage id "${p.id}"` });
      if (marked !== undefined && !isVerbatimIn(p.text, marked)) {
        problems.push({ file: parsed.file, ...parsed.at(['passages', i, 'text']), message: `passage "${p.id}" is not verbatim in ${source.text} (first differing word: "${firstDifference(p.text, marked)}")` });
      }
      passages.set(p.id, { id: p.id, section: p.section, title: title ?? '', text: p.text, work });
    });
    if (problems.length === before) hashProblem?.();
    sources.push({
      id: source.id, title: source.title, file: parsed.file, verified,
      ...(source.author ? { author: source.author } : {}), ...(source.year ? { year: source.year } : {}),
      ...(source.text ? { text: source.text } : {}), ...(source.textHash ? { textHash: source.textHash } : {}),
    });
  }

  // Rules.
  const rules: Rule[] = [];
  const ruleIds = new Set(options.knownRuleIds ?? []);
  const rulesDir = join(root, 'rules');
  for (const file of yamlFiles(rulesDir)) {
    const rel = relative(rulesDir, file).split(sep);
    if (rel[0] === 'classes' || (rel.length === 1 && rel[0] === 'categories.yml')) continue;
    const parsed = read(file, 'rule.schema.json');
    if (!parsed) continue;
    const rule = toRule(parsed, rel, { absolute: file, passages, classNames, knownCategories, ruleIds, problems, pack: options.pack });
    if (rule) {
      ruleIds.add(rule.id);
      rules.push(rule);
    }
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  // Bundled order: the categories' order, then file order within a category.
  const order = new Map(knownCategories.map((c, i) => [c, i]));
  rules.sort((a, b) => (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99));
  return { rules, classes, ...(numberWords ? { numberWords } : {}), categories, sources, passages };
}

interface RawRule {
  id: string;
  severity: 'error' | 'warn';
  severityNote?: string;
  message: string;
  description: string;
  explanation: string;
  suggestion?: string;
  cites: string[];
  patterns: Array<string | { match: string; confidence?: 'high' | 'medium' | 'low'; note?: string; in?: 'prose' | 'code' }>;
  senses?: string[];
  examples: { invalid: Array<string | RuleExample>; valid: Array<string | RuleExample> };
}

function toRule(
  parsed: YamlFile,
  rel: string[],
  context: { absolute: string; passages: ReadonlyMap<string, Passage>; classNames: ReadonlySet<string>; knownCategories: readonly string[]; ruleIds: ReadonlySet<string>; problems: Problem[]; pack: string | undefined },
): Rule | undefined {
  const raw = parsed.value as RawRule;
  const { problems } = context;
  const before = problems.length;
  const file = parsed.file;
  const [category, name] = raw.id.split('/') as [string, string];
  const expected = rel.join('/').replace(/\.ya?ml$/, '');
  if (raw.id !== expected) problems.push({ file, ...parsed.at(['id']), message: `rule id "${raw.id}" must match its path rules/${expected}.yml` });
  if (!context.knownCategories.includes(category)) problems.push({ file, ...parsed.at(['id']), message: `unknown category "${category}"${didYouMean(category, context.knownCategories)}; categories: ${context.knownCategories.join(', ')}` });
  if (context.ruleIds.has(raw.id)) problems.push({ file, ...parsed.at(['id']), message: `rule "${raw.id}" is already defined` });

  // Citations: passages grouped by section, the first passage's section the rule's own.
  const groups: CitedSection[] = [];
  let work = '';
  raw.cites.forEach((id, i) => {
    const passage = context.passages.get(id);
    if (!passage) {
      problems.push({ file, ...parsed.at(['cites', i]), message: `unknown passage "${id}"${didYouMean(id, context.passages.keys())}` });
      return;
    }
    if (!work) work = passage.work;
    else if (passage.work !== work) problems.push({ file, ...parsed.at(['cites', i]), message: `a rule cites one work: "${id}" is from ${passage.work}, the rule's first passage from ${work}` });
    const group = groups.find((g) => g.section === passage.section);
    if (group) group.passages.push(passage.text);
    else groups.push({ section: passage.section, title: passage.title, passages: [passage.text] });
  });

  const check = (source: string, path: YamlPath) => {
    for (const p of checkPattern(source, context.classNames)) {
      problems.push({ file, ...parsed.at(path, { offset: p.offset + parsed.quoteWidth(path) }), message: `${p.message} in pattern "${source}"` });
    }
  };
  const patterns: PatternSpec[] = raw.patterns.map((p, i) => {
    const spec = typeof p === 'string' ? { match: p } : { ...p };
    const path = typeof p === 'string' ? ['patterns', i] : ['patterns', i, 'match'];
    check(spec.match, path);
    return { ...spec, line: parsed.at(path).line };
  });
  (raw.senses ?? []).forEach((s, i) => check(s, ['senses', i]));

  const examples = (kind: 'invalid' | 'valid') => raw.examples[kind].map((e, i) => {
    const written = typeof e === 'string' ? e : e.text;
    const path = typeof e === 'string' ? ['examples', kind, i] : ['examples', kind, i, 'text'];
    const unmarked = unmarkExample(written);
    if ('error' in unmarked) {
      problems.push({ file, ...parsed.at(path, { offset: unmarked.offset + parsed.quoteWidth(path) }), message: unmarked.error });
      return { text: written };
    }
    if (kind === 'valid' && unmarked.span) problems.push({ file, ...parsed.at(path), message: 'a valid example marks no span: it must not be flagged' });
    if (kind === 'invalid' && !unmarked.span) problems.push({ file, ...parsed.at(path), message: 'an invalid example marks the words it expects in [brackets]' });
    const example: RuleExample = { text: unmarked.text };
    if (typeof e !== 'string' && e.kind) example.kind = e.kind;
    if (unmarked.span) example.span = unmarked.span;
    return example;
  });
  const invalid = examples('invalid');
  const valid = examples('valid');
  if (problems.length > before || groups.length === 0) return undefined;
  const [own, ...also] = groups as [CitedSection, ...CitedSection[]];
  return {
    id: raw.id,
    description: raw.description,
    severity: raw.severity,
    ...(raw.severityNote ? { severityNote: raw.severityNote } : {}),
    message: raw.message,
    citation: { work, section: own.section, title: own.title, passages: own.passages, ...(also.length > 0 ? { also } : {}) },
    cites: [...raw.cites],
    explanation: raw.explanation,
    patterns,
    ...(raw.senses?.length ? { otherSenses: raw.senses } : {}),
    ...(raw.suggestion ? { suggestion: raw.suggestion } : {}),
    examples: { invalid, valid },
    category: category as Category,
    name,
    docsPath: `docs/rules/${raw.id}.md`,
    file,
    ...(context.pack ? { pack: context.pack, url: pathToFileURL(context.absolute).href } : {}),
  };
}

function schemaProblems(parsed: YamlFile, errors: ErrorObject[], schema: string): Problem[] {
  // oneOf failures repeat each branch's complaint; keep the most specific error per place.
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const key = error.instancePath + (error.keyword === 'additionalProperties' ? `/${(error.params as { additionalProperty: string }).additionalProperty}` : '');
    const held = byPath.get(key);
    if (!held || (held.keyword === 'oneOf' || held.keyword === 'type')) byPath.set(key, error);
  }
  const out: Problem[] = [];
  for (const error of byPath.values()) {
    const path: YamlPath = error.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    const where = path.length > 0 ? `"${path.join('.')}" ` : '';
    let message: string;
    let position = parsed.at(path);
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      position = parsed.at([...path, extra], { key: true });
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      message = `unknown key "${extra}"${didYouMean(extra, allowed)}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const value = String(valueAt(parsed.value, path));
      const hit = closest(value, allowed);
      message = `${where}must be one of ${allowed.join(', ')}${hit ? ` (did you mean "${hit}"?)` : ''}`;
    } else if (error.keyword === 'required') {
      message = `missing required key "${(error.params as { missingProperty: string }).missingProperty}"${path.length ? ` in ${where.trim()}` : ''}`;
    } else {
      message = `${where}${error.message ?? 'is invalid'}`;
    }
    out.push({ file: parsed.file, ...position, message: `${message} (${schema})` });
  }
  return out;
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let v = value;
  for (const step of path) v = (v as Record<string | number, unknown> | undefined)?.[step];
  return v;
}
