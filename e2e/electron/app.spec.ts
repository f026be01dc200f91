// The desktop app end to end through Playwright's Electron driver. Runs only where an Electron binary exists
// (not on machines that skip its download); elsewhere every test skips with the reason printed.
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Null when Electron can run the app here, else why not. */
function electronUnavailable(): string | null {
  let executable: unknown;
  try {
    executable = createRequire(path.join(root, 'package.json'))('electron');
  } catch (error) {
    return `require('electron') failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
  if (typeof executable !== 'string' || !existsSync(executable)) return `no binary at ${String(executable)}`;
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    return `${executable} is not executable`;
  }
  if (!existsSync(path.join(root, 'out', 'main', 'main.js'))) return 'out/ is not built (run npm run build)';
  return null;
}

const unavailable = electronUnavailable();
if (unavailable) console.log(`Skipping Electron e2e: No Electron binary on this machine: ${unavailable}`);
test.skip(unavailable !== null, `No Electron binary on this machine: ${unavailable}`);

// One app for the whole file: the single-instance lock would make a second, parallel launch quit at once.
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined));
  app = await electron.launch({ args: ['.'], cwd: root, env });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one Trainwright window showing the app shell', async () => {
  await expect(page).toHaveTitle(/Trainwright/);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/trainwright\//);
});

test('runs the renderer without Node, with only window.api exposed through the context bridge', async () => {
  const surface = await page.evaluate(() => {
    const w = window as unknown as { require?: unknown; process?: unknown; module?: unknown; api: object };
    return { require: typeof w.require, process: typeof w.process, module: typeof w.module, api: Object.keys(w.api).sort() };
  });
  expect(surface).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', api: ['invoke', 'on'] });
});

test('answers app:info and refuses channels outside the contract', async () => {
  const info = await page.evaluate(() => (window as unknown as { api: { invoke(c: string): Promise<unknown> } }).api.invoke('app:info'));
  expect(info).toMatchObject({ version: expect.any(String), electron: expect.any(String) });
  const refused = await page.evaluate(() =>
    (window as unknown as { api: { invoke(c: string): Promise<unknown> } }).api.invoke('shell:open').then(() => 'allowed', (e: Error) => e.message));
  expect(refused).toMatch(/Channel not allowed/);
});

test('blocks navigation away from the app and window.open', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.open('https://example.com/');
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});
