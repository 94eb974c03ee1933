/**
 * valuelint as an ESLint flat-config plugin (`valuelint/eslint`). Rule names keep the engine's ids:
 * ESLint takes the plugin name up to the first `/`, so `valuelint/accounting/time-measurement` is
 * rule `accounting/time-measurement` of plugin `valuelint`.
 */
import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule as EslintRule } from 'eslint';
import { allRules } from '../registry.js';
import { recommendedConfig } from './configs.js';
import { packRuleId, packRulesEslintRule, toEslintRule } from './rule.js';

// Self-reference through package.json `exports`: the same path from src/ (tests) and dist/.
const packageJson = createRequire(import.meta.url)('valuelint/package.json') as { name: string; version: string };

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'valuelint' },
  rules: {
    ...Object.fromEntries(allRules.map((rule) => [rule.id, toEslintRule(rule)])),
    [packRuleId]: packRulesEslintRule(new Set(allRules.map((rule) => rule.id))),
  } as Record<string, EslintRule.RuleModule>,
  configs: {} as { recommended: Linter.Config[] },
} satisfies ESLint.Plugin;

const recommendedRules: Linter.RulesRecord = {
  ...Object.fromEntries(allRules.map((rule) => [`valuelint/${rule.id}`, rule.severity])),
  [`valuelint/${packRuleId}`]: 'error',
};

plugin.configs.recommended = await recommendedConfig(plugin, recommendedRules);

export default plugin;
