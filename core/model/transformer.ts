import { z } from 'zod';

const count = z.number().int().positive().max(10_000_000);

/** Which weight matrices carry LoRA adapters. */
export const LoraTargetSchema = z.enum(['qkv', 'o', 'ffn']);

/** LoRA fine-tuning: the base is frozen; rank-r adapters A (d_in x r) and B (r x d_out) train (Hu et al. 2021). */
export const LoraSchema = z.object({
  rank: z.number().int().positive().max(4096),
  targets: z.array(LoraTargetSchema).min(1),
});

/**
 * A decoder-only transformer by architecture (GPT / Llama / Mixtral style). Parameters, FLOPs per token
 * and activation bytes follow from it (`core/llm/formulas.ts`).
 */
export const TransformerSchema = z.object({
  layers: count.max(1000),
  hiddenSize: count,
  ffnHiddenSize: count,
  heads: count.max(4096),
  /** Key/value heads (grouped-query attention); absent = `heads` (multi-head attention). */
  kvHeads: count.max(4096).optional(),
  seqLength: count,
  vocabSize: count.default(32_000),
  /** Gated FFN (SwiGLU: three matrices) rather than two (GeLU). */
  gatedFfn: z.boolean().default(false),
  /** Experts per MoE layer (1 = dense) and experts each token is routed to. */
  experts: z.number().int().positive().max(4096).default(1),
  topK: z.number().int().positive().max(4096).default(1),
  /** Input and output embeddings share one matrix. */
  tiedEmbeddings: z.boolean().default(false),
  lora: LoraSchema.optional(),
}).refine((t) => t.hiddenSize % t.heads === 0, { message: 'hidden size must be a multiple of the number of heads', path: ['heads'] })
  .refine((t) => t.kvHeads === undefined || t.heads % t.kvHeads === 0, { message: 'heads must be a multiple of the KV heads', path: ['kvHeads'] })
  .refine((t) => t.topK <= t.experts, { message: 'top-k cannot exceed the number of experts', path: ['topK'] });
export type Transformer = z.infer<typeof TransformerSchema>;
export type TransformerInput = z.input<typeof TransformerSchema>;
