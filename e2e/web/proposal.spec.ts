// The proposal a vendor sends: the bill of materials with every part, its totals and the lines it leaves out;
// a PDF with no internal text, "Page N of M" on every page; `#/report` showing the open project (or saying there
// is none); one name per scenario everywhere. Pages are rendered to PNG in the test output for looking at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfPages, pdfText, printReport } from '../support/pdf';

const root = path.resolve(import.meta.dirname, '..', '..');
const REPORT_DOCUMENT_KEY = 'trainwright:report-document';
const cluster = readFileSync(path.join(root, 'assets/examples/cluster-16-shared-storage.json'), 'utf8');


/** Text a customer must never read in a proposal (kept in step with renderer/features/report/customerText.ts). */
// Each test opens the editor and prints a proposal: slow on a loaded 2-core machine.
test.slow();

const INTERNAL = [/README/, /\.json\b/, /\.csv\b/, /shared\/reference/, /counted at \$0/i, /Set its price/, /as it should be/, /\bTODO\b/, /github/i, /not re-verified|as recalled/i, /calibration-cases/];

test('the 16-node proposal prices the fabric, racks and storage line by line and cites no internal text', async ({ page }, testInfo) => {
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [REPORT_DOCUMENT_KEY, cluster]);
  await page.goto('/#/report');
  const file = await printReport(page, testInfo, 'cluster-proposal');

  const bom = page.getByTestId('report-bom');
  const groups = await bom.getByTestId('bom-group').locator('th[scope="rowgroup"]').allTextContents();
  expect(groups).toEqual(expect.arrayContaining(['Network fabric', 'Shared storage', 'Racks and power distribution', 'Support']));
  const items = await bom.getByTestId('bom-line').locator('td:first-child').allTextContents();
  expect(items.some((i) => /H100/.test(i))).toBe(true);
  expect(items.some((i) => /InfiniBand switch \(leaf\)/.test(i))).toBe(true);
  expect(items.some((i) => /transceiver/i.test(i))).toBe(true);
  // Every priced line's extended price is quantity x unit price.
  for (const row of await bom.getByTestId('bom-line').all()) {
    const cells = await row.locator('td').allTextContents();
    const [qty, unit, extended] = [cells[2]!, cells[3]!, cells[4]!].map((c) => Number(c.replace(/[$,]/g, '')));
    if (unit !== undefined && Number.isFinite(unit) && Number.isFinite(extended) && unit > 0) expect(Math.abs(qty! * unit! - extended!)).toBeLessThanOrEqual(qty! * 0.5 + 1); // unit prices print rounded to whole dollars
  }
  // The shared storage has no catalog price: it is on request and the total says it is left out.
  await expect(bom.locator('[data-confidence="price needed"]').first()).toContainText('on request');
  await expect(bom.getByTestId('bom-unpriced-note')).toContainText('not in the total');
  const hardware = Number((await bom.getByTestId('bom-hardware-total').textContent())!.replace(/[$,]/g, ''));
  const serverLines = await bom.getByTestId('bom-group').first().locator('.bom-table__subtotal td.num').textContent();
  expect(hardware).toBeGreaterThan(Number(serverLines!.replace(/[$,]/g, '')));

  const text = pdfText(file);
  for (const pattern of INTERNAL) expect(text, String(pattern)).not.toMatch(pattern);
  expect(text).toContain('Contents');
  expect(text).toMatch(/MLCommons|NVIDIA|Epoch AI/);
  const pages = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(4);
  for (let n = 1; n <= pages; n++) expect(pdfText(file, n)).toContain(`Page ${n} of ${pages}`);
});

test('#/report shows the project open in the editor, and says so when none is open', async ({ page, context }) => {
  const fresh = await context.newPage();
  await fresh.goto('/#/report');
  await expect(fresh.getByTestId('report-none')).toContainText('No project is open');
  await expect(fresh.locator('html')).toHaveAttribute('data-report-ready', 'none');

  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current', { timeout: 30_000 });
  await page.getByTestId('scenario-tab').first().dblclick();
  const field = page.getByTestId('scenario-name-field');
  await field.fill('Customer rig');
  await field.press('Enter');
  await expect(page.getByTestId('design-name')).toHaveText('Customer rig');
  const report = await context.newPage();
  // The editor publishes the open project shortly after a change.
  await expect(async () => {
    await report.goto('/#/report');
    await expect(report.getByTestId('report-design').locator('h2')).toContainText('Customer rig', { timeout: 2000 });
  }).toPass();
});

test('a renamed scenario carries its one name to the tab, title, file, CSV and PDF', async ({ page, context }, testInfo) => {
  await context.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current', { timeout: 30_000 });
  await page.getByTestId('scenario-tab').first().dblclick();
  const field = page.getByTestId('scenario-name-field');
  await field.fill('SATA variant');
  await field.press('Enter');

  await expect(page.getByTestId('scenario-tab').first()).toContainText('SATA variant');
  await expect(page.getByTestId('design-name')).toHaveText('SATA variant');
  await expect(page).toHaveTitle(/SATA variant/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('SATA variant.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { design: { name: string }; activeScenarioName: string };
  expect(saved.design.name).toBe('SATA variant');
  expect(saved.activeScenarioName).toBe('SATA variant');

  await page.getByTestId('compare-toggle').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-comparison-csv').click()]);
  expect(csv.suggestedFilename()).toBe('SATA variant comparison.csv');
  expect(readFileSync(await csv.path(), 'utf8')).toContain('SATA variant');

  const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('export-pdf').click()]);
  const file = await printReport(report, testInfo, 'renamed');
  expect(pdfText(file, 1)).toContain('SATA variant');
  expect(pdfText(file)).toMatch(/2\. SATA variant/);
});
