import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectiveTime, type TopologyLevel } from './collectives';

const level = (ranks: number, bandwidthGBps: number, over: Partial<TopologyLevel> = {}): TopologyLevel => ({
  name: `L${ranks}`, ranks, bandwidthGBps, latencySeconds: 0, efficiency: 1, algorithm: 'ring', ...over,
});

describe('collectiveTime', () => {
  it('prices a ring all-reduce at 2(p-1)/p of the bytes over the per-rank bandwidth, plus 2(p-1) steps of latency', () => {
    const t = collectiveTime('all-reduce', 8e9, [level(8, 100, { latencySeconds: 1e-5 })]);
    expect(t.seconds).toBeCloseTo((2 * 7 / 8) * 8e9 / 100e9 + 14 * 1e-5, 12);
  });

  it('uses 2 ceil(log2 p) latency steps for a tree and keeps the ring bandwidth term', () => {
    const t = collectiveTime('all-reduce', 1e9, [level(100, 10, { latencySeconds: 1e-5, algorithm: 'tree' })]);
    expect(t.seconds).toBeCloseTo((2 * 99 / 100) * 0.1 + 2 * 7 * 1e-5, 12);
  });

  it('reduces hierarchically: the outer level all-reduces a 1/p shard of the inner level', () => {
    // 8 GPUs at 150 GB/s each, 16 nodes whose NICs give each GPU 50 GB/s.
    const t = collectiveTime('all-reduce', 1e9, [level(8, 150), level(16, 50)]);
    const expected = (2 * 7 / 8) * 1 / 150 + (2 * 15 / 16) * (1 / 8) / 50;
    expect(t.seconds).toBeCloseTo(expected, 12);
    expect(t.levels.map((l) => l.name)).toEqual(['L8', 'L16']);
  });

  it('makes a reduce-scatter plus an all-gather cost what an all-reduce costs', () => {
    const levels = [level(8, 150, { latencySeconds: 3e-6 }), level(4, 25, { latencySeconds: 8e-6, algorithm: 'tree' })];
    const rs = collectiveTime('reduce-scatter', 2e9, levels).seconds;
    const ag = collectiveTime('all-gather', 2e9, levels).seconds;
    expect(rs + ag).toBeCloseTo(collectiveTime('all-reduce', 2e9, levels).seconds, 12);
  });

  it('sends (p-1)/p of an all-to-all buffer, and across levels the slowest level sets the pace', () => {
    expect(collectiveTime('all-to-all', 1e9, [level(4, 10)]).seconds).toBeCloseTo(0.75 / 10, 12);
    // 8 GPUs per node, 4 nodes: 7/32 of the buffer stays in the node, 24/32 leaves it.
    const t = collectiveTime('all-to-all', 1e9, [level(8, 100), level(4, 10)]);
    expect(t.seconds).toBeCloseTo(Math.max((7 / 32) / 100, (24 / 32) / 10), 12);
  });

  it('prices a point-to-point transfer on the link between the two ranks', () => {
    expect(collectiveTime('p2p', 1e9, [level(2, 50, { latencySeconds: 5e-6 })]).seconds).toBeCloseTo(0.02 + 5e-6, 12);
  });

  it('costs nothing for one rank or no bytes, and Infinity over a level with no bandwidth', () => {
    expect(collectiveTime('all-reduce', 1e9, [level(1, 10)]).seconds).toBe(0);
    expect(collectiveTime('all-reduce', 0, [level(8, 10)]).seconds).toBe(0);
    expect(collectiveTime('all-reduce', 1e9, [level(8, 0)]).seconds).toBe(Infinity);
  });

  it('never gets faster with more bytes or less bandwidth, nor a reduction with more ranks', () => {
    const ops = ['all-reduce', 'reduce-scatter', 'all-gather', 'all-to-all', 'p2p'] as const;
    fc.assert(fc.property(
      fc.constantFrom(...ops), fc.double({ min: 1, max: 1e10, noNaN: true }), fc.integer({ min: 2, max: 64 }), fc.integer({ min: 1, max: 512 }),
      fc.double({ min: 0.1, max: 900, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }),
      (op, bytes, inner, outer, innerGBps, outerGBps) => {
        const levels = (i: number, o: number, ib: number, ob: number) => [level(i, ib, { latencySeconds: 3e-6 }), level(o, ob, { latencySeconds: 8e-6, algorithm: 'tree' })];
        const base = collectiveTime(op, bytes, levels(inner, outer, innerGBps, outerGBps)).seconds;
        expect(Number.isFinite(base) && base >= 0).toBe(true);
        expect(collectiveTime(op, bytes * 2, levels(inner, outer, innerGBps, outerGBps)).seconds).toBeGreaterThanOrEqual(base * (1 - 1e-12));
        expect(collectiveTime(op, bytes, levels(inner, outer, innerGBps / 2, outerGBps / 2)).seconds).toBeGreaterThanOrEqual(base * (1 - 1e-12));
        // An all-to-all buffer spread over more ranks can leave a fast level less loaded, so ranks are not monotone for it.
        if (op !== 'p2p' && op !== 'all-to-all') expect(collectiveTime(op, bytes, levels(inner, outer * 2, innerGBps, outerGBps)).seconds).toBeGreaterThanOrEqual(base * (1 - 1e-12));
      },
    ), { numRuns: 300 });
  });
});
