// LLM designs in the planner: the Run panel shows the chosen parallel layout and the memory per GPU against
// its capacity, pins layout fields, edits a user-defined transformer's architecture, and the results speak
// in tokens/s, MFU and $ per million tokens.
import { expect, test, type Page } from '@playwright/test';

async function current(page: Page) {
  // On a loaded machine the worker may still be sweeping the previous design's scaling chart.
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current', { timeout: 30_000 });
}

async function commit(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.press('Enter');
}

/** Open the example design at 1280 x 800 and train `workload` on it, the Run tab showing. */
async function openWith(page: Page, workload: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await current(page);
  await page.getByTestId('side-tab-run').click();
  await page.getByTestId('run-workload').selectOption(workload);
  await current(page);
}

test('an LLM design shows its layout, memory per GPU and LLM units, and takes pins', async ({ page }) => {
  await openWith(page, 'llama2-70b-lora');

  await expect(page.getByTestId('metric-throughput')).toHaveText(/^[\d,.]+( M)? tok\/s$/);
  await expect(page.getByTestId('metric-cost-per-image')).toHaveText(/^\$[\d,.]+ \/ M tokens$/);
  await expect(page.getByTestId('run-layout-text')).toContainText('Fastest layout that fits: TP');
  await expect(page.getByTestId('run-layout-memory')).toContainText(/Memory per GPU: [\d.]+ GB of 80 GB/);
  await page.getByTestId('run-parallel-layout').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/llm-run-1280x800.png' });

  // Pin TP 8: the layout follows; TP 3 cannot split 8 GPUs: the panel says why.
  await page.getByTestId('run-layout-pin-toggle').click();
  await commit(page, 'run-layout-tensor', '8');
  await current(page);
  await expect(page.getByTestId('run-layout-text')).toContainText('TP 8 x PP 1');
  await commit(page, 'run-layout-tensor', '3');
  await expect(page.getByTestId('run-layout-error')).toContainText('No parallel layout splits 8 GPUs');
  await page.getByTestId('run-layout-unpin').click();
  await current(page);
  await expect(page.getByTestId('run-layout-text')).toContainText('Fastest layout that fits');

  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.getByTestId('run-parallel-layout').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/llm-run-1600x1000.png' });
});

test('a user-defined transformer is edited by architecture and validated whole', async ({ page }) => {
  await openWith(page, 'llama3.1-8b');
  const before = await page.getByTestId('metric-throughput').textContent();
  await page.getByTestId('run-workload').selectOption('__user-defined');
  await expect(page.getByTestId('run-transformer')).toBeVisible();

  await commit(page, 'run-transformer-layers', '16');
  await expect(page.getByTestId('run-user-workload-summary')).toContainText('16 layers × 4,096 hidden');
  await current(page);
  await expect(page.getByTestId('metric-throughput')).not.toHaveText(before ?? '');

  await commit(page, 'run-transformer-heads', '30');
  await expect(page.getByTestId('run-transformer-error')).toHaveText('Attention heads: hidden size must be a multiple of the number of heads');
  await page.getByTestId('run-transformer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/llm-transformer-1280x800.png' });
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: 'test-results/llm-results-1600x1000.png' });
});
