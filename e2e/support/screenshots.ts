// Screenshots for looking at a view at the two sizes the project checks (1280x800 and 1600x1000), each with
// `target` scrolled into view, into the test output.
import type { Locator, Page, TestInfo } from '@playwright/test';

/** The two window sizes views are looked at. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 1600, height: 1000 },
] as const;

/** `name-1280x800.png` and `name-1600x1000.png` with `target` in view. */
export async function screenshotAtBothSizes(page: Page, target: Locator, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`) });
  }
}
