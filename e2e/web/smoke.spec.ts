// Smoke test of the built renderer: the window comes up under its strict CSP, the engine worker
// evaluates the example design, and the results region shows its numbers.
import { expect, test, type Page } from '@playwright/test';

const SCREENSHOT = 'test-results/shell.png';

/** Collect console errors and uncaught exceptions (CSP violations are console errors). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url || 'no url'})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function numberIn(text: string): number {
  const match = /[\d,]+(\.\d+)?/.exec(text);
  if (!match) throw new Error(`no number in "${text}"`);
  return Number(match[0].replace(/,/g, ''));
}

test('shows the results the engine worker computed for the example design', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');

  await expect(page.getByTestId('app-shell')).toBeVisible();
  await expect(page.getByTestId('design-name')).not.toBeEmpty();
  await expect(page.getByTestId('palette-item-gpu')).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();

  // The placeholder "—" gives way to the worker's numbers.
  const throughput = page.getByTestId('metric-throughput');
  await expect(throughput).not.toHaveText('—');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');

  const throughputText = (await throughput.textContent()) ?? '';
  expect(throughputText).toMatch(/^[\d,.]+( M)? img\/s$/);
  expect(numberIn(throughputText)).toBeGreaterThan(0);
  await expect(page.getByTestId('metric-time-to-model')).toHaveText(/^[\d,.]+ (s|min|h|days|years)$/);
  await expect(page.getByTestId('metric-cost-per-image')).toHaveText(/^\$[\d,.]+ \/ image$/);
  await expect(page.getByTestId('metric-bottleneck')).not.toHaveText('—');
  await expect(page.getByTestId('bottleneck-explanation')).not.toBeEmpty();

  // The numbers came from the engine worker, not from the page.
  expect(page.workers().some((worker) => /engine\.worker/.test(worker.url()))).toBe(true);

  const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(png.byteLength).toBeGreaterThan(10_000);
  expect(errors).toEqual([]);
});

test('is served with a strict content security policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("worker-src 'self' blob:");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
});
