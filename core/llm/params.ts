import { defineParams, p } from '../engine/params/schema';

/** Memory constants of LLM training (mixed-precision Adam). */
export const LLM_MEMORY = defineParams('LLM_MEMORY', {
  weightBytes: p(2, 'B per parameter', 'BF16/FP16 weights (Rajbhandari et al. 2020, ZeRO, section 3.1: 2 Psi)', 'review-measured'),
  gradientBytes: p(2, 'B per parameter', 'BF16/FP16 gradients (ZeRO, section 3.1: 2 Psi)', 'review-measured'),
  optimizerBytes: p(12, 'B per parameter', 'FP32 master weights, Adam momentum and variance (ZeRO, section 3.1: K = 12)', 'review-measured'),
  reservedShare: p(0.1, 'fraction of HBM', 'CUDA context, NCCL buffers and allocator fragmentation; PyTorch caching-allocator overheads of 5-15% are typical (estimate)'),
});

/**
 * Efficiency of the transformer GEMMs by size (Calculon-style: Isaev et al. 2023, "Calculon: a methodology
 * and tool for high-level co-design of systems and large language models", SC'23, look up a measured
 * efficiency per GEMM size). Keyed by log10 of one GEMM's FLOPs; values read from NVIDIA's "Matrix
 * Multiplication Background" guide (GEMM throughput against size on A100/H100: small GEMMs lose to wave
 * quantisation and launch cost, large ones reach ~75-80% of dense peak). Estimates.
 */
export const GEMM_EFFICIENCY: ReadonlyArray<{ log10Flops: number; efficiency: number }> = [
  { log10Flops: 8, efficiency: 0.2 },
  { log10Flops: 9, efficiency: 0.4 },
  { log10Flops: 10, efficiency: 0.6 },
  { log10Flops: 11, efficiency: 0.72 },
  { log10Flops: 12, efficiency: 0.78 },
  { log10Flops: 13, efficiency: 0.8 },
];
export const GEMM_EFFICIENCY_SOURCE = 'GEMM efficiency by size: NVIDIA Matrix Multiplication Background guide curves, Calculon-style lookup (estimate)';

/** Step-time constants of LLM training. */
export const LLM_STEP = defineParams('LLM_STEP', {
  fp8GemmShare: p(0.7, 'fraction of FP8 peak relative to the BF16 share', 'FP8 (Transformer Engine) GEMMs speed BF16 training up ~1.3-1.5x rather than 2x (NVIDIA NeMo performance tables; Micikevicius et al. 2022 FP8 formats) (estimate)'),
  vectorPasses: p(3, 'HBM passes over the kept activations', 'element-wise work (norms, softmax, activations, dropout) writes its output forward and reads it and writes a gradient backward (estimate)'),
  tunedTensorOverlap: p(0.5, 'fraction of TP communication hidden', 'MLPerf-class NeMo/Megatron stacks overlap TP all-gather / reduce-scatter with GEMMs (Transformer Engine userbuffers, tp_comm_overlap); others do not (estimate)'),
  fusedAttentionYear: p(2023, 'software release year', 'first stack releases with fused (flash) attention in Megatron-LM / NeMo training: FlashAttention (Dao et al. 2022) through Transformer Engine fused attention in 2023 releases; earlier stacks materialise the attention scores (estimate of the adoption year)'),
  dataParallelOverlap: p(0.8, 'fraction of the last micro-batch backward', 'gradient reduce-scatter / all-reduce overlapped with the backward of the last micro-batch (Megatron overlap_grad_reduce) (estimate)'),
  pipelinedGradientOverlapYear: p(2023, 'software release year', 'first Megatron-LM / NeMo releases that overlap the data-parallel gradient reduction with the backward pass under pipeline parallelism (Megatron-Core DistributedDataParallel overlap_grad_reduce, 2023; NeMo with Apex distributed Adam overlap_grad_sync). Earlier pipelined runs use Megatron\'s local DDP, whose allreduce_gradients() runs in train_step after forward_backward_func returns: exposed (Megatron-LM 2021 megatron/training.py; the SC21 Table 1 script examples/sc21/run_table_1.sh sets --DDP-impl local for every pipelined row, torch DDP, which overlaps the last micro-batch, for the others). Estimate of the adoption year'),
  attentionScoreForwardBytes: p(9, 'B per attention score element', 'a stack that materialises the scores (no fused attention) streams each s x s score of each head through HBM outside the GEMMs: the fused scale-mask-softmax kernel reads and writes it in 16 bits (4 B), attention dropout reads it and writes its output and a 1-byte mask (5 B) (Megatron-LM 2021 ParallelSelfAttention: baddbmm, FusedScaleMaskSoftmax, attention_dropout, bmm; the stored 2 + 1 + 2 B are Korthikanti et al. 2022\'s 5 a s^2 b). The score writes and reads of the two batched GEMMs are in their time', 'review-measured'),
  attentionScoreBackwardBytes: p(11, 'B per attention score element', 'backward of the same kernels: dropout reads the incoming gradient and the mask and writes a gradient (5 B), the softmax backward reads that gradient and its saved output and writes the score gradient (6 B) (Megatron-LM 2021 scaled masked softmax backward; torch dropout backward)', 'review-measured'),
  lossBytesPerLogit: p(52, 'B per logit element', 'vocabulary-parallel cross-entropy on the last pipeline stage, in FP32 over each GPU\'s V / t logits per token: upcast (2 B read, 4 B written), max (4), subtract (8), exp (8), sum (4), normalise (8) forward; scale by the incoming gradient (8) and downcast (6) backward (Megatron-LM mpu/cross_entropy.py, called on output.float() in the GPT model)', 'review-measured'),
});
