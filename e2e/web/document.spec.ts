// Document handling in the browser build: rename, undo, Save As as a download, reopen through the file
// picker, refusal of bad files with the design intact, and restore of the autosave after a crash.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CURRENT_PROJECT_VERSION } from '../../core/project/migrations';

const AUTOSAVE_KEY = 'trainwright:autosave';

async function start(page: Page): Promise<string> {
  await page.goto('/');
  const name = page.getByTestId('design-name');
  await expect(name).not.toBeEmpty();
  return (await name.textContent()) ?? '';
}

async function rename(page: Page, to: string): Promise<void> {
  await page.getByTestId('design-name').getByRole('button').dblclick();
  const field = page.getByTestId('design-name').getByRole('textbox', { name: 'Design name' });
  await field.fill(to);
  await field.press('Enter');
  await expect(page.getByTestId('design-name')).toHaveText(to);
}

async function openFile(page: Page, files: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(files);
}

test('renames as one undo step, saves as a download and opens that file again after a reload', async ({ page }, testInfo) => {
  const exampleName = await start(page);
  await expect(page.getByTestId('document-file')).toHaveText('Not saved to a file');

  await rename(page, 'Rack 7 e2e');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  await expect(page.getByTestId('dirty-marker')).toBeHidden();
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('design-name')).toHaveText('Rack 7 e2e');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save As', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('Rack 7 e2e.json');
  const savedPath = testInfo.outputPath('Rack 7 e2e.json');
  await download.saveAs(savedPath);
  const saved = JSON.parse(await readFile(savedPath, 'utf8')) as { format: string; version: number; design: { name: string } };
  expect(saved).toMatchObject({ format: 'trainwright/project', version: CURRENT_PROJECT_VERSION, design: { name: 'Rack 7 e2e' } });
  await expect(page.getByTestId('document-file')).toHaveText('Rack 7 e2e.json');
  await expect(page.getByTestId('dirty-marker')).toBeHidden();

  // Saved, so nothing to restore: the app starts on the example again.
  await page.reload();
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  await expect(page.getByTestId('restore-banner')).toBeHidden();

  await openFile(page, savedPath);
  await expect(page.getByTestId('design-name')).toHaveText('Rack 7 e2e');
  await expect(page.getByTestId('document-file')).toHaveText('Rack 7 e2e.json');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');

  // Ctrl+S saves again under the same name (a browser can only download).
  await rename(page, 'Rack 7 e2e, v2');
  const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(again.suggestedFilename()).toBe('Rack 7 e2e.json');
  const againPath = testInfo.outputPath('again.json');
  await again.saveAs(againPath);
  expect((JSON.parse(await readFile(againPath, 'utf8')) as { design: { name: string } }).design.name).toBe('Rack 7 e2e, v2');
});

test('refuses a corrupt, a newer-version and a non-JSON file, naming the problem and its JSON path and keeping the design', async ({ page }) => {
  await start(page);
  await rename(page, 'Keep me');
  const json = 'application/json';

  await openFile(page, {
    name: 'corrupt.json',
    mimeType: json,
    buffer: Buffer.from('{"format":"trainwright/project","version":1,"design":{"name":"Broken","serverTypes":"oops"}}'),
  });
  const error = page.getByTestId('document-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText('Could not open "corrupt.json". The open design is unchanged.');
  await expect(error).toContainText('design.serverTypes');
  await expect(page.getByTestId('design-name')).toHaveText('Keep me');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await page.screenshot({ path: 'test-results/document-error.png' });
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toBeHidden();

  await openFile(page, { name: 'future.json', mimeType: json, buffer: Buffer.from('{"format":"trainwright/project","version":99,"design":{}}') });
  await expect(error).toContainText('version');
  await expect(error).toContainText('newer Trainwright (format version 99)');
  await expect(page.getByTestId('design-name')).toHaveText('Keep me');

  await openFile(page, { name: 'not-json.json', mimeType: json, buffer: Buffer.from('{"format": "trainwright/proj') });
  await expect(error).toContainText('(root)');
  await expect(error).toContainText('not valid JSON');
  await expect(page.getByTestId('design-name')).toHaveText('Keep me');
});

test('refuses a file over 20 MB before reading it', async ({ page }) => {
  // Handing 21 MB to the file chooser takes a while on a small machine.
  test.setTimeout(90_000);
  await start(page);
  await rename(page, 'Keep me');
  await openFile(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) });
  await expect(page.getByTestId('document-error')).toContainText('"huge.json" is 21.0 MB; Trainwright opens design files up to 20.0 MB.');
  await expect(page.getByTestId('design-name')).toHaveText('Keep me');
});

/** Every crash-recovery copy in the page's storage (each session writes its own slot), joined. */
const everyAutosave = (page: Page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k === prefix || k.startsWith(`${prefix}:`)).map((k) => localStorage.getItem(k)).join('\n'), AUTOSAVE_KEY);

test('offers the autosaved design after the page dies without saving, and restores it', async ({ page }) => {
  // Three reloads, each waiting for the engine's first result: more than the default budget on a loaded 2-core machine.
  test.setTimeout(90_000);
  const exampleName = await start(page);
  await rename(page, 'Crashed e2e');
  // The autosave lands about a second after the last edit.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), { timeout: 5_000 }).toContain('Crashed e2e');

  // The kill: reload without saving (a browser tab asks nothing; the autosave is the safety net).
  await page.reload();
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  const banner = page.getByTestId('restore-banner');
  await expect(banner).toContainText(/Restore the design you were editing \(Crashed e2e, unsaved, autosaved today at .+\)\?/);
  await page.screenshot({ path: 'test-results/restore-banner.png' });
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('design-name')).toHaveText('Crashed e2e');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();

  // Discard is the other way out: die again, discard, and the example stays. The restored design went to this session's own slot.
  await expect.poll(() => everyAutosave(page)).toContain('Crashed e2e');
  await page.reload();
  await page.getByTestId('restore-banner').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('restore-banner')).toBeHidden();
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  await expect.poll(() => everyAutosave(page)).toBe('');
  await page.reload();
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  await expect(page.getByTestId('restore-banner')).toBeHidden();
});

test('asks before New discards unsaved changes', async ({ page }) => {
  const exampleName = await start(page);
  await rename(page, 'Unsaved e2e');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Unsaved e2e');

  await page.keyboard.press('Control+n');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByTestId('design-name')).toHaveText(exampleName);
  await expect(page.getByTestId('dirty-marker')).toBeHidden();
});
