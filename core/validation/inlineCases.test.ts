import { describe, expect, it } from 'vitest';
import { parseCases, predictCase, type Case } from './cases';
import { resolveWorkload } from '../catalog/workloads';

const gpt3 = resolveWorkload('gpt3-175b')!;

/** A 16 x DGX H100 GPT-3 case in the reference format; `workload` varies. */
function gpt3Case(workload: unknown, parallelism?: Record<string, unknown>): Case {
  const parsed = parseCases([{
    id: 'inline',
    workload,
    system: { nodes: 16, gpusPerNode: 8, gpu: 'h100-sxm5-80gb', cpu: '2 x Intel Xeon Platinum 8480C', network: '8x ConnectX-7 IB NDR 400Gb/s' },
    settings: { globalBatch: 1024, software: 'mlperf', framework: 'NVIDIA NeMo Framework Release 24.04', ...(parallelism ? { parallelism } : {}) },
  }]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.cases[0]!;
}

describe('validation cases with a transformer given by architecture', () => {
  it('predicts the same step as the catalog workload of that architecture', () => {
    const byId = predictCase(gpt3Case('gpt3-175b'));
    const inline = predictCase(gpt3Case({ transformer: gpt3.transformer }));
    expect(byId.error).toBeNull();
    expect(inline.error).toBeNull();
    expect(inline.samplesPerSec).toBeCloseTo(byId.samplesPerSec!, 6);
    expect(inline.stepSeconds).toBeCloseTo(byId.stepSeconds!, 9);
    expect(inline.memoryPerGpuGiB).toBeCloseTo(byId.memoryPerGpuGiB!, 6);
    expect(inline.layout).toBe(byId.layout);
  });

  it('reads the issue format with a pinned layout, and reports step, memory and layout', () => {
    const p = predictCase(gpt3Case(
      { transformer: { layers: 32, hiddenSize: 4096, ffnHiddenSize: 11008, heads: 32, kvHeads: 32, seqLength: 4096, vocabSize: 32000 } },
      { tensor: 2, pipeline: 1, data: 64, microBatch: 1, recompute: 'selective', sequenceParallel: true, zeroStage: 1 },
    ));
    expect(p.error).toBeNull();
    expect(p.layout).toMatch(/^TP 2 x PP 1 x DP 64/);
    expect(p.stepSeconds).toBeGreaterThan(0);
    expect(p.memoryPerGpuGiB).toBeGreaterThan(0);
    expect(p.memoryPerGpuGiB).toBeLessThan(80);
  });

  it('trains to the given token budget, or to 20 tokens per parameter', () => {
    const arch = { layers: 32, hiddenSize: 4096, ffnHiddenSize: 16384, heads: 32, seqLength: 2048 };
    const one = predictCase(gpt3Case({ transformer: arch, trainingTokens: 1e11 }));
    const two = predictCase(gpt3Case({ transformer: arch, trainingTokens: 2e11 }));
    const chinchilla = predictCase(gpt3Case({ transformer: arch }));
    expect(two.timeToTrainMin! / one.timeToTrainMin!).toBeGreaterThan(1.95);
    expect(two.timeToTrainMin! / one.timeToTrainMin!).toBeLessThan(2.05);
    // ~6.7B parameters x 20 = ~1.3e11 tokens: between the two budgets.
    expect(chinchilla.timeToTrainMin!).toBeGreaterThan(one.timeToTrainMin!);
    expect(chinchilla.timeToTrainMin!).toBeLessThan(two.timeToTrainMin!);
  });

  it('names the field of an architecture that is not a transformer', () => {
    const p = predictCase(gpt3Case({ transformer: { ...gpt3.transformer, heads: 97 } }));
    expect(p.samplesPerSec).toBeNull();
    expect(p.error).toBe('workload.transformer: Attention heads: hidden size must be a multiple of the number of heads');
    expect(predictCase(gpt3Case({ transformer: { ...gpt3.transformer, layers: -1 } })).error).toBe('workload.transformer: Layers: must be more than 0');
  });

  it('names a case and its system in the words of the case format, not a design', () => {
    const r = parseCases([{ id: 'x', workload: 'gpt3-175b', system: { nodes: 0, gpusPerNode: 8, gpu: 'h100-sxm5-80gb' }, settings: { software: 'mlperf' } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: '[0].system.nodes', message: 'Case 1, system: the nodes must be at least 1' }]);
  });

  it('refuses a workload object without an architecture, by path', () => {
    const r = parseCases([{ id: 'x', workload: { layers: 4 }, system: { nodes: 1, gpusPerNode: 8, gpu: 'h100-sxm5-80gb' }, settings: { software: 'mlperf' } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: '[0].workload', message: 'Case 1, the workload: must be a catalog workload id or { "transformer": { layers, hiddenSize, ... } }' }]);
  });
});
