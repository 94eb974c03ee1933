/**
 * The rule pages in docs/rules/ are generated from the rule files; this regenerates them in memory
 * (`generate-docs.js --check`) and fails when a committed page is missing, stale or orphaned.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';

describe('generated rule docs', () => {
  it('are current (run `npm run docs` to update them)', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [join(projectRoot, 'scripts', 'generate-docs.js'), '--check'], { cwd: projectRoot, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    expect(output).toBe('');
  });
});
