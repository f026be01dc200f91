import type { GpuArchitecture } from '../model/catalog';
import type { Precision, SoftwareClass } from '../model/common';
import type { WorkloadDomain } from '../model/workload';

/**
 * Efficiency terms of the compute model, as data with their basis (the Calculon pattern).
 *
 * A GPU's time per training sample is a roofline sum of math time and memory time:
 *   t_hw = F / (peak_precision x mathEfficiency) + (F / arithmeticIntensity) / (HBM bandwidth x memoryEfficiency)
 * and the software stack adds a multiplier, host-side work per sample (queued ahead of the GPU, so only its
 * excess over the kernels is exposed) and an overhead per step:
 *   t_sample = max(softwareSlowdown x t_hw, hostSecondsPerSample),   t_step = batchPerGpu x t_sample + stepOverheadSeconds.
 *
 * The values below were fitted once, by least squares over the public calibration cases
 * (`npx tsx scripts/fitEfficiency.ts CASES.json`), with a handful of global parameters shared by
 * every GPU: they are physics-shaped terms, not per-row corrections. Treat them as estimates.
 */
export interface EfficiencyTerm {
  value: number;
  basis: string;
}

const t = (value: number, basis: string): EfficiencyTerm => ({ value, basis });

/** Share of the dense tensor (or FP32) peak that training kernels reach, by precision. */
export const MATH_EFFICIENCY: Record<Precision, EfficiencyTerm> = {
  mixed: t(0.501, 'FP16/BF16 tensor-core GEMM/conv share of dense peak in tuned training (fitted; MLPerf ResNet/BERT)'),
  fp8: t(0.3, 'FP8 transformer-engine layers reach a lower share of the doubled peak (estimate: NVIDIA Transformer Engine FP8 speedups of 1.3-1.6x over BF16)'),
  tf32: t(0.628, 'TF32 tensor cores: share of the (half-rate) TF32 peak; above the FP16 share, as measured: DeepLearningExamples BERT-large seq 128 on A100 runs TF32 GEMMs at ~52% of the TF32 peak and AMP at ~47% of the FP16 peak. ResNet-50 TF32 runs lower because those runs keep NCHW (CONV_LAYOUT). Fitted (scripts/fitEfficiency.ts)'),
  fp32: t(0.912, 'FP32 on CUDA cores: dense FP32 convolutions reach a high share of the (low) FP32 peak (cuDNN; fitted)'),
};

/**
 * Math efficiency of a workload family relative to convolutional image models: large transformer
 * GEMMs keep tensor cores busier than convolutions with batch-norm (fitted on MLPerf BERT vs ResNet-50).
 */
export const DOMAIN_MATH_FACTOR: Record<WorkloadDomain, EfficiencyTerm> = {
  'image-classification': t(1, 'reference'),
  'object-detection': t(1, 'same as image classification (estimate)'),
  'language-model': t(1.15, 'BERT-large reaches a higher share of peak than ResNet-50 (fitted)'),
  recommendation: t(1, 'estimate'),
  'medical-3d': t(1, 'estimate'),
  llm: t(1.3, 'as language models (estimate)'),
  'high-res-imagery': t(1, 'estimate'),
  'reinforcement-learning': t(1, 'estimate'),
};

/**
 * HBM bytes moved per trainable parameter by one optimizer step in mixed precision (Adam/LAMB: read
 * and write FP32 weights and two moments, read the gradient): 16 bytes of state read and written
 * (Rajbhandari et al. 2020, ZeRO, section 3.1).
 */
export const OPTIMIZER_BYTES_PER_PARAMETER = t(32, 'ZeRO paper: 16 B of optimizer state per parameter in mixed-precision Adam, read and written each step');

/** Share of HBM bandwidth that memory-bound kernels (normalization, activations, optimizer) reach. */
export const MEMORY_EFFICIENCY = t(0.8, 'STREAM-like kernels reach ~80-90% of HBM peak (NVIDIA/AMD bandwidth tests); estimate');

/** Extra math efficiency by architecture relative to the common term (1 = same). */
export const ARCHITECTURE_FACTOR: Record<GpuArchitecture, EfficiencyTerm> = {
  volta: t(1, 'reference'),
  turing: t(1, 'no calibration data; same as Volta (estimate)'),
  ampere: t(1, 'reference'),
  ada: t(1, 'no separate term'),
  hopper: t(1, 'no separate term'),
  blackwell: t(1, 'no calibration data for tuned stacks; same as Hopper (estimate)'),
  cdna2: t(0.8, 'ROCm kernels reach a lower share of peak than CUDA on the same models (MLPerf v5.0 MI300X vs H200 LoRA); estimate'),
  cdna3: t(0.8, 'as cdna2; estimate'),
  cdna4: t(0.8, 'as cdna2; estimate'),
};

/** FLOPs per byte of HBM traffic in training, by workload family (how memory-bound the model is). */
export const ARITHMETIC_INTENSITY: Record<WorkloadDomain, EfficiencyTerm> = {
  'image-classification': t(103, 'ResNet-50: ~24.6 GFLOP vs ~0.21 GB HBM traffic per image (BN/ReLU activations re-read; fitted across V100-H200)'),
  'object-detection': t(120, 'Detection backbones + heads are a little more memory-bound than classification (estimate)'),
  'language-model': t(2000, 'Transformer encoders are GEMM-dominated (arithmetic intensity of 1024-wide GEMMs at batch x seq >= 4k); estimate'),
  recommendation: t(5, 'DLRM: embedding lookups dominate, a few FLOPs per byte (Naumov et al. 2019); estimate'),
  'medical-3d': t(60, '3D U-Net: large activations per FLOP (MLPerf 3D U-Net reference); estimate'),
  llm: t(500, 'Decoder LLM GEMMs at large hidden sizes; estimate'),
  'high-res-imagery': t(100, 'High-resolution CNN segmentation, activation-heavy; estimate'),
  'reinforcement-learning': t(50, 'Small policy networks, memory/latency bound; estimate'),
};

/** Software stack terms: compute slowdown multiplier, host overhead per sample and per step. */
export interface SoftwareTerms {
  slowdown: EfficiencyTerm;
  hostSecondsPerSample: EfficiencyTerm;
  stepOverheadSeconds: EfficiencyTerm;
  /** Share of the gradient all-reduce hidden behind the backward pass. */
  syncOverlap: EfficiencyTerm;
  /** Coefficient of variation of one GPU's step time (drives the straggler term). */
  stepTimeCv: EfficiencyTerm;
  /** Standard deviation of one GPU's step time that does not scale with the step (OS noise, launch and collective latency jitter), s. */
  stepJitterSeconds: EfficiencyTerm;
}

export const SOFTWARE: Record<SoftwareClass, SoftwareTerms> = {
  mlperf: {
    slowdown: t(1, 'reference: hand-tuned MLPerf closed-division stacks (fused kernels, CUDA graphs, DALI)'),
    hostSecondsPerSample: t(0, 'CUDA graphs remove per-sample host work'),
    stepOverheadSeconds: t(0.00393, 'fixed per-iteration cost (optimizer, synchronisation, launch) seen when the per-GPU batch shrinks at scale (MLPerf ResNet DGX H100 1-448 nodes); fitted'),
    syncOverlap: t(0.8, 'MLPerf stacks overlap gradient all-reduce with backward (NCCL/SHARP); estimate'),
    stepTimeCv: t(0.01, 'Step-time jitter of tuned clusters ~1% (estimate)'),
    stepJitterSeconds: t(2.96e-05, 'absolute step jitter (0.04 ms; x ~3 standard deviations for the slowest of 500+ GPUs); fitted on MLPerf runs with small per-GPU batches at 64-448 nodes'),
  },
  ngc: {
    slowdown: t(1, 'NGC DeepLearningExamples containers (AMP, DALI): the MLPerf speed per sample, without the unpadding and optimizer sharding of MLPerf stacks; held at 1 (a free fit finds 0.997), since a general-purpose container cannot beat the hand-tuned stack on the same kernels; frameworks differ through FRAMEWORK_SLOWDOWN.ngc'),
    hostSecondsPerSample: t(7.34e-07, 'per-sample framework/host overhead without CUDA graphs; fitted'),
    stepOverheadSeconds: t(0.0039, 'per-iteration cost at least that of MLPerf stacks (no CUDA graphs); held at the MLPerf value, not fitted: a fit left free puts it below MLPerf\'s, which no stack without CUDA graphs can reach'),
    syncOverlap: t(0.7, 'Horovod/DDP bucketed overlap; estimate'),
    stepTimeCv: t(0.02, 'estimate'),
    stepJitterSeconds: t(0.0005, 'as MLPerf stacks (estimate)'),
  },
  stock: {
    slowdown: t(1.29, 'stock framework builds (no fused kernels) beyond the NCHW layout (CONV_LAYOUT) and unfused attention (ATTENTION_SCORES), which are modelled separately; fitted on Lambda synthetic ResNet-50 and BERT SQuAD benchmarks'),
    hostSecondsPerSample: t(0.000339, 'framework host work per sample, queued ahead of the GPU: it sets the pace once the GPU kernels are shorter (Lambda ResNet-50 AMP: 8x B200 runs 3,058 img/s per GPU, 8x H200 3,060); fitted'),
    stepOverheadSeconds: t(0.01, 'estimate'),
    syncOverlap: t(0.5, 'estimate'),
    stepTimeCv: t(0.03, 'estimate'),
    stepJitterSeconds: t(0.001, 'estimate'),
  },
};

/**
 * Maturity of hand-tuned (MLPerf-class) stacks by release: submitters write model-specific kernels
 * round after round, so an older release of the same stack runs the same model slower on the same GPU
 * (NVIDIA reported up to 2.1x per chip on MLPerf Training v1.0 over v0.7, mostly on BERT).
 *   slowdown = 1 + amplitude[domain] x exp(-(softwareYear - referenceYear) / decayYears)
 * for `mlperf` stacks whose release is known (run setting `softwareYear`); releases older than the
 * reference year are held at the reference (no calibration data before it). NGC and stock stacks are
 * general-purpose and have their own fitted terms.
 */
export const STACK_MATURITY = {
  referenceYear: t(2020.42, 'NGC 20.06 (MLPerf Training v0.7), the oldest tuned language-model stack in the calibration data'),
  decayYears: t(0.604, 'fitted: BERT per-GPU speed on DGX A100 doubled from NGC 20.06 to 21.05 and rose another ~1.3x by 23.04 (MLPerf v0.7, v1.0, v3.0 logs)'),
  amplitude: {
    'image-classification': t(0, 'none: MLPerf ResNet-50 on DGX-1 ran 1,390 img/s per V100 with NGC 19.05 and 1,385 with 20.06 (v0.6/v0.7 logs)'),
    'object-detection': t(0, 'no calibration data (estimate)'),
    'language-model': t(2.47, 'fitted: MLPerf v0.7 BERT (NGC 20.06) ran ~1,000 seq/s on 8 A100 vs ~1,900 with 21.05 (MLPerf v0.7/v1.0 NVIDIA logs); the fit puts all of the gap on compute, so the 2020 factor (3.3x) exceeds the end-to-end 2x'),
    recommendation: t(0, 'no calibration data (estimate)'),
    'medical-3d': t(0, 'no calibration data (estimate)'),
    llm: t(0, 'no calibration data (estimate)'),
    'high-res-imagery': t(0, 'no calibration data (estimate)'),
    'reinforcement-learning': t(0, 'no calibration data (estimate)'),
  } satisfies Record<WorkloadDomain, EfficiencyTerm>,
};

/**
 * Training recipes before MLPerf's reference convergence points (RCPs, introduced with MLPerf
 * Training v1.0 in 2021) were less tuned and needed more samples to the same quality:
 *   samples factor = 1 + extraPerYear x max(0, settledYear - softwareYear)
 * applied to runs that train to the target and whose software release is known.
 */
export const RECIPE_MATURITY = {
  settledYear: t(2020.72, 'just after MLPerf v0.7 (NGC 20.06); v1.0 (mid-2021) introduced RCPs; fitted'),
  extraPerYear: t(0.37, 'fitted: NVIDIA v0.6 ResNet-50 (NGC 19.05) converged in 60 epochs at batch 1,664-3,328 and v0.7 (20.06) in 37-41, vs 35 in the v1.0+ RCPs; v0.7 BERT trained 3.0-4.0M samples vs ~2.4M (MLPerf logs)'),
};

/**
 * Share of the gradient reduction a workload family's optimizer can overlap with the backward pass
 * (multiplies the software class's `syncOverlap`). BERT's LAMB reduces after the last micro-batch:
 * NVIDIA's MLPerf and DeepLearningExamples BERT run with `--allreduce_post_accumulation` and
 * distributed LAMB with `dwu_overlap_reductions=False` (MLPerf v0.7-v1.0 BERT logs).
 */
export const DOMAIN_SYNC_OVERLAP: Record<WorkloadDomain, EfficiencyTerm> = {
  'image-classification': t(1, 'reference: SGD/LARS buckets overlap with backward (Horovod / MXNet kvstore)'),
  'object-detection': t(1, 'as image classification (estimate)'),
  'language-model': t(0, 'post-accumulation all-reduce / distributed LAMB without overlap (MLPerf BERT logs: allreduce_post_accumulation, dwu_overlap_reductions=False)'),
  recommendation: t(1, 'estimate'),
  'medical-3d': t(1, 'estimate'),
  llm: t(0.5, 'estimate'),
  'high-res-imagery': t(1, 'estimate'),
  'reinforcement-learning': t(1, 'estimate'),
};

/**
 * GPU-to-GPU collective bandwidth over PCIe, after NCCL's own topology model (src/graph/topo.h):
 * a PCIe Gen3 x16 path carries 12 GB/s of the 16 GB/s link rate (PCI_BW), Intel root complexes turn
 * peer traffic into 64 B packets that cost 6/5 of the bandwidth (INTEL_P2P_OVERHEAD), and a ring that
 * spans two sockets runs at the CPU interconnect's peer bandwidth below.
 */
export const PCIE_COLLECTIVE = {
  linkEfficiency: t(0.75, 'NCCL topo.h: PCI_BW 12 GB/s for a Gen3 x16 link (16 GB/s)'),
  intelP2pOverhead: t(1.2, 'NCCL topo.h: INTEL_P2P_OVERHEAD(bw) = bw x 6/5'),
};

/** Peer (GPU-to-GPU) bandwidth across the CPU interconnect, GB/s, by vendor and launch year (NCCL topo.h). */
export function crossSocketPeerGBps(vendor: string, launchYear: number): EfficiencyTerm {
  if (/amd/i.test(vendor)) {
    if (launchYear <= 2020) return t(16, 'NCCL topo.h AMD_ZEN12_BW (Zen 1/2 Infinity Fabric)');
    if (launchYear <= 2023) return t(24, 'NCCL topo.h AMD_ZEN34_BW (Zen 3/4)');
    return t(32, 'NCCL topo.h AMD_ZEN5_BW (Zen 5)');
  }
  if (!/intel/i.test(vendor)) return t(6, 'NCCL topo.h ARM_BW (other CPU interconnects)');
  if (launchYear <= 2016) return t(6, 'NCCL topo.h BDW_QPI_BW (Broadwell QPI)');
  if (launchYear <= 2022) return t(10, 'NCCL topo.h SKL_QPI_BW (Skylake to Ice Lake UPI)');
  if (launchYear === 2023) return t(22, 'NCCL topo.h SRP_QPI_BW (Sapphire Rapids UPI)');
  return t(40, 'NCCL topo.h ERP_QPI_BW (Emerald Rapids and later UPI)');
}

/** Forward-only evaluation costs about a third of a training step per sample (backward is ~2x forward). */
export const EVAL_COST_FRACTION = t(1 / 3, 'backward pass costs ~2x the forward pass (Kaplan et al. 2020, 6N vs 2N FLOPs per token)');

/** Coefficient of variation of one batch's service time per input stage (queueing term). */
export const STAGE_CV: Record<'storage' | 'cpu' | 'pcie' | 'network' | 'gpu', EfficiencyTerm> = {
  storage: t(0.6, 'SSD/network read latency tails (DS-Analyzer observed I/O stalls of 10-70% near balance); estimate'),
  cpu: t(0.25, 'decode time varies with JPEG size (ImageNet 110 kB mean, wide spread); estimate'),
  pcie: t(0.1, 'DMA copies are regular; estimate'),
  network: t(0.4, 'shared-fabric contention; estimate'),
  gpu: t(0.05, 'kernel times are regular; estimate'),
};
