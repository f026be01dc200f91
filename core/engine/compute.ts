import type { Gpu } from '../model/catalog';
import type { Framework, Precision, SoftwareClass } from '../model/common';
import type { Workload } from '../model/workload';
import { DEFAULTS } from './params/defaults';
import { ATTENTION_SCORES, CONV_LAYOUT, CONVOLUTIONAL, FRAMEWORK_SLOWDOWN, MATH_MEMORY_OVERLAP, NON_TENSOR_FLOP_SHARE, VECTOR, channelsLast, fusedAttention } from './params/compute';
import { ARCHITECTURE_FACTOR, ARITHMETIC_INTENSITY, DOMAIN_MATH_FACTOR, MATH_EFFICIENCY, MEMORY_EFFICIENCY, OPTIMIZER_BYTES_PER_PARAMETER, SOFTWARE, STACK_MATURITY } from './efficiency';

/** Dense peak FLOP/s for a precision; parts without a tensor mode for it fall back to the next one they have. */
export function peakFlops(gpu: Gpu, precision: Precision): { flops: number; mode: Precision } {
  switch (precision) {
    case 'fp8':
      return gpu.fp8Tflops ? { flops: gpu.fp8Tflops * 1e12, mode: 'fp8' } : { flops: gpu.fp16Tflops * 1e12, mode: 'mixed' };
    case 'mixed':
      return { flops: gpu.fp16Tflops * 1e12, mode: 'mixed' };
    case 'tf32':
      return gpu.tf32Tflops ? { flops: gpu.tf32Tflops * 1e12, mode: 'tf32' } : { flops: gpu.fp32Tflops * 1e12, mode: 'fp32' };
    case 'fp32':
      return { flops: gpu.fp32Tflops * 1e12, mode: 'fp32' };
  }
}

/**
 * Seconds one GPU's decoder (nvJPEG / hardware JPEG engine) needs per sample. Decoding runs on its own
 * engine alongside training, so it is a pipeline stage with its own rate, scaled by memory bandwidth.
 */
export function gpuDecodeSecondsPerSample(gpu: Gpu, workload: Workload): number {
  return workload.gpuDecodeSecondsPerSample * (DEFAULTS.decodeReferenceHbmTBps.value / gpu.memoryBandwidthTBps);
}

/** Breakdown of one GPU's time per training sample, seconds. */
export interface GpuSampleTime {
  /** Math-bound part. */
  mathSeconds: number;
  /** Non-tensor (normalization, activation) work on the FP32 vector units; 0 when the math itself runs there (FP32). */
  vectorSeconds: number;
  /** Memory-bound part. */
  memorySeconds: number;
  /** GPU kernel time: tensor math against the longer of vector and memory time, as a fused roofline (see MATH_MEMORY_OVERLAP). */
  kernelSeconds: number;
  /** Host/framework work per sample; it runs ahead of the GPU asynchronously, so only its excess over the kernels is exposed. */
  hostSeconds: number;
  totalSeconds: number;
}

/**
 * Slowdown of an older release of a tuned (MLPerf-class) stack relative to a current one (1 = current);
 * see STACK_MATURITY. Unknown releases and non-MLPerf stacks get 1.
 */
export function stackMaturitySlowdown(workload: Workload, software: SoftwareClass, softwareYear: number | undefined): number {
  if (software !== 'mlperf' || softwareYear === undefined) return 1;
  const age = Math.max(0, softwareYear - STACK_MATURITY.referenceYear.value);
  return 1 + STACK_MATURITY.amplitude[workload.domain].value * Math.exp(-age / STACK_MATURITY.decayYears.value);
}

/** Time one GPU spends per training sample for a workload, precision, software class, (optional) release year and framework. */
export function gpuSecondsPerSample(
  gpu: Gpu,
  workload: Workload,
  precision: Precision,
  software: SoftwareClass,
  softwareYear?: number,
  framework?: Framework,
): GpuSampleTime {
  const { flops, mode } = peakFlops(gpu, precision);
  const sw = SOFTWARE[software];
  const frameworkSlowdown = framework ? FRAMEWORK_SLOWDOWN[software][framework].value : 1;
  const slowdown = sw.slowdown.value * frameworkSlowdown * stackMaturitySlowdown(workload, software, softwareYear);
  // Tuned (MLPerf-class) stacks unpad or pack sequences and skip the padding tokens' FLOPs.
  const trainFlops = workload.trainFlopsPerSample * (software === 'mlperf' ? 1 - (workload.paddingFraction ?? 0) : 1);
  const intensity = ARITHMETIC_INTENSITY[workload.domain].value;
  // FP32/TF32 activations are twice the bytes of FP16 ones. Tensor-core convolutions in NCHW add their
  // layout transposes to that traffic (CONV_LAYOUT).
  const transposes = CONVOLUTIONAL[workload.domain] && mode !== 'fp32' && !channelsLast(software, mode) ? CONV_LAYOUT.nchwTransposeTrafficShare.value : 0;
  // Unfused attention streams the encoder's attention scores through HBM (ATTENTION_SCORES).
  const scoreBytes = fusedAttention(software) ? 0 : (workload.attentionScoresPerSample ?? 0) * ATTENTION_SCORES.unfusedBytesPerScore.value;
  const bytes = ((trainFlops / intensity) * (1 + transposes) + scoreBytes) * (mode === 'fp32' || mode === 'tf32' ? 2 : 1);
  // Non-tensor FLOPs (normalization, activations) run on the SIMT units at the FP32 rate; in FP32 mode the
  // math term already runs there at that rate. Those kernels also stream their operands through HBM, so
  // they take the longer of their vector time and the memory time (their own roofline).
  const vectorShare = mode === 'fp32' ? 0 : NON_TENSOR_FLOP_SHARE[workload.domain].value;
  const mathSeconds = (slowdown * trainFlops * (1 - vectorShare)) / (flops * MATH_EFFICIENCY[mode].value * ARCHITECTURE_FACTOR[gpu.architecture].value * DOMAIN_MATH_FACTOR[workload.domain].value);
  const vectorSeconds = (slowdown * trainFlops * vectorShare) / (gpu.fp32Tflops * 1e12 * VECTOR.efficiency.value);
  const memorySeconds = (slowdown * bytes) / (gpu.memoryBandwidthTBps * 1e12 * MEMORY_EFFICIENCY.value);
  const kernelSeconds = fusedRoofline(mathSeconds, Math.max(vectorSeconds, memorySeconds), MATH_MEMORY_OVERLAP[software].value);
  const hostSeconds = sw.hostSecondsPerSample.value;
  return { mathSeconds, vectorSeconds, memorySeconds, kernelSeconds, hostSeconds, totalSeconds: Math.max(kernelSeconds, hostSeconds) };
}

/** Math and memory time of fused kernels: the shorter hides under the longer by `overlap` (0 = plain sum, 1 = max). */
export function fusedRoofline(mathSeconds: number, memorySeconds: number, overlap: number): number {
  return Math.max(mathSeconds, memorySeconds) + (1 - overlap) * Math.min(mathSeconds, memorySeconds);
}

/**
 * Seconds of one optimizer step on one GPU: the optimizer state streams through HBM once per step.
 * MLPerf-class stacks shard the optimizer across the GPUs of a node (distributed fused LAMB/Adam).
 */
export function optimizerStepSeconds(gpu: Gpu, workload: Workload, software: SoftwareClass, gpusPerNode: number): number {
  const shards = software === 'mlperf' ? Math.max(1, gpusPerNode) : 1;
  const bytes = (workload.parameters * OPTIMIZER_BYTES_PER_PARAMETER.value) / shards;
  return bytes / (gpu.memoryBandwidthTBps * 1e12 * MEMORY_EFFICIENCY.value);
}
