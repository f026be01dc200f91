import { describe, expect, it } from 'vitest';
import cases from '../validation/calibration-cases.json';
import { exampleProject } from '../examples';
import { createEngine } from './createEngine';
import { evaluateDesign } from './evaluate';

describe('createEngine', () => {
  it('evaluates several designs in order, each exactly as evaluate does', () => {
    const engine = createEngine();
    const designs = [exampleProject('dgx-a100-resnet50-nvme').design, { name: 'broken' }, exampleProject('dgx-a100-resnet50-sata').design];
    const answers = engine.evaluateAll(designs);
    expect(answers).toEqual(designs.map((d) => evaluateDesign(d)));
    expect(answers.map((a) => a.ok)).toEqual([true, false, true]);
  });

  it('measures its accuracy once from the reference cases it was given, and refuses without them', async () => {
    let loads = 0;
    const engine = createEngine({ loadReferenceCases: async () => (loads++, cases) });
    const first = await engine.measuredAccuracy();
    expect(first.total).toBe((cases as unknown[]).length);
    expect(first.evaluated).toBeGreaterThan(0);
    await expect(engine.measuredAccuracy()).resolves.toBe(first);
    expect(loads).toBe(1);
    await expect(createEngine().measuredAccuracy()).rejects.toThrow(/without reference cases/);
  });

  it('tries again after the reference cases failed to load', async () => {
    let loads = 0;
    const engine = createEngine({ loadReferenceCases: async () => (loads++ === 0 ? Promise.reject(new Error('offline')) : [{ id: 'x' }]) });
    await expect(engine.measuredAccuracy()).rejects.toThrow('offline');
    await expect(engine.measuredAccuracy()).rejects.toThrow(/reference cases are invalid/);
  });
});
