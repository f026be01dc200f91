import { describe, expect, it } from 'vitest';
import { TransformerSchema } from '../model/transformer';
import { activationBytesPerLayer, flopsPerToken, parameterCounts } from './formulas';
import { TEST_MODELS } from './testModels';

describe('transformer parameter counts', () => {
  it('match the published sizes', () => {
    expect(parameterCounts(TEST_MODELS.gpt3).total / 175e9).toBeCloseTo(1, 1); // GPT-3: 175B
    expect(parameterCounts(TEST_MODELS.llama2_70b).total / 68.98e9).toBeCloseTo(1, 2); // Llama 2 70B: 68.98B (HF config)
    expect(parameterCounts(TEST_MODELS.llama31_8b).total / 8.03e9).toBeCloseTo(1, 2); // Llama 3.1 8B: 8.03B
    expect(Math.abs(parameterCounts(TEST_MODELS.llama31_405b).total / 405e9 - 1)).toBeLessThan(0.015); // 405.9B
    const mix = parameterCounts(TEST_MODELS.mixtral);
    expect(mix.total / 46.7e9).toBeCloseTo(1, 1); // Mixtral 8x7B: 46.7B total
    expect(mix.activePerToken / 12.9e9).toBeCloseTo(1, 1); // 12.9B active
  });

  it('counts the LoRA adapters of the MLPerf recipe (rank 16 on qkv and o: 44,564,480)', () => {
    const lora = TransformerSchema.parse({ ...TEST_MODELS.llama2_70b, lora: { rank: 16, targets: ['qkv', 'o'] } });
    const c = parameterCounts(lora);
    expect(c.trainable).toBe(44_564_480);
    expect(c.frozen).toBe(parameterCounts(TEST_MODELS.llama2_70b).total);
  });

  it('rejects an architecture whose heads do not divide the hidden size, naming the field', () => {
    const r = TransformerSchema.safeParse({ ...TEST_MODELS.gpt3, heads: 97 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['heads']);
  });
});

describe('FLOPs per token', () => {
  it('is Narayanan et al. 2021 eq. 3 per token with full recompute: 96 l h^2 (1 + s/6h + V/16lh)', () => {
    const t = TEST_MODELS.gpt3;
    const { layers: l, hiddenSize: h, seqLength: s, vocabSize: v } = t;
    const narayanan = 96 * l * h * h * (1 + s / (6 * h) + v / (16 * l * h));
    expect(flopsPerToken(t, 'full').train / narayanan).toBeCloseTo(1, 9);
  });

  it('is about 6N without recompute', () => {
    const t = TEST_MODELS.gpt3;
    const f = flopsPerToken(t, 'none');
    expect(f.train / (6 * parameterCounts(t).total)).toBeGreaterThan(1);
    expect(f.train / (6 * parameterCounts(t).total)).toBeLessThan(1.1);
  });

  it('full recompute adds one forward pass (a third more compute); selective only the attention core', () => {
    const t = TEST_MODELS.gpt3;
    const none = flopsPerToken(t, 'none').train;
    expect(flopsPerToken(t, 'full').train / none).toBeCloseTo(4 / 3, 2);
    const selective = flopsPerToken(t, 'selective').train / none;
    expect(selective).toBeGreaterThan(1);
    expect(selective).toBeLessThan(1.05);
  });

  it('LoRA skips the frozen weights gradients: about 4N instead of 6N', () => {
    const lora = TransformerSchema.parse({ ...TEST_MODELS.llama2_70b, lora: { rank: 16, targets: ['qkv', 'o'] } });
    const ratio = flopsPerToken(lora, 'none').train / flopsPerToken(TEST_MODELS.llama2_70b, 'none').train;
    expect(ratio).toBeCloseTo(2 / 3, 2);
  });

  it('an MoE token pays for its top-k experts only', () => {
    const f = flopsPerToken(TEST_MODELS.mixtral, 'none');
    expect(f.forward / (2 * parameterCounts(TEST_MODELS.mixtral).activePerToken)).toBeGreaterThan(1);
    expect(f.forward / (2 * parameterCounts(TEST_MODELS.mixtral).total)).toBeLessThan(0.4);
  });
});

describe('activation memory (Korthikanti et al. 2022, section 4)', () => {
  const t = TEST_MODELS.gpt3;
  const sbh = t.seqLength * 1 * t.hiddenSize;
  const core = (5 * t.heads * t.seqLength) / t.hiddenSize;
  it('is s b h (34 + 5 a s / h) without parallelism', () => {
    expect(activationBytesPerLayer(t, 1, { tensor: 1, sequenceParallel: false, recompute: 'none' }) / (sbh * (34 + core))).toBeCloseTo(1, 10);
  });
  it('is s b h (10 + 24/t + 5 a s / h t) with tensor parallelism', () => {
    expect(activationBytesPerLayer(t, 1, { tensor: 8, sequenceParallel: false, recompute: 'none' }) / (sbh * (10 + 24 / 8 + core / 8))).toBeCloseTo(1, 10);
  });
  it('is s b h 34 / t with sequence parallelism and selective recompute', () => {
    expect(activationBytesPerLayer(t, 1, { tensor: 8, sequenceParallel: true, recompute: 'selective' }) / ((sbh * 34) / 8)).toBeCloseTo(1, 10);
  });
  it('is 2 s b h with full recompute', () => {
    expect(activationBytesPerLayer(t, 1, { tensor: 8, sequenceParallel: false, recompute: 'full' })).toBe(2 * sbh);
  });
});
