import type { Transformer } from '../model/transformer';
import type { ParallelLayout } from '../model/parallelLayout';
import { activationBytesPerLayer, logitBytes, parameterCounts } from './formulas';
import { LLM_MEMORY } from './params';

/** Memory one GPU needs for a layout, bytes, by kind. */
export interface GpuMemory {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  total: number;
}

/** Micro-batches per optimizer step of one data-parallel replica. */
export function microBatches(globalBatch: number, layout: ParallelLayout): number {
  return globalBatch / (layout.data * layout.microBatch);
}

/**
 * Memory of the most loaded GPU (the first pipeline stage: its layers, one embedding matrix, and the
 * activations of the micro-batches in flight). 1F1B keeps min(m, p) micro-batches in flight on the first
 * stage; interleaving with v virtual stages adds (p - 1) / (p v) (Narayanan et al. 2021, section 2.2;
 * Korthikanti et al. 2022, section 4.2.3). Weights, gradients and optimizer states follow ZeRO (Rajbhandari
 * et al. 2020): stage 1 shards the optimizer states over data parallelism, stage 2 the gradients too,
 * stage 3 the weights too. LoRA keeps the frozen base in 16 bits with no gradients or optimizer state.
 */
export function gpuMemory(t: Transformer, layout: ParallelLayout, globalBatch: number): GpuMemory {
  const c = parameterCounts(t);
  const { tensor, pipeline, data, zeroStage } = layout;
  const stageParams = ((t.layers / pipeline) * c.perLayer + c.embedding) / tensor;
  const share = stageParams / c.total;
  const trainable = c.trainable * share;
  const frozen = c.frozen * share;
  const shard = (stage: number) => (zeroStage >= stage ? data : 1);
  const weights = ((trainable + frozen) * LLM_MEMORY.weightBytes.value) / shard(3);
  const gradients = (trainable * LLM_MEMORY.gradientBytes.value) / shard(2);
  const optimizer = (trainable * LLM_MEMORY.optimizerBytes.value) / shard(1);
  const m = microBatches(globalBatch, layout);
  const inFlight = Math.min(m, pipeline) * (layout.interleave > 1 ? 1 + (pipeline - 1) / (pipeline * layout.interleave) : 1);
  const perLayer = activationBytesPerLayer(t, layout.microBatch, { tensor, sequenceParallel: layout.sequenceParallel, recompute: layout.recompute });
  const lastStageLogits = pipeline === 1 ? logitBytes(t, layout.microBatch, tensor) : 0;
  const activations = perLayer * (t.layers / pipeline) * inFlight + lastStageLogits;
  return { weights, gradients, optimizer, activations, total: weights + gradients + optimizer + activations };
}

/** Bytes of a GPU's memory a layout may use (HBM less the reserved share). */
export function usableBytes(memoryGB: number): number {
  return memoryGB * 1e9 * (1 - LLM_MEMORY.reservedShare.value);
}
