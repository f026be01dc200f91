import { describe, expect, it } from 'vitest';
import { resolveGpu } from '../catalog/components';
import type { ParallelLayout } from '../model/parallelLayout';
import { TransformerSchema } from '../model/transformer';
import { bestLlmPlan, planLayout } from './layout';
import { gpuMemory } from './memory';
import { parameterCounts } from './formulas';
import type { LlmStepInput } from './step';
import { TEST_MODELS } from './testModels';

const h100 = resolveGpu('h100-sxm5-80gb')!;
const dgx = (nodes: number, gpusPerNode = 8): LlmStepInput => ({
  gpu: h100, precision: 'mixed', softwareSlowdown: 1, architectureFactor: 1, tunedOverlap: false, syncOverlap: 0.8, fusedAttention: true,
  machine: { gpusPerNode, nodes, intraNodeGBps: 450, nodeNetworkGBps: 400 },
});
const term = (p: ReturnType<typeof planLayout>, id: string) => p.terms.find((t) => t.term === id);
const dense: ParallelLayout = { tensor: 1, pipeline: 1, data: 8, context: 1, expert: 1, microBatch: 1, interleave: 1, recompute: 'selective', sequenceParallel: false, zeroStage: 1 };

describe('expert parallelism (MoE)', () => {
  const t = TEST_MODELS.mixtral;
  it('spreads the experts: a GPU keeps experts / e of each MoE layer, the dense part is unchanged', () => {
    const c = parameterCounts(t);
    const one = gpuMemory(t, { ...dense, zeroStage: 0 }, 64);
    const eight = gpuMemory(t, { ...dense, zeroStage: 0, expert: 8 }, 64);
    const expertBytes = t.layers * c.expertPerLayer * 2; // BF16 weights of every expert
    expect(one.weights - eight.weights).toBeCloseTo(expertBytes * (1 - 1 / 8), -3);
    expect(eight.activations).toBe(one.activations);
  });
  it('pays for its all-to-alls, and pays more when they leave the node', () => {
    const inside = planLayout(t, { ...dense, expert: 8 }, 64, dgx(1));
    const a2a = term(inside, 'expert-parallel')!;
    expect(a2a.exposedSeconds).toBeGreaterThan(0);
    expect(a2a.basis).toMatch(/1 of 8 experts per GPU/);
    // The same 8-rank group spread over 8 single-GPU nodes (one NIC each) crosses the network.
    const across = planLayout(t, { ...dense, expert: 8 }, 64, { ...dgx(8, 1), machine: { gpusPerNode: 1, nodes: 8, intraNodeGBps: 0, nodeNetworkGBps: 50 } });
    expect(term(across, 'expert-parallel')!.seconds / a2a.seconds).toBeGreaterThan(4);
  });
  it('makes each expert GEMM larger (tokens from e ranks), so compute is no slower', () => {
    const none = planLayout(t, dense, 64, dgx(1));
    const ep = planLayout(t, { ...dense, expert: 8 }, 64, dgx(1));
    expect(term(ep, 'compute')!.seconds).toBeLessThanOrEqual(term(none, 'compute')!.seconds);
  });
  it('is searched only for MoE models and never beyond the experts', () => {
    const r = bestLlmPlan(t, 64, 256, dgx(8));
    expect(r.ok).toBe(true);
    if (r.ok) expect(t.experts % r.plan.layout.expert).toBe(0);
    const d = bestLlmPlan(TEST_MODELS.llama31_8b, 64, 256, dgx(8));
    if (d.ok) expect(d.plan.layout.expert).toBe(1);
  });
});

describe('context parallelism (long sequences)', () => {
  const long = TransformerSchema.parse({ ...TEST_MODELS.llama31_8b, seqLength: 131072 });
  const tp8: ParallelLayout = { ...dense, tensor: 8, data: 1, sequenceParallel: true };
  it('divides the activations by c, the attention core included', () => {
    const one = gpuMemory(long, { ...tp8, recompute: 'none' }, 8);
    const four = gpuMemory(long, { ...tp8, recompute: 'none', context: 4, data: 1 }, 8);
    expect(four.activations / one.activations).toBeCloseTo(1 / 4, 6);
    expect(four.weights).toBe(one.weights);
  });
  it('fits a 128K-token sequence that TP 8 alone cannot hold', () => {
    const pin = { tensor: 8, pipeline: 1, recompute: 'selective' as const, zeroStage: 1 };
    expect(bestLlmPlan(long, 8, 8, dgx(1), { ...pin, context: 1 }).ok).toBe(false);
    const cp = bestLlmPlan(long, 32, 8, dgx(4), { ...pin, context: 4 });
    expect(cp.ok).toBe(true);
  });
  it('hides the key/value ring behind the attention of a long sequence, not behind a short one', () => {
    const longPlan = planLayout(long, { ...tp8, context: 4 }, 1, dgx(4));
    const ring = term(longPlan, 'context-parallel')!;
    expect(ring.seconds).toBeGreaterThan(0);
    expect(ring.exposedSeconds / ring.seconds).toBeLessThan(0.05);
    const short = TransformerSchema.parse({ ...TEST_MODELS.llama31_8b, seqLength: 1024 });
    const shortPlan = planLayout(short, { ...tp8, context: 4 }, 1, { ...dgx(4), machine: { gpusPerNode: 8, nodes: 4, intraNodeGBps: 450, nodeNetworkGBps: 50 } });
    const shortRing = term(shortPlan, 'context-parallel')!;
    expect(shortRing.exposedSeconds / shortRing.seconds).toBeGreaterThan(0.3);
  });
});
