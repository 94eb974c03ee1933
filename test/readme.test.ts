/** The README's rule table is generated from the rule files and must be current. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';

describe('README', () => {
  it('has a current rule table (npm run readme)', () => {
    let code = 0;
    try {
      execFileSync(process.execPath, [join(projectRoot, 'scripts', 'update-readme-rules.js'), '--check'], { stdio: 'pipe' });
    } catch (error) {
      code = (error as { status: number }).status;
    }
    expect(code).toBe(0);
  });
});
