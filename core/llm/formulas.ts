/**
 * Sizes of a decoder-only transformer from its architecture: parameters, FLOPs per token and activation
 * bytes. Sources:
 * - parameters and FLOPs: Narayanan et al. 2021, "Efficient Large-Scale Language Model Training on GPU
 *   Clusters Using Megatron-LM" (SC'21), section 5.1: forward matmuls 24 B s l h^2 + 4 B s^2 l h, logits
 *   2 B s V h, backward twice the forward, full recompute one more forward;
 * - activation memory: Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer
 *   Models", section 4 (s b h (34 + 5 a s / h) bytes per layer in 16-bit, tensor and sequence parallel splits,
 *   selective and full recompute);
 * - LoRA: Hu et al. 2021 (adapters A: d_in x r, B: r x d_out; frozen base weights get no weight gradients).
 */
import type { Transformer } from '../model/transformer';
import type { Recompute } from '../model/parallelLayout';

/** Parameter counts of a transformer. */
export interface ParameterCounts {
  /** Every weight, all experts included. */
  total: number;
  /** Weights one token passes through (the routed experts only). */
  activePerToken: number;
  /** One embedding matrix (V x h). */
  embedding: number;
  /** Weights of one transformer layer, all experts included. */
  perLayer: number;
  /** Weights of one layer's routed experts (0 for a dense model): what expert parallelism spreads. */
  expertPerLayer: number;
  /** Weights that receive gradients: the LoRA adapters under LoRA, else `total`. */
  trainable: number;
  /** Frozen weights (the LoRA base), else 0. */
  frozen: number;
}

/** Width of the key and value projections (grouped-query attention shares KV heads between query heads). */
export function kvWidth(t: Transformer): number {
  return (t.hiddenSize / t.heads) * (t.kvHeads ?? t.heads);
}

function ffnMatrices(t: Transformer): number {
  return t.gatedFfn ? 3 : 2;
}

/** LoRA adapter parameters of one layer: r (d_in + d_out) for each targeted matrix. */
export function loraParametersPerLayer(t: Transformer): number {
  if (!t.lora) return 0;
  const h = t.hiddenSize;
  const r = t.lora.rank;
  let n = 0;
  for (const target of t.lora.targets) {
    if (target === 'qkv') n += r * (h + h + 2 * kvWidth(t));
    if (target === 'o') n += r * (h + h);
    if (target === 'ffn') n += r * (h + t.ffnHiddenSize) * ffnMatrices(t) * t.experts;
  }
  return n;
}

// Transformer descriptions are values (parsed, or frozen in a design): their sizes are computed once each,
// since the layout search asks for them for every candidate layout.
const countsMemo = new WeakMap<Transformer, ParameterCounts>();

/** Parameters (biases and position embeddings left out: under 0.1% for these models). */
export function parameterCounts(t: Transformer): ParameterCounts {
  let c = countsMemo.get(t);
  if (!c) countsMemo.set(t, (c = countParameters(t)));
  return c;
}

function countParameters(t: Transformer): ParameterCounts {
  const h = t.hiddenSize;
  const attention = 2 * h * h + 2 * h * kvWidth(t);
  const ffnPerExpert = ffnMatrices(t) * h * t.ffnHiddenSize;
  const router = t.experts > 1 ? h * t.experts : 0;
  const norms = 2 * h;
  const perLayer = attention + t.experts * ffnPerExpert + router + norms;
  const activeLayer = attention + t.topK * ffnPerExpert + router + norms;
  const embedding = t.vocabSize * h;
  const embeddings = embedding * (t.tiedEmbeddings ? 1 : 2);
  const total = t.layers * perLayer + embeddings + h;
  const lora = t.layers * loraParametersPerLayer(t);
  return {
    total,
    activePerToken: t.layers * activeLayer + embeddings + h,
    embedding,
    perLayer,
    expertPerLayer: t.experts > 1 ? t.experts * ffnPerExpert : 0,
    trainable: t.lora ? lora : total,
    frozen: t.lora ? total : 0,
  };
}

/** FLOPs per token of one pass. */
export interface FlopsPerToken {
  /** Forward pass: 2 x active matmul weights + attention scores (4 s h per layer) + logits (2 V h). */
  forward: number;
  /** Backward pass: activation gradients (one forward) + weight gradients (one forward; adapters only under LoRA). */
  backward: number;
  /** Recomputation in the backward pass: full = one more forward of the layers; selective = the attention core (4 s h per layer). */
  recompute: number;
  /** forward + backward + recompute. */
  train: number;
  /** The model FLOPs that MFU counts (forward + backward, no recompute). */
  model: number;
  /** Forward FLOPs of the attention core alone (scores and weighted values, 4 s h per layer). */
  attentionCore: number;
}

/** FLOPs per trained token (Narayanan et al. 2021, eq. 3, per token; causal masking not subtracted, as in the paper). */
export function flopsPerToken(t: Transformer, recompute: Recompute): FlopsPerToken {
  const c = parameterCounts(t);
  const h = t.hiddenSize;
  const matmulWeights = t.layers * (c.perLayer - (t.experts - t.topK) * ffnMatrices(t) * h * t.ffnHiddenSize - 2 * h);
  const attentionCore = t.layers * 4 * t.seqLength * h;
  const logits = 2 * t.vocabSize * h;
  const forward = 2 * matmulWeights + attentionCore + logits;
  const loraWeightGrad = 2 * t.layers * loraParametersPerLayer(t);
  const backward = t.lora ? forward + loraWeightGrad : 2 * forward;
  // Full recompute reruns the layers' forward, not the logits (Narayanan et al. 2021, eq. 3).
  const recomputeFlops = recompute === 'full' ? forward - logits : recompute === 'selective' ? attentionCore : 0;
  return { forward, backward, recompute: recomputeFlops, train: forward + backward + recomputeFlops, model: forward + backward, attentionCore };
}

/** How a layer's activations are split and kept. */
export interface ActivationSplit {
  tensor: number;
  /** Context-parallel degree: each GPU keeps s / c of the sequence (its queries attend to all keys); absent = 1. */
  context?: number;
  sequenceParallel: boolean;
  recompute: Recompute;
}

/**
 * Activation bytes one transformer layer keeps for the backward pass, per micro-batch of `microBatch`
 * sequences (16-bit activations, 1-byte dropout masks). Korthikanti et al. 2022 give
 * s b h (34 + 5 a s / h) for GPT (FFN 4h, multi-head attention): attention 11 s b h + 5 a s^2 b, MLP 19 s b h,
 * layer norms 4 s b h. Here the MLP term is 3 + 4 f / h (3 + 6 f / h gated), the attention term 7 + 4 k
 * (k = KV width / h), and a routed token keeps top-k experts' MLP activations: the same formula for their
 * models, generalised (estimate for GQA, SwiGLU and MoE). Tensor parallelism splits all but 10 s b h
 * (layer-norm and dropout inputs), sequence parallelism splits those too; selective recompute drops the
 * 5 a s^2 b attention core; full recompute keeps only the layer input (2 s b h, split by sequence parallelism).
 * Context parallelism keeps s / c tokens per GPU, so every term, the attention core's included, divides by c.
 */
export function activationBytesPerLayer(t: Transformer, microBatch: number, split: ActivationSplit): number {
  const sbh = (t.seqLength * microBatch * t.hiddenSize) / (split.context ?? 1);
  const tp = split.tensor;
  if (split.recompute === 'full') return (2 * sbh) / (split.sequenceParallel ? tp : 1);
  const ratio = t.ffnHiddenSize / t.hiddenSize;
  const mlp = (t.gatedFfn ? 3 + 6 * ratio : 3 + 4 * ratio) * t.topK;
  const attention = 7 + 4 * (kvWidth(t) / t.hiddenSize);
  const perSbh = attention + mlp + 4;
  const unsplit = 10;
  const linear = split.sequenceParallel ? perSbh / tp : unsplit + (perSbh - unsplit) / tp;
  const core = split.recompute === 'selective' ? 0 : (5 * t.heads * t.seqLength * t.seqLength * microBatch) / tp / (split.context ?? 1);
  return linear * sbh + core;
}

/** Bytes of the output logits kept in FP32 for the loss on the last pipeline stage (Korthikanti et al. 2022, 4 s b V / t; / c under context parallelism). */
export function logitBytes(t: Transformer, microBatch: number, tensor: number, context = 1): number {
  return (4 * t.seqLength * microBatch * t.vocabSize) / tensor / context;
}
