/**
 * docs/security.md is the threat model a gate's maintainers rely on (issue 19): the facts it states
 * about defaults and limits are checked against the code, and the README links it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDirectory, defaultCacheName } from '../src/cli/cache.js';
import { maxBaselineSize } from '../src/cli/gate.js';
import { formatSize } from '../src/cli/limits.js';
import { maxConfigSize } from '../src/config/load.js';
import { projectRoot } from './helpers.js';

const doc = readFileSync(join(projectRoot, 'docs', 'security.md'), 'utf8');

describe('docs/security.md', () => {
  it('states what must not come from the pull request', () => {
    expect(doc).toMatch(/## Threat model/);
    expect(doc).toMatch(/must \*\*not\*\* come from the pull request: the result cache, the configuration[^.]*, and the baseline/);
  });
  it('names the default cache location and the size limits the code uses', () => {
    expect(doc).toContain([defaultCacheDirectory, defaultCacheName].join('/'));
    expect(doc).toContain(`config (${formatSize(maxConfigSize)})`);
    expect(doc).toContain(`baseline (${formatSize(maxBaselineSize)})`);
  });
  it('is linked from the README\'s Security section', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
    expect(section).toContain('](docs/security.md)');
  });
});
