import { describe, expect, it } from 'vitest';
import { TransformerSchema } from '../model/transformer';
import type { ParallelLayout } from '../model/parallelLayout';
import { gpuMemory } from './memory';
import { parameterCounts, activationBytesPerLayer } from './formulas';
import { TEST_MODELS } from './testModels';

const base: ParallelLayout = { tensor: 8, pipeline: 8, data: 16, microBatch: 1, context: 1, expert: 1, interleave: 1, recompute: 'selective', sequenceParallel: true, zeroStage: 0 };

describe('memory per GPU', () => {
  it('GPT-3 175B at TP 8 x PP 8: 16 B per parameter of the stage (ZeRO paper) plus p micro-batches of activations', () => {
    const t = TEST_MODELS.gpt3;
    const c = parameterCounts(t);
    const m = gpuMemory(t, base, 1024);
    const stageParams = ((t.layers / 8) * c.perLayer + c.embedding) / 8;
    expect(m.weights + m.gradients + m.optimizer).toBeCloseTo(16 * stageParams, -3);
    expect((m.weights + m.gradients + m.optimizer) / 1e9).toBeCloseTo(44.3, 0); // ~2.77B parameters x 16 B
    // 1F1B: the first stage keeps p = 8 micro-batches of its 12 layers (Korthikanti: s b h 34 / t each).
    const perLayer = (t.seqLength * t.hiddenSize * 34) / 8;
    expect(m.activations).toBeCloseTo(perLayer * 12 * 8, -3);
  });

  it('ZeRO stages shard the optimizer, then gradients, then weights over data parallelism', () => {
    const t = TEST_MODELS.llama2_70b;
    const flat = { ...base, pipeline: 1 };
    const z0 = gpuMemory(t, { ...flat, zeroStage: 0 }, 1024);
    const z1 = gpuMemory(t, { ...flat, zeroStage: 1 }, 1024);
    const z3 = gpuMemory(t, { ...flat, zeroStage: 3 }, 1024);
    expect(z1.optimizer).toBeCloseTo(z0.optimizer / 16, 0);
    expect(z1.weights).toBe(z0.weights);
    expect(z3.weights).toBeCloseTo(z0.weights / 16, 0);
    expect(z3.gradients).toBeCloseTo(z0.gradients / 16, 0);
  });

  it('LoRA keeps the frozen base in 16 bits with no gradients or optimizer state for it', () => {
    const lora = TransformerSchema.parse({ ...TEST_MODELS.llama2_70b, lora: { rank: 16, targets: ['qkv', 'o'] } });
    const full = gpuMemory(TEST_MODELS.llama2_70b, { ...base, pipeline: 1, data: 1 }, 8);
    const m = gpuMemory(lora, { ...base, pipeline: 1, data: 1 }, 8);
    expect(m.gradients + m.optimizer).toBeLessThan(0.01 * (full.gradients + full.optimizer));
    expect(m.weights / full.weights).toBeGreaterThan(1);
    expect(m.weights / full.weights).toBeLessThan(1.01);
  });

  it('full recompute keeps only each layer input, far less than selective', () => {
    const t = TEST_MODELS.gpt3;
    const full = gpuMemory(t, { ...base, recompute: 'full' }, 1024).activations;
    const sel = gpuMemory(t, base, 1024).activations;
    expect(full / sel).toBeCloseTo(2 / 34, 5);
    expect(activationBytesPerLayer(t, 2, { tensor: 1, sequenceParallel: false, recompute: 'none' })).toBe(2 * activationBytesPerLayer(t, 1, { tensor: 1, sequenceParallel: false, recompute: 'none' }));
  });
});
