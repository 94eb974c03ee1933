/**
 * Which settings apply to a file. The cascade (like ESLint's eslintrc): starting in the file's
 * directory and going up, every directory's config file is collected until one says
 * `root: true` (or the file system root is reached); farther files apply first, nearer ones
 * override them. In one directory the first of .valuelintrc.json, .valuelintrc.yaml,
 * .valuelintrc.yml, package.json ("valuelint" key) is used. Within a file: top-level settings,
 * then each matching override in order. Within one settings block, category severities apply
 * before rule severities, so `{accounting: "off", "accounting/ledger": "error"}` keeps the ledger rule.
 * `--config FILE` uses that one file instead of the cascade; `--no-config-lookup` uses none.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { allRules } from '../registry.js';
import type { Confidence, SeverityName } from '../types.js';
import { configFileNames, loadConfigFile, type ConfigFile, type ConfigSettings } from './load.js';

export interface ResolvedConfig {
  /** Severity of every rule whose setting differs from its default. */
  ruleSeverities: Record<string, SeverityName>;
  includeQuoted: boolean;
  reportUnusedDisableDirectives: SeverityName;
  /** Lowest confidence reported; undefined: all. */
  minConfidence?: Confidence;
  /** The file matches an ignorePatterns entry of an applicable config. */
  ignored: boolean;
  /** Config files that applied, farthest first. */
  sources: string[];
  /** Rule-pack folders (absolute) named by the configs that applied. */
  rulePacks: string[];
}

export type ConfigMode = { kind: 'cascade' } | { kind: 'file'; file: string } | { kind: 'none' };


function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** `ignore` takes only relative paths under its base; anything else never matches. */
function matches(patterns: Ignore, dir: string, file: string): boolean {
  const relative = relativePosix(dir, file);
  return relative !== '' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative) && patterns.ignores(relative);
}

function applySettings(settings: ConfigSettings, into: ResolvedConfig): void {
  if (settings.includeQuoted !== undefined) into.includeQuoted = settings.includeQuoted;
  if (settings.reportUnusedDisableDirectives !== undefined) into.reportUnusedDisableDirectives = settings.reportUnusedDisableDirectives;
  if (settings.minConfidence !== undefined) into.minConfidence = settings.minConfidence;
  const entries = Object.entries(settings.rules ?? {});
  for (const [category, severity] of entries) {
    if (category.includes('/')) continue;
    // allRules read here, not at start: rule packs add rules when their config loads.
    for (const rule of allRules) if (rule.category === category) into.ruleSeverities[rule.id] = severity;
  }
  for (const [id, severity] of entries) if (id.includes('/')) into.ruleSeverities[id] = severity;
}

export class ConfigResolver {
  private readonly filesByDir = new Map<string, ConfigFile | undefined>();
  private readonly loaded = new Map<string, ConfigFile | undefined>();
  private readonly chainByDir = new Map<string, ConfigFile[]>();
  private readonly matchers = new WeakMap<object, Ignore>();

  /** `cwd` is where error messages make paths relative to. */
  constructor(
    private readonly mode: ConfigMode,
    private readonly cwd: string,
  ) {}

  /** Settings for one file (absolute path). Throws ConfigError for a bad config file. */
  forFile(file: string): ResolvedConfig {
    const resolved: ResolvedConfig = { ruleSeverities: {}, includeQuoted: false, reportUnusedDisableDirectives: 'off', ignored: false, sources: [], rulePacks: [] };
    for (const config of this.chainFor(path.dirname(file))) {
      resolved.sources.push(config.path);
      const { data } = config;
      for (const pack of data.rulePacks ?? []) resolved.rulePacks.push(path.resolve(config.dir, pack));
      if (data.ignorePatterns && matches(this.matcher(data.ignorePatterns), config.dir, file)) resolved.ignored = true;
      applySettings(data, resolved);
      for (const override of data.overrides ?? []) {
        if (matches(this.matcher(override.files), config.dir, file)) applySettings(override, resolved);
      }
    }
    return resolved;
  }

  private matcher(patterns: string[]): Ignore {
    let m = this.matchers.get(patterns);
    if (!m) {
      m = ignore().add(patterns);
      this.matchers.set(patterns, m);
    }
    return m;
  }

  /** Config files for a directory, farthest first. */
  private chainFor(dir: string): ConfigFile[] {
    if (this.mode.kind === 'none') return [];
    if (this.mode.kind === 'file') {
      const file = path.resolve(this.cwd, this.mode.file);
      const config = this.fileIn(file);
      return config ? [config] : [];
    }
    const cached = this.chainByDir.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parent = path.dirname(dir);
    const inherited = own?.data.root || parent === dir ? [] : this.chainFor(parent);
    const chain = own ? [...inherited, own] : inherited;
    this.chainByDir.set(dir, chain);
    return chain;
  }

  private configIn(dir: string): ConfigFile | undefined {
    if (this.filesByDir.has(dir)) return this.filesByDir.get(dir);
    let found: ConfigFile | undefined;
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (!existsSync(candidate)) continue;
      found = this.fileIn(candidate);
      if (found) break;
    }
    this.filesByDir.set(dir, found);
    return found;
  }

  /** Load a file once; a package.json without a "valuelint" key gives undefined. */
  private fileIn(file: string): ConfigFile | undefined {
    if (!this.loaded.has(file)) this.loaded.set(file, loadConfigFile(file, path.relative(this.cwd, file) || file, this.cwd));
    return this.loaded.get(file);
  }
}
