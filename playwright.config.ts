// End-to-end tests. `web`: the built renderer (out/renderer) served by `vite preview` and driven in
// Chromium; runs everywhere. `electron`: the packaged app through _electron.launch; runs where an
// Electron binary exists. `npm run test:e2e` builds first.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

// PREVIEW_PORT lets several checkouts run their e2e suites side by side without sharing a server.
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);
const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
const CI = Boolean(process.env.CI);

/** Projects named on the command line (`--project web`, `--project=electron`); empty means all. */
function selectedProjects(argv: readonly string[]): string[] {
  const names: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--project') names.push(argv[index + 1] ?? '');
    else if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
  });
  return names;
}

// Only the web project needs Chromium: a run of just the Electron specs must not fail for lack of it.
const projects = selectedProjects(process.argv);
const electronOnly = projects.length > 0 && projects.every((name) => name === 'electron');
const launchOptions = electronOnly ? undefined : chromiumLaunchOptions();

export default defineConfig({
  reporter: 'list',
  retries: CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  forbidOnly: CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: './e2e/web',
      use: {
        browserName: 'chromium',
        baseURL: PREVIEW_URL,
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
        ...(launchOptions ? { launchOptions } : {}),
      },
    },
    {
      name: 'electron',
      testDir: './e2e/electron',
    },
  ],
  // The Electron specs load the app from its own files; only the web project needs the preview server.
  webServer: electronOnly ? undefined : {
    command: `npx --no-install vite preview --config renderer/vite.config.ts --port ${PREVIEW_PORT} --strictPort --host 127.0.0.1`,
    url: PREVIEW_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
