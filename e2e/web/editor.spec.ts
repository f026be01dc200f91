// The topology editor in Chromium: drag parts from the palette, link them, see the metrics move, undo and redo.
import { expect, test, type Locator, type Page } from '@playwright/test';

const SERVER = 'server-dgx-a100';

function numberIn(text: string | null): number {
  const match = /[\d,]+(\.\d+)?/.exec(text ?? '');
  if (!match) throw new Error(`no number in "${text}"`);
  return Number(match[0].replace(/,/g, ''));
}

/** Time-to-model in minutes, from the metric's text ("32.1 min", "1.2 h", "45 s"). */
function minutes(text: string | null): number {
  const n = numberIn(text);
  if (/ s$/.test(text ?? '')) return n / 60;
  if (/ h$/.test(text ?? '')) return n * 60;
  if (/days$/.test(text ?? '')) return n * 1440;
  return n;
}

async function current(page: Page): Promise<void> {
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
}

async function ready(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId(SERVER)).toBeVisible();
  await current(page);
}

test('shows the example server as a group with its parts and typed links', async ({ page }) => {
  await ready(page);
  await expect(page.locator('.part[data-kind="gpu"]')).toHaveCount(8);
  await expect(page.locator('.part[data-kind="nvme-ssd"]')).toHaveCount(4);
  await expect(page.locator('.react-flow__edge')).toHaveCount(35);
  // The minimap is folded away until asked for (over a laptop-sized canvas it would hide parts).
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByTestId('toggle-minimap').click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.screenshot({ path: 'test-results/editor.png' });

  await page.getByTestId('view-cluster').click();
  await expect(page.getByTestId('cluster-server-dgx-a100')).toContainText('× 1');
  await expect(page.getByTestId('cluster-fabric')).toBeVisible();
  await page.screenshot({ path: 'test-results/cluster.png' });
});

test('dragging a GPU onto the server adds it, linked, and undo/redo take it out and back', async ({ page }) => {
  await ready(page);
  const before = numberIn(await page.getByTestId('metric-throughput').textContent());
  await page.getByTestId('palette-item-gpu').dragTo(page.getByTestId(SERVER), { targetPosition: { x: 60, y: 20 } });
  await expect(page.locator('.part[data-kind="gpu"]')).toHaveCount(9);
  await expect(page.locator('.react-flow__edge')).toHaveCount(37); // PCIe slot + NVSwitch
  await current(page);
  const after = numberIn(await page.getByTestId('metric-throughput').textContent());
  expect(after).toBeGreaterThan(before);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.part[data-kind="gpu"]')).toHaveCount(8);
  await page.keyboard.press('Control+y');
  await expect(page.locator('.part[data-kind="gpu"]')).toHaveCount(9);
});

test('replacing the NVMe drives with SATA SSDs raises time-to-model', async ({ page }) => {
  await ready(page);
  const before = minutes(await page.getByTestId('metric-time-to-model').textContent());
  const nvme = page.locator('.part[data-kind="nvme-ssd"]');
  await nvme.nth(0).click();
  for (let i = 1; i < 4; i++) await nvme.nth(i).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(nvme).toHaveCount(0);
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('palette-item-sata-ssd').dragTo(page.getByTestId(SERVER), { targetPosition: { x: 520 + 170 * i, y: 20 } });
  }
  await expect(page.locator('.part[data-kind="sata-ssd"]')).toHaveCount(2);
  await current(page);
  const after = minutes(await page.getByTestId('metric-time-to-model').textContent());
  // The dataset fits in the page cache, so only the cold first epoch reads the drives: it gets slower.
  expect(after).toBeGreaterThan(before);
});

async function dragHandle(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('handle not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('drawing links: a valid PCIe link is made, an invalid one is refused', async ({ page }) => {
  await ready(page);
  // A NIC dropped on the server plugs into a PCIe switch; remove that link and draw it again by hand.
  await page.getByTestId('palette-item-nic').dragTo(page.getByTestId(SERVER), { targetPosition: { x: 300, y: 20 } });
  const nics = page.locator('.part[data-kind="nic"]');
  await expect(nics).toHaveCount(9);
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(36);
  const newest = page.getByTestId('part-dgx-a100-nic8');
  await expect(newest).toHaveClass(/part--selected/);
  await page.getByTestId('inspector-link-l35').waitFor();
  await page.getByTestId('rf__edge-link:dgx-a100:l35').click({ force: true });
  await page.keyboard.press('Delete');
  await expect(edges).toHaveCount(35);

  // NIC to NVMe drive: no such link; the edge count stays.
  const nicHandle = newest.locator('.react-flow__handle-top');
  await dragHandle(page, nicHandle, page.locator('.part[data-kind="nvme-ssd"]').first().locator('.react-flow__handle-bottom'));
  await expect(edges).toHaveCount(35);

  // NIC to a PCIe switch: a PCIe link.
  await dragHandle(page, nicHandle, page.locator('.part[data-kind="pcie-switch"]').first().locator('.react-flow__handle-bottom'));
  await expect(edges).toHaveCount(36);
  await expect(page.locator('.react-flow__edge-text', { hasText: 'PCIe ×16' }).first()).toBeVisible();
});

test('changing the workload and the run settings moves the metrics', async ({ page }) => {
  await ready(page);
  const throughput = numberIn(await page.getByTestId('metric-throughput').textContent());
  await page.getByTestId('side-tab-run').click();
  await page.getByTestId('run-workload').selectOption('bert-large-squad');
  await current(page);
  await expect(page.getByTestId('metric-throughput')).toHaveText(/seq\/s$/);
  await expect(page.getByTestId('metric-cost-per-image')).toHaveText(/\/ sequence$/);
  // Back to ResNet-50, then a smaller prefetch and CPU decoding only slow things or leave them: never faster.
  await page.getByTestId('run-workload').selectOption('resnet50-imagenet');
  await current(page);
  expect(numberIn(await page.getByTestId('metric-throughput').textContent())).toBeCloseTo(throughput, -1);
  await page.getByTestId('run-software').selectOption('stock');
  await current(page);
  expect(numberIn(await page.getByTestId('metric-throughput').textContent())).toBeLessThan(throughput);
  await page.screenshot({ path: 'test-results/run-panel.png' });
});
