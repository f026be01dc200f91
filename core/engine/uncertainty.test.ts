import { describe, expect, it } from 'vitest';
import { evaluateDesign } from './evaluate';
import { exampleProject } from '../examples';
import type { Design } from '../model/design';

function evaluation(design: Design) {
  const r = evaluateDesign(design);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.evaluation;
}

describe('evaluation uncertainty', () => {
  it('puts every headline figure inside its own 80% range, with the basis named', () => {
    const ev = evaluation(exampleProject('dgx-a100-resnet50-nvme').design);
    const u = ev.uncertainty!;
    expect(u.basis).toMatch(/80% interval from the validation residuals/);
    for (const [value, iv] of [[ev.samplesPerSec, u.samplesPerSec], [ev.time.totalSeconds, u.timeToModelSeconds], [ev.cost.usdPerImage, u.usdPerImage], [ev.cost.usdPerTrainedModel, u.usdPerTrainedModel]] as const) {
      expect(iv!.low).toBeLessThan(value);
      expect(iv!.high).toBeGreaterThan(value);
    }
  });

  it('derives the cost ranges from the cost model: cost per sample goes as 1/throughput, cost per model as the time', () => {
    const ev = evaluation(exampleProject('dgx-a100-resnet50-nvme').design);
    const u = ev.uncertainty!;
    // An hour of ownership costs the same at either end of the range.
    expect(u.usdPerImage!.low * u.samplesPerSec!.high).toBeCloseTo(ev.cost.usdPerImage * ev.samplesPerSec, 12);
    expect(u.usdPerImage!.high * u.samplesPerSec!.low).toBeCloseTo(ev.cost.usdPerImage * ev.samplesPerSec, 12);
    expect(u.usdPerTrainedModel!.high / ev.cost.usdPerTrainedModel).toBeCloseTo(u.timeToModelSeconds!.high / ev.time.totalSeconds, 12);
  });

  it('widens the range for a GPU generation with few public cases (an extrapolation)', () => {
    const base = exampleProject('dgx-a100-resnet50-nvme').design;
    const narrow = evaluation(base).uncertainty!;
    const b200 = structuredClone(base);
    for (const t of b200.serverTypes) for (const c of t.components) if (c.kind === 'gpu') c.model = 'b200-sxm-180gb';
    const wide = evaluation(b200);
    const logWidth = (iv: { low: number; high: number }) => Math.log(iv.high / iv.low);
    // The table holds fewer public Blackwell cases than it needs to stand on them (params/uncertainty.ts).
    expect(wide.uncertainty!.basis).toMatch(/widened x1\.\d\d: few public cases of the blackwell generation/);
    expect(logWidth(wide.uncertainty!.samplesPerSec!)).toBeGreaterThan(logWidth(narrow.samplesPerSec!) * 1.1);
  });
});
