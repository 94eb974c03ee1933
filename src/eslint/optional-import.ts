/**
 * Import a package the plugin can use but does not require (an optional peer dependency). Only
 * "not installed" means absent; any other failure is a real error and is thrown.
 */
export async function importIfInstalled<T>(specifier: string): Promise<T | undefined> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${specifier}'`)) return undefined;
    throw error;
  }
}
