import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser here: use Debian's Chromium where it exists.
const debianChromium = '/usr/bin/chromium';
const launchOptions = {
  executablePath: existsSync(debianChromium) ? debianChromium : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

// Ports can be moved (E2E_PORT, E2E_HOST_PORT) so that two checkouts can run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'off',
  },
  projects: [
    // Flows and examples run on a desktop viewport; the phone project checks what a phone changes.
    { name: 'desktop', testIgnore: /mobile\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testMatch: /(mobile|first-page)\.spec/, use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: [
    {
      // Serves the production build (npm test builds it first), with the production headers.
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A partner's page on another origin, for the widget tests.
      command: `node e2e/host-server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/loader.html`,
      env: { HOST_PORT: String(HOST_PORT), APP_ORIGIN: `http://127.0.0.1:${PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
