import { defineConfig } from '@playwright/test';

/**
 * One set of specs, two hosts: Electron where its binary exists (E2E_MODE=electron to insist),
 * otherwise the built renderer in Debian's Chromium with the api provided by the harness.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: './artifacts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
