import { useState } from 'react';

/**
 * A text input for a table cell, written on Enter or blur (one undo step per edit, not per key), Escape drops
 * the edit. Empty commits undefined (the caller falls back, e.g. to the id); text is trimmed to `maxLength`.
 */
export function CellText({ label, value, onCommit, maxLength = 200 }: { label: string; value: string; onCommit: (value: string | undefined) => void; maxLength?: number }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = draft.trim().slice(0, maxLength);
    if (next !== value) onCommit(next || undefined);
    setDraft(null);
  };
  return (
    <input
      className="cluster-cell cluster-cell--text"
      aria-label={label}
      maxLength={maxLength}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
