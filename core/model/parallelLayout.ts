import { z } from 'zod';

const degree = z.number().int().positive().max(1_000_000);

/** Activation recomputation: none, selective (attention core only; Korthikanti et al. 2022) or full (every layer's input kept). */
export const RecomputeSchema = z.enum(['none', 'selective', 'full']);
export type Recompute = z.infer<typeof RecomputeSchema>;

/**
 * How an LLM is split over the GPUs (Megatron-LM terms, Narayanan et al. 2021): tensor x context x pipeline x
 * data degrees (the GPUs), expert parallelism carved out of data parallelism (MoE), micro-batch and interleaved
 * virtual stages, ZeRO stage, sequence parallelism and recompute.
 * Every field is optional in a design: what is absent the layout search decides.
 */
export const ParallelLayoutSchema = z.object({
  tensor: degree,
  pipeline: degree,
  data: degree,
  /** Context parallelism: each sequence split over this many GPUs, attention exchanging key/value chunks in a ring (Megatron-Core context parallel; Liu et al. 2023 ring attention). */
  context: degree,
  /** Expert parallelism: each MoE layer's experts spread over this many data-parallel ranks, tokens sent to them by all-to-all (Lepikhin et al. 2020 GShard; Fedus et al. 2021); 1 for dense models. */
  expert: degree,
  /** Sequences per micro-batch. */
  microBatch: degree,
  /** Virtual pipeline stages per GPU (interleaved 1F1B; 1 = plain 1F1B). */
  interleave: z.number().int().positive().max(128),
  recompute: RecomputeSchema,
  sequenceParallel: z.boolean(),
  /** ZeRO stage: 0 none, 1 optimizer states, 2 + gradients, 3 + weights sharded over data parallelism. */
  zeroStage: z.number().int().min(0).max(3),
});
export type ParallelLayout = z.infer<typeof ParallelLayoutSchema>;

/** A pinned or partly pinned layout in a design's run settings. */
export const ParallelLayoutPinSchema = ParallelLayoutSchema.partial();
export type ParallelLayoutPin = z.infer<typeof ParallelLayoutPinSchema>;
