#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build in
 * node_modules untouched (tests, the CLI and the e2e harness keep using that one). Needs the
 * Electron headers, which node-gyp downloads once from electronjs.org.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { electronVersion, nativeBinary, nativeDir, nativeStamp, root, sqliteVersion } from './electron-env.mjs';

function nodeGyp() {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim();
    return join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  }
}

const version = electronVersion();
const work = join(nativeDir, 'build-src');
rmSync(work, { recursive: true, force: true });
mkdirSync(nativeDir, { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
console.log(`Building better-sqlite3 ${sqliteVersion()} for Electron ${version} …`);
const env = { ...process.env };
for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_config_')) delete env[key];
try {
  execFileSync(process.execPath, [nodeGyp(), 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', env });
} catch {
  console.error(`\nCould not build better-sqlite3 for Electron ${version}. node-gyp needs the Electron headers from electronjs.org (network) and a C++ toolchain.`);
  process.exit(1);
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), nativeBinary);
writeFileSync(nativeStamp, JSON.stringify({ electron: version, betterSqlite3: sqliteVersion() }));
rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${nativeBinary}`);
