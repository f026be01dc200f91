/** The fused roofline and the vector (SIMT) term of the per-sample compute time (`compute.ts`). */
import { describe, expect, it } from 'vitest';
import { resolveGpu } from '../catalog/components';
import { resolveWorkload } from '../catalog/workloads';
import type { Gpu } from '../model/catalog';
import { fusedRoofline, gpuSecondsPerSample } from './compute';
import { MATH_MEMORY_OVERLAP, NON_TENSOR_FLOP_SHARE, VECTOR } from './params/compute';

const gpu = (id: string): Gpu => resolveGpu(id)!;
const resnet = resolveWorkload('resnet50-imagenet')!;
const bert = resolveWorkload('bert-large-mlperf')!;

describe('fused roofline', () => {
  it('adds math and memory time without overlap and takes the longer with full overlap', () => {
    expect(fusedRoofline(3, 1, 0)).toBe(4);
    expect(fusedRoofline(1, 3, 1)).toBe(3);
    expect(fusedRoofline(3, 1, 0.5)).toBe(3.5);
  });
  it('never hides more than the shorter time, for any overlap share', () => {
    for (const o of [0, 0.25, 0.5, 1]) for (const [a, b] of [[1, 2], [5, 0.1], [2, 2]] as const) {
      const t = fusedRoofline(a, b, o);
      expect(t).toBeGreaterThanOrEqual(Math.max(a, b));
      expect(t).toBeLessThanOrEqual(a + b);
    }
  });
  it('overlaps only where kernels are fused: stock stacks are the plain sum', () => {
    expect(MATH_MEMORY_OVERLAP.stock.value).toBe(0);
    const t = gpuSecondsPerSample(gpu('h100-sxm5-80gb'), resnet, 'mixed', 'stock');
    expect(t.kernelSeconds).toBeCloseTo(t.mathSeconds + Math.max(t.vectorSeconds, t.memorySeconds), 12);
    const m = gpuSecondsPerSample(gpu('h100-sxm5-80gb'), resnet, 'mixed', 'mlperf');
    expect(m.kernelSeconds).toBeLessThan(m.mathSeconds + m.memorySeconds);
  });
});

describe('vector (CUDA-core) term', () => {
  it('runs the non-tensor share of the FLOPs at the datasheet FP32 rate', () => {
    const g = gpu('b200-sxm-180gb');
    const t = gpuSecondsPerSample(g, resnet, 'mixed', 'mlperf');
    const expected = (resnet.trainFlopsPerSample * NON_TENSOR_FLOP_SHARE['image-classification'].value) / (g.fp32Tflops * 1e12 * VECTOR.efficiency.value);
    expect(t.vectorSeconds).toBeCloseTo(expected, 15);
  });
  it('is zero in FP32 mode, where the math term already runs on the vector units', () => {
    expect(gpuSecondsPerSample(gpu('v100-sxm2-16gb'), resnet, 'fp32', 'ngc').vectorSeconds).toBe(0);
  });
  it('weighs more on a part whose tensor peak outgrew its FP32 rate (Blackwell vs Volta)', () => {
    const share = (id: string) => { const t = gpuSecondsPerSample(gpu(id), bert, 'mixed', 'mlperf'); return t.vectorSeconds / t.mathSeconds; };
    expect(share('b200-sxm-180gb')).toBeGreaterThan(2 * share('v100-sxm2-16gb'));
  });
  it('slows a part with a lower FP32 rate only when its vector time exceeds its memory time', () => {
    const h100 = gpu('h100-sxm5-80gb');
    const slowVector: Gpu = { ...h100, fp32Tflops: h100.fp32Tflops / 50 };
    const base = gpuSecondsPerSample(h100, resnet, 'mixed', 'mlperf');
    const slow = gpuSecondsPerSample(slowVector, resnet, 'mixed', 'mlperf');
    expect(slow.vectorSeconds).toBeGreaterThan(slow.memorySeconds);
    expect(slow.kernelSeconds).toBeGreaterThan(base.kernelSeconds);
  });
});

describe('framework within a software class', () => {
  it('reads the framework from a published stack name, and none from a name listing several', async () => {
    const { frameworkFromName } = await import('../catalog/caseDesign');
    expect(frameworkFromName('PyTorch (NGC 21.03)')).toBe('pytorch');
    expect(frameworkFromName('TensorFlow 1 (NGC 20.06-tf1)')).toBe('tensorflow');
    expect(frameworkFromName('MXNet (NGC mxnet-22.10)')).toBe('mxnet');
    expect(frameworkFromName('NGC MXNet 21.05 , NGC PyTorch 21.05')).toBeUndefined();
    expect(frameworkFromName('CUDA 12.0')).toBeUndefined();
  });
  it('scales the compute time by the framework factor of its class, and leaves MLPerf stacks alone', async () => {
    const { FRAMEWORK_SLOWDOWN } = await import('./params/compute');
    const g = gpu('a100-sxm4-80gb');
    const at = (sw: 'ngc' | 'mlperf', fw?: 'pytorch' | 'mxnet') => gpuSecondsPerSample(g, resnet, 'mixed', sw, undefined, fw).mathSeconds;
    expect(at('ngc', 'pytorch') / at('ngc', 'mxnet')).toBeCloseTo(FRAMEWORK_SLOWDOWN.ngc.pytorch.value / FRAMEWORK_SLOWDOWN.ngc.mxnet.value, 12);
    expect(at('mlperf', 'pytorch')).toBe(at('mlperf'));
  });
});
