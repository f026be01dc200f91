// The Cluster sharing view in the browser build: open it from the top bar, wait for the policies to be
// simulated, scrub the timeline, and see a bad workload mix refused with its JSON path.
import { expect, test, type Page } from '@playwright/test';

// Four policies over a simulated week take a few seconds in the worker; more on a loaded machine.
test.describe.configure({ timeout: 120_000 });

async function openClusterView(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('cluster-toggle').click();
  await expect(page.getByTestId('cluster-view')).toBeVisible();
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

test('simulates the example mix and compares the policies side by side', async ({ page }) => {
  await openClusterView(page);
  for (const name of ['static-fifo', 'static-priority-backfill', 'elastic', 'elastic-spread']) await expect(page.getByTestId(`cluster-policy-${name}`)).toBeVisible();
  await expect(page.getByTestId('cluster-facts')).toContainText('32 servers × 8 GPUs = 256 GPUs');
  await expect(page.getByTestId('cluster-gantt').locator('rect').nth(50)).toBeAttached();
  await expect(page.getByTestId('cluster-chart-utilization').locator('.recharts-line-curve')).toBeVisible();
  await expect(page.getByTestId('cluster-chart-shares').locator('.recharts-bar-rectangle').first()).toBeVisible();

  // Scrubbing moves the time and says what runs then.
  await page.getByTestId('cluster-scrub').fill('100');
  await expect(page.getByTestId('cluster-scrub-hours')).toHaveText('100.0 h');
  await expect(page.getByTestId('cluster-readout')).toContainText('At 100.0 h:');
  await expect(page.getByTestId('cluster-readout')).toContainText('Running:');

  // Choosing a policy shows its timeline.
  await page.getByTestId('cluster-policy-elastic').getByRole('button').click();
  await expect(page.getByTestId('cluster-timeline')).toContainText('Timeline: elastic');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('cluster-1280x800.png') });
  await page.getByTestId('cluster-timeline').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('cluster-1280x800-timeline.png') });
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: test.info().outputPath('cluster-1600x1000.png'), fullPage: true });

  await page.getByRole('button', { name: 'Back to the design' }).click();
  await expect(page.getByTestId('cluster-view')).toHaveCount(0);
  await expect(page.getByTestId('app-shell')).toBeVisible();
});

test('refuses a job larger than the cluster with its JSON path, and recovers when it is fixed', async ({ page }) => {
  await openClusterView(page);
  const gpus = page.getByRole('textbox', { name: 'GPUs of job class unet', exact: true });
  await gpus.fill('512');
  await gpus.press('Enter');
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'stale');
  await page.getByTestId('cluster-simulate').click();
  await expect(page.getByTestId('cluster-errors')).toContainText('jobs[3].gpus: asks for 512 GPUs; the cluster has 256');
  await gpus.fill('16');
  await gpus.press('Enter');
  await page.getByTestId('cluster-simulate').click();
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('cluster-errors')).toHaveCount(0);
});
