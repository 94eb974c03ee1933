/**
 * The JSON Schema of a valuelint configuration, built from the rule list so that every rule id
 * and category is a known key (editor completion, and "unknown rule" errors from validation).
 * schema/valuelintrc.schema.json is this object written out; a test keeps the two equal.
 */
import { categories } from '../rule.js';
import type { Rule } from '../types.js';

export const schemaId = 'https://github.com/valuelint/valuelint/blob/main/schema/valuelintrc.schema.json';

const severity = {
  enum: ['off', 'warn', 'error'],
  description: '"off" turns the rule off, "warn" reports without failing the build, "error" fails it.',
};

function rulesSchema(rules: readonly Rule[]) {
  const properties: Record<string, unknown> = {};
  for (const category of categories) {
    properties[category] = { ...severity, description: `Severity of every ${category} rule (a rule's own entry wins).` };
  }
  for (const rule of rules) properties[rule.id] = { ...severity, description: rule.description };
  return {
    type: 'object',
    description: 'Severity per rule id ("category/rule") or per category ("accounting").',
    properties,
    additionalProperties: false,
  };
}

/** The settings a config file and each of its overrides may carry. */
function settingsProperties(rules: readonly Rule[]) {
  return {
    rules: rulesSchema(rules),
    includeQuoted: {
      type: 'boolean',
      description: 'Also report matches inside quotations and blockquotes. Default false.',
    },
    reportUnusedDisableDirectives: {
      ...severity,
      description: 'Report valuelint-disable directives that suppressed nothing, at this severity. Default "off".',
    },
    minConfidence: {
      enum: ['low', 'medium', 'high'],
      description: 'Report only findings of at least this confidence ("--min-confidence" wins). Default "low" (all).',
    },
  };
}

export function buildConfigSchema(rules: readonly Rule[]) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaId,
    title: 'valuelint configuration (.valuelintrc.json, .valuelintrc.yaml, or "valuelint" in package.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Schema URL, for editors.' },
      root: {
        type: 'boolean',
        description: 'Stop looking for configuration files in parent directories. Default false.',
      },
      ...settingsProperties(rules),
      rulePacks: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Folders of your own rules (rules/<category>/<rule>.yml, sources/*.yml), relative to this file\'s directory; see docs/rule-packs.md.',
      },
      ignorePatterns: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Files not to lint: .gitignore-style patterns relative to this file\'s directory.',
      },
      overrides: {
        type: 'array',
        description: 'Settings for some files only, applied in order after the top-level settings.',
        items: {
          type: 'object',
          properties: {
            files: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              minItems: 1,
              description: '.gitignore-style patterns relative to this file\'s directory.',
            },
            ...settingsProperties(rules),
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
