// The PDF proposal in the desktop app: Export PDF (button and File menu) renders #/report in a hidden window,
// prints it with webContents.printToPDF and saves it where the save dialog says; the PDF's text carries the
// numbers the app shows, and CSV export goes through its own save dialog. Runs only where an Electron binary
// exists; elsewhere every test skips with the reason printed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { closeApp, electronUnavailable, launchApp } from '../support/electronApp';

const unavailable = electronUnavailable();
if (unavailable) console.log(`Skipping Electron report e2e: No Electron binary on this machine: ${unavailable}`);
test.skip(unavailable !== null, `No Electron binary on this machine: ${unavailable}`);
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
const scratch = mkdtempSync(path.join(tmpdir(), 'trainwright-report-e2e-'));

test.beforeAll(async () => {
  app = await launchApp(scratch);
  page = await app.firstWindow();
});

test.afterAll(() => closeApp(app));

/** Make the next native save dialog answer `filePath` without showing it. */
async function answerSaveDialog(filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: answer })) as typeof dialog.showSaveDialog;
  }, filePath);
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('Export PDF prints the report route to the file the save dialog names, with the numbers the app shows', async () => {
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const shown = await Promise.all(['metric-throughput', 'metric-time-to-model', 'metric-cost-per-model'].map(async (id) => (await page.getByTestId(id).getAttribute('title')) ?? ''));
  const target = path.join(scratch, 'proposal.pdf');
  await answerSaveDialog(target);
  await page.getByTestId('export-pdf').click();
  await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(target);
  for (const value of shown) expect(text).toContain(value);
  expect(text).toContain('Executive summary');
  // Only the main window is left: the hidden report window is destroyed after printing.
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('File > Export PDF does the same from the menu, with every scenario', async () => {
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.getByTestId('scenario-tab')).toHaveCount(2);
  const target = path.join(scratch, 'menu.pdf');
  await answerSaveDialog(target);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.send('menu:command', 'file.exportPdf'));
  await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
  const names = await page.getByTestId('scenario-tab').allTextContents();
  const text = pdfText(target);
  for (const name of names) expect(text).toContain(name);
});

test('the comparison CSV goes through a save dialog', async () => {
  await page.getByTestId('compare-toggle').click();
  const target = path.join(scratch, 'comparison.csv');
  await answerSaveDialog(target);
  await page.getByTestId('export-comparison-csv').click();
  await expect.poll(() => existsSync(target)).toBe(true);
  expect(readFileSync(target, 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Metric,Unit,/);
});
