/**
 * SARIF from a real run validates against the SARIF 2.1.0 schema (test/schemas/, draft-07, ajv),
 * lists every rule of the registry, and leaves suppressed findings out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/registry.js';
import { projectRoot } from './helpers.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';
import { cwd, results, rule } from './fixtures/formats/results.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { artifactLocation, clampedRegion } from '../src/formatters/sarif-locations.js';

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

  it('names the run for code scanning (automationDetails.id, fullName: the Multitool\'s GHAzDO rules)', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': `${flagged.hours}\n` });
    const run = JSON.parse((await runCli(['-f', 'sarif', 'plan.md'], root)).stdout).runs[0];
    expect(run.automationDetails.id).toBe('valuelint/');
    expect(run.tool.driver.fullName).toMatch(/^valuelint \d+\.\d+\.\d+$/);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(root).href}/`);
  });

  it('quotes the matched words as snippet and the lines around them as contextRegion', async () => {
    const text = `# Plan\n\nWe bake on Tuesdays.\r\n${flagged.hours}\nThen we eat.\n\nLater.\n`;
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': text });
    const log = JSON.parse((await runCli(['-f', 'sarif', 'plan.md'], root)).stdout);
    expectValid(log);
    const { region, contextRegion } = log.runs[0].results[0].locations[0].physicalLocation;
    expect(region).toMatchObject({ startLine: 4, snippet: { text: 'logs their hours' } });
    expect(contextRegion).toEqual({ startLine: 3, endLine: 5, snippet: { text: `We bake on Tuesdays.\r\n${flagged.hours}\nThen we eat.` } });
  });

  it('encodes file names per segment: #, ?, % and a first segment with a colon stay one relative path', async () => {
    const names = ['colon:first.md', 'docs/a#b?c.md', 'docs/100% sure.md', 'docs/ünï.md'];
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), ...Object.fromEntries(names.map((n) => [n, `${flagged.hours}\n`])) });
    const log = JSON.parse((await runCli(['-f', 'sarif', '.'], root)).stdout);
    expectValid(log);
    const base = new URL(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri);
    const located = log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation);
    for (const { uri, uriBaseId } of located) {
      expect(uriBaseId).toBe('%SRCROOT%');
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i); // a scheme would make it absolute
      expect(uri).not.toMatch(/[#?]/);
    }
    // Resolved against the base as a consumer does, every URI names the file it came from.
    const resolved = located.map(({ uri }: { uri: string }) => decodeURIComponent(new URL(uri, base).pathname.slice(base.pathname.length)));
    expect(resolved.sort()).toEqual([...names].sort());
  });

  it('gives a file outside the working directory an absolute file: URI', () => {
    expect(artifactLocation('/repo/sub', '/repo/other/x#1.md')).toEqual({ uri: 'file:///repo/other/x%231.md' });
    expect(artifactLocation('/repo', '/repo/a/b.md')).toEqual({ uri: 'a/b.md', uriBaseId: '%SRCROOT%' });
  });

  it('keeps columns at 1 or more and ends after starts (a file starting with a BOM)', async () => {
    expect(clampedRegion({ ruleId: 'x', severity: 2, message: 'm', line: 1, column: 0, endLine: 1, endColumn: 0 })).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'bom.md': `\uFEFFTimesheets for everyone.\n` });
    const log = JSON.parse((await runCli(['-f', 'sarif', 'bom.md'], root)).stdout);
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, snippet: { text: 'Timesheets' } });
  });
});

