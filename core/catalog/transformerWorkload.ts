/**
 * Transformer workloads described by architecture: the workload a user's own architecture gives (Run panel)
 * and the one a validation case's inline `{ "transformer": {...} }` gives. One place for both.
 */
import { z } from 'zod';
import { TransformerSchema, type Transformer } from '../model/transformer';
import type { Workload } from '../model/workload';
import { workloadSizesOf } from '../llm/sizes';
import { resolveWorkload } from './workloads';
import { issueProblem, ZOD_DEFAULT_MESSAGE } from '../project/zodErrors';

/** Field labels for the schema's messages ("Attention heads: hidden size must be a multiple of ..."). */
const LABELS: Record<string, string> = {
  layers: 'Layers', hiddenSize: 'Hidden size', ffnHiddenSize: 'FFN hidden size', heads: 'Attention heads', kvHeads: 'Key/value heads',
  seqLength: 'Sequence length', vocabSize: 'Vocabulary', experts: 'Experts per MoE layer', topK: 'Experts per token (top-k)',
};

/**
 * The workload with architecture `candidate`, or the first reason it is not a valid transformer. A valid one
 * carries the figures its architecture determines (parameters, training FLOPs per sequence, gradient and
 * checkpoint bytes, replica memory), and its per-sample data sizes scale with the sequence length (token ids).
 */
export function withArchitecture(workload: Workload, candidate: Partial<Transformer> & Record<string, unknown>): { ok: true; workload: Workload } | { ok: false; error: string } {
  const input: Record<string, unknown> = { ...candidate };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  const parsed = TransformerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const problem = ZOD_DEFAULT_MESSAGE.test(issue.message) ? issueProblem(issue) : issue.message;
    return { ok: false, error: `${LABELS[field] ?? 'Architecture'}: ${problem}` };
  }
  const t = parsed.data;
  const before = workload.transformer?.seqLength ?? t.seqLength;
  const scale = t.seqLength / before;
  return {
    ok: true,
    workload: {
      ...workload,
      ...workloadSizesOf(t),
      storedBytesPerSample: workload.storedBytesPerSample * scale,
      decodedBytesPerSample: workload.decodedBytesPerSample * scale,
      h2dBytesPerSample: workload.h2dBytesPerSample * scale,
      transformer: t,
    },
  };
}

/** A validation case's workload given by architecture (issue #11 case format), with an optional token budget. */
export const InlineTransformerSchema = z.object({
  transformer: z.record(z.string(), z.unknown()),
  /** Tokens to train on; absent = 20 per parameter (compute-optimal, Hoffmann et al. 2022). */
  trainingTokens: z.number().positive().max(1e16).optional(),
});
export type InlineTransformer = z.infer<typeof InlineTransformerSchema>;

/** Compute-optimal tokens per parameter (Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", Table 3: ~20). */
const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** The catalog workload whose data pipeline (token files, per-token bytes and CPU cost) an inline architecture takes. */
const DATA_PIPELINE_OF = 'llama3.1-8b';

/**
 * The workload of an inline architecture: the figures the architecture determines, the token-file data
 * pipeline of the catalog's Llama 3.1 workloads scaled to its sequence length, and a token budget (given,
 * or compute-optimal). Everything not given is marked estimated in its provenance.
 */
export function inlineTransformerWorkload(spec: InlineTransformer): { ok: true; workload: Workload } | { ok: false; error: string } {
  const base = resolveWorkload(DATA_PIPELINE_OF);
  if (!base) return { ok: false, error: `catalog workload "${DATA_PIPELINE_OF}" is missing` };
  const built = withArchitecture(base, spec.transformer);
  if (!built.ok) return built;
  const w = built.workload;
  const t = w.transformer!;
  const tokens = spec.trainingTokens ?? CHINCHILLA_TOKENS_PER_PARAMETER * w.parameters;
  const sequences = Math.max(1, Math.round(tokens / t.seqLength));
  const budget = spec.trainingTokens
    ? `${tokens.toExponential(3)} training tokens (given by the case)`
    : `${tokens.toExponential(3)} training tokens: 20 per parameter, compute-optimal (Hoffmann et al. 2022, Table 3; an estimate, not the case's)`;
  return {
    ok: true,
    workload: {
      ...w,
      id: 'inline-transformer',
      aliases: [],
      name: `Transformer ${t.layers} layers x ${t.hiddenSize} hidden (${(w.parameters / 1e9).toPrecision(3)}B parameters)`,
      qualityTarget: `${tokens.toExponential(3)} training tokens (a token budget, not a quality target)`,
      datasetSamples: sequences,
      convergence: { unit: 'samples', points: [{ globalBatch: 1024, value: sequences }], source: [budget] },
      measuredRates: [],
      provenance: {
        source: ['Architecture given inline by the validation case; sizes derived from it by the transformer formulas of core/llm', `Data pipeline of the catalog workload ${DATA_PIPELINE_OF} per token`, budget],
        confidence: 'estimate',
        estimatedFields: ['storedBytesPerSample', 'decodedBytesPerSample', 'h2dBytesPerSample', 'cpuCoreSecondsPerSample', 'datasetSamples', 'convergence'],
        notes: 'A workload built from an inline architecture: per-token data sizes and CPU cost are those of the catalog Llama 3.1 workloads.',
      },
    },
  };
}
