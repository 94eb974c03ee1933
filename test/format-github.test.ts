/** The `github` format keeps the rule's suggestion: annotations are what a pull request's author reads. */
import { describe, expect, it } from 'vitest';
import { ruleById } from '../src/registry.js';
import { escapeData } from '../src/formatters/github.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

describe('github format', () => {
  it('puts the suggestion on a line after the message, escaped as workflow data', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': `${flagged.hours}\n` });
    const out = await runCli(['-f', 'github', 'plan.md'], root);
    const suggestion = ruleById.get('accounting/time-measurement')!.suggestion!;
    expect(out.stdout).toMatch(/^::error file=plan\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=valuelint accounting\/time-measurement::This measures activity in labour time/);
    expect(out.stdout.trimEnd().endsWith(`%0Asuggestion: ${escapeData(suggestion)}`)).toBe(true);
    expect(out.stdout.split('\n')).toHaveLength(2);
  });
  it('shows control and bidi characters from file names and matched words as escapes', async () => {
    const name = 'plan\u202e\u001b[2J.md';
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), [name]: `${flagged.hours.replace('hours', 'hours\u001b[31m')}\n` });
    const out = await runCli(['-f', 'github', name], root);
    expect(out.stdout).toContain('file=plan\\u202e\\x1b[2J.md');
    expect(out.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(out.stdout.split('\n')).toHaveLength(2);
  });
});
