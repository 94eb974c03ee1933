/**
 * Configuration for the documents of an editor: the CLI's cascade (src/config/resolve.ts), one
 * resolver per workspace folder (paths in messages are relative to it), rebuilt when a config file
 * changes. A broken config is remembered by file, so that it is announced once, not once per keystroke.
 */
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { configFileNames } from '../config/load.js';
import { ConfigResolver, type ResolvedConfig } from '../config/resolve.js';

export const configNames: readonly string[] = configFileNames;

export function isConfigFile(file: string): boolean {
  return configNames.includes(path.basename(file));
}

export type ConfigOutcome = { config: ResolvedConfig } | { error: ConfigError; configPath: string };

export class Workspace {
  private folders: string[] = [];
  private resolvers = new Map<string, ConfigResolver>();

  constructor(private readonly fallbackRoot: string) {}

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  setFolders(folders: readonly string[]): void {
    // Longest first, so that a nested folder wins over the one around it.
    this.folders = [...new Set(folders)].sort((a, b) => b.length - a.length);
    this.resolvers.clear();
  }

  /** Forget every loaded config (a config file changed on disk). */
  reload(): void {
    this.resolvers.clear();
  }

  /** The workspace folder holding a file, else the first folder, else where the server started. */
  folderOf(file: string): string {
    return this.folders.find((folder) => file === folder || file.startsWith(folder + path.sep)) ?? this.folders.at(-1) ?? this.fallbackRoot;
  }

  configFor(file: string): ConfigOutcome {
    const folder = this.folderOf(file);
    let resolver = this.resolvers.get(folder);
    if (!resolver) {
      resolver = new ConfigResolver({ kind: 'cascade' }, folder);
      this.resolvers.set(folder, resolver);
    }
    try {
      return { config: resolver.forFile(file) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // ConfigError names the file relative to the folder, a package.json by its "valuelint" key.
      return { error, configPath: path.resolve(folder, error.file.replace(/ "valuelint"$/, '')) };
    }
  }
}
