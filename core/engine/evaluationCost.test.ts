import { describe, expect, it } from 'vitest';
import { designFromTemplate, evaluateDesign, findShippedTemplate } from '../index';
import { resolveWorkload } from '../catalog/workloads';
import { EVAL_COST_FRACTION } from './efficiency';

/** Seconds per evaluated sample over seconds per trained sample, from an evaluation's time breakdown. */
function evalShare(workloadId: string, nodes: number): number {
  const design = designFromTemplate(findShippedTemplate('nvidia-dgx-h100')!, workloadId, nodes);
  const r = evaluateDesign({ ...design, run: { ...design.run, evaluation: true } });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  const e = r.evaluation;
  const w = resolveWorkload(workloadId)!;
  const evals = Math.max(1, Math.floor(e.time.epochs / w.evalEveryEpochs));
  return (e.time.evaluationSeconds / (evals * w.evalSamples)) * e.samplesPerSec;
}

describe('cost of an evaluated sample', () => {
  it('is the forward pass: about a half of a LoRA training sample (no weight gradients for the frozen base)', () => {
    const share = evalShare('llama2-70b-lora', 1);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
  });
  it('about a third of a fully trained transformer sample, less where recompute adds to the training work', () => {
    const share = evalShare('gpt3-175b', 16);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThanOrEqual(1 / 3);
  });
  it('the 2N-of-6N rule for a workload without an architecture', () => {
    expect(evalShare('resnet50-imagenet', 1)).toBeCloseTo(EVAL_COST_FRACTION.value, 9);
  });
});
