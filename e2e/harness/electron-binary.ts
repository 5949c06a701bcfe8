import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Path of the Electron executable if it is installed, without importing `electron` (which tries
 * to download the binary when it is missing).
 */
export function electronExecutable(root: string): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}
