// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clampSize, layoutStyle, REGION_BOUNDS, useLayoutSizes } from './layoutSizes';

describe('layout sizes', () => {
  beforeEach(() => useLayoutSizes.setState({ sizesPx: {} }));

  it('keeps every size within its bounds, whole pixels, and a non-number at the minimum', () => {
    expect(clampSize('palette', 10)).toBe(REGION_BOUNDS.palette.minPx);
    expect(clampSize('inspector', 5000)).toBe(REGION_BOUNDS.inspector.maxPx);
    expect(clampSize('results', 300.6)).toBe(301);
    expect(clampSize('results', Number.NaN)).toBe(REGION_BOUNDS.results.minPx);
  });

  it('writes the sizes as the grid\'s CSS variables and drops one on reset', () => {
    const { setSize, resetSize } = useLayoutSizes.getState();
    setSize('palette', 300);
    setSize('results', 9999);
    expect(layoutStyle(useLayoutSizes.getState().sizesPx)).toEqual({ '--palette-width': '300px', '--results-height': `${REGION_BOUNDS.results.maxPx}px` });
    resetSize('palette');
    expect(layoutStyle(useLayoutSizes.getState().sizesPx)).toEqual({ '--results-height': `${REGION_BOUNDS.results.maxPx}px` });
  });

  it('reads a stored value from another screen clamped, and ignores what is not a size', async () => {
    localStorage.setItem('trainwright.layout', JSON.stringify({ state: { sizesPx: { palette: 5000, inspector: 'wide', results: 200, bogus: 1 } }, version: 1 }));
    await useLayoutSizes.persist.rehydrate();
    expect(useLayoutSizes.getState().sizesPx).toEqual({ palette: REGION_BOUNDS.palette.maxPx, results: 200 });
  });
});
