// Two Playwright suites. "browser": the built renderer in Debian's Chromium, its bridge bound to the real
// core and simulator in the test process. "electron": the real app, only where the Electron binary exists.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/chromium';

export default defineConfig({
  // Playwright empties its output folder at start; the reports and screenshots live beside it.
  outputDir: 'test-results/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  timeout: 30_000,
  workers: 2,
  projects: [
    {
      name: 'browser',
      testDir: 'test/browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
