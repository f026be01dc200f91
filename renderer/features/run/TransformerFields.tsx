import { useState } from 'react';
import { TransformerSchema, withArchitecture, type Transformer, type Workload } from '../../../core';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';

type NumericKey = 'layers' | 'hiddenSize' | 'ffnHiddenSize' | 'heads' | 'kvHeads' | 'seqLength' | 'vocabSize' | 'experts' | 'topK';

/** The architecture's numeric fields: key, label, unit, test id suffix and, for optional ones, what empty means. */
const FIELDS: ReadonlyArray<{ key: NumericKey; label: string; unit: string; testId: string; emptyMeans?: string; hint?: string }> = [
  { key: 'layers', label: 'Layers', unit: 'layers', testId: 'layers' },
  { key: 'hiddenSize', label: 'Hidden size', unit: 'width', testId: 'hidden' },
  { key: 'ffnHiddenSize', label: 'FFN hidden size', unit: 'width', testId: 'ffn' },
  { key: 'heads', label: 'Attention heads', unit: 'heads', testId: 'heads' },
  { key: 'kvHeads', label: 'Key/value heads', unit: 'heads', testId: 'kv-heads', emptyMeans: 'as attention heads', hint: 'Fewer than the attention heads: grouped-query attention.' },
  { key: 'seqLength', label: 'Sequence length', unit: 'tokens', testId: 'seq' },
  { key: 'vocabSize', label: 'Vocabulary', unit: 'tokens', testId: 'vocab' },
  { key: 'experts', label: 'Experts per MoE layer', unit: 'experts', testId: 'experts', hint: '1: a dense model.' },
  { key: 'topK', label: 'Experts per token (top-k)', unit: 'experts', testId: 'top-k' },
];

const shape = TransformerSchema.shape;

/**
 * The architecture of a user-defined transformer workload. Each edit is checked against the whole schema
 * (heads dividing the hidden size, KV heads dividing the heads, top-k within the experts) and, when valid,
 * written with the workload figures the architecture determines (parameters, FLOPs, checkpoint and memory).
 */
export function TransformerFields({ workload, onChange }: { workload: Workload & { transformer: Transformer }; onChange: (next: Workload) => void }) {
  const [error, setError] = useState<string | null>(null);
  const t = workload.transformer;
  const commit = (patch: Partial<Transformer>) => {
    const result = withArchitecture(workload, { ...t, ...patch });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onChange(result.workload);
  };

  return (
    <div className="run-transformer" data-testid="run-transformer">
      <p className="run-user-workload__note">Architecture: parameters, FLOPs per token and activation memory follow from it.</p>
      {FIELDS.map(({ key, label, unit, testId, emptyMeans, hint }) => (
        <NumberField
          key={key}
          label={label}
          unit={unit}
          testId={`run-transformer-${testId}`}
          schema={shape[key]}
          value={t[key]}
          emptyMeans={emptyMeans}
          hint={hint}
          onCommit={(v) => {
            if (v === undefined && key !== 'kvHeads') return;
            commit({ [key]: v });
          }}
        />
      ))}
      <CheckboxField label="Gated FFN (SwiGLU, three matrices)" testId="run-transformer-gated" checked={t.gatedFfn} onChange={(gatedFfn) => commit({ gatedFfn })} />
      <CheckboxField label="Tied input and output embeddings" testId="run-transformer-tied" checked={t.tiedEmbeddings} onChange={(tiedEmbeddings) => commit({ tiedEmbeddings })} />
      {error ? (
        <p className="run-field__error" role="alert" data-testid="run-transformer-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
