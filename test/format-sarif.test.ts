/**
 * SARIF from a real run validates against the SARIF 2.1.0 schema (test/schemas/, draft-07, ajv),
 * lists every rule of the registry, and leaves suppressed findings out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/registry.js';
import { projectRoot } from './helpers.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';
import { cwd, results, rule } from './fixtures/formats/results.js';
import { formatSarif } from '../src/formatters/sarif.js';

const schema = JSON.parse(readFileSync(path.join(projectRoot, 'test', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

describe('SARIF 2.1.0', () => {
  it('the schema rejects a broken log (the check can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('the golden fixture validates', () => {
    expectValid(JSON.parse(formatSarif(results, { cwd, color: false, rules: [rule], toolVersion: '1.2.3' })));
  });

  it('a real run validates, lists every rule, and omits suppressed findings', async () => {
    const root = tempTree({
      '.valuelintrc.json': onlyTimeMeasurement(),
      'docs/plan.md': `# Plan\n\n${flagged.hours}\n\n<!-- valuelint-disable-next-line accounting -- accepted -->\n${flagged.clock}\n`,
    });
    const out = await runCli(['-f', 'sarif', 'docs'], root);
    expect(out.code).toBe(1);
    const log = JSON.parse(out.stdout);
    expectValid(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.id));
    for (const r of run.tool.driver.rules) {
      expect(r.fullDescription.text).toMatch(/^§|^Conclusion/);
      expect(r.help.text.length).toBeGreaterThan(0);
      expect(r.helpUri).toMatch(new RegExp(`docs/rules/${r.id}\\.md$`));
    }
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result.ruleId).toBe('accounting/time-measurement');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/plan.md');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, endLine: 3 });
    expect(result.partialFingerprints['valuelint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });
});
