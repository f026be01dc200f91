// The server template gallery in Chromium: open it from the canvas toolbar, filter, insert a template
// as a new server type with a count, and replace the selected server type keeping the workload.
import { expect, test, type Page } from '@playwright/test';

/** GPU part nodes of one server type (parts are canvas nodes of their own, tagged with the server type id). */
function gpusOf(page: Page, serverTypeId: string) {
  return page.locator(`.part[data-kind="gpu"][data-testid^="part-${serverTypeId}-gpu"]`);
}

async function openGallery(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('server-dgx-a100')).toBeVisible();
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await page.getByTestId('template-picker').click();
  const gallery = page.getByRole('dialog', { name: 'Server templates' });
  await expect(gallery).toBeVisible();
  return gallery;
}

test('filters the templates by vendor, GPU count and form factor', async ({ page }) => {
  const gallery = await openGallery(page);
  const cards = gallery.locator('[data-testid^="template-card-"]');
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(24);

  await gallery.getByTestId('template-filter-vendor').selectOption('Dell');
  await expect(gallery.getByTestId('template-card-dell-poweredge-xe9680')).toBeVisible();
  await expect(gallery.getByTestId('template-card-nvidia-dgx-h100')).toHaveCount(0);
  for (const text of await cards.allTextContents()) expect(text).toContain('Dell ·');

  await gallery.getByTestId('template-filter-gpuCount').selectOption('4');
  await expect(gallery.getByTestId('template-card-dell-poweredge-xe9680')).toHaveCount(0);
  await expect(gallery.getByTestId('template-card-dell-poweredge-r750xa')).toBeVisible();
  await expect(gallery.getByTestId('template-count')).toHaveText(new RegExp(`^${await cards.count()} of ${all}$`));

  await gallery.getByRole('button', { name: 'Clear filters' }).click();
  await gallery.getByTestId('template-filter-formFactor').selectOption('tower');
  await expect(cards).toHaveCount(2);
  // Undisclosed details are marked on the card.
  await expect(gallery.getByTestId('template-card-workstation-4x-rtx4090').getByTestId('assumed-marker').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/templates-gallery.png' });
});

test('inserts a template as a new server type with its count', async ({ page }) => {
  const gallery = await openGallery(page);
  await gallery.getByTestId('template-filter-gpu').selectOption('h100-sxm5-80gb');
  const card = gallery.getByTestId('template-card-nvidia-dgx-h100');
  await card.getByLabel('Count').fill('3');
  await card.getByRole('button', { name: 'Insert' }).click();
  await expect(gallery).toBeHidden();

  const server = page.getByTestId('server-nvidia-dgx-h100');
  await expect(server).toBeVisible();
  await expect(gpusOf(page, 'nvidia-dgx-h100')).toHaveCount(8);
  await expect(page.getByTestId('canvas')).toContainText('2 server types · 4 servers');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
});

test('replaces the selected server type and keeps the workload and settings', async ({ page }) => {
  const gallery = await openGallery(page);
  const throughputBefore = await page.getByTestId('metric-throughput').textContent();
  await expect(gpusOf(page, 'dgx-a100')).toHaveCount(8);
  await gallery.getByTestId('template-filter-vendor').selectOption('Dell');
  await gallery.getByTestId('template-card-dell-poweredge-r760xa-l40s').getByRole('button', { name: 'Replace' }).click();
  await expect(gallery).toBeHidden();

  // Same server type (id and count), new parts: 4 L40S instead of 8 A100.
  await expect(page.getByTestId('server-dgx-a100')).toBeVisible();
  await expect(gpusOf(page, 'dgx-a100')).toHaveCount(4);
  await expect(page.getByTestId('canvas')).toContainText('1 server type · 1 server');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await expect(page.getByTestId('metric-throughput')).not.toHaveText(throughputBefore ?? '');

  // One undo step brings the original server back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(gpusOf(page, 'dgx-a100')).toHaveCount(8);
});
