/**
 * JSON Schemas of the catalogue's files (rules, sources, word classes, categories). The build writes
 * them to schema/*.schema.json for editors (the `# yaml-language-server: $schema=` modeline at the
 * top of each file); the loader validates every file against them before any other check.
 */
const text = { type: 'string', minLength: 1 } as const;
const example = {
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: {
        text: { ...text, description: 'The text to lint; in `invalid`, the expected finding is marked with [brackets] (write \\[ and \\] for a literal bracket).' },
        kind: { enum: ['md', 'txt', 'ts', 'json', 'yaml'], description: 'File kind to lint it as. Default md.' },
      },
    },
  ],
} as const;

export const ruleSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://valuelint.dev/schema/rule.schema.json',
  title: 'valuelint rule',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'severity', 'message', 'description', 'explanation', 'cites', 'patterns', 'examples'],
  properties: {
    id: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*/[a-z]+(-[a-z]+)*$', description: '`category/rule`; must match the file path rules/<category>/<rule>.yml.' },
    severity: { enum: ['error', 'warn'], description: 'Default severity.' },
    severityNote: { ...text, description: 'Why the default severity is what it is; shown in the docs.' },
    message: { ...text, description: 'The message a finding shows; one sentence, your own words.' },
    description: { ...text, description: 'One line: what the rule flags.' },
    explanation: { ...text, description: 'Why the pattern restores value, in your own words (never a paraphrase passed off as a quote).' },
    suggestion: { ...text, description: 'A rewrite that keeps the intent without the value logic.' },
    cites: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' }, description: 'Passage ids from sources/*.yml (`source/passage`); the first one\'s section is the rule\'s own.' },
    patterns: {
      type: 'array',
      minItems: 1,
      description: 'What fires the rule, in the pattern language of docs/patterns.md.',
      items: {
        oneOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['match'],
            properties: {
              match: { ...text, description: 'The pattern.' },
              confidence: { enum: ['high', 'medium', 'low'], description: 'How strong the evidence is when this pattern fires alone. Default medium.' },
              note: { ...text, description: 'What this pattern catches; read by maintainers.' },
              in: { enum: ['prose', 'code'], description: 'Restrict the pattern to prose or to code names. Default both.' },
            },
          },
        ],
      },
    },
    senses: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Patterns of collocations where the trigger words mean something else; a match overlapping one is dropped.' },
    examples: {
      type: 'object',
      additionalProperties: false,
      required: ['invalid', 'valid'],
      properties: {
        invalid: { type: 'array', minItems: 1, items: example, description: 'Texts the rule must flag, the expected words in [brackets].' },
        valid: { type: 'array', minItems: 1, items: example, description: 'Near misses the rule must not flag.' },
      },
    },
  },
} as const;

export const sourceSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://valuelint.dev/schema/source.schema.json',
  title: 'valuelint source',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'sections', 'passages'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Must match the file name sources/<id>.yml.' },
    title: { ...text, description: 'Title of the work.' },
    author: { ...text },
    year: { type: 'integer' },
    text: { ...text, description: 'Path of the work\'s full text, relative to this file; when present, every passage is checked verbatim against it at load.' },
    textHash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: 'sha256 of the normalised text the passages were checked against.' },
    sections: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', additionalProperties: false, required: ['id', 'title'], properties: { id: text, title: text } },
    },
    passages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'section', 'text'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: '`<source id>/<passage name>`.' },
          section: { ...text, description: 'Id of one of the sections above.' },
          text: { ...text, description: 'The passage, verbatim.' },
        },
      },
    },
  },
} as const;

const words = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^=?[^\\s|@#?*]+$' } } as const;

export const classesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://valuelint.dev/schema/classes.schema.json',
  title: 'valuelint word classes',
  type: 'object',
  additionalProperties: false,
  properties: {
    classes: {
      type: 'object',
      propertyNames: { pattern: '^[a-z]+(-[a-z]+)*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['words'],
        properties: { about: { type: 'string' }, words: { ...words, description: 'Base forms (matched in every inflection), or `=form` for one exact form.' } },
      },
    },
    numberWords: { ...words, description: 'Words `@num` matches besides digits (bundled catalogue only).' },
  },
} as const;

export const categoriesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://valuelint.dev/schema/categories.schema.json',
  title: 'valuelint categories',
  type: 'object',
  additionalProperties: false,
  required: ['categories'],
  properties: {
    categories: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title'],
        properties: { id: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' }, title: text, description: { type: 'string' } },
      },
    },
  },
} as const;

export const catalogueSchemas = {
  'rule.schema.json': ruleSchema,
  'source.schema.json': sourceSchema,
  'classes.schema.json': classesSchema,
  'categories.schema.json': categoriesSchema,
} as const;
