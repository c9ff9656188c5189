import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the production build: every test at the root
 * (dist/, project `rot`), and the tests tagged `@underkatalog` in their title
 * also under an intranet sub-path (dist-sub/, built with
 * BASE_PATH=/personvern/some/, project `underkatalog`): navigation, assets,
 * search, links and each island's load and save, which is what can differ
 * under a sub-path. Chromium is Debian's (/usr/bin/chromium); Playwright's own
 * browser downloads are not used.
 */
export const SUB_PATH = '/personvern/some/';
// TEST_PORT lets several checkouts run their browser tests at once.
const ROOT_PORT = Number(process.env.TEST_PORT ?? 4400);
const SUB_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: './test/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'off',
  },
  projects: [
    { name: 'rot', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'underkatalog', grep: /@underkatalog/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` } },
  ],
  webServer: [
    {
      command: `node test/support/serve.mjs dist ${ROOT_PORT} /`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node test/support/serve.mjs dist-sub ${SUB_PORT} ${SUB_PATH}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
