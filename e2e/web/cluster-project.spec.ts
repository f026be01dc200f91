// The cluster what-if as part of the project: its edits are undone with Ctrl+Z, it can be included in the
// comparison, and a saved project that includes it prints the policies side by side in the PDF proposal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfText, printReport } from '../support/pdf';
import { screenshotAtBothSizes } from '../support/screenshots';

// Four policies over a simulated week take a few seconds in the worker; more on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const REPORT_DOCUMENT_KEY = 'trainwright:report-document';
const root = path.resolve(import.meta.dirname, '..', '..');
const withCluster = readFileSync(path.join(root, 'core/project/fixtures/project-v3.json'), 'utf8');

test('a cluster edit is one undo step, and the comparison includes the what-if when asked', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByTestId('cluster-toggle').click();
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const horizon = page.getByTestId('cluster-horizon');
  await horizon.fill('100');
  await horizon.press('Enter');
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'stale');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(horizon).toHaveValue('168');
  await expect(page.getByTestId('cluster-status')).toHaveAttribute('data-status', 'done');

  await page.getByTestId('cluster-in-proposal').check();
  await page.getByRole('button', { name: 'Back to the design' }).click();
  await page.getByTestId('compare-toggle').click();
  const section = page.getByTestId('compare-cluster');
  await expect(page.getByTestId('compare-cluster-include')).toBeChecked();
  const policies = section.getByTestId('cluster-summary-policies');
  await expect(policies.locator('tbody tr')).toHaveCount(4, { timeout: 90_000 });
  for (const name of ['static-fifo', 'static-priority-backfill', 'elastic', 'elastic-spread']) await expect(policies.locator(`tr[data-policy="${name}"]`)).toBeVisible();
  await expect(section.getByTestId('cluster-summary-shares')).toContainText('Research');
  await screenshotAtBothSizes(page, section, testInfo, 'compare-cluster');

  // Unticking takes the section out (the what-if stays in the project).
  await page.getByTestId('compare-cluster-include').uncheck();
  await expect(policies).toHaveCount(0);
});

test('a saved project that includes its cluster what-if prints the policies side by side', async ({ page }, testInfo) => {
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [REPORT_DOCUMENT_KEY, withCluster]);
  await page.goto('/#/report');
  const file = await printReport(page, testInfo, 'cluster-proposal', 60);
  const section = page.getByTestId('report-cluster');
  await expect(section).toBeVisible();
  const completion = await section.locator('tr[data-policy="elastic"] [data-testid="cluster-summary-completion"]').textContent();
  const text = pdfText(file);
  expect(text).toContain('Cluster sharing: scheduling policies compared');
  expect(text).toContain('Three teams, edited: 32 servers × 8 GPUs = 256 GPUs');
  // pdftotext may drop the hyphen of a word it breaks at a line end.
  expect(text).toMatch(/static-?fifo [\d.]+ h/);
  expect(text).toContain(`elastic ${completion}`);
  expect(text).toMatch(/Research 50%/);
});
