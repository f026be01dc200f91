import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, planFor, quantile, summarise, timeInTurns, timeRuns } from './measure';

describe('bench timing helpers', () => {
  it('takes the median and the 90th percentile by nearest rank', () => {
    expect(summarise([5, 1, 4, 2, 3])).toEqual({ medianMs: 3, p90Ms: 5, runs: 5 });
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(30);
    expect(() => quantile([], 0.5)).toThrow(/no values/);
  });

  it('warms up, then times at least minRuns and at most maxRuns runs', () => {
    let calls = 0;
    const timing = timeRuns(() => void calls++, { warmupRuns: 3, minRuns: 5, maxRuns: 7, budgetMs: 60_000 });
    expect(timing.runs).toBe(7);
    expect(calls).toBe(10);
    expect(timeRuns(() => undefined, { warmupRuns: 0, minRuns: 4, maxRuns: 100, budgetMs: 0 }).runs).toBe(4);
  });

  it('gives a slow row fewer runs than a fast one', () => {
    expect(planFor(() => undefined)).toBe(DEFAULT_PLAN);
    const slow = planFor(() => {
      const until = Date.now() + 30;
      while (Date.now() < until);
    });
    expect(slow.minRuns).toBeLessThan(DEFAULT_PLAN.minRuns);
    expect(slow.warmupRuns).toBeLessThan(DEFAULT_PLAN.warmupRuns);
  });

  it('counts CPU time per run apart from wall time: a run that sleeps costs almost no CPU', () => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const t = timeRuns(() => void Atomics.wait(cell, 0, 0, 5), { warmupRuns: 0, minRuns: 5, maxRuns: 5, budgetMs: 0 });
    expect(t.medianMs).toBeGreaterThanOrEqual(4);
    expect(t.cpuMedianMs).toBeDefined();
    expect(t.cpuMedianMs!).toBeLessThan(t.medianMs / 2);
  });

  it('times two rows in turns: a aPerRound and b bPerRound times per round, with the median of the rounds\' CPU ratios', () => {
    let a = 0;
    let b = 0;
    const spin = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const t = timeInTurns(() => { a++; spin(4); }, () => { b++; spin(1); }, { rounds: 5, aPerRound: 2, bPerRound: 3, warmupMs: 0 });
    expect(a).toBe(3 + 10);
    expect(b).toBe(3 + 15);
    expect(t.a.runs).toBe(10);
    expect(t.b.runs).toBe(15);
    expect(t.rounds).toBe(5);
    // Busy-waiting costs CPU time as it passes: about 4 ms against 1 ms (loosely, on a loaded machine).
    expect(t.cpuRatio).toBeGreaterThan(2);
    expect(t.cpuRatio).toBeLessThan(8);
  });
});
