// The desktop app end to end through Playwright's Electron driver. Runs only where an Electron binary exists
// (not on machines that skip its download); elsewhere every test skips with the reason printed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { closeApp, electronUnavailable, launchApp } from '../support/electronApp';

const unavailable = electronUnavailable();
if (unavailable) console.log(`Skipping Electron e2e: No Electron binary on this machine: ${unavailable}`);
test.skip(unavailable !== null, `No Electron binary on this machine: ${unavailable}`);

// One app for the whole file: the single-instance lock would make a second, parallel launch quit at once.
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
// A scratch folder for the test's design files and the app's userData (autosave, recent files).
const scratch = mkdtempSync(path.join(tmpdir(), 'trainwright-e2e-'));

test.beforeAll(async () => {
  app = await launchApp(scratch);
  page = await app.firstWindow();
});

test.afterAll(() => closeApp(app));

/** Click an application-menu item by id, as the user would. */
async function clickMenu(id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`No menu item ${itemId}`);
    item.click();
  }, id);
}

/** Make the next native open or save dialog answer `filePath` without showing it. */
async function answerDialogs(filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: answer })) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [answer] })) as typeof dialog.showOpenDialog;
  }, filePath);
}

async function renameDesign(name: string): Promise<void> {
  await page.getByTestId('design-name').getByRole('button').dblclick();
  const field = page.getByTestId('design-name').getByRole('textbox', { name: 'Design name' });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByTestId('design-name')).toHaveText(name);
}

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

test('File > Save As writes the design where the dialog says, and File > Save writes there again', async () => {
  const filePath = path.join(scratch, 'rack.json');
  await renameDesign('Electron rack');
  await answerDialogs(filePath);
  await clickMenu('file.saveAs');
  await expect(page.getByTestId('document-file')).toHaveText('rack.json');
  await expect(page.getByTestId('dirty-marker')).toBeHidden();
  expect(JSON.parse(readFileSync(filePath, 'utf8'))).toMatchObject({ format: 'trainwright/project', design: { name: 'Electron rack' } });

  await renameDesign('Electron rack v2');
  // Save goes back to the same file without a dialog.
  await answerDialogs(path.join(scratch, 'must-not-be-used.json'));
  await clickMenu('file.save');
  await expect(page.getByTestId('dirty-marker')).toBeHidden();
  expect(JSON.parse(readFileSync(filePath, 'utf8'))).toMatchObject({ design: { name: 'Electron rack v2' } });
  expect(existsSync(path.join(scratch, 'must-not-be-used.json'))).toBe(false);
});

test('File > Open of a corrupt file shows the problem with its JSON path and keeps the design', async () => {
  const broken = path.join(scratch, 'broken.json');
  writeFileSync(broken, '{"format":"trainwright/project","version":1,"design":{"name":"Broken","serverTypes":"oops"}}');
  const before = await page.getByTestId('design-name').textContent();
  await answerDialogs(broken);
  await clickMenu('file.open');
  const error = page.getByTestId('document-error');
  await expect(error).toContainText('Could not open "broken.json"');
  await expect(error).toContainText('design.serverTypes');
  await expect(page.getByTestId('design-name')).toHaveText(before ?? '');
  await error.getByRole('button', { name: 'Dismiss' }).click();
});

test('File > New starts the example design; Open Recent brings the saved file back', async () => {
  await clickMenu('file.new');
  await expect(page.getByTestId('design-name')).not.toHaveText('Electron rack v2');
  await expect(page.getByTestId('document-file')).toHaveText('Not saved to a file');

  // Main rebuilds the menu after each save; the saved file heads Open Recent.
  await expect
    .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.openRecent')?.submenu?.items[0]?.label ?? null))
    .toBe('rack.json');
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.openRecent')?.submenu?.items[0]?.click());
  await expect(page.getByTestId('design-name')).toHaveText('Electron rack v2');
  await expect(page.getByTestId('document-file')).toHaveText('rack.json');
});
