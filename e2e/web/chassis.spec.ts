// Chassis limits on the canvas: a server type from a template carries its chassis, and a part beyond it
// (a ninth GPU on the XE9680's 8-way HGX board) is an error on that part, with the numbers.
import { expect, test } from '@playwright/test';

test('a ninth GPU on an 8-way board is an error on that GPU; undo takes it away', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await page.getByTestId('template-picker').click();
  const gallery = page.getByRole('dialog', { name: 'Server templates' });
  await gallery.getByTestId('template-filter-vendor').selectOption('Dell');
  await gallery.getByTestId('template-card-dell-poweredge-xe9680').getByRole('button', { name: 'Replace' }).click();
  await expect(gallery).toBeHidden();
  const gpus = page.locator('.part[data-kind="gpu"][data-testid^="part-dgx-a100-"]');
  await expect(gpus).toHaveCount(8);
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const limit = page.locator('[data-testid="issue-badge"][data-severity="error"][title*="GPU positions"]');
  await expect(limit).toHaveCount(0);

  // The palette's GPU goes into the (only) server.
  await page.getByTestId('palette-item-gpu').click();
  await expect(gpus).toHaveCount(9);
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await expect(limit).toHaveCount(1);
  await expect(limit).toHaveAttribute('title', /has 9 GPUs; the chassis has 8 GPU positions/);
  // The badge is on the added GPU, not on the board's first.
  const flagged = page.locator('.part[data-kind="gpu"]', { has: limit });
  await expect(flagged).toHaveCount(1);
  await expect(flagged).not.toHaveAttribute('data-testid', 'part-dgx-a100-gpu0');
  // With nothing selected the inspector lists it among the checks.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('design-issues')).toContainText('the chassis has 8 GPU positions');

  await page.keyboard.press('Control+z');
  await expect(gpus).toHaveCount(8);
  await expect(limit).toHaveCount(0);
});
