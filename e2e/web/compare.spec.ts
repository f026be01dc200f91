// Scenarios and their comparison in the browser build: open a project with three scenarios, switch and rename
// them (undoable), compare them side by side with a deadline, and export the comparison and the BOMs as CSV.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'core/project/fixtures/project-v2.json');

async function openThreeScenarios(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(fixture);
  await expect(page.getByTestId('scenario-tab')).toHaveText(['NVMe baseline', 'SATA drives', 'Dual socket PCIe']);
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
}

test('switches, renames and duplicates scenarios, each one undo step', async ({ page }) => {
  await openThreeScenarios(page);
  const designName = page.getByTestId('design-name');
  await expect(designName).toHaveText('NVMe baseline'); // one name per scenario: the design is named as its tab
  const throughput = await page.getByTestId('metric-throughput').getAttribute('title');

  await page.getByTestId('scenario-tab').nth(2).click();
  await expect(page.getByTestId('scenario-tab').nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(designName).toHaveText('Dual socket PCIe');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await expect(page.getByTestId('metric-throughput')).not.toHaveAttribute('title', throughput ?? '');

  await page.getByTestId('scenario-tab').nth(1).dblclick();
  await page.getByTestId('scenario-name-field').fill('Two SATA SSDs');
  await page.getByTestId('scenario-name-field').press('Enter');
  await expect(page.getByTestId('scenario-tab')).toHaveText(['NVMe baseline', 'Two SATA SSDs', 'Dual socket PCIe']);

  // The double-click opened the scenario it renamed; Duplicate copies the open one and opens the copy.
  await expect(page.getByTestId('scenario-tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.getByTestId('scenario-tab')).toHaveText(['NVMe baseline', 'Two SATA SSDs', 'Two SATA SSDs (copy)', 'Dual socket PCIe']);
  await expect(page.getByTestId('scenario-tab').nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-tab')).toHaveText(['NVMe baseline', 'Two SATA SSDs', 'Dual socket PCIe']);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-tab')).toHaveText(['NVMe baseline', 'SATA drives', 'Dual socket PCIe']);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-tab').nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-tab').first()).toHaveAttribute('aria-selected', 'true');
  await expect(designName).toHaveText('NVMe baseline'); // one name per scenario: the design is named as its tab
});

test('compares three scenarios side by side against a deadline and exports CSV', async ({ page }, testInfo) => {
  await openThreeScenarios(page);
  await page.getByTestId('compare-toggle').click();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['Metric', 'NVMe baseline (open)', 'SATA drives', 'Dual socket PCIe']);
  // The open scenario's throughput in the comparison is the one the results panel shows.
  const shown = await page.getByTestId('metric-throughput').getAttribute('title');
  await expect(table.locator('tr[data-metric="throughput"] td .compare-value').first()).toHaveText(shown ?? '');
  // ... and so is its 80% range.
  const range = await page.getByTestId('metric-throughput-range').getAttribute('title');
  await expect(table.locator('tr[data-metric="throughput"] td .compare-range').first()).toHaveText(range!.slice(0, range!.indexOf('. ')));
  // The dual-socket server differs from the baseline in price: marked, with the change.
  await expect(table.locator('tr[data-metric="capex"] td').nth(2)).toHaveAttribute('data-differs', 'true');
  await expect(table.locator('tr[data-metric="capex"] td').nth(2)).toContainText('%');
  await expect(page.getByTestId('compare-utilization')).toHaveCount(3);
  await expect(page.getByTestId('chart-time-to-model').locator('.recharts-bar-rectangle')).toHaveCount(3);

  // The fixture sets a 12 h deadline; tighten it to 1 minute: nobody meets it.
  await expect(page.getByTestId('compare-target-cell')).toHaveCount(3);
  await page.getByTestId('target-deadlineHours').fill('0.0167');
  await page.getByTestId('target-deadlineHours').press('Enter');
  await expect(page.getByTestId('compare-target-cell')).toHaveText([/misses deadline/, /misses deadline/, /misses deadline/]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-comparison-csv').click()]);
  expect(download.suggestedFilename()).toBe('GPU training platform for image models comparison.csv');
  const csvPath = testInfo.outputPath('comparison.csv');
  await download.saveAs(csvPath);
  const lines = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Metric,Unit,NVMe baseline,SATA drives,Dual socket PCIe');
  expect(lines.find((l) => l.startsWith('Meets the deadline'))).toMatch(/,no,no,no$/);

  const [bom] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bom-csv').click()]);
  const bomPath = testInfo.outputPath('bom.csv');
  await bom.saveAs(bomPath);
  const bomLines = (await readFile(bomPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(bomLines[0]).toBe('Scenario,Group,Item,SKU,Count,Unit price (USD),Total (USD),Price confidence');
  expect(new Set(bomLines.slice(1).filter(Boolean).map((l) => l.split(',')[0]))).toEqual(new Set(['NVMe baseline', 'SATA drives', 'Dual socket PCIe']));
});
