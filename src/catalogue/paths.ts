/**
 * Where the bundled catalogue is. Built (dist/src/catalogue/*.js): dist/catalogue.json, written by
 * `npm run build` from the YAML and loaded once at start; from source (vitest): the YAML itself.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const built = here.endsWith(`${sep}dist${sep}src${sep}catalogue`);

/** The folder holding rules/ and sources/ (the package root). */
export const catalogueRoot = built ? join(here, '..', '..', '..') : join(here, '..', '..');

/** The precompiled catalogue, when running built code and the build wrote it. */
export const builtCataloguePath = join(here, '..', '..', 'catalogue.json');
export const useBuiltCatalogue = built && existsSync(builtCataloguePath);
