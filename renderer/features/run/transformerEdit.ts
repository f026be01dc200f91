/** Editing a user-defined transformer workload's architecture: validate it whole, keep the derived figures in step. */
import { TransformerSchema, workloadSizesOf, type Transformer, type Workload } from '../../../core';

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
    return { ok: false, error: `${LABELS[field] ?? 'Architecture'}: ${issue.message}` };
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
