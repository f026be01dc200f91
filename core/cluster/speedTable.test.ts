import { describe, expect, it } from 'vitest';
import { pricedSizesAround } from './speedTable';

describe('priced sizes', () => {
  it('prices every count up to 16 servers, then four counts per doubling, each at most 25% above the last', () => {
    expect(pricedSizesAround(1)).toEqual([1, 1]);
    expect(pricedSizesAround(16)).toEqual([16, 16]);
    expect(pricedSizesAround(17)).toEqual([16, 20]);
    expect(pricedSizesAround(33)).toEqual([32, 40]);
    expect(pricedSizesAround(64)).toEqual([64, 64]);
    expect(pricedSizesAround(100)).toEqual([96, 112]);
    for (let s = 1; s <= 5000; s++) {
      const [lo, hi] = pricedSizesAround(s);
      expect(lo).toBeLessThanOrEqual(s);
      expect(hi).toBeGreaterThanOrEqual(s);
      expect(hi / lo).toBeLessThanOrEqual(1.25);
      expect(pricedSizesAround(lo)).toEqual([lo, lo]);
    }
  });
});
