import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from the Node build the tests use
 * (scripts/rebuild-native-for-electron.mjs puts it there), so neither runtime breaks the other.
 */
export function electronNativeBinding(appRoot: string): string | undefined {
  const file = join(appRoot, '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
