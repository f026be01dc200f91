import type { Framework, SoftwareClass } from '../../model/common';
import type { WorkloadDomain } from '../../model/workload';
import { defineParams, p } from './schema';

/**
 * Compute-physics constants of the CNN/encoder roofline (`compute.ts`) beyond the fitted efficiency
 * shares of `efficiency.ts`. Each is one mechanism: non-tensor work on the SIMT (CUDA-core) units, and
 * the overlap of math with memory traffic inside fused kernels.
 */

/**
 * Share of a training step's FLOPs that run on the FP32 vector (SIMT) units instead of tensor cores:
 * normalization, softmax, activations, residual adds and their gradients. They scale with the
 * datasheet FP32 rate, not the tensor peak, so a part whose tensor peak grew faster than its FP32 rate
 * (Blackwell: 2,250 dense FP16 TFLOPS against 80 FP32) spends a larger share of its step on them.
 */
export const NON_TENSOR_FLOP_SHARE = defineParams('NON_TENSOR_FLOP_SHARE', {
  'image-classification': p(0.02, 'fraction of train FLOPs', 'ResNet-50: ~25M activation values per 224x224 image (about 100 MB in FP32) x ~20 FLOPs of batch-norm, ReLU and residual add per value forward and backward = ~0.5 GFLOP of the 24.6 GFLOP training step (He et al. 2016 layer shapes; Ioffe & Szegedy 2015 BN arithmetic); estimate', 'estimate'),
  'object-detection': p(0.02, 'fraction of train FLOPs', 'convolutional backbones with batch-norm, as image classification; estimate', 'estimate'),
  'language-model': p(0.002, 'fraction of train FLOPs', 'BERT-large training: statistical normalizations 0.17% and element-wise operators 0.03% of FLOPs (Ivanov et al. 2021, "Data Movement Is All You Need", MLSys, table 1)', 'review-measured'),
  recommendation: p(0.05, 'fraction of train FLOPs', 'DLRM: feature interactions and MLP activations over small GEMMs; estimate', 'estimate'),
  'medical-3d': p(0.03, 'fraction of train FLOPs', '3D U-Net: instance norm and activations over large 3D feature maps; estimate', 'estimate'),
  llm: p(0.002, 'fraction of train FLOPs', 'decoder transformers: as BERT-large (Ivanov et al. 2021); the LLM step (core/llm) models its own element-wise work', 'estimate'),
  'high-res-imagery': p(0.02, 'fraction of train FLOPs', 'high-resolution CNNs with batch-norm, as image classification; estimate', 'estimate'),
  'reinforcement-learning': p(0.05, 'fraction of train FLOPs', 'small policy networks: activations are a larger share; estimate', 'estimate'),
} satisfies Record<WorkloadDomain, unknown>);

/** How fast the non-tensor work runs on the vector units. */
export const VECTOR = defineParams('VECTOR', {
  efficiency: p(0.5, 'fraction of FP32 peak', 'share of the datasheet FP32 rate that normalization and activation kernels reach (reductions, exp and divides take several issue slots per FLOP; the datasheet rate counts an FMA as 2 FLOPs); estimate. A global fit drove it above 1 (no signal: on every catalog GPU these kernels are memory-bound first), so it is not fitted', 'estimate'),
});

/**
 * Share of the shorter of math and memory time hidden under the longer one (a fused roofline):
 *   t = max(math, memory) + (1 - overlap) x min(math, memory).
 * Fused kernels (bias+activation in the GEMM epilogue, fused multi-head attention, fused BN+ReLU) keep
 * operands on chip while tensor cores work (Ivanov et al. 2021: fusing BERT's operators removed 22.9%
 * of data movement and ran 1.30x faster than PyTorch); stock framework kernels run one after another.
 */
export const MATH_MEMORY_OVERLAP = defineParams('MATH_MEMORY_OVERLAP', {
  mlperf: p(0.000353, 'fraction', 'hand-tuned MLPerf stacks fuse element-wise work into GEMM/conv epilogues (cuDNN runtime fusion, fused MHA). Fitted globally: the fit drives it to ~0 (0.001), i.e. these cases show no overlap beyond what the fitted arithmetic intensities already hold', 'fitted'),
  ngc: p(0.00191, 'fraction', 'NGC DeepLearningExamples containers use AMP and some fused operators (apex fused LayerNorm/Adam). Fitted globally: ~0 (0.001), as for MLPerf stacks', 'fitted'),
  stock: p(0, 'fraction', 'stock framework builds launch one kernel per operator: math and memory time add (the plain roofline sum)', 'estimate'),
} satisfies Record<SoftwareClass, unknown>);

/**
 * Compute-time multiplier of a framework within a software class (on top of `SOFTWARE[class].slowdown`).
 * At the same class the frameworks' own kernels and launch paths differ: NVIDIA's DeepLearningExamples
 * publish ResNet-50 on the same DGX A100 at different speeds under PyTorch, TensorFlow and MXNet. Hand-tuned
 * MLPerf stacks replace the framework's kernels with their own, so the framework does not change them;
 * a stack whose framework is not known gets 1.
 */
export const FRAMEWORK_SLOWDOWN = {
  mlperf: defineParams('FRAMEWORK_SLOWDOWN.mlperf', {
    pytorch: p(1, 'x', 'MLPerf closed-division stacks run submitter-written fused kernels under any framework (reference)', 'estimate'),
    tensorflow: p(1, 'x', 'as PyTorch: hand-tuned kernels (reference)', 'estimate'),
    mxnet: p(1, 'x', 'as PyTorch: hand-tuned kernels (reference)', 'estimate'),
    jax: p(1, 'x', 'as PyTorch: hand-tuned kernels (reference)', 'estimate'),
    paddle: p(1, 'x', 'as PyTorch: hand-tuned kernels (reference)', 'estimate'),
  } satisfies Record<Framework, unknown>),
  ngc: defineParams('FRAMEWORK_SLOWDOWN.ngc', {
    mxnet: p(1, 'x', 'reference: NGC MXNet ResNet-50 (DALI, NHWC fused BN+ReLU kernels); the class slowdown is fitted at this level', 'estimate'),
    pytorch: p(1.09, 'x', 'NGC PyTorch DeepLearningExamples (ResNet-50, BERT) relative to NGC MXNet; fitted globally over every GPU (scripts/fitEfficiency.ts)', 'fitted'),
    tensorflow: p(1.1, 'x', 'NGC TensorFlow 1 DeepLearningExamples ResNet-50 relative to NGC MXNet; fitted globally over every GPU (scripts/fitEfficiency.ts)', 'fitted'),
    jax: p(1, 'x', 'no calibration data (estimate)', 'estimate'),
    paddle: p(1, 'x', 'two calibration rows only, so not fitted (estimate)', 'estimate'),
  } satisfies Record<Framework, unknown>),
  stock: defineParams('FRAMEWORK_SLOWDOWN.stock', {
    pytorch: p(1, 'x', 'reference: the stock class slowdown is fitted on PyTorch runs (Lambda benchmarks)', 'estimate'),
    tensorflow: p(1, 'x', 'no calibration data (estimate)', 'estimate'),
    mxnet: p(1, 'x', 'no calibration data (estimate)', 'estimate'),
    jax: p(1, 'x', 'no calibration data (estimate)', 'estimate'),
    paddle: p(1, 'x', 'no calibration data (estimate)', 'estimate'),
  } satisfies Record<Framework, unknown>),
} satisfies Record<SoftwareClass, unknown>;

/**
 * Convolutions on tensor cores in the NCHW layout (PyTorch's default memory format): cuDNN's tensor-core
 * kernels work in NHWC, so it transposes each convolution's input and output, forward and backward. The
 * transposes are extra HBM traffic, so they cost more on parts whose bandwidth grew slower than their
 * tensor peak. FP32 on CUDA cores (no tensor cores) runs NCHW natively and pays nothing.
 */
export const CONV_LAYOUT = defineParams('CONV_LAYOUT', {
  nchwTransposeTrafficShare: p(1.03, 'fraction of activation traffic', 'extra HBM bytes of the NCHW<->NHWC transposes relative to the rest of a CNN step\'s activation traffic. Fitted globally (scripts/fitEfficiency.ts) on the Lambda NCHW ResNet-50 AMP/TF32 runs and the DeepLearningExamples TF32 runs against their NHWC AMP runs. A pass count gives ~0.6 (~12 passes over convolution tensors: input and output forward, their gradients and the weight-gradient operands backward, against ~20 passes of the convolution, batch-norm, ReLU and residual kernels), so the NCHW path also loses in kernel choice. At the model\'s ResNet-50 split it slows a V100/A100 AMP step ~1.5x; the PyTorch channels-last tutorial and MosaicML Composer\'s ChannelsLast card report ~1.3x for ResNet-50', 'fitted'),
});

/** Workload families whose math is mostly convolutions (the layout term applies to them). */
export const CONVOLUTIONAL: Record<WorkloadDomain, boolean> = {
  'image-classification': true,
  'object-detection': true,
  'language-model': false,
  recommendation: false,
  'medical-3d': true,
  llm: false,
  'high-res-imagery': true,
  'reinforcement-learning': false,
};

/**
 * Whether a stack keeps convolution tensors channels-last (NHWC) at a math mode. MLPerf stacks always do;
 * NGC DeepLearningExamples set NHWC for mixed precision only (PyTorch ConvNets configs.yml: memory_format
 * nhwc under AMP, the NCHW default under TF32/FP32); stock framework scripts keep PyTorch's NCHW default
 * (the Lambda ConvNets benchmark passes --amp without --memory-format).
 */
export function channelsLast(software: SoftwareClass, mode: 'fp8' | 'mixed' | 'tf32' | 'fp32'): boolean {
  if (software === 'mlperf') return true;
  if (software === 'ngc') return mode === 'mixed' || mode === 'fp8';
  return false;
}

/**
 * Attention scores of transformer encoders outside the GEMMs. DeepLearningExamples' BERT (and the stock
 * scripts built on it) computes attention unfused: batched GEMM, scale, mask add, softmax, dropout, batched
 * GEMM, so every s x s score of every head streams through HBM in each element-wise kernel, forward and
 * backward. MLPerf stacks run fused multi-head-attention kernels that keep the scores on chip.
 */
export const ATTENTION_SCORES = defineParams('ATTENTION_SCORES', {
  unfusedBytesPerScore: p(32, 'B per score element (16-bit)', 'DeepLearningExamples PyTorch BERT modeling.py BertSelfAttention in 16 bits: forward scale (read + write 4 B), mask add (4), softmax (4), dropout (read, write and a 1-byte mask, 5); backward dropout (5), softmax (read output and gradient, write 6), scale (4). The score writes and reads of the two batched GEMMs are in their own time; autocast\'s FP32 softmax would add more (estimate)', 'estimate'),
});

/** Whether a stack keeps attention scores on chip (fused multi-head attention): MLPerf-class stacks only. */
export function fusedAttention(software: SoftwareClass): boolean {
  return software === 'mlperf';
}
