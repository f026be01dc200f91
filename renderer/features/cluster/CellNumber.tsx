import { useState } from 'react';
import type { z } from 'zod';
import { numberRule, parseNumberField } from '../run/numberRule';

/** Props of a compact number cell. */
export interface CellNumberProps {
  /** Accessible name, also the subject of the error ("GPUs of job class bert"). */
  label: string;
  value: number | undefined;
  /** Schema of the field: its bounds are the cell's. */
  schema: z.ZodType;
  onCommit: (value: number | undefined) => void;
  /** Empty allowed, meaning this (shown as the placeholder). */
  emptyMeans?: string;
  testId?: string;
}

/** A number input for a table cell: validated as typed, written on Enter or blur, Escape drops the edit; the error is its tooltip. */
export function CellNumber({ label, value, schema, onCommit, emptyMeans, testId }: CellNumberProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const rule = numberRule(schema);
  const parsed = draft === null ? null : parseNumberField(draft, rule, label, '', emptyMeans !== undefined);
  const error = parsed && !parsed.ok ? parsed.error : undefined;
  const commit = () => {
    if (!parsed || !parsed.ok) return;
    if (parsed.value !== value) onCommit(parsed.value);
    setDraft(null);
  };
  return (
    <input
      className="cluster-cell"
      type="text"
      inputMode={rule.integer ? 'numeric' : 'decimal'}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      title={error ?? label}
      placeholder={emptyMeans}
      data-testid={testId}
      value={draft ?? (value === undefined ? '' : String(value))}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
