import { z } from 'zod';
import { ProvenanceSchema } from './provenance';
import { PrecisionSchema, SoftwareClassSchema } from './common';
import { TransformerSchema } from './transformer';
import { inRange } from './ranges';
import { FileFormatSchema } from '../storage/decode';


/** Workload families; efficiency and scaling tables are keyed by these. */
export const WorkloadDomainSchema = z.enum([
  'image-classification', 'object-detection', 'language-model', 'recommendation', 'medical-3d',
  'llm', 'high-res-imagery', 'reinforcement-learning',
]);
export type WorkloadDomain = z.infer<typeof WorkloadDomainSchema>;

/** One point of a convergence curve: at this global batch, training reaches the target after `value` epochs (or samples). */
export const ConvergencePointSchema = z.object({
  globalBatch: inRange('convergenceGlobalBatch'),
  /** Epochs (or samples) to the quality target at this batch. */
  value: inRange('convergenceValue'),
});

/** How much training the quality target takes, as a function of global batch (log-linear interpolation between points). */
export const ConvergenceSchema = z.object({
  /** 'epochs' = passes over the dataset; 'samples' = samples seen (for workloads that do not train whole epochs). */
  unit: z.enum(['epochs', 'samples']),
  points: z.array(ConvergencePointSchema).min(1).max(1000),
  source: z.array(z.string().min(1)).min(1).max(100),
});
export type Convergence = z.infer<typeof ConvergenceSchema>;

/** A published per-GPU training rate used to anchor the compute model (never a validation row). */
export const MeasuredRateSchema = z.object({
  gpu: z.string().min(1),
  software: SoftwareClassSchema,
  precision: PrecisionSchema,
  samplesPerSecPerGpu: inRange('samplesPerSecPerGpu'),
  source: z.string().min(1),
});

/** A training workload: model + dataset + quality target. All sizes per sample. */
export const WorkloadSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/),
  aliases: z.array(z.string().max(200)).max(100).default([]),
  name: z.string().min(1).max(200),
  domain: WorkloadDomainSchema,
  /** What "trained" means, e.g. "75.9% top-1". */
  qualityTarget: z.string().min(1),
  /** Samples in one epoch of the training set. */
  datasetSamples: inRange('datasetSamples'),
  /** Samples in one evaluation pass. */
  evalSamples: inRange('evalSamples'),
  /** Evaluate every this many epochs (or equivalent samples). */
  evalEveryEpochs: inRange('evalEveryEpochs'),
  /** On-disk format of the samples (JPEG, PNG, NPZ, TFRecord, HDF5, Parquet, raw tensors); sets the parse cost in storage sizing. */
  format: FileFormatSchema.optional(),
  /** Bytes per sample as stored on disk (e.g. JPEG). */
  storedBytesPerSample: inRange('bytesPerSample'),
  /** Bytes per sample after decoding, in host memory. */
  decodedBytesPerSample: inRange('bytesPerSample'),
  /** Bytes per sample copied host -> GPU (decoded tensor, or the compressed record with GPU decode). */
  h2dBytesPerSample: inRange('bytesPerSample'),
  /** CPU core-seconds per sample for reading, decoding and augmenting, at `cpuReferenceGHz`. */
  cpuCoreSecondsPerSample: inRange('cpuCoreSecondsPerSample'),
  /** Clock of the core the CPU cost was measured on, GHz. */
  cpuReferenceGHz: inRange('cpuReferenceGHz'),
  /** Share of the CPU cost that remains when decoding moves to the GPU (parsing, shuffling, launching). */
  cpuFractionWithGpuDecode: z.number().min(0).max(1),
  /** GPU-seconds per sample spent decoding when decoding runs on the GPU, on a V100-class GPU. */
  gpuDecodeSecondsPerSample: inRange('gpuDecodeSecondsPerSample'),
  /** Training FLOPs per sample (forward + backward). */
  trainFlopsPerSample: inRange('trainFlopsPerSample'),
  /**
   * Share of the computed tokens that are padding in a padded implementation. Stacks that unpad or pack
   * sequences (the MLPerf class) skip this share of `trainFlopsPerSample`. Absent means none.
   */
  paddingFraction: z.number().min(0).max(0.95).optional(),
  /** Trainable parameters. */
  parameters: inRange('parameters'),
  /** Bytes of gradients all-reduced per step (parameters x bytes per gradient element). */
  gradientBytes: inRange('gradientBytes'),
  /**
   * Bytes per sample exchanged between GPUs outside the gradient all-reduce, forward + backward summed
   * (model-parallel traffic such as DLRM's embedding all-to-all). Absent means none.
   */
  exchangeBytesPerSample: inRange('exchangeBytesPerSample').optional(),
  /**
   * Attention-score elements per sample of a transformer encoder: layers x heads x sequence length squared.
   * A stack without fused attention streams each through HBM in its softmax and dropout kernels. Absent means none.
   */
  attentionScoresPerSample: inRange('attentionScoresPerSample').optional(),
  /** Bytes written per checkpoint (weights + optimizer state). */
  checkpointBytes: inRange('checkpointBytes'),
  /** GPU memory one replica needs, GB; larger than a GPU's memory means model parallelism is required. */
  replicaMemoryGB: inRange('replicaMemoryGB'),
  /** The reference per-GPU batch used when the design sets none. */
  referenceBatchPerGpu: inRange('referenceBatchPerGpu'),
  convergence: ConvergenceSchema,
  measuredRates: z.array(MeasuredRateSchema).max(1000).default([]),
  /** The architecture of a transformer LLM: with it, the engine models tensor/pipeline/data parallelism and memory (core/llm). */
  transformer: TransformerSchema.optional(),
  provenance: ProvenanceSchema,
});
export type Workload = z.infer<typeof WorkloadSchema>;
export type WorkloadInput = z.input<typeof WorkloadSchema>;
