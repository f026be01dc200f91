import { describe, expect, it } from 'vitest';
import { resolveGpu } from '../catalog/components';
import type { ParallelLayout } from '../model/parallelLayout';
import { bestLlmPlan, candidateLayouts, planLayout } from './layout';
import { gpuMemory } from './memory';
import { exposedPipelineShare } from './overlap';
import { LLM_STEP } from './params';
import type { LlmStepInput } from './step';
import { TEST_MODELS } from './testModels';

const h100 = resolveGpu('h100-sxm5-80gb')!;
const a100 = resolveGpu('a100-sxm4-80gb')!;
/** A tuned (MLPerf-class) current stack on DGX H100-class nodes. */
const tuned = (nodes: number): LlmStepInput => ({
  gpu: h100, precision: 'mixed', softwareSlowdown: 1, architectureFactor: 1, tunedOverlap: true, syncOverlap: 0.8, fusedAttention: true,
  machine: { gpusPerNode: 8, nodes, intraNodeGBps: 450, nodeNetworkGBps: 400 },
});
/** NVIDIA's MLPerf v3.1 GPT-3 layout on 1,024 nodes: TP 4 x PP 8 x 12 virtual stages, DP 256, micro-batch 1, global batch 4,096. */
const nemo: ParallelLayout = { tensor: 4, pipeline: 8, data: 256, context: 1, expert: 1, microBatch: 1, interleave: 12, recompute: 'none', sequenceParallel: true, zeroStage: 1 };
const term = (p: ReturnType<typeof planLayout>, id: string) => p.terms.find((t) => t.term === id)!;

describe('fused attention memory', () => {
  it('without recompute a fused-attention stack keeps no s x s scores: what selective recompute keeps', () => {
    const t = TEST_MODELS.gpt3;
    expect(gpuMemory(t, nemo, 4096, true).activations).toBe(gpuMemory(t, { ...nemo, recompute: 'selective' }, 4096).activations);
    // The scores (5 a s^2 b / t per layer) are most of a GPT-3 layer's activations at s = 2,048.
    expect(gpuMemory(t, nemo, 4096, false).activations / gpuMemory(t, nemo, 4096, true).activations).toBeGreaterThan(3);
    // The published layout fits 80 GB with fused attention.
    expect(planLayout(t, nemo, 4096, tuned(1024)).fits).toBe(true);
  });
});

describe('FP8 GEMMs', () => {
  it('FP8 speeds the layers up on Hopper by about the FP8 share of twice the peak, the attention core and output layer stay 16-bit', () => {
    const bf16 = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, tuned(1024)), 'compute').seconds;
    const fp8 = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, { ...tuned(1024), precision: 'fp8' }), 'compute').seconds;
    const gemmSpeedup = (2 * LLM_STEP.fp8GemmShare.value); // 1,979 / 989 TFLOP/s dense x the FP8 share
    expect(bf16 / fp8).toBeGreaterThan(1.2);
    expect(bf16 / fp8).toBeLessThan(gemmSpeedup);
  });

  it('FP8 changes nothing on Ampere (no FP8 tensor cores)', () => {
    const on = (precision: LlmStepInput['precision']) => planLayout(TEST_MODELS.gpt3, nemo, 4096, { ...tuned(1024), gpu: a100, precision }).stepSeconds;
    expect(on('fp8')).toBe(on('mixed'));
  });
});

describe('data-parallel and pipeline overlap of a current stack', () => {
  it('the distributed optimizer exposes about one of 12 virtual-stage chunks, a 2021 stack all of it', () => {
    const current = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, tuned(1024)), 'data-parallel-sync');
    const old = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, { ...tuned(1024), pipelinedGradientOverlap: false }), 'data-parallel-sync');
    expect(old.exposedSeconds).toBeCloseTo(old.seconds, 9);
    expect(current.exposedSeconds).toBeGreaterThanOrEqual(current.seconds / 12 - 1e-12);
    expect(current.exposedSeconds).toBeLessThan(current.seconds * 0.4);
  });

  it('a plain (non-interleaved) pipeline hides its reduction only behind the last micro-batch', () => {
    const plain = term(planLayout(TEST_MODELS.gpt3, { ...nemo, interleave: 1 }, 4096, tuned(1024)), 'data-parallel-sync');
    const interleaved = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, tuned(1024)), 'data-parallel-sync');
    expect(plain.exposedSeconds).toBeGreaterThan(interleaved.exposedSeconds);
  });

  it('interleaved stage transfers of a tuned stack are exposed only in the fill and flush', () => {
    const p2p = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, tuned(1024)), 'pipeline-p2p');
    // m = 16 micro-batches: warm-up (8 - 1) 2 + 11 x 8 = 102 of 192 chunk passes.
    expect(exposedPipelineShare(8, 16, 12)).toBeCloseTo(102 / 192, 9);
    expect(p2p.exposedSeconds).toBeCloseTo(p2p.seconds * (102 / 192), 9);
    const untuned = term(planLayout(TEST_MODELS.gpt3, nemo, 4096, { ...tuned(1024), tunedOverlap: false }), 'pipeline-p2p');
    expect(untuned.exposedSeconds).toBe(untuned.seconds);
  });

  it('the search offers one layer per virtual stage (12 at PP 8 for GPT-3), as NeMo\'s MLPerf configuration runs', () => {
    const layouts = candidateLayouts(TEST_MODELS.gpt3, 8192, 8, 4096, { tensor: 4, pipeline: 8, context: 1, microBatch: 1, recompute: 'none', zeroStage: 1 });
    expect(layouts.map((l) => l.interleave).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 6, 12]);
  });
});

describe('the layout search on NVIDIA\'s MLPerf v3.1 GPT-3 system', () => {
  it('finds NeMo\'s published layout on 1,024 DGX H100 nodes: TP 4 x PP 8 x 12 virtual stages, micro-batch 1, no recompute', () => {
    const plan = bestLlmPlan(TEST_MODELS.gpt3, 8192, 4096, tuned(1024));
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.plan.layout).toMatchObject({ tensor: 4, pipeline: 8, data: 256, interleave: 12, microBatch: 1, recompute: 'none', zeroStage: 1 });
  });
});
