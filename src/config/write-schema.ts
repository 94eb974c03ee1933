/**
 * Writes schema/valuelintrc.schema.json from the rule list (`npm run schema`). The CLI validates
 * with the same schema built in memory; the file is for editors, and a test keeps it current.
 */
import { writeFileSync } from 'node:fs';
import { allRules } from '../registry.js';
import { buildConfigSchema } from './schema.js';

export function schemaText(): string {
  return `${JSON.stringify(buildConfigSchema(allRules), null, 2)}\n`;
}

const target = process.argv[2];
if (target) writeFileSync(target, schemaText());
