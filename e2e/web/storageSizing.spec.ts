// The Storage sizing view in the browser build: open the 16-node shared-storage example, open the view from the
// top bar, wait for the sizing, and see the headline, the AU chart with the target and the max marked, the parts
// table; then an emulated accelerator and a target out of range. Screenshots at two window sizes for looking at.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const example = path.resolve(import.meta.dirname, '..', '..', 'assets/examples/cluster-16-shared-storage.json');

// The sizing evaluates the design and a few hundred AU points in a worker: seconds on a loaded machine.
test.describe.configure({ timeout: 90_000 });

async function openSizing(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current', { timeout: 30_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(example);
  await expect(page.getByTestId('design-name')).toHaveText('16 x 8-GPU H100 nodes reading from shared storage');
  await page.getByTestId('storage-sizing-toggle').click();
  await expect(page.getByTestId('storage-sizing-view')).toBeVisible();
  await expect(page.getByTestId('storage-sizing-status')).toHaveAttribute('data-status', 'current', { timeout: 60_000 });
}

test('sizes the example\'s shared storage: headline, chart with target and max, parts, notes', async ({ page }) => {
  await openSizing(page);
  const headline = page.getByTestId('storage-headline');
  await expect(headline).toContainText(/This storage and these clients keep [\d,]+ GPUs \(\d+ hosts\) ≥ 90% busy; the first part to give out is .+\./);
  await expect(headline).toContainText('estimate');
  const chart = page.getByTestId('storage-chart');
  await expect(chart.locator('.recharts-line-curve')).toBeVisible();
  await expect(chart.locator('.recharts-reference-line')).toHaveCount(2); // the target and this design's GPU count
  await expect(chart.locator('.recharts-reference-dot')).toHaveCount(1);
  await expect(chart).toContainText('target 90%');
  await expect(page.getByTestId('storage-parts').locator('tr[data-limiting]')).toContainText('gives out first');
  await expect(page.getByTestId('storage-notes')).toContainText('samples/s');

  for (const [width, height] of [[1280, 800], [1600, 1000]] as const) {
    await page.setViewportSize({ width, height });
    await expect(chart.locator('.recharts-line-curve')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`storage-sizing-${width}x${height}.png`) });
    await page.getByTestId('storage-parts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`storage-sizing-${width}x${height}-parts.png`) });
    await page.getByTestId('storage-headline').scrollIntoViewIfNeeded();
  }

  await page.getByRole('button', { name: 'Back to the design' }).click();
  await expect(page.getByTestId('storage-sizing-view')).toHaveCount(0);
});

test('sizes for an emulated accelerator at its pass mark, and says why a target out of range cannot be sized', async ({ page }) => {
  await openSizing(page);
  await page.getByTestId('storage-demand').selectOption({ label: 'MLPerf Storage CosmoFlow, H100 emulation · passes at 70%' });
  await expect(page.getByTestId('storage-au-target')).toHaveValue('70');
  await expect(page.getByTestId('storage-sizing-status')).toHaveAttribute('data-status', 'current', { timeout: 60_000 });
  await expect(page.getByTestId('storage-headline')).toContainText(/keep [\d,]+ emulated accelerators \(\d+ hosts\) ≥ 70% busy/);
  await expect(page.getByTestId('storage-cache-warm')).toBeDisabled();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('storage-sizing-emulated-1280x800.png') });

  await page.getByTestId('storage-au-target').fill('150');
  await expect(page.getByTestId('storage-sizing-errors')).toContainText('The AU target must be a percentage from 1 to 100');
  await page.screenshot({ path: test.info().outputPath('storage-sizing-error-1280x800.png') });
  await page.getByTestId('storage-au-target').fill('90');
  await expect(page.getByTestId('storage-sizing-status')).toHaveAttribute('data-status', 'current', { timeout: 60_000 });
  await expect(page.getByTestId('storage-sizing-errors')).toHaveCount(0);
});
