// The Storage system editor in the browser build: open the 16-node shared-storage example, select its storage on
// the cluster view, copy the catalog system's parts (same answer), then cut the drives and drop the controller
// limit, and see the derived read bandwidth, its limit and the results change. Screenshot at 1280x800.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const example = path.resolve(import.meta.dirname, '..', '..', 'assets/examples/cluster-16-shared-storage.json');

test.describe.configure({ timeout: 90_000 });

async function current(page: Page): Promise<void> {
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current', { timeout: 30_000 });
}

async function commit(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.press('Enter');
}

test('builds a storage system from a catalog copy and sees its bandwidth, limit and the results change', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await current(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(example);
  await expect(page.getByTestId('design-name')).toHaveText('16 x 8-GPU H100 nodes reading from shared storage');
  await current(page);
  const throughput = page.getByTestId('metric-throughput');
  const catalogThroughput = await throughput.textContent();
  const timeToModel = page.getByTestId('metric-time-to-model');
  const catalogTime = await timeToModel.textContent();

  await page.getByTestId('view-cluster').click();
  // At 1280x800 the storage sits below the fold of the canvas: fit the view first.
  await page.locator('.react-flow__controls-fitview').click();
  await page.getByTestId('cluster-shared-storage').click();
  const derived = page.getByTestId('storage-derived');
  await expect(derived).toBeVisible();
  const catalogRead = await page.getByTestId('storage-derived-read').textContent();

  // A copy of the catalog's parts reads as the catalog system does.
  await page.getByTestId('storage-start').click();
  await expect(page.getByTestId('storage-nodes')).toHaveValue('1');
  await current(page);
  await expect(throughput).toHaveText(catalogThroughput!);
  await expect(timeToModel).toHaveText(catalogTime!);
  await expect(page.getByTestId('storage-derived-read')).toHaveText(catalogRead!);

  // Two drives per node and no rated controller: the drives are now the limit, and the GPUs wait for storage in
  // the first epoch (the warm epochs read the page cache).
  await commit(page, 'storage-drivesPerNode', '2');
  await commit(page, 'storage-controllerReadGBps', '');
  await expect(page.getByTestId('storage-derived-read-limit')).toHaveText(/^2 x nvme-gen4 drive/);
  await expect(page.getByTestId('storage-derived-read')).not.toHaveText(catalogRead!);
  await expect(page.getByTestId('storage-part-drives')).toContainText('est.');
  await current(page);
  await expect(timeToModel).not.toHaveText(catalogTime!);
  await expect(page.getByTestId('bottleneck-explanation')).toContainText('First epoch (cold cache): limited by storage');

  // A bad value is refused with the field's name, and the design keeps the last good one.
  await page.getByTestId('storage-portGbps').fill('-100');
  await expect(page.getByTestId('storage-portGbps-error')).toContainText('Port speed must be a number greater than 0');
  await page.getByTestId('storage-portGbps').press('Escape');

  await page.getByTestId('storage-start').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('storage-editor-1280x800.png') });
  // The read figure stays pinned above the parts and the fields as they scroll.
  await page.getByTestId('storage-read-parts').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await expect(page.getByTestId('storage-derived')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('storage-editor-derived-1280x800.png') });
  await page.getByTestId('storage-fileSystem').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('storage-derived')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('storage-editor-fields-1280x800.png') });
});
