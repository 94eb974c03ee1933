/** The README's rule table is generated from the rule files and must be current; its options table must name every option of `--help`. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
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

  it('documents every option the command line offers', async () => {
    let help = '';
    await run(['--help'], { stdout: (t) => (help += t), stderr: (t) => (help += t), readStdin: async () => '', cwd: projectRoot, isTTY: false, env: {} });
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help' && o !== '--version');
    expect(options.length).toBeGreaterThan(20);
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    // "--report-unused-disable-directives[-severity <level>]" documents both forms in one row.
    const documented = (o: string) => new RegExp(`${o}(?![a-z-])`).test(readme) || readme.includes(`${o.replace(/-severity$/, '')}[-severity`);
    expect(options.filter((o) => !documented(o))).toEqual([]);
  });
});
