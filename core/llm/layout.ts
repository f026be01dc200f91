import type { ParallelLayout, ParallelLayoutPin, Recompute } from '../model/parallelLayout';
import type { Transformer } from '../model/transformer';
import type { StepTerm } from '../engine/terms/types';
import { gpuMemory, usableBytes, type GpuMemory } from './memory';
import { llmStepTerms, type LlmStepInput } from './step';

/** A layout with its memory and step. */
export interface LlmPlan {
  layout: ParallelLayout;
  memory: GpuMemory;
  /** Whether the layout fits the GPU's usable memory. */
  fits: boolean;
  terms: StepTerm[];
  stepSeconds: number;
}

/** The fastest fitting plan, or why none fits. */
export type LlmPlanResult = { ok: true; plan: LlmPlan; candidates: number } | { ok: false; message: string; smallest?: LlmPlan };

const divisors = (n: number) => { const out: number[] = []; for (let i = 1; i <= n; i++) if (n % i === 0) out.push(i); return out; };
/** Most virtual stages per GPU searched: one layer per virtual stage for GPT-3 175B at PP 8 (NeMo's MLPerf GPT-3 default, virtual_pipeline_model_parallel_size 12). */
const MAX_INTERLEAVE = 12;
const powersOfTwoUpTo = (n: number) => { const out: number[] = []; for (let i = 1; i <= n; i *= 2) out.push(i); return out; };

/**
 * Layouts worth trying: TP a power of two up to the NVLink domain dividing the heads, CP (context) 1-8
 * splitting the sequence into 2 c load-balanced chunks, PP a divisor of the layers, DP the rest; EP (MoE
 * only) a power of two dividing the experts and DP; micro-batch 1-8 sequences dividing each replica's
 * batch; 1F1B or virtual stages dividing each stage's layers (up to MAX_INTERLEAVE); each recompute mode; ZeRO 0, 1 (Megatron's distributed optimizer) and
 * 3 (FSDP, without PP). Pinned fields are kept as given.
 */
export function candidateLayouts(t: Transformer, totalGpus: number, gpusPerNode: number, globalBatch: number, pin: ParallelLayoutPin = {}): ParallelLayout[] {
  const out: ParallelLayout[] = [];
  const tps = pin.tensor ? [pin.tensor] : powersOfTwoUpTo(Math.max(1, gpusPerNode)).filter((x) => t.heads % x === 0);
  const cps = pin.context ? [pin.context] : powersOfTwoUpTo(8).filter((c) => t.seqLength % (2 * c) === 0);
  const pps = pin.pipeline ? [pin.pipeline] : divisors(t.layers);
  const eps = (data: number) => (pin.expert ? [pin.expert] : powersOfTwoUpTo(t.experts).filter((e) => t.experts % e === 0 && data % e === 0));
  for (const tensor of tps) for (const context of cps) for (const pipeline of pps) {
    if (totalGpus % (tensor * context * pipeline) !== 0) continue;
    const data = totalGpus / (tensor * context * pipeline);
    if (pin.data && pin.data !== data) continue;
    if (globalBatch % data !== 0) continue;
    const perReplica = globalBatch / data;
    for (const expert of eps(data)) for (const microBatch of pin.microBatch ? [pin.microBatch] : [1, 2, 4, 8]) {
      if (perReplica % microBatch !== 0) continue;
      const m = perReplica / microBatch;
      const interleaves = pin.interleave ? [pin.interleave] : pipeline > 1 ? divisors(t.layers / pipeline).filter((x) => x <= MAX_INTERLEAVE) : [1];
      for (const interleave of interleaves) {
        if (interleave > 1 && (t.layers % (pipeline * interleave) !== 0 || m % pipeline !== 0)) continue;
        for (const recompute of pin.recompute ? [pin.recompute] : (['none', 'selective', 'full'] as Recompute[])) {
          for (const zeroStage of pin.zeroStage !== undefined ? [pin.zeroStage] : pipeline > 1 ? [0, 1] : [0, 1, 3]) {
            out.push({ tensor, pipeline, data, context, expert, microBatch, interleave, recompute, sequenceParallel: pin.sequenceParallel ?? tensor > 1, zeroStage });
          }
        }
      }
    }
  }
  return out;
}

/** Evaluates one layout. */
export function planLayout(t: Transformer, layout: ParallelLayout, globalBatch: number, input: LlmStepInput): LlmPlan {
  const memory = gpuMemory(t, layout, globalBatch, input.fusedAttention);
  const terms = llmStepTerms(t, layout, globalBatch, input);
  return { layout, memory, fits: memory.total <= usableBytes(input.gpu.memoryGB), terms, stepSeconds: terms.reduce((s, x) => s + x.exposedSeconds, 0) };
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/** Short description of a layout: "TP 8 x PP 4 x DP 2, micro-batch 1, selective recompute, ZeRO-1". */
export function describeLayout(l: ParallelLayout): string {
  return `TP ${l.tensor}${l.context > 1 ? ` x CP ${l.context}` : ''} x PP ${l.pipeline}${l.interleave > 1 ? ` (${l.interleave} virtual)` : ''} x DP ${l.data}${l.expert > 1 ? ` (EP ${l.expert})` : ''}, micro-batch ${l.microBatch}, ${l.recompute} recompute${l.sequenceParallel ? ', sequence parallel' : ''}${l.zeroStage ? `, ZeRO-${l.zeroStage}` : ''}`;
}

/**
 * The fastest layout that fits memory (or the pinned one). When nothing fits, the message names the GPU
 * memory, the need of the least memory-hungry layout and the shortfall.
 */
export function bestLlmPlan(t: Transformer, totalGpus: number, globalBatch: number, input: LlmStepInput, pin: ParallelLayoutPin = {}): LlmPlanResult {
  // Context parallelism is searched only when nothing fits without it (its use in practice: sequences whose
  // activations do not fit otherwise, Megatron-Core's guidance). Its ring steps' kernel costs are not modelled
  // beyond the exchange, so it is not offered as a speed-up; pinning it evaluates it.
  if (pin.context === undefined) {
    const withoutContext = searchLayouts(t, totalGpus, globalBatch, input, { ...pin, context: 1 }, pin);
    if (withoutContext.ok) return withoutContext;
    const withContext = searchLayouts(t, totalGpus, globalBatch, input, pin, pin);
    return withContext.ok || withContext.smallest ? withContext : withoutContext;
  }
  return searchLayouts(t, totalGpus, globalBatch, input, pin, pin);
}

function searchLayouts(t: Transformer, totalGpus: number, globalBatch: number, input: LlmStepInput, pin: ParallelLayoutPin, userPin: ParallelLayoutPin): LlmPlanResult {
  const layouts = candidateLayouts(t, totalGpus, input.machine.gpusPerNode, globalBatch, pin);
  if (!layouts.length) return { ok: false, message: `No parallel layout splits ${totalGpus} GPUs and a global batch of ${globalBatch} sequences${Object.keys(userPin).length ? ' with the pinned settings' : ''}: tensor x context x pipeline x data must equal the GPUs, the data degree must divide the batch, and the expert degree the experts and the data degree.` };
  let best: { layout: ParallelLayout; memory: GpuMemory; stepSeconds: number } | undefined;
  let leanest: { layout: ParallelLayout; memory: GpuMemory } | undefined;
  const usableMemory = usableBytes(input.gpu.memoryGB);
  for (const layout of layouts) {
    // Memory first: it is cheap, and the step terms of a layout that does not fit are never needed.
    const memory = gpuMemory(t, layout, globalBatch, input.fusedAttention);
    if (!leanest || memory.total < leanest.memory.total) leanest = { layout, memory };
    if (memory.total > usableMemory) continue;
    const stepSeconds = llmStepTerms(t, layout, globalBatch, input, false).reduce((sum, x) => sum + x.exposedSeconds, 0);
    if (!best || stepSeconds < best.stepSeconds) best = { layout, memory, stepSeconds };
  }
  if (best) return { ok: true, plan: planLayout(t, best.layout, globalBatch, input), candidates: layouts.length };
  const s = planLayout(t, leanest!.layout, globalBatch, input);
  const usable = usableMemory;
  return {
    ok: false, smallest: s,
    message: `Does not fit in GPU memory: ${input.gpu.name} has ${input.gpu.memoryGB} GB (${gb(usable)} usable), but even the leanest layout (${describeLayout(s.layout)}) needs ${gb(s.memory.total)} per GPU (weights ${gb(s.memory.weights)}, gradients ${gb(s.memory.gradients)}, optimizer ${gb(s.memory.optimizer)}, activations ${gb(s.memory.activations)}), ${gb(s.memory.total - usable)} short. Use more GPUs or GPUs with more memory${Object.keys(userPin).length ? ', or unpin the layout' : ''}.`,
  };
}
