/**
 * The TypeScript compiler API, loaded on first use: loading it takes most of a second, which a run
 * over Markdown plans (or an editor linting one) should not pay.
 */
import { createRequire } from 'node:module';
import type * as TypeScriptApi from 'typescript';

const require = createRequire(import.meta.url);
let api: typeof TypeScriptApi | undefined;

export function typeScript(): typeof TypeScriptApi {
  return (api ??= require('typescript') as typeof TypeScriptApi);
}
