import { describe, expect, it } from 'vitest';
import type { ResourceUse } from '../../../core';
import { makeEvaluation, makeProject, makeSweep, makeSweepPoint } from '../../testing/fixtures';
import { bindingResourceId, costRows, durationUnitFor, idleSlices, scalingRows, utilizationRows } from './chartData';
import { sweepCountsFor, sweptType, SWEEP_NODE_COUNTS } from './sweepCounts';

function resource(id: string, kind: ResourceUse['kind'], utilization: number): ResourceUse {
  return { id, label: id, kind, load: utilization * 10, capacity: 10, unit: 'GB/s', utilization };
}

describe('utilization rows', () => {
  it('binds the resource the engine names, never one picked by kind', () => {
    const resources = [resource('a/cpu0', 'cpu', 0.95), resource('a/nics', 'nic', 0.6), resource('a/sata', 'drive', 0.9)];
    expect(bindingResourceId({ bottleneck: { cause: 'storage', resourceId: 'a/nics', explanation: '' }, resources })).toBe('a/nics');
    expect(bindingResourceId({ bottleneck: { cause: 'network-sync', resourceId: 'a/sync-network', explanation: '' }, resources })).toBeNull();
    expect(bindingResourceId({ bottleneck: { cause: 'gpu-compute', explanation: '' }, resources })).toBeNull();
  });

  it('keeps the binding resource when it is not among the busiest shown', () => {
    const resources = [...Array.from({ length: 10 }, (_, i) => resource(`a/l${i}`, 'pcie-link', 0.5 + i / 100)), resource('a/gpus', 'gpu', 0.3)];
    const { rows, hidden } = utilizationRows({ bottleneck: { cause: 'gpu-compute', resourceId: 'a/gpus', explanation: '' }, resources }, 4);
    expect(rows.map((r) => r.id)).toEqual(['a/l9', 'a/l8', 'a/l7', 'a/gpus']);
    expect(rows.at(-1)!.binding).toBe(true);
    expect(hidden).toBe(7);
    expect(rows[0]!.utilizationPct).toBeCloseTo(59, 9);
    expect(rows[0]!.loadText).toBe('5.9 / 10 GB/s');
  });

  it('names the server type in labels only when the design has several', () => {
    const one = utilizationRows({ bottleneck: { cause: 'gpu-compute', explanation: '' }, resources: [resource('a/x', 'cpu', 0.5)] });
    expect(one.rows[0]!.label).toBe('a/x');
    const two = utilizationRows({ bottleneck: { cause: 'gpu-compute', explanation: '' }, resources: [{ ...resource('a/x', 'cpu', 0.5), label: 'CPU' }, { ...resource('b/x', 'cpu', 0.4), label: 'CPU' }] });
    expect(two.rows.map((r) => r.label)).toEqual(['a: CPU', 'b: CPU']);
  });
});

describe('GPU idle slices and cost rows', () => {
  it('puts busy first, then causes largest first, leaving out negligible ones', () => {
    const gpuIdle = { ...makeEvaluation().gpuIdle, storage: 0.02, framework: 0.05, stragglers: 0.0001 };
    const slices = idleSlices({ gpuUtilization: 0.9, gpuIdle });
    expect(slices.map((s) => s.key)).toEqual(['busy', 'framework', 'cpu', 'storage']);
    expect(slices[0]!.pct).toBeCloseTo(90, 9);
  });

  it('marks capex and support as estimates when capex includes estimated prices', () => {
    const cost = makeEvaluation().cost;
    expect(costRows(cost).filter((r) => r.estimate).map((r) => r.key)).toEqual(['capex', 'support']);
    expect(costRows({ ...cost, capexIncludesEstimates: false }).some((r) => r.estimate)).toBe(false);
  });
});

describe('scaling rows', () => {
  it('picks a readable time unit for the whole axis', () => {
    expect(durationUnitFor(3600).label).toBe('min');
    expect(durationUnitFor(10 * 3600).label).toBe('h');
    expect(durationUnitFor(5 * 86_400).label).toBe('days');
  });

  it('converts points to percent and the axis unit, with nulls where a point failed', () => {
    const failed = { ok: false as const, serverCount: 8, error: 'no' };
    const { rows, timeUnit, failed: failures } = scalingRows(makeSweep([makeSweepPoint(1, 1, 8, 1000), failed, makeSweepPoint(2, 0.5, 8, 1000)]));
    // 45e6 samples at 8,000 samples/s = 5,625 s, under two hours: the axis is in minutes.
    expect(timeUnit.label).toBe('min');
    expect(rows[0]).toMatchObject({ serverCount: 1, gpus: 8, efficiencyPct: 100, timeToModelSeconds: 5625 });
    expect(rows[0]!.timeToModel).toBeCloseTo(93.75, 9);
    expect(rows[1]).toMatchObject({ serverCount: 8, samplesPerSec: null, efficiencyPct: null, timeToModel: null });
    expect(rows[2]!.efficiencyPct).toBe(50);
    expect(failures).toEqual([failed]);
  });
});

describe('sweep counts', () => {
  it('adds the design count to the standard counts once, in order', () => {
    expect(sweepCountsFor(8)).toEqual([...SWEEP_NODE_COUNTS]);
    expect(sweepCountsFor(200)).toEqual([...SWEEP_NODE_COUNTS, 200]);
    expect(sweepCountsFor(3)).toEqual([1, 2, 3, 4, 8, 16, 32, 64, 128]);
  });

  it('sweeps the preferred GPU server type, else the first one with GPUs', () => {
    const design = makeProject().design;
    const cpuOnly = { ...design.serverTypes[0]!, id: 'storage', name: 'Storage node', components: design.serverTypes[0]!.components.filter((c) => c.kind !== 'gpu') };
    const withGpus = { ...design.serverTypes[0]!, id: 'second', name: 'Second', count: 5 };
    const multi = { ...design, serverTypes: [cpuOnly, design.serverTypes[0]!, withGpus] };
    expect(sweptType(multi, null)?.id).toBe('node');
    expect(sweptType(multi, 'second')).toEqual({ id: 'second', name: 'Second', count: 5 });
    expect(sweptType(multi, 'storage')?.id).toBe('node');
    expect(sweptType({ ...design, serverTypes: [cpuOnly] }, null)).toBeNull();
  });
});
