/** Convolution layout, unfused attention scores and host work queued ahead of the GPU (`compute.ts`). */
import { describe, expect, it } from 'vitest';
import { resolveGpu } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import type { Gpu } from '../model/catalog';
import { gpuSecondsPerSample } from './compute';
import { MEMORY_EFFICIENCY, SOFTWARE } from './efficiency';
import { ATTENTION_SCORES, CONV_LAYOUT, FRAMEWORK_SLOWDOWN, channelsLast, fusedAttention } from './params/compute';

const gpu = (id: string): Gpu => resolveGpu(id)!;
const resnet = resolveWorkload('resnet50-imagenet')!;
const squad = resolveWorkload('bert-large-squad')!;
const a100 = gpu('a100-sxm4-80gb');

describe('convolution layout (NCHW transposes around tensor-core convolutions)', () => {
  it('keeps MLPerf stacks channels-last, NGC under mixed precision only, stock scripts never', () => {
    expect(channelsLast('mlperf', 'tf32')).toBe(true);
    expect(channelsLast('ngc', 'mixed')).toBe(true);
    expect(channelsLast('ngc', 'tf32')).toBe(false);
    expect(channelsLast('stock', 'mixed')).toBe(false);
  });
  it('adds the transposes to the memory traffic of an NCHW run: NGC TF32 against NGC mixed, per byte moved', () => {
    const mixed = gpuSecondsPerSample(a100, resnet, 'mixed', 'ngc', undefined, 'mxnet');
    const tf32 = gpuSecondsPerSample(a100, resnet, 'tf32', 'ngc', undefined, 'mxnet');
    // TF32 activations are 4 bytes (x2), and NCHW adds the transposes' share.
    expect(tf32.memorySeconds / mixed.memorySeconds).toBeCloseTo(2 * (1 + CONV_LAYOUT.nchwTransposeTrafficShare.value), 9);
  });
  it('costs nothing in FP32 on CUDA cores, nor for a workload without convolutions', () => {
    const fp32 = (sw: 'stock' | 'mlperf') => gpuSecondsPerSample(gpu('v100-sxm2-16gb'), resnet, 'fp32', sw);
    expect(fp32('stock').memorySeconds / fp32('mlperf').memorySeconds).toBeCloseTo(SOFTWARE.stock.slowdown.value / SOFTWARE.mlperf.slowdown.value, 9);
    const noScores = { ...squad, attentionScoresPerSample: undefined };
    const bert = (sw: 'stock' | 'mlperf') => gpuSecondsPerSample(a100, noScores, 'mixed', sw);
    // SQuAD fine-tuning is not unpadded by any class, so only the class slowdown separates the two.
    expect(squad.paddingFraction ?? 0).toBe(0);
    expect(bert('stock').memorySeconds / bert('mlperf').memorySeconds).toBeCloseTo(SOFTWARE.stock.slowdown.value / SOFTWARE.mlperf.slowdown.value, 9);
  });
});

describe('attention scores of an unfused encoder', () => {
  it('streams every score through HBM at its bytes per element unless the stack fuses attention', () => {
    expect(fusedAttention('mlperf')).toBe(true);
    expect(fusedAttention('ngc')).toBe(false);
    const withScores = gpuSecondsPerSample(a100, squad, 'mixed', 'ngc', undefined, 'pytorch');
    const without = gpuSecondsPerSample(a100, { ...squad, attentionScoresPerSample: undefined }, 'mixed', 'ngc', undefined, 'pytorch');
    const slowdown = SOFTWARE.ngc.slowdown.value * FRAMEWORK_SLOWDOWN.ngc.pytorch.value;
    const scoreSeconds = (slowdown * squad.attentionScoresPerSample! * ATTENTION_SCORES.unfusedBytesPerScore.value) / (a100.memoryBandwidthTBps * 1e12 * MEMORY_EFFICIENCY.value);
    expect(withScores.memorySeconds - without.memorySeconds).toBeCloseTo(scoreSeconds, 12);
    const fused = (w: typeof squad) => gpuSecondsPerSample(a100, w, 'mixed', 'mlperf').memorySeconds;
    expect(fused(squad)).toBe(fused({ ...squad, attentionScoresPerSample: undefined }));
  });
  it('weighs more at longer sequences: scores grow as s^2, GEMMs as s', () => {
    const perFlop = (w: typeof squad) => (w.attentionScoresPerSample ?? 0) / w.trainFlopsPerSample;
    expect(perFlop(resolveWorkload('bert-large-mlperf')!)).toBeGreaterThan(perFlop(resolveWorkload('bert-large-pretrain-seq128')!) * 3);
  });
});

describe('host work queued ahead of the GPU', () => {
  it('sets the pace only when it is longer than the kernels', () => {
    for (const id of ['v100-sxm2-16gb', 'h200-sxm-141gb', 'b200-sxm-180gb']) {
      const t = gpuSecondsPerSample(gpu(id), resnet, 'mixed', 'stock');
      expect(t.totalSeconds).toBe(Math.max(t.kernelSeconds, t.hostSeconds));
    }
  });
  it('so a faster GPU stops helping a launch-bound stock run (Lambda ResNet-50: 8x B200 barely beats 8x H200)', () => {
    const rate = (id: string) => 1 / gpuSecondsPerSample(gpu(id), resnet, 'mixed', 'stock').totalSeconds;
    expect(rate('b200-sxm-180gb') / rate('h200-sxm-141gb')).toBeLessThan(1.1);
    const tuned = (id: string) => 1 / gpuSecondsPerSample(gpu(id), resnet, 'mixed', 'mlperf').totalSeconds;
    expect(tuned('b200-sxm-180gb') / tuned('h200-sxm-141gb')).toBeGreaterThan(1.3);
  });
});
