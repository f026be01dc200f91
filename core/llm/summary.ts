import type { ParallelLayout } from '../model/parallelLayout';
import type { Transformer } from '../model/transformer';
import type { Gpu } from '../model/catalog';
import type { Precision } from '../model/common';
import { flopsPerToken } from './formulas';
import { describeLayout, type LlmPlan } from './layout';
import { usableBytes, type GpuMemory } from './memory';

/** The LLM figures of an evaluation (transformer workloads only). */
export interface LlmSummary {
  layout: ParallelLayout;
  /** "TP 8 x PP 8 x DP 16, micro-batch 1, ..." */
  layoutText: string;
  /** Whether the layout was searched (false: fully pinned in the run settings). */
  searched: boolean;
  tokensPerSec: number;
  /** Model FLOPs utilisation: forward + backward FLOPs (no recompute) over the GPUs' dense peak. */
  mfu: number;
  /** Memory of the most loaded GPU, bytes by kind, and the GPU's memory in GB. */
  memoryPerGpu: GpuMemory;
  gpuMemoryGB: number;
  /** What a layout may use of it, GB (HBM less the reserved share). */
  gpuUsableGB: number;
  /** Ownership cost per million trained tokens, USD. */
  usdPerMillionTokens: number;
}

/** The LLM figures of a plan at the achieved throughput and ownership cost per hour. */
export function llmSummary(t: Transformer, plan: LlmPlan, searched: boolean, samplesPerSec: number, gpus: number, gpu: Gpu, precision: Precision, usdPerHour: number): LlmSummary {
  const tokensPerSec = samplesPerSec * t.seqLength;
  const peak = (precision === 'fp8' && gpu.fp8Tflops ? gpu.fp8Tflops : gpu.fp16Tflops) * 1e12;
  return {
    layout: plan.layout, layoutText: describeLayout(plan.layout), searched, tokensPerSec,
    mfu: (tokensPerSec * flopsPerToken(t, 'none').model) / (gpus * peak),
    memoryPerGpu: plan.memory, gpuMemoryGB: gpu.memoryGB, gpuUsableGB: usableBytes(gpu.memoryGB) / 1e9,
    usdPerMillionTokens: tokensPerSec > 0 ? (usdPerHour / 3600 / tokensPerSec) * 1e6 : Infinity,
  };
}
