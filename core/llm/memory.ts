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
 * Expert parallelism e keeps experts / e of each MoE layer's experts on a GPU; context parallelism c keeps
 * s / c of each sequence's activations. Weights are replicated over the c ranks of a context group, so ZeRO
 * shards dense states over d x c ranks (Megatron-Core's distributed optimizer) and expert states over the
 * d x c / e ranks that hold the same experts. A stack with fused (flash) attention never keeps the s x s attention
 * scores (Dao et al. 2022, FlashAttention: only the softmax statistics, 4 a s b bytes, are saved and the
 * scores are recomputed in the backward kernel), so without recomputation it keeps what selective recompute keeps.
 */
export function gpuMemory(t: Transformer, layout: ParallelLayout, globalBatch: number, fusedAttention = false): GpuMemory {
  const c = parameterCounts(t);
  const { tensor, pipeline, data, context, expert, zeroStage } = layout;
  const layers = t.layers / pipeline;
  const dense = (layers * (c.perLayer - c.expertPerLayer) + c.embedding) / tensor;
  const experts = (layers * c.expertPerLayer) / (tensor * expert);
  const trainableShare = c.trainable / c.total;
  const frozenShare = c.frozen / c.total;
  const d = stateBytes(dense, data * context, zeroStage, trainableShare, frozenShare);
  const e = stateBytes(experts, (data * context) / expert, zeroStage, trainableShare, frozenShare);
  const m = microBatches(globalBatch, layout);
  const inFlight = Math.min(m, pipeline) * (layout.interleave > 1 ? 1 + (pipeline - 1) / (pipeline * layout.interleave) : 1);
  const recompute = fusedAttention && layout.recompute === 'none' ? 'selective' : layout.recompute;
  const perLayer = activationBytesPerLayer(t, layout.microBatch, { tensor, context, sequenceParallel: layout.sequenceParallel, recompute });
  const lastStageLogits = pipeline === 1 ? logitBytes(t, layout.microBatch, tensor, context) : 0;
  const activations = perLayer * layers * inFlight + lastStageLogits;
  const weights = d.weights + e.weights;
  const gradients = d.gradients + e.gradients;
  const optimizer = d.optimizer + e.optimizer;
  return { weights, gradients, optimizer, activations, total: weights + gradients + optimizer + activations };
}

/**
 * Weights, gradients and optimizer bytes of `params` parameters (trainable and frozen in the model's shares)
 * sharded over `ranks` data-parallel ranks at the ZeRO stages that shard them. Module-level, not a closure:
 * the layout search calls it for every candidate.
 */
function stateBytes(params: number, ranks: number, zeroStage: number, trainableShare: number, frozenShare: number): Pick<GpuMemory, 'weights' | 'gradients' | 'optimizer'> {
  const trainable = params * trainableShare;
  return {
    weights: ((trainable + params * frozenShare) * LLM_MEMORY.weightBytes.value) / (zeroStage >= 3 ? ranks : 1),
    gradients: (trainable * LLM_MEMORY.gradientBytes.value) / (zeroStage >= 2 ? ranks : 1),
    optimizer: (trainable * LLM_MEMORY.optimizerBytes.value) / (zeroStage >= 1 ? ranks : 1),
  };
}

/** Bytes of a GPU's memory a layout may use (HBM less the reserved share). */
export function usableBytes(memoryGB: number): number {
  return memoryGB * 1e9 * (1 - LLM_MEMORY.reservedShare.value);
}
