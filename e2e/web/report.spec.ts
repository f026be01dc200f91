// The PDF proposal in the browser build: the #/report route printed with Chromium's page.pdf(), read back
// with poppler's pdftotext (the numbers the app shows must be in it, as selectable text) and pdfimages (the
// charts and diagrams must be vector, not pictures). Pages are also rendered to PNG with pdftoppm into the
// test output, for looking at the layout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pdfPages, pdfText, printReport } from '../support/pdf';

const REPORT_DOCUMENT_KEY = 'trainwright:report-document';
const root = path.resolve(import.meta.dirname, '..', '..');
const threeScenarios = readFileSync(path.join(root, 'core/project/fixtures/project-v2.json'), 'utf8');


/** The headline figures as the results panel shows them (full text, from the values' titles). */
async function appHeadline(page: Page): Promise<string[]> {
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const ids = ['metric-throughput', 'metric-time-to-model', 'metric-cost-per-image', 'metric-cost-per-model'];
  return Promise.all(ids.map(async (id) => (await page.getByTestId(id).getAttribute('title')) ?? ''));
}

test('the proposal PDF carries the headline numbers the app shows, as text, with vector charts', async ({ page, context }, testInfo) => {
  const headline = await appHeadline(page);
  expect(headline.every((value) => /\d/.test(value))).toBe(true);

  const report = await context.newPage();
  await report.goto('/#/report');
  const file = await printReport(report, testInfo, 'proposal');

  const text = pdfText(file);
  for (const value of headline) expect(text).toContain(value);
  const cover = pdfText(file, 1);
  expect(cover).toContain('Training platform proposal');
  expect(cover).toMatch(/Prepared for .* Prepared by .* Date/);
  expect(pdfText(file, 2)).toContain('Executive summary');
  expect(text).toContain('We recommend');
  expect(text).toMatch(/Bill of materials Item SKU Qty Unit price Extended Price/);
  expect(text).toContain('Model accuracy');
  expect(pdfPages(file)).toBeGreaterThanOrEqual(4);
  // Charts and topology are SVG: the PDF holds no raster images at all.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images).toEqual([]);
});

test('a project with three scenarios compares them, recommends one against its targets and cites the accuracy', async ({ page }, testInfo) => {
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), [REPORT_DOCUMENT_KEY, threeScenarios]);
  await page.goto('/#/report');
  const file = await printReport(page, testInfo, 'three-scenarios');

  const cover = pdfText(file, 1);
  expect(cover).toContain('GPU training platform for image models');
  expect(cover).toContain('Example Labs');
  expect(cover).toContain('January 15, 2025');
  const text = pdfText(file);
  for (const name of ['NVMe baseline', 'SATA drives', 'Dual socket PCIe']) expect(text).toContain(name);
  expect(text).toMatch(/We recommend (NVMe baseline|SATA drives|Dual socket PCIe):/);
  expect(text).toContain('a 12 h deadline and a $400,000 purchase budget');
  await expect(page.getByTestId('report-design')).toHaveCount(3);
  const comparisonHeader = await page.getByTestId('report-comparison').locator('thead th').allTextContents();
  expect(comparisonHeader.slice(1).map((h) => h.replace(' ★', ''))).toEqual(['NVMe baseline', 'SATA drives', 'Dual socket PCIe']);
  // The headline figures of each design in the report are in the PDF as well.
  for (const value of await page.getByTestId('report-throughput').allTextContents()) expect(text).toContain(value);
  for (const value of await page.getByTestId('report-cost-per-model').allTextContents()) expect(text).toContain(value);
  const accuracy = await page.getByTestId('report-accuracy').locator('tbody tr').first().locator('td').allTextContents();
  expect(accuracy[0]).toBe('Throughput');
  expect(text).toContain(accuracy[2]!);
});

test('a file that is not a project shows why instead of a report', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, '{"format":"trainwright/project","version":1,"design":{"name":""}}'), REPORT_DOCUMENT_KEY);
  await page.goto('/#/report');
  await expect(page.getByTestId('report-error')).toContainText('design.name');
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'error');
});

test('Export PDF in the app opens the proposal of every scenario in a new tab and its print dialog', async ({ page, context }, testInfo) => {
  // Headless Chromium has no print dialog: record the call instead.
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = 'true';
    };
  });
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(path.join(root, 'core/project/fixtures/project-v2.json'));
  await expect(page.getByTestId('scenario-tab')).toHaveCount(3);
  const shown = await page.getByTestId('metric-throughput').getAttribute('title');

  const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('export-pdf').click()]);
  expect(report.url()).toMatch(/#\/report\?print$/);
  await expect(report.locator('html')).toHaveAttribute('data-printed', 'true');
  const file = await printReport(report, testInfo, 'exported');
  const text = pdfText(file);
  for (const name of ['NVMe baseline', 'SATA drives', 'Dual socket PCIe']) expect(text).toContain(name);
  expect(text).toContain(shown!);
});
