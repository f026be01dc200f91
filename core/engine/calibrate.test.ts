import { describe, expect, it } from 'vitest';
import { evaluateDesign } from './evaluate';
import { sweepNodes } from './sweep';
import { evaluate, testDesign } from './testDesigns';

const base = () => testDesign({ server: { count: 4 }, run: { datasetLocation: 'page-cache' } });

describe('calibration to the user\'s own measurement', () => {
  it('reproduces the measurement at the measured scale and says so', () => {
    const oneNode = evaluate({ ...base(), serverTypes: base().serverTypes!.map((t) => ({ ...t, count: 1 })) });
    const measured = oneNode.samplesPerSec * 0.8; // the user's node runs 20% slower than modelled
    const e = evaluate({ ...base(), serverTypes: base().serverTypes!.map((t) => ({ ...t, count: 1 })), calibration: { nodes: 1, measuredSamplesPerSec: measured } });
    expect(e.samplesPerSec / measured).toBeCloseTo(1, 6);
    expect(e.calibration!.computeScale).toBeGreaterThan(1.15);
    expect(e.calibration!.clamped).toBe(false);
    expect(e.assumptions.some((a) => /calibrated to your measurement/.test(a))).toBe(true);
    expect(e.stepTerms.find((t) => t.term === 'compute')!.basis).toMatch(/calibrated/);
  });

  it('carries the correction into a what-if at another scale and into the node sweep', () => {
    const uncalibrated = evaluate(base());
    const oneNode = evaluate({ ...base(), serverTypes: base().serverTypes!.map((t) => ({ ...t, count: 1 })) });
    const d = { ...base(), calibration: { nodes: 1, measuredSamplesPerSec: oneNode.samplesPerSec * 0.8 } };
    const e = evaluate(d);
    expect(e.samplesPerSec).toBeLessThan(uncalibrated.samplesPerSec * 0.9);
    expect(e.samplesPerSec).toBeGreaterThan(uncalibrated.samplesPerSec * 0.7);
    const sweep = sweepNodes(d, [1, 4]);
    expect(sweep.ok).toBe(true);
    if (sweep.ok) {
      const p1 = sweep.sweep.points[0]!;
      const p4 = sweep.sweep.points[1]!;
      expect(p1.ok && p1.samplesPerSec / (oneNode.samplesPerSec * 0.8)).toBeCloseTo(1, 6);
      expect(p4.ok && p4.samplesPerSec / e.samplesPerSec).toBeCloseTo(1, 9);
    }
  });

  it('flags a measurement the compute term cannot explain, and refuses one it cannot evaluate', () => {
    const e = evaluate({ ...base(), calibration: { nodes: 1, measuredSamplesPerSec: 1 } });
    expect(e.calibration!.clamped).toBe(true);
    expect(e.assumptions.some((a) => /at its bound/.test(a))).toBe(true);
    const r = evaluateDesign({ ...base(), calibration: { nodes: 1, measuredSamplesPerSec: 1000, workload: 'no-such-workload' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('calibration');
  });
});
