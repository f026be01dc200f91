import type { Transformer } from '../model/transformer';
import { flopsPerToken, parameterCounts } from './formulas';
import { LLM_MEMORY } from './params';

/** The workload figures an architecture determines (what a user-defined transformer's form keeps in step). */
export interface WorkloadSizes {
  parameters: number;
  /** Forward + backward FLOPs of one sequence, no recompute (Narayanan et al. 2021, per token x sequence length). */
  trainFlopsPerSample: number;
  /** 16-bit gradients of the trainable weights. */
  gradientBytes: number;
  /** 16-bit weights plus the FP32 master weights and Adam moments of the trainable ones (ZeRO, section 3.1). */
  checkpointBytes: number;
  /** Weights, gradients and optimizer states of one replica, GB (16 B per trained parameter). */
  replicaMemoryGB: number;
}

/** Workload figures derived from a transformer architecture (LoRA: adapters train, the base is frozen). */
export function workloadSizesOf(t: Transformer): WorkloadSizes {
  const c = parameterCounts(t);
  const weights = c.total * LLM_MEMORY.weightBytes.value;
  const trainableState = c.trainable * (LLM_MEMORY.gradientBytes.value + LLM_MEMORY.optimizerBytes.value);
  return {
    parameters: c.total,
    trainFlopsPerSample: flopsPerToken(t, 'none').train * t.seqLength,
    gradientBytes: c.trainable * LLM_MEMORY.gradientBytes.value,
    checkpointBytes: weights + c.trainable * LLM_MEMORY.optimizerBytes.value,
    replicaMemoryGB: (weights + trainableState) / 1e9,
  };
}
