// The window at laptop and desktop sizes: metric titles are never cut, nothing covers the drawing (the
// minimap is folded away until asked for, and shown it sits beside the drawing), part names are in full on
// hover, and folding the results and palette gives the canvas their room. Screenshots of each size are kept
// in the test's output.
import { expect, test, type Page } from '@playwright/test';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Rectangles of the visible elements matching `selector`. */
async function rects(page: Page, selector: string): Promise<Rect[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
  );
}

for (const [width, height] of [
  [1280, 800],
  [1600, 1000],
] as const) {
  test(`at ${width}x${height} no metric title is cut and nothing covers the drawing`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
    await expect(page.locator('.part').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`main-${width}x${height}.png`) });

    // Metric titles: each fits its box (no ellipsis, no clipped overflow).
    const titles = page.locator('.results-view .metric__label-text');
    expect(await titles.count()).toBeGreaterThanOrEqual(5);
    const cut = await titles.evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || getComputedStyle(el).textOverflow === 'ellipsis').map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    // Each predicted figure carries its 80% range in its own unit, with the basis on hover.
    await expect(page.getByTestId('metric-throughput-range')).toHaveText(/^80%: [\d,.]+–[\d,.]+$/);
    await expect(page.getByTestId('metric-time-to-model-range')).toHaveText(/^80%: /);
    await expect(page.getByTestId('metric-throughput-range')).toHaveAttribute('title', /^80% range [\d,.]+–[\d,.]+ img\/s\. 80% interval from the validation residuals/);

    // Nothing drawn over the parts: no minimap until asked for, and the legend clear of every part.
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    const parts = await rects(page, '.part');
    expect(parts.length).toBeGreaterThan(20);
    for (const cover of await rects(page, '.canvas-legend, .canvas-hint, .react-flow__controls')) {
      expect(parts.filter((p) => overlaps(p, cover))).toEqual([]);
    }
    // Part names are legible at fit: at least 9 px on screen (drawn larger when the drawing is zoomed out).
    const nameSizes = await page.locator('.part__title').evaluateAll((els) =>
      els.map((el) => {
        const h = el as HTMLElement;
        return parseFloat(getComputedStyle(h).fontSize) * (h.getBoundingClientRect().width / h.offsetWidth);
      }),
    );
    expect(Math.min(...nameSizes)).toBeGreaterThanOrEqual(9);
    // Every part's full name and figures are on hover.
    const names = await page.locator('.part').evaluateAll((els) => els.map((el) => [el.getAttribute('title') ?? '', el.querySelector('.part__title')?.textContent ?? ''] as const));
    for (const [title, name] of names) expect(title.startsWith(name)).toBe(true);

    // The minimap comes when asked for, with the drawing fitted beside it (no part under it), and goes again.
    await page.getByTestId('toggle-minimap').click();
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    await expect
      .poll(async () => {
        const [map] = await rects(page, '.react-flow__minimap');
        return (await rects(page, '.part')).filter((p) => overlaps(p, map!)).length;
      })
      .toBe(0);
    await page.screenshot({ path: testInfo.outputPath(`minimap-${width}x${height}.png`) });
    await page.getByTestId('toggle-minimap').click();
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

    // Folding the results and the palette gives the canvas their room, and the drawing is fitted to it again.
    const canvasBefore = (await page.locator('.topology').boundingBox())!;
    const serverBefore = (await page.locator('.react-flow__node-server').first().boundingBox())!;
    await page.getByTestId('results-toggle').click();
    await page.getByTestId('palette-toggle').click();
    await expect(page.getByTestId('metric-throughput')).toBeHidden();
    await expect(page.getByTestId('palette-item-gpu')).toBeHidden();
    await expect.poll(async () => (await page.locator('.topology').boundingBox())!.height).toBeGreaterThan(canvasBefore.height + 150);
    await expect.poll(async () => (await page.locator('.topology').boundingBox())!.width).toBeGreaterThan(canvasBefore.width + 100);
    await expect.poll(async () => (await page.locator('.react-flow__node-server').first().boundingBox())!.width).toBeGreaterThan(serverBefore.width * 1.1);
    await page.screenshot({ path: testInfo.outputPath(`panels-folded-${width}x${height}.png`) });
    await page.getByTestId('results-toggle').click();
    await page.getByTestId('palette-toggle').click();
    await expect(page.getByTestId('metric-throughput')).toBeVisible();
    await expect(page.getByTestId('palette-item-gpu')).toBeVisible();
  });
}

test('the palette, inspector and results resize by their edges, by mouse or keys, and keep the size after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const palette = await box('.panel--palette');
  const canvas = await box('.topology');

  // Drag the palette's right edge 80 px to the right: the palette grows by that, the canvas gives it.
  const edge = await box('[data-testid="splitter-palette"]');
  await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 40, edge.y + 200);
  await page.mouse.move(edge.x + edge.width / 2 + 80, edge.y + 200);
  await page.mouse.up();
  await expect.poll(async () => Math.round((await box('.panel--palette')).width)).toBe(Math.round(palette.width + 80));
  await expect.poll(async () => Math.round((await box('.topology')).width)).toBe(Math.round(canvas.width - 80));

  // The results' top edge by keys: two steps up make the results 32 px taller.
  const results = await box('.results-view');
  await page.getByTestId('splitter-results').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Math.round((await box('.results-view')).height)).toBe(Math.round(results.height + 32));

  // The inspector's left edge: Shift+ArrowLeft widens it by 64 px.
  const inspector = await box('.panel--inspector');
  await page.getByTestId('splitter-inspector').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => Math.round((await box('.panel--inspector')).width)).toBe(Math.round(inspector.width + 64));

  // The sizes survive a reload; a double-click returns the palette to its default.
  await page.reload();
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  await expect.poll(async () => Math.round((await box('.panel--palette')).width)).toBe(Math.round(palette.width + 80));
  await page.getByTestId('splitter-palette').dblclick();
  await expect.poll(async () => Math.round((await box('.panel--palette')).width)).toBe(Math.round(palette.width));
});
