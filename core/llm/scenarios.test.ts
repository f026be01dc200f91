import { describe, expect, it } from 'vitest';
import { resolveGpu } from '../catalog/components';
import type { ParallelLayout } from '../model/parallelLayout';
import { TransformerSchema, type Transformer } from '../model/transformer';
import { bestLlmPlan, planLayout } from './layout';
import { bubbleShare, type LlmStepInput } from './step';
import { TEST_MODELS } from './testModels';

const h100 = resolveGpu('h100-sxm5-80gb')!;
/** 8-GPU NVSwitch nodes with 8 x 400 Gb/s NICs (DGX H100 class). */
const dgx = (nodes: number, gpusPerNode = 8): LlmStepInput => ({
  gpu: h100, precision: 'mixed', softwareSlowdown: 1, architectureFactor: 1, tunedOverlap: false, syncOverlap: 0.8, fusedAttention: true,
  machine: { gpusPerNode, nodes, intraNodeGBps: 450, nodeNetworkGBps: 400 },
});
const step = (input: LlmStepInput, layout: ParallelLayout, batch: number) => planLayout(TEST_MODELS.gpt3, layout, batch, input);
const seconds = (p: ReturnType<typeof step>, term: string) => p.terms.find((t) => t.term === term)?.exposedSeconds ?? 0;
const layout: ParallelLayout = { tensor: 8, pipeline: 8, data: 2, microBatch: 1, context: 1, expert: 1, interleave: 1, recompute: 'selective', sequenceParallel: true, zeroStage: 1 };

describe('LLM layouts on a topology', () => {
  it('TP across nodes is about twice as slow as TP inside an NVLink domain', () => {
    const inside = step(dgx(16), layout, 256);
    // The same 128 GPUs as 4-GPU nodes with the same NIC bandwidth per GPU: TP 8 spans two nodes. The
    // hierarchical all-reduce sends a quarter shard over 50 GB/s per GPU instead of NVLink's 450 GB/s.
    const four = dgx(32, 4);
    const across = step({ ...four, machine: { ...four.machine, nodeNetworkGBps: 200 } }, layout, 256);
    expect(seconds(across, 'tensor-parallel') / seconds(inside, 'tensor-parallel')).toBeGreaterThan(1.8);
    expect(across.stepSeconds / inside.stepSeconds).toBeGreaterThan(1.1);
  });

  it('more micro-batches shrink the bubble to (p-1)/(m v) of the ideal step', () => {
    const few = step(dgx(16), layout, 64); // m = 32
    const many = step(dgx(16), layout, 512); // m = 256
    // The ideal step: the micro-batches' compute and exposed tensor-parallel time.
    const ideal = (p: ReturnType<typeof step>) => seconds(p, 'compute') + seconds(p, 'tensor-parallel');
    expect(seconds(few, 'pipeline-bubble') / ideal(few)).toBeCloseTo(bubbleShare(8, 32, 1), 6);
    expect(seconds(many, 'pipeline-bubble') / ideal(many)).toBeCloseTo(7 / 256, 6);
    expect(seconds(many, 'pipeline-bubble') / many.stepSeconds).toBeLessThan((seconds(few, 'pipeline-bubble') / few.stepSeconds) / 4);
    const interleaved = step(dgx(16), { ...layout, interleave: 4 }, 64);
    expect(seconds(interleaved, 'pipeline-bubble') / ideal(interleaved)).toBeCloseTo(7 / (32 * 4), 6);
  });

  it('ZeRO-3 fits what plain data parallelism does not (Llama 3.1 8B on 8 x 80 GB)', () => {
    const t = TEST_MODELS.llama31_8b;
    const pin = { tensor: 1, pipeline: 1, recompute: 'full' as const };
    const plain = bestLlmPlan(t, 8, 64, dgx(1), { ...pin, zeroStage: 0 });
    const zero3 = bestLlmPlan(t, 8, 64, dgx(1), { ...pin, zeroStage: 3 });
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.message).toMatch(/80 GB.*needs 1[23]\d\.\d GB per GPU.*short/);
    expect(zero3.ok).toBe(true);
  });

  it('full recompute trades memory for about a third more compute', () => {
    const none = step(dgx(16), { ...layout, recompute: 'none' }, 256);
    const full = step(dgx(16), { ...layout, recompute: 'full' }, 256);
    const ratio = seconds(full, 'compute') / seconds(none, 'compute');
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.34);
    expect(full.memory.activations).toBeLessThan(none.memory.activations / 10);
  });

  it('an NVL72 rack beats 8-GPU nodes on a TP-heavy layout (TP 16)', () => {
    const tp16: ParallelLayout = { ...layout, tensor: 16, pipeline: 4, data: 1 };
    const rack = step({ ...dgx(1, 72), machine: { gpusPerNode: 72, nodes: 1, intraNodeGBps: 900, nodeNetworkGBps: 400 } }, tp16, 64);
    const nodes = step(dgx(8), tp16, 64);
    expect(nodes.stepSeconds / rack.stepSeconds).toBeGreaterThan(1.2);
  });

  it('the layout search keeps TP inside the node and names a layout that fits', () => {
    const r = bestLlmPlan(TEST_MODELS.gpt3, 128, 256, dgx(16));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.layout.tensor).toBeLessThanOrEqual(8);
      expect(r.plan.layout.tensor * r.plan.layout.context * r.plan.layout.pipeline * r.plan.layout.data).toBe(128);
      expect(r.plan.memory.total).toBeLessThan(80e9 * 0.9);
    }
    const one = bestLlmPlan(TEST_MODELS.gpt3, 8, 8, dgx(1));
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.message).toMatch(/has 80 GB .* short/);
  });
});

describe('attention work by stack', () => {
  const small = TransformerSchema.parse({ layers: 24, hiddenSize: 2304, ffnHiddenSize: 9216, heads: 24, seqLength: 2048, vocabSize: 51200 });
  const flat: ParallelLayout = { tensor: 1, pipeline: 1, data: 8, context: 1, expert: 1, microBatch: 4, interleave: 1, recompute: 'full', sequenceParallel: false, zeroStage: 0 };
  const computeOf = (t: Transformer, fused: boolean) => seconds(planLayout(t, flat, 64, { ...dgx(1), fusedAttention: fused }), 'compute');
  it('a stack that materialises the attention scores is slower, the more so the smaller the hidden size', () => {
    const smallCost = computeOf(small, false) / computeOf(small, true);
    const big = TransformerSchema.parse({ ...TEST_MODELS.gpt3, layers: 4 });
    const bigCost = computeOf(big, false) / computeOf(big, true);
    expect(smallCost).toBeGreaterThan(1.05);
    expect(bigCost).toBeGreaterThan(1);
    expect(smallCost).toBeGreaterThan(bigCost);
  });
});

describe('pipeline stages and a 2021-era stack', () => {
  const pipelined: ParallelLayout = { ...layout, sequenceParallel: false, recompute: 'full' };
  it('the output layer on the last stage sets the pipeline pace: compute exceeds the average share', () => {
    const t = TEST_MODELS.gpt3;
    const one = step(dgx(16), { ...pipelined, pipeline: 1, data: 16 }, 256);
    const eight = step(dgx(16), pipelined, 256);
    // Per micro-batch and GPU the 8-stage run does 1/8 of the layers but all of the output layer on its last stage.
    const perMicro = (p: ReturnType<typeof step>, m: number) => seconds(p, 'compute') / m;
    const ratio = perMicro(eight, 128) / (perMicro(one, 16) / 8);
    const logitShare = (3 * 2 * t.vocabSize * t.hiddenSize) / (4 * 24 * t.hiddenSize ** 2 * t.layers / 8);
    expect(ratio).toBeGreaterThan(1 + 0.5 * logitShare);
    expect(ratio).toBeLessThan(1 + 2 * logitShare);
  });

  it('a pipelined run on a stack without gradient-reduction overlap exposes the data-parallel reduction', () => {
    const current = step(dgx(16), pipelined, 256);
    const old = step({ ...dgx(16), pipelinedGradientOverlap: false }, pipelined, 256);
    const sync = (p: ReturnType<typeof step>) => p.terms.find((x) => x.term === 'data-parallel-sync')!;
    expect(sync(old).exposedSeconds).toBeCloseTo(sync(old).seconds, 9);
    expect(sync(current).exposedSeconds).toBeLessThan(sync(current).seconds);
    // Without pipelining either stack overlaps the last micro-batch's backward.
    const flat = { ...pipelined, pipeline: 1, data: 16 };
    for (const input of [{ ...dgx(16), pipelinedGradientOverlap: false }, dgx(16)]) {
      const s = sync(step(input, flat, 256));
      expect(s.exposedSeconds).toBeLessThan(s.seconds);
    }
  });

  it('scatter/gather sends 1/t of the activations between stages without sequence parallelism', () => {
    const p2p = (sp: boolean) => step(dgx(16), { ...pipelined, sequenceParallel: sp }, 256).terms.find((x) => x.term === 'pipeline-p2p')!.seconds;
    // Both send 1/t over the network; without sequence parallelism the receiver all-gathers over NVLink too.
    expect(p2p(false)).toBeGreaterThan(p2p(true));
    expect(p2p(false)).toBeLessThan(p2p(true) * 2);
  });

  it('materialised attention scores cost more under recompute (their forward kernels run twice)', () => {
    const small = TransformerSchema.parse({ layers: 24, hiddenSize: 2304, ffnHiddenSize: 9216, heads: 24, seqLength: 2048, vocabSize: 51200 });
    const flat: ParallelLayout = { tensor: 1, pipeline: 1, data: 8, context: 1, expert: 1, microBatch: 4, interleave: 1, recompute: 'selective', sequenceParallel: false, zeroStage: 0 };
    const extra = (recompute: ParallelLayout['recompute']) => {
      const l = { ...flat, recompute };
      return seconds(planLayout(small, l, 64, { ...dgx(1), fusedAttention: false }), 'compute') - seconds(planLayout(small, l, 64, dgx(1)), 'compute');
    };
    // Forward 9 B + backward 11 B per score element, and 9 B more when the attention core is recomputed.
    expect(extra('selective') / extra('none')).toBeCloseTo(29 / 20, 6);
  });
});
