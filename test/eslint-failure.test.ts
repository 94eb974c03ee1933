/**
 * If the engine throws on some file, ESLint must not crash (in an editor: on every keystroke):
 * the file gets one clear problem, from one rule, and no stack trace.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../src/eslint/index.js';
import { projectRoot } from './helpers.js';

vi.mock('../src/linter.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/linter.js')>();
  return {
    ...original,
    lintDocument: (text: string, options: Parameters<typeof original.lintDocument>[1]) => {
      if (text.includes('BREAK-THE-ENGINE')) throw new Error('unexpected node in paragraph');
      return original.lintDocument(text, options);
    },
  };
});

describe('an engine failure', () => {
  it('is one problem at 1:1, not a crash', async () => {
    const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const [result] = await eslint.lintText('BREAK-THE-ENGINE\n\nEvery volunteer logs their hours.\n', { filePath: join(projectRoot, 'plan.md') });
    expect(result!.messages).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: 'valuelint could not analyse this file: Could not lint file: internal error (unexpected node in paragraph).' }),
    ]);
    const [healthy] = await eslint.lintText('Every volunteer logs their hours.\n', { filePath: join(projectRoot, 'plan.md') });
    expect(healthy!.messages).toHaveLength(1);
    expect(healthy!.messages[0]!.message).toMatch(/labour time/);
  });
});
