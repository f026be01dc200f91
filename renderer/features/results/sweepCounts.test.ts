import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_POINTS } from '../../../core';
import { SWEEP_NODE_COUNTS, sweepCountsFor } from './sweepCounts';

describe('sweepCountsFor', () => {
  it('asks the engine for a handful of points (the engine allows far more, for design search)', () => {
    for (const count of [1, 3, 64, 100_000]) {
      const counts = sweepCountsFor(count);
      expect(counts).toContain(count);
      expect(counts.length).toBeLessThanOrEqual(SWEEP_NODE_COUNTS.length + 1);
    }
    expect(SWEEP_NODE_COUNTS.length + 1).toBeLessThan(MAX_SWEEP_POINTS / 50);
  });
});
