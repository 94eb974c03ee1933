/**
 * Read one configuration file: JSON, YAML, or the "valuelint" key of a package.json. A config is
 * data only (never code): it is parsed, validated against the schema, and any problem becomes a
 * one-line ConfigError naming the file and the key, with "did you mean" for near misses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { useRulePacks } from '../catalogue/packs.js';
import { allRules } from '../registry.js';
import type { SeverityName } from '../types.js';
import { ConfigError, didYouMean } from './errors.js';
import { buildConfigSchema } from './schema.js';

export type RuleSettings = Record<string, SeverityName>;

export interface ConfigSettings {
  rules?: RuleSettings;
  includeQuoted?: boolean;
  reportUnusedDisableDirectives?: SeverityName;
}

export interface ConfigData extends ConfigSettings {
  root?: boolean;
  rulePacks?: string[];
  ignorePatterns?: string[];
  overrides?: Array<ConfigSettings & { files: string[] }>;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Directory that patterns in the file are relative to. */
  dir: string;
  data: ConfigData;
}

/** File names looked for in each directory, in order of precedence. */
export const configFileNames = ['.valuelintrc.json', '.valuelintrc.yaml', '.valuelintrc.yml', 'package.json'] as const;

let schema = buildConfigSchema(allRules);
let schemaRules = allRules.length;
let validator: ValidateFunction | undefined;

function validate(data: unknown): ValidateFunction {
  // Rebuilt when a rule pack has added rules: their ids are keys of `rules` too.
  if (schemaRules !== allRules.length) {
    schema = buildConfigSchema(allRules);
    schemaRules = allRules.length;
    validator = undefined;
  }
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  validator(data);
  return validator;
}

/** JSON pointer `/overrides/0/rules/accounting~1x` → `overrides[0].rules["accounting/x"]`. */
function keyPath(pointer: string, extra?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i === 0 ? '' : '.'}${p}` : `["${p}"]`))
    .join('');
}

/** The keys a schema location allows: for "did you mean". */
function allowedKeys(pointer: string): string[] {
  const last = pointer.split('/').pop();
  if (last === 'rules') return Object.keys(schema.properties.rules.properties);
  if (/^\d+$/.test(last ?? '')) return Object.keys(schema.properties.overrides.items.properties);
  return Object.keys(schema.properties);
}

function describe(error: ErrorObject): { key: string; problem: string } {
  const inRules = error.instancePath.endsWith('/rules');
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const what = inRules ? 'unknown rule or category' : 'unknown key';
      return { key: keyPath(error.instancePath, name), problem: `${what}${didYouMean(name, allowedKeys(error.instancePath))}` };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const { data } = error as ErrorObject & { data?: unknown };
      const suggestion = typeof data === 'string' ? didYouMean(data, allowed) : '';
      return { key: keyPath(error.instancePath), problem: `${JSON.stringify(data)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}${suggestion}` };
    }
    case 'required':
      return { key: keyPath(error.instancePath, String(error.params.missingProperty)), problem: 'is required' };
    default:
      return { key: keyPath(error.instancePath), problem: error.message ?? 'is not valid' };
  }
}

/** Check parsed data against the schema; throws a ConfigError for the first problem. */
export function validateConfig(data: unknown, file: string): ConfigData {
  const check = validate(data);
  const first = check.errors?.[0];
  if (first) {
    const { key, problem } = describe({ ...first, data: first.data ?? valueAt(data, first.instancePath) } as ErrorObject);
    throw new ConfigError(file, key, problem);
  }
  return data as ConfigData;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function parseText(text: string, file: string): unknown {
  const base = path.basename(file);
  try {
    if (/\.ya?ml$/.test(base)) {
      // The core schema has no tags that construct objects; aliases are capped by the parser.
      return parseYaml(text, { prettyErrors: false, uniqueKeys: true }) ?? {};
    }
    return JSON.parse(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigError(file, '', `cannot be parsed: ${first}`);
  }
}

/**
 * Load a config file. For a package.json, returns undefined when it has no "valuelint" key.
 * `displayPath` is how errors name the file (relative to the working directory).
 */
export function loadConfigFile(file: string, displayPath = file, cwd = process.cwd()): ConfigFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(displayPath, '', code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'EIO'})`);
  }
  let data = parseText(text, displayPath);
  if (path.basename(file) === 'package.json') {
    if (typeof data !== 'object' || data === null || !('valuelint' in data)) return undefined;
    data = (data as { valuelint: unknown }).valuelint;
    displayPath = `${displayPath} "valuelint"`;
  }
  // Rule packs load before validation: their rule ids are then known keys of `rules`.
  const packs = (data as { rulePacks?: unknown }).rulePacks;
  if (Array.isArray(packs) && packs.every((p) => typeof p === 'string' && p.length > 0)) {
    useRulePacks(packs.map((p) => path.resolve(path.dirname(file), p)), { relativeTo: cwd });
  }
  return { path: file, dir: path.dirname(file), data: validateConfig(data, displayPath) };
}
