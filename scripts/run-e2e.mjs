#!/usr/bin/env node
/**
 * npm run test:e2e: the Playwright specs against the built renderer in Chromium (always), and
 * against Electron as well where its binary exists (under xvfb-run when there is no display).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, nativeIsCurrent, root } from './electron-env.mjs';

const extra = process.argv.slice(2);
const playwright = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const run = (env, wrap = false) => {
  const args = [playwright, 'test', '-c', 'e2e/playwright.config.ts', ...extra];
  const [cmd, argv] = wrap ? ['xvfb-run', ['--auto-servernum', process.execPath, ...args]] : [process.execPath, args];
  return spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};

console.log('e2e: browser mode (built renderer in Chromium, api from the test harness)');
let status = run({ E2E_MODE: 'browser' });

if (electronExecutable()) {
  const ready = nativeIsCurrent() || spawnSync(process.execPath, [join(root, 'scripts', 'rebuild-native-for-electron.mjs')], { cwd: root, stdio: 'inherit' }).status === 0;
  if (ready) {
    console.log('e2e: Electron mode');
    const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
    status = run({ E2E_MODE: 'electron' }, needsDisplay) || status;
  } else {
    console.warn('e2e: Electron is installed but better-sqlite3 could not be built for it; Electron mode skipped.');
  }
} else {
  console.log('e2e: Electron binary not installed here; Electron mode skipped (the same specs ran in Chromium).');
}
process.exit(status);
