#!/usr/bin/env node
/**
 * npm start: build and open the desktop app. Checks first for what a machine without network
 * lacks (the Electron binary, better-sqlite3 built for Electron) and says so plainly.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, electronPkg, electronVersion, nativeIsCurrent, root } from './electron-env.mjs';

const dev = process.argv.includes('--dev');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status ?? 1;

let exe = electronExecutable();
if (!exe) {
  console.log(`Electron ${electronVersion()} is not installed yet; downloading it (first start only)…`);
  run(process.execPath, [join(electronPkg, 'install.js')]);
  exe = electronExecutable();
}
if (!exe) {
  console.error(`
年报审查台 cannot open its window: the Electron ${electronVersion()} runtime is missing
(node_modules/electron/dist) and could not be downloaded from this machine.

  • On a machine with internet access, run \`npm start\` again (or \`npx install-electron\`).
  • Offline, copy an Electron ${electronVersion()} build into node_modules/electron/dist and write
    its executable name to node_modules/electron/path.txt.

Everything else works without Electron:
  npm test                                 all checks and tests
  npm run review -- --json seeds           the analysis, headless
  npm run bench                            speed figures
`);
  process.exit(1);
}

if (!nativeIsCurrent() && run(process.execPath, [join(root, 'scripts', 'rebuild-native-for-electron.mjs')]) !== 0) {
  console.error('\nThe review store (better-sqlite3) is not built for Electron yet; see the message above.');
  process.exit(1);
}

if (dev) process.exit(run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev']));
if (run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']) !== 0) process.exit(1);
process.exit(run(exe, [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]));
