/**
 * @eslint/markdown's languages behind the CLI's guards. ESLint parses a file before any rule runs,
 * and @eslint/markdown's tree walk recurses once per level: a quote nested a few thousand deep ends
 * the whole ESLint run with a RangeError, and a list nested 1,500 deep stalls it for minutes
 * (docs/editor.md has the minimal case). A file over the size limit, a binary file, or one nested
 * deeper than the engine itself parses (src/frontends/markdown.ts) is refused here instead, with one
 * parsing error, as ESLint reports a file its parser cannot read; every other file goes to
 * @eslint/markdown untouched.
 */
import type { ESLint } from 'eslint';
import { nestedTooDeeply } from '../frontends/markdown.js';
import { sourceProblem } from '../lint-source.js';

export const tooDeepMessage = 'Nested too deeply (more than 100 quotes or list items in one line); not parsed, as @eslint/markdown cannot read it.';

type Language = NonNullable<ESLint.Plugin['languages']>[string];
type ParseFile = { body: string | Uint8Array };

export function guardedLanguage(language: Language): Language {
  const parse = (file: ParseFile, context: unknown): unknown => {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    const problem = sourceProblem(text) ?? (nestedTooDeeply(text) ? tooDeepMessage : undefined);
    if (problem) return { ok: false, errors: [{ message: problem, line: 1, column: 1 }] };
    return (language.parse as (file: ParseFile, context: unknown) => unknown)(file, context);
  };
  // A proxy, not a copy: the language's methods use private fields of the original object.
  return new Proxy(language, {
    get(target, property) {
      if (property === 'parse') return parse;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
