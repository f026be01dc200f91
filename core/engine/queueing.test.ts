import { describe, expect, it } from 'vitest';
import { effectivePlaces, expectedMaxZ, tandemThroughput } from './queueing';
import { chainThroughput } from './throughput';

describe('tandemThroughput', () => {
  it('is mu N/(N+1) for equal rates', () => {
    expect(tandemThroughput(100, 100, 3)).toBeCloseTo(75, 6);
  });
  it('approaches the slower rate as the buffer grows', () => {
    expect(tandemThroughput(100, 50, 1000)).toBeCloseTo(50, 3);
    expect(tandemThroughput(50, 100, 1000)).toBeCloseTo(50, 3);
  });
  it('loses more with a small buffer than with a large one', () => {
    expect(tandemThroughput(100, 110, 2)).toBeLessThan(tandemThroughput(100, 110, 20));
  });
  it('never exceeds either rate', () => {
    for (const [a, b, n] of [[1, 2, 1], [3, 3, 5], [10, 1, 2], [7, 8, 1e4]] as const) {
      const x = tandemThroughput(a, b, n);
      expect(x).toBeLessThanOrEqual(Math.min(a, b) + 1e-9);
      expect(x).toBeGreaterThan(0);
    }
  });
});

describe('tandemThroughput without the powers', () => {
  it('gives exactly what the closed form gives when one rate is at least twice the other behind 60+ places', () => {
    const closedForm = (mu1: number, mu2: number, n: number) => {
      const r = mu2 / mu1;
      if (r < 1) return (mu2 * (1 - r ** n)) / (1 - r ** (n + 1));
      const q = 1 / r;
      return (mu1 * (1 - q ** n)) / (1 - q ** (n + 1));
    };
    for (const [a, b, n] of [[100, 200, 60], [100, 50, 60], [3.7, 1e6, 480], [1e6, 3.7, 92], [1, 2.0000001, 1e4], [0.02, 0.01, 61.5]] as const) {
      expect(tandemThroughput(a, b, n)).toBe(closedForm(a, b, n));
      expect(tandemThroughput(a, b, n)).toBe(Math.min(a, b));
    }
  });
});

describe('tandemThroughput remembers its last answers', () => {
  it('gives the same number for the same inputs whatever was asked in between', () => {
    const inputs: Array<[number, number, number]> = [[100, 130, 16.6], [100, 150, 92], [100, 800, 480], [100, 90, 16.6], [7, 7, 3], [100, 130, 16.7]];
    const first = inputs.map(([a, b, n]) => tandemThroughput(a, b, n));
    for (let round = 0; round < 3; round++) {
      for (let i = inputs.length - 1; i >= 0; i--) expect(tandemThroughput(...inputs[i]!)).toBe(first[i]);
    }
    expect(tandemThroughput(100, 130, 16.6)).not.toBe(tandemThroughput(100, 130, 16.7));
  });
});

describe('effectivePlaces', () => {
  it('gives regular stages more effective buffering than jittery ones', () => {
    expect(effectivePlaces(2, 0.05, 0.05)).toBeGreaterThan(effectivePlaces(2, 0.6, 0.05));
  });
});

describe('chainThroughput', () => {
  it('shows a loss near balance that deeper prefetch hides', () => {
    const stages = [{ rate: 1000, cv: 0.6 }, { rate: 1050, cv: 0.05 }];
    const shallow = chainThroughput(stages, 1);
    const deep = chainThroughput(stages, 16);
    expect(shallow).toBeLessThan(0.97 * 1000);
    expect(deep).toBeGreaterThan(shallow);
  });
});

describe('expectedMaxZ', () => {
  it('grows with the number of GPUs', () => {
    expect(expectedMaxZ(1)).toBe(0);
    expect(expectedMaxZ(8)).toBeGreaterThan(1.2);
    expect(expectedMaxZ(8)).toBeLessThan(1.6);
    expect(expectedMaxZ(4096)).toBeGreaterThan(expectedMaxZ(64));
  });
});
