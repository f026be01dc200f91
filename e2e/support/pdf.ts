// Reading printed proposals back in the e2e specs: text with poppler's pdftotext, the page count with
// pdfinfo, and the pages rendered to PNG with pdftoppm into the test output for looking at.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The text of a PDF (all pages, or one), with runs of white space folded to one space. */
export function pdfText(file: string, pageNumber?: number): string {
  const range = pageNumber === undefined ? [] : ['-f', String(pageNumber), '-l', String(pageNumber)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** How many pages a PDF has. */
export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** Print the report route of `page` to a PDF in the test output, and render its pages to PNG beside it. */
export async function printReport(page: Page, testInfo: TestInfo, name: string, dpi = 70): Promise<string> {
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, testInfo.outputPath(name)]);
  return file;
}
