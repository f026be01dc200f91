/** The Run panel's parallel-layout view model: the memory bar's parts and how many layout fields are pinned. */
import type { LlmSummary, ParallelLayoutPin } from '../../../core';

export type MemoryKind = 'weights' | 'gradients' | 'optimizer' | 'activations';

/** One part of the memory bar. */
export interface MemoryPart {
  kind: MemoryKind;
  label: string;
  gb: number;
  /** Width in the bar, % of the GPU's memory (the bar is the GPU's capacity). */
  percentOfCapacity: number;
}

const LABELS: Record<MemoryKind, string> = { weights: 'Weights', gradients: 'Gradients', optimizer: 'Optimizer states', activations: 'Activations' };

/** Memory of the most loaded GPU by kind against the GPU's capacity and usable share. */
export function memoryBar(llm: Pick<LlmSummary, 'memoryPerGpu' | 'gpuMemoryGB' | 'gpuUsableGB'>): { parts: MemoryPart[]; totalGB: number; capacityGB: number; usableGB: number; usablePercent: number } {
  const capacityGB = llm.gpuMemoryGB;
  const parts = (Object.keys(LABELS) as MemoryKind[]).map((kind) => {
    const gb = llm.memoryPerGpu[kind] / 1e9;
    return { kind, label: LABELS[kind], gb, percentOfCapacity: capacityGB > 0 ? Math.min(100, (gb / capacityGB) * 100) : 0 };
  });
  return { parts, totalGB: llm.memoryPerGpu.total / 1e9, capacityGB, usableGB: llm.gpuUsableGB, usablePercent: capacityGB > 0 ? (llm.gpuUsableGB / capacityGB) * 100 : 0 };
}

/** How many layout fields the design pins. */
export function pinnedFieldCount(pin: ParallelLayoutPin): number {
  return Object.values(pin).filter((v) => v !== undefined).length;
}
