import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProject } from '../examples';
import type { DesignInput } from '../model/design';
import { evaluateDesign } from './evaluate';
import { implausibleFigure, sweepNodes, MAX_SWEEP_POINTS, type NodeSweep, type SweepPointResult, type SweepResponse } from './sweep';
import { buildServer } from '../catalog/serverBuilder';
import { DGX_A100, testDesign } from './testDesigns';
import { createEngine } from './createEngine';

const COUNTS = [1, 2, 4, 8, 16, 32, 64, 128];

function sweepOf(response: SweepResponse): NodeSweep {
  if (!response.ok) throw new Error(`sweep rejected: ${response.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return response.sweep;
}

function evaluated(sweep: NodeSweep): SweepPointResult[] {
  return sweep.points.filter((p): p is SweepPointResult => p.ok);
}

describe('sweepNodes', () => {
  it('gives non-decreasing throughput and efficiency <= 1 for a GPU-bound design', () => {
    const design = testDesign();
    const single = evaluateDesign(design);
    expect(single.ok && single.evaluation.bottleneck.cause).toBe('gpu-compute');

    const sweep = sweepOf(sweepNodes(design, COUNTS));
    const points = evaluated(sweep);
    expect(points.map((p) => p.serverCount)).toEqual(COUNTS);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.samplesPerSec).toBeGreaterThanOrEqual(points[i - 1]!.samplesPerSec);
      expect(points[i]!.gpus).toBe(8 * COUNTS[i]!);
    }
    expect(points[0]!.scalingEfficiency).toBeCloseTo(1, 12);
    for (const p of points) expect(p.scalingEfficiency).toBeLessThanOrEqual(1 + 1e-9);
    // Gradient all-reduce across nodes costs something: 128 nodes scale less than perfectly.
    expect(points.at(-1)!.scalingEfficiency).toBeLessThan(1);
  });

  it('matches a plain evaluation of the design at each count', () => {
    const design = testDesign();
    const point = evaluated(sweepOf(sweepNodes(design, [4])))[0]!;
    const direct = evaluateDesign({ ...design, serverTypes: design.serverTypes!.map((t) => ({ ...t, count: 4 })) });
    if (!direct.ok) throw new Error('direct evaluation rejected');
    expect(point).toMatchObject({
      nodes: 4, gpus: 32, globalBatch: direct.evaluation.globalBatch, samplesPerSec: direct.evaluation.samplesPerSec,
      timeToModelSeconds: direct.evaluation.time.totalSeconds, usdPerTrainedModel: direct.evaluation.cost.usdPerTrainedModel,
      usdPerImage: direct.evaluation.cost.usdPerImage, bottleneck: direct.evaluation.bottleneck.cause,
    });
  });

  it('keeps scaling efficiency within (0, 1] for any set of counts (property)', () => {
    const design = testDesign();
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 256 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const points = evaluated(sweepOf(sweepNodes(design, counts)));
        expect(points).toHaveLength(counts.length);
        for (const p of points) {
          expect(p.scalingEfficiency).toBeGreaterThan(0);
          expect(p.scalingEfficiency).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('scales the global batch with the GPUs when the design leaves it to the workload', () => {
    const sweep = sweepOf(sweepNodes(testDesign(), [1, 4]));
    expect(sweep.batchRule).toBe('per-gpu');
    const [one, four] = evaluated(sweep);
    expect(four!.globalBatch).toBe(4 * one!.globalBatch);
  });

  it('keeps a fixed global batch fixed and reports points with fewer samples than GPUs as errors', () => {
    const design = testDesign({ run: { globalBatch: 256 } });
    const sweep = sweepOf(sweepNodes(design, [1, 4, 32, 33, 64]));
    expect(sweep.batchRule).toBe('fixed');
    const points = evaluated(sweep);
    expect(points.map((p) => p.globalBatch)).toEqual([256, 256, 256]);
    expect(points.map((p) => p.serverCount)).toEqual([1, 4, 32]);
    const failed = sweep.points.filter((p) => !p.ok);
    expect(failed.map((p) => p.serverCount)).toEqual([33, 64]);
    expect(failed[0]!.ok === false && failed[0]!.error).toMatch(/global batch of 256 is smaller than the 264 GPUs/);
  });

  it('reports a count that cannot be a server count as an error point, not a throw', () => {
    const sweep = sweepOf(sweepNodes(testDesign(), [0, 2.5, 2]));
    expect(sweep.points.map((p) => [p.serverCount, p.ok])).toEqual([[0, false], [2, true], [2.5, false]]);
    const zero = sweep.points[0]!;
    expect(zero.ok === false && zero.error).toMatch(/whole number from 1 to 100,000; got 0/);
    // Efficiency is relative to the smallest point that could be evaluated.
    expect(evaluated(sweep)[0]!.scalingEfficiency).toBeCloseTo(1, 12);
  });

  it('reports a point the engine refuses with the JSON path of its error', () => {
    // Shared storage as the dataset source but no shared storage in the design: every point is refused.
    const design = testDesign({ run: { datasetLocation: 'shared' } });
    const refused = evaluateDesign(design);
    expect(refused.ok).toBe(false);
    const sweep = sweepOf(sweepNodes(design, [1, 2]));
    expect(sweep.points.every((p) => !p.ok)).toBe(true);
    const first = sweep.points[0]!;
    if (refused.ok || first.ok) throw new Error('expected refusals');
    expect(first.error).toContain(`${refused.errors[0]!.path}: ${refused.errors[0]!.message}`);
  });

  it('varies only the chosen server type and keeps the others', () => {
    const design: DesignInput = testDesign();
    design.serverTypes = [...design.serverTypes!, buildServer({ ...DGX_A100, id: 'second', name: 'Second node', count: 2 })];
    const first = evaluated(sweepOf(sweepNodes(design, [1, 3])));
    expect(first.map((p) => p.nodes)).toEqual([3, 5]);
    const second = sweepOf(sweepNodes(design, [1, 3], { serverTypeId: 'second' }));
    expect(second).toMatchObject({ serverTypeId: 'second', serverTypeName: 'Second node', designServerCount: 2 });
    expect(evaluated(second).map((p) => p.nodes)).toEqual([2, 4]);
  });

  it('sweeps the example cluster around its own count', () => {
    const design = exampleProject('cluster-16-shared-storage').design;
    const sweep = sweepOf(sweepNodes(design, [8, 16, 32]));
    expect(sweep.designServerCount).toBe(16);
    const direct = evaluateDesign(design);
    const at16 = evaluated(sweep).find((p) => p.serverCount === 16)!;
    expect(direct.ok && direct.evaluation.samplesPerSec).toBe(at16.samplesPerSec);
  });

  it('fails the whole sweep only for an invalid design or request, with JSON paths', () => {
    const bad = sweepNodes({ name: 'x', serverTypes: [{ id: 'a', name: 'A', count: -1, components: [], links: [] }], workload: 'resnet50-imagenet' }, [1]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.path).toBe('serverTypes[0].count');

    expect(sweepNodes(testDesign(), [1], { serverTypeId: 'nope' })).toEqual({ ok: false, errors: [{ path: 'serverTypes', message: 'no server type with id "nope" to sweep' }] });
    expect(sweepNodes({ ...testDesign(), serverTypes: [] }, [1])).toMatchObject({ ok: false, errors: [{ message: 'no server type with GPUs to sweep' }] });
    expect(sweepNodes(testDesign(), [])).toMatchObject({ ok: false, errors: [{ path: 'nodeCounts' }] });
    const tooMany = Array.from({ length: MAX_SWEEP_POINTS + 1 }, (_, i) => i + 1);
    expect(sweepNodes(testDesign(), tooMany)).toMatchObject({ ok: false, errors: [{ path: 'nodeCounts' }] });
  });

  it('is exposed by the engine API', () => {
    const response = createEngine().sweepNodes(testDesign(), [1, 2]);
    expect(sweepOf(response).points).toHaveLength(2);
  });

  it('turns a point whose figures are not finite, non-negative numbers into an error sentence', () => {
    const fine = { samplesPerSec: 100, timeToModelSeconds: 3600, usdPerTrainedModel: 10, usdPerImage: 0.001 };
    expect(implausibleFigure(fine)).toBeNull();
    expect(implausibleFigure({ ...fine, usdPerImage: Infinity })).toBe("The cost per sample of this point came out infinite; check the design's numbers.");
    expect(implausibleFigure({ ...fine, timeToModelSeconds: NaN })).toMatch(/time to model .* not a number/);
    expect(implausibleFigure({ ...fine, samplesPerSec: -1 })).toMatch(/throughput .* negative/);
  });
});
