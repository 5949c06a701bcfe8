import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const electronPkg = join(root, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPkg, 'package.json'), 'utf8')).version;
}

/** The Electron executable if installed; never imports `electron` (that would try to download it). */
export function electronExecutable() {
  const pathFile = join(electronPkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(electronPkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export const nativeDir = join(root, '.electron-native');
export const nativeBinary = join(nativeDir, 'better_sqlite3.node');
export const nativeStamp = join(nativeDir, 'stamp.json');

export function sqliteVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
}

/** True when the Electron build of better-sqlite3 exists for these Electron and better-sqlite3 versions. */
export function nativeIsCurrent() {
  if (!existsSync(nativeBinary) || !existsSync(nativeStamp)) return false;
  const stamp = JSON.parse(readFileSync(nativeStamp, 'utf8'));
  return stamp.electron === electronVersion() && stamp.betterSqlite3 === sqliteVersion();
}
