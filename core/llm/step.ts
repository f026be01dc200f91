import { collectiveTime, type TopologyLevel } from '../engine/collectives';
import type { StepTerm } from '../engine/terms/types';
import type { Gpu } from '../model/catalog';
import type { Precision } from '../model/common';
import type { ParallelLayout } from '../model/parallelLayout';
import type { Transformer } from '../model/transformer';
import { flopsPerToken, activationBytesPerLayer, kvWidth, parameterCounts } from './formulas';
import { microBatches } from './memory';
import { GEMM_EFFICIENCY, GEMM_EFFICIENCY_SOURCE, LLM_MEMORY, LLM_STEP } from './params';
import { layoutLevels, type LlmMachine } from './placement';
import { dataParallelChunks, exposedPipelineShare, hiddenChunkedSeconds, overlapPasses } from './overlap';
import { MEMORY_EFFICIENCY, OPTIMIZER_BYTES_PER_PARAMETER } from '../engine/efficiency';

/** What a step's time depends on besides the model and the layout. */
export interface LlmStepInput {
  gpu: Gpu;
  precision: Precision;
  /** Compute slowdown of the software stack (1 = tuned MLPerf class). */
  softwareSlowdown: number;
  /** Architecture factor of the GPU's kernels (efficiency.ts ARCHITECTURE_FACTOR). */
  architectureFactor: number;
  /** Whether the stack overlaps tensor-parallel communication with GEMMs (MLPerf class). */
  tunedOverlap: boolean;
  /** Share of the gradient reduction the stack can hide in its backward window. */
  syncOverlap: number;
  /** Whether the stack fuses the attention core (flash attention) instead of materialising the scores in HBM. */
  fusedAttention: boolean;
  /**
   * Whether the stack overlaps the data-parallel gradient reduction with the backward pass when the model is
   * pipelined (absent: yes, as current stacks do). Without it the reduction runs after the last backward.
   */
  pipelinedGradientOverlap?: boolean;
  machine: LlmMachine;
}

/** Efficiency of a GEMM of `flops` FLOPs, log-linear in the size table (clamped at its ends). */
export function gemmEfficiency(flops: number): number {
  const x = Math.log10(Math.max(flops, 1));
  const rows = GEMM_EFFICIENCY;
  if (x <= rows[0]!.log10Flops) return rows[0]!.efficiency;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (x <= b.log10Flops) return a.efficiency + ((x - a.log10Flops) / (b.log10Flops - a.log10Flops)) * (b.efficiency - a.efficiency);
  }
  return rows[rows.length - 1]!.efficiency;
}

/** Whether the transformer layers' GEMMs run in FP8: FP8 asked for, on a GPU with FP8 tensor cores (Hopper, Ada, Blackwell, CDNA 3). */
export function fp8Gemms(input: Pick<LlmStepInput, 'gpu' | 'precision'>): boolean {
  return input.precision === 'fp8' && !!input.gpu.fp8Tflops;
}

/**
 * Dense peak of the GPU for the layers' GEMMs and the share they reach relative to BF16. Transformer Engine
 * runs the linear layers in FP8 (te.Linear, LayerNormLinear, LayerNormMLP under fp8_autocast); the attention
 * core and the output layer stay in 16 bits (`gemms: 'other'`).
 */
function peak(input: LlmStepInput, gemms: 'layers' | 'other' = 'layers'): { flops: number; share: number } {
  const { gpu, precision } = input;
  if (gemms === 'layers' && fp8Gemms(input)) return { flops: gpu.fp8Tflops! * 1e12, share: LLM_STEP.fp8GemmShare.value };
  if (precision === 'fp32' || precision === 'tf32') return { flops: (gpu.tf32Tflops ?? gpu.fp32Tflops) * 1e12, share: 1 };
  return { flops: gpu.fp16Tflops * 1e12, share: 1 };
}

/** "8 GPUs on intra-node, 4 GPUs on network": the levels a group crosses. */
function overGroup(levels: readonly TopologyLevel[]): string {
  return levels.map((x) => `${x.ranks} GPUs on ${x.name}`).join(', ');
}

/** The pipeline bubble as a share of the ideal step: (p - 1) / (m v) (Narayanan et al. 2021, section 2.2). */
export function bubbleShare(pipeline: number, microBatchCount: number, interleave: number): number {
  return (pipeline - 1) / (microBatchCount * interleave);
}

/**
 * One optimizer step of one GPU for a layout, as step terms: GEMM and vector compute (recompute included),
 * tensor-parallel all-reduces, context-parallel key/value exchange, MoE all-to-all, the pipeline bubble and
 * point-to-point transfers, the data-parallel gradient reduction and the optimizer step. Every collective
 * runs on the levels its group really crosses (placement.ts), through the collective primitive. `explain`
 * false leaves the bases empty (the layout search prices thousands of layouts and explains one).
 */
export function llmStepTerms(t: Transformer, layout: ParallelLayout, globalBatch: number, input: LlmStepInput, explain = true): StepTerm[] {
  const { tensor: tp, pipeline: pp, data: dp, context: cp, expert: ep, microBatch: b, interleave: v } = layout;
  const m = microBatches(globalBatch, layout);
  const levels = layoutLevels(input.machine, layout);
  const flops = flopsPerToken(t, layout.recompute);
  // Tokens of one micro-batch on one GPU's context slice (all of them without context parallelism).
  const tokensPerMicro = (b * t.seqLength) / cp;
  const gpusPerReplica = tp * pp * cp;
  const layersPerGpu = t.layers / pp;
  const moe = t.experts > 1;
  const { flops: peakFlops, share } = peak(input);
  const { flops: otherPeakFlops, share: otherShare } = peak(input, 'other');
  // Each GEMM of a layer on one GPU gets the size table's efficiency at its own size (Calculon keys efficiency
  // by GEMM shape): the QKV projection, the attention output projection and the FFN matrices, weighted by
  // their FLOPs per token. An expert sees the tokens routed to it: top-k / experts of the tokens, from each of
  // the e ranks of its expert-parallel group. The backward GEMMs (data and weight gradients) have the forward's sizes.
  const h = t.hiddenSize;
  const routed = moe ? Math.min(1, (ep * t.topK) / t.experts) : 1;
  const ffnMatrices = t.gatedFfn ? 3 : 2;
  const layerGemms = [
    { perToken: 2 * h * (h + 2 * kvWidth(t)), size: (2 * tokensPerMicro * h * (h + 2 * kvWidth(t))) / tp },
    { perToken: 2 * h * h, size: (2 * tokensPerMicro * h * h) / tp },
    { perToken: ffnMatrices * t.topK * 2 * h * t.ffnHiddenSize, size: (2 * tokensPerMicro * h * t.ffnHiddenSize * routed) / tp },
  ];
  const layerGemmFlops = layerGemms.reduce((sum, g) => sum + g.perToken, 0);
  const efficiency = (layerGemmFlops / layerGemms.reduce((sum, g) => sum + g.perToken / gemmEfficiency(g.size), 0)) * share * input.architectureFactor;
  const flopRate = (peakFlops * efficiency) / input.softwareSlowdown;
  // The output layer (logits GEMM, 2 V h per token forward; its data and weight gradients backward, the data
  // gradient only when the embedding is frozen) runs on the last pipeline stage only (Megatron places the
  // embedding on the first stage and the output layer on the last), at the efficiency of its own size. The
  // pipeline runs at the pace of its slowest stage, so the last stage's layers plus the output layer set the
  // step; without pipelining it is every GPU's share, as before.
  const logitFlops = 2 * t.vocabSize * h;
  const logitTrainFlops = logitFlops * (t.lora ? 2 : 3);
  const logitEfficiency = gemmEfficiency((2 * tokensPerMicro * h * t.vocabSize) / tp) * otherShare * input.architectureFactor;
  const logitSeconds = (m * tokensPerMicro * logitTrainFlops) / tp / ((otherPeakFlops * logitEfficiency) / input.softwareSlowdown);
  // The attention core (scores and weighted values) runs as one GEMM per sequence and head, s x s x d_head
  // (a flash-attention tile loop or batched GEMMs): smaller than the projections, so it gets the size table's
  // efficiency at that size. Forward, backward (twice) and recompute passes of it.
  const headDim = t.hiddenSize / t.heads;
  const attentionGemmFlops = (2 * t.seqLength * t.seqLength * headDim) / cp;
  const attentionPasses = layout.recompute === 'none' ? 3 : 4;
  const attentionFlops = flops.attentionCore * attentionPasses;
  const attentionEfficiency = gemmEfficiency(attentionGemmFlops) * otherShare * input.architectureFactor;
  const attentionSeconds = (m * b * t.seqLength * attentionFlops) / gpusPerReplica / ((otherPeakFlops * attentionEfficiency) / input.softwareSlowdown);
  const mathSeconds = (m * b * t.seqLength * (flops.train - attentionFlops - logitTrainFlops)) / gpusPerReplica / flopRate + attentionSeconds + logitSeconds;
  // Element-wise work streams the layer's activations through HBM; recomputation reruns the forward's
  // element-wise work: one more pass over what it recomputes (the whole layer under full recompute).
  // A stack without fused attention also streams the s x s attention scores of every head through its
  // softmax and dropout kernels, forward and backward, and once more forward when the attention core is
  // recomputed (full or selective recompute); fused (flash) attention keeps them on chip.
  const split = { tensor: tp, context: cp, sequenceParallel: layout.sequenceParallel };
  const layerBytes = activationBytesPerLayer(t, b, { ...split, recompute: 'selective' }) * layersPerGpu;
  const scoreElements = input.fusedAttention ? 0 : ((b * (t.heads / tp) * t.seqLength * t.seqLength) / cp) * layersPerGpu;
  const scoreBytesPerElement = LLM_STEP.attentionScoreForwardBytes.value * (layout.recompute === 'none' ? 1 : 2) + LLM_STEP.attentionScoreBackwardBytes.value;
  // The last stage's cross-entropy streams its V / t logits of every token in FP32.
  const lossBytes = tokensPerMicro * (t.vocabSize / tp) * LLM_STEP.lossBytesPerLogit.value;
  const vectorPasses = LLM_STEP.vectorPasses.value;
  const streamedBytes = layerBytes * (vectorPasses + (layout.recompute === 'full' ? 1 : 0)) + scoreElements * scoreBytesPerElement + lossBytes;
  const vectorSeconds = (input.softwareSlowdown * m * streamedBytes) / (input.gpu.memoryBandwidthTBps * 1e12 * MEMORY_EFFICIENCY.value);
  const compute = mathSeconds + vectorSeconds;
  const terms: StepTerm[] = [{
    term: 'compute', cause: 'gpu-compute', seconds: compute, exposedSeconds: compute,
    basis: explain ? `${(flops.train / 1e9).toFixed(1)} GFLOP per token (forward, backward${layout.recompute !== 'none' ? `, ${layout.recompute} recompute` : ''}; Narayanan et al. 2021) at ${(efficiency * 100).toFixed(0)}% of ${fp8Gemms(input) ? 'the FP8 peak (Transformer Engine)' : 'peak'}, the attention core at ${(attentionEfficiency * 100).toFixed(0)}%, the output layer at ${(logitEfficiency * 100).toFixed(0)}%${pp > 1 ? ' on the last stage, which sets the pipeline\'s pace' : ''} (${GEMM_EFFICIENCY_SOURCE}), plus element-wise work over HBM${scoreElements > 0 ? ' (attention scores materialised)' : ''}` : '',
  }];
  // Forward passes that move activations: forward and backward, one more forward under full recompute.
  const passes = layout.recompute === 'full' ? 3 : 2;
  // Megatron tensor parallelism: two all-reduces of the layer's activations forward, two backward, two
  // more when the forward is recomputed; with sequence parallelism each is a reduce-scatter + all-gather
  // of the same bytes (the same ring time).
  if (tp > 1) {
    const bytes = tokensPerMicro * t.hiddenSize * LLM_MEMORY.weightBytes.value;
    const perLayer = 2 * passes;
    const seconds = m * layersPerGpu * perLayer * collectiveTime('all-reduce', bytes, levels.tensor).seconds;
    const hidden = input.tunedOverlap ? LLM_STEP.tunedTensorOverlap.value : 0;
    terms.push({ term: 'tensor-parallel', cause: 'tensor-parallel', seconds, exposedSeconds: seconds * (1 - hidden), overlapsWith: hidden > 0 ? 'compute' : undefined, basis: explain ? `${perLayer} all-reduces of ${(bytes / 1e6).toFixed(0)} MB per layer and micro-batch over ${overGroup(levels.tensor)} (collectives.ts)` : '' });
  }
  // Context parallelism (ring attention): each GPU passes its key/value chunk around the c ranks of its group,
  // c - 1 steps forward; backward sends the chunks and their gradients (twice the bytes). Each step overlaps
  // the attention of the chunk already received, so only what the attention core's compute does not cover waits.
  if (cp > 1) {
    const chunkBytes = 2 * tokensPerMicro * (kvWidth(t) / tp) * LLM_MEMORY.weightBytes.value;
    const stepSeconds = collectiveTime('p2p', chunkBytes, levels.context).seconds;
    const seconds = m * layersPerGpu * (cp - 1) * stepSeconds * (passes + 1);
    const hidden = Math.min(seconds, attentionSeconds);
    terms.push({ term: 'context-parallel', cause: 'context-parallel', seconds, exposedSeconds: seconds - hidden, overlapsWith: 'compute', basis: explain ? `ring attention: ${cp - 1} key/value chunks of ${(chunkBytes / 1e6).toFixed(1)} MB per layer and micro-batch forward, chunks and gradients backward, over ${overGroup(levels.context)}, behind the attention compute (Megatron-Core context parallelism)` : '' });
  }
  // Expert parallelism: each MoE layer dispatches every token's hidden state to its top-k experts and
  // combines the results (two all-to-alls forward, two backward, two more under full recompute), on the
  // ranks of the expert-parallel group. Not overlapped (the experts wait for their tokens).
  if (moe && ep > 1) {
    const bytes = (tokensPerMicro / (layout.sequenceParallel ? tp : 1)) * t.topK * t.hiddenSize * LLM_MEMORY.weightBytes.value;
    const perLayer = 2 * passes;
    const seconds = m * layersPerGpu * perLayer * collectiveTime('all-to-all', bytes, levels.expert).seconds;
    terms.push({ term: 'expert-parallel', cause: 'expert-parallel', seconds, exposedSeconds: seconds, basis: explain ? `${perLayer} all-to-alls (dispatch and combine) of ${(bytes / 1e6).toFixed(0)} MB per MoE layer and micro-batch over ${overGroup(levels.expert)}, ${t.experts / ep} of ${t.experts} experts per GPU (GShard; collectives.ts)` : '' });
  }
  if (pp > 1) {
    const perMicro = terms.reduce((s, x) => s + x.exposedSeconds, 0) / m;
    const bubble = ((pp - 1) / v) * perMicro;
    terms.push({ term: 'pipeline-bubble', cause: 'pipeline-bubble', seconds: bubble, exposedSeconds: bubble, basis: explain ? `1F1B${v > 1 ? ` with ${v} virtual stages` : ''}: bubble (p-1)/(m v) = ${(bubbleShare(pp, m, v) * 100).toFixed(1)}% of the ideal step, p = ${pp}, m = ${m} (Narayanan et al. 2021)` : '' });
    // Each of the t tensor-parallel ranks sends 1/t of the stage's output on its own link: with sequence
    // parallelism the activations are already split; without it Megatron's scatter/gather optimisation
    // (Narayanan et al. 2021, section 4.1: scatter_gather_tensors_in_pipeline) sends 1/t and all-gathers
    // the rest inside the node (NVLink) on arrival. Each micro-batch crosses 2 v stage boundaries per GPU.
    const fullBytes = tokensPerMicro * t.hiddenSize * LLM_MEMORY.weightBytes.value;
    const bytes = fullBytes / tp;
    const gather = layout.sequenceParallel || tp === 1 ? 0 : collectiveTime('all-gather', fullBytes, levels.tensor).seconds;
    const p2p = 2 * m * v * (collectiveTime('p2p', bytes, levels.pipeline).seconds + gather);
    // A tuned current stack overlaps the transfers of the interleaved steady state (overlap.ts).
    const p2pOverlap = input.tunedOverlap && v > 1 && input.pipelinedGradientOverlap !== false;
    const p2pExposed = p2pOverlap ? p2p * exposedPipelineShare(pp, m, v) : p2p;
    terms.push({ term: 'pipeline-p2p', cause: 'pipeline-bubble', seconds: p2p, exposedSeconds: p2pExposed, overlapsWith: p2pOverlap ? 'compute' : undefined, basis: explain ? `activations forward and their gradients backward between stages, ${(bytes / 1e6).toFixed(1)} MB per GPU, micro-batch and virtual stage on ${levels.pipeline.at(-1)?.name ?? 'the node'}${gather > 0 ? ', all-gathered over the tensor-parallel group (scatter/gather, Narayanan et al. 2021)' : ''}${p2pOverlap ? `; the 1F1B steady state's behind compute, the fill and flush's ${(exposedPipelineShare(pp, m, v) * 100).toFixed(0)}% exposed (NeMo overlap_p2p_comm)` : ''}` : '' });
  }
  // Data-parallel gradient reduction of this GPU's shard; ZeRO-1/2 reduce-scatter gradients and all-gather
  // the updated weights (the bytes of one all-reduce). Dense weights are replicated over data x context
  // ranks (a hierarchical reduction: the context group inside, data parallelism across); experts over the
  // data x context / expert ranks that hold the same experts.
  const counts = parameterCounts(t);
  const trainableShare = counts.trainable / counts.total;
  const denseShard = (layersPerGpu * (counts.perLayer - counts.expertPerLayer) + counts.embedding) / tp;
  const expertShard = (layersPerGpu * counts.expertPerLayer) / (tp * ep);
  const denseRanks = [...levels.context, ...levels.data];
  const syncRanks = dp * cp;
  if (syncRanks > 1 && layout.zeroStage === 3) {
    // ZeRO-3 / FSDP gathers every weight (frozen ones too) before its forward and again before its
    // backward, for each micro-batch, prefetching behind the compute of the layer before.
    const bytes = (denseShard + expertShard) * LLM_MEMORY.weightBytes.value;
    const seconds = 2 * m * (collectiveTime('all-gather', denseShard * LLM_MEMORY.weightBytes.value, denseRanks).seconds + (expertShard > 0 ? collectiveTime('all-gather', expertShard * LLM_MEMORY.weightBytes.value, levels.expertData).seconds : 0));
    const hidden = Math.min(seconds, compute * input.syncOverlap);
    terms.push({ term: 'zero3-gather', cause: 'network-sync', seconds, exposedSeconds: seconds - hidden, overlapsWith: 'compute', basis: explain ? `ZeRO-3 all-gather of ${(bytes / 1e9).toFixed(2)} GB of weights per GPU, forward and backward of each of ${m} micro-batches, prefetched behind compute (Rajbhandari et al. 2020)` : '' });
  }
  const trainablePerGpu = (denseShard + expertShard) * trainableShare;
  if (syncRanks > 1) {
    const bytes = trainablePerGpu * LLM_MEMORY.gradientBytes.value;
    const op = layout.zeroStage > 0 ? 'reduce-scatter' : 'all-reduce';
    const reduce = (o: 'reduce-scatter' | 'all-reduce' | 'all-gather') => collectiveTime(o, denseShard * trainableShare * LLM_MEMORY.gradientBytes.value, denseRanks).seconds
      + (expertShard > 0 ? collectiveTime(o, expertShard * trainableShare * LLM_MEMORY.gradientBytes.value, levels.expertData).seconds : 0);
    const gradientSeconds = reduce(op);
    // ZeRO-1/2 all-gather the updated weights (the other half of an all-reduce's bytes).
    const gatherSeconds = layout.zeroStage > 0 ? reduce('all-gather') : 0;
    const seconds = gradientSeconds + gatherSeconds;
    const usable = LLM_STEP.dataParallelOverlap.value * input.syncOverlap;
    const backwardPerMicro = (compute / m) * (2 / 3);
    let hidden: number;
    let how: string;
    if (input.pipelinedGradientOverlap === false) {
      // A 2021-era stack: torch DDP overlaps the last micro-batch's backward without pipelining; a pipelined run
      // reduces after the backward pass, fully exposed (local DDP).
      hidden = pp === 1 ? Math.min(seconds, backwardPerMicro * usable) : 0;
      how = pp === 1 ? 'overlapped with the last micro-batch\'s backward' : 'after the backward pass (a pipelined run on a stack without gradient-reduction overlap)';
    } else {
      // Chunked overlap (overlap.ts): gradients behind the flush's backward, the weights' all-gather behind the
      // next step's warm-up forwards; one chunk of each exposed.
      const chunks = dataParallelChunks(layersPerGpu, pp, v);
      const passes = overlapPasses(m, pp, v, chunks);
      hidden = hiddenChunkedSeconds(gradientSeconds, chunks, passes * backwardPerMicro * usable)
        + hiddenChunkedSeconds(gatherSeconds, chunks, passes * (backwardPerMicro / 2) * usable);
      how = `in ${chunks} chunks (${pp > 1 && v > 1 ? 'virtual stages' : 'layers'}), one exposed, the rest behind ${passes.toFixed(1)} micro-batches' ${gatherSeconds > 0 ? 'backward (gradients) and the next step\'s forward (weights)' : 'backward'} (Megatron-Core / NeMo overlap_grad_sync, overlap_param_sync)`;
    }
    terms.push({ term: 'data-parallel-sync', cause: 'network-sync', seconds, exposedSeconds: seconds - hidden, overlapsWith: hidden > 0 ? 'compute' : undefined, basis: explain ? `gradient ${layout.zeroStage > 0 ? `reduce-scatter + all-gather (ZeRO-${layout.zeroStage})` : 'all-reduce'} of ${(bytes / 1e9).toFixed(2)} GB per GPU over ${dp} replicas${cp > 1 ? ` x ${cp} context ranks` : ''}, ${how} (collectives.ts)` : '' });
  }
  const optimizerBytes = layout.zeroStage >= 1
    ? ((denseShard / syncRanks + (expertShard * ep) / syncRanks) * trainableShare * OPTIMIZER_BYTES_PER_PARAMETER.value)
    : trainablePerGpu * OPTIMIZER_BYTES_PER_PARAMETER.value;
  const optimizer = optimizerBytes / (input.gpu.memoryBandwidthTBps * 1e12 * MEMORY_EFFICIENCY.value);
  terms.push({ term: 'optimizer', cause: 'framework', seconds: optimizer, exposedSeconds: optimizer, basis: explain ? `Adam state of ${(trainablePerGpu / 1e9).toFixed(2)}B parameters per GPU${layout.zeroStage >= 1 ? `, sharded over ${syncRanks} ranks` : ''} streamed through HBM (ZeRO paper)` : '' });
  return terms;
}
