/**
 * `configs.recommended`: every rule at its default severity, for Markdown through @eslint/markdown's
 * `markdown/commonmark` language behind the CLI's guards (`valuelint/commonmark`, see guarded-language.ts; the engine parses what GFM reads differently itself, see
 * src/frontends/markdown.ts, so ESLint need not pay for GFM on every file), for TypeScript through
 * typescript-eslint's parser, and for JavaScript through ESLint's own parser. @eslint/markdown and
 * typescript-eslint are optional peers: a block whose package is not installed is left out, so a
 * TypeScript-only project needs no Markdown stack.
 */
import type { ESLint, Linter } from 'eslint';
import { guardedLanguage } from './guarded-language.js';
import { importIfInstalled } from './optional-import.js';

export const markdownFiles = ['**/*.md', '**/*.markdown'];
export const typescriptFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
export const javascriptFiles = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

interface MarkdownModule {
  default: ESLint.Plugin;
}
interface TypescriptEslintModule {
  parser: Linter.Parser;
}

export async function recommendedConfig(plugin: ESLint.Plugin, rules: Linter.RulesRecord): Promise<Linter.Config[]> {
  const [markdown, typescriptEslint] = await Promise.all([
    importIfInstalled<MarkdownModule>('@eslint/markdown'),
    importIfInstalled<TypescriptEslintModule>('typescript-eslint'),
  ]);
  const configs: Linter.Config[] = [];
  if (markdown) {
    // valuelint/commonmark and valuelint/gfm: @eslint/markdown's, behind the size, binary and depth guards.
    const { languages } = markdown.default;
    plugin.languages = { commonmark: guardedLanguage(languages!.commonmark!), gfm: guardedLanguage(languages!.gfm!) };
    configs.push({
      name: 'valuelint/recommended/markdown',
      files: markdownFiles,
      plugins: { markdown: markdown.default, valuelint: plugin },
      language: 'valuelint/commonmark',
      languageOptions: { frontmatter: 'yaml' },
      rules,
    });
  }
  if (typescriptEslint) {
    configs.push({
      name: 'valuelint/recommended/typescript',
      files: typescriptFiles,
      plugins: { valuelint: plugin },
      languageOptions: { parser: typescriptEslint.parser },
      rules,
    });
  }
  configs.push({
    name: 'valuelint/recommended/javascript',
    files: javascriptFiles,
    plugins: { valuelint: plugin },
    rules,
  });
  return configs;
}
