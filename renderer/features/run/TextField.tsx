import { useId, useState } from 'react';

/** Props of a free-text design field. */
export interface TextFieldProps {
  label: string;
  value: string;
  /** Called once per committed edit with non-blank text (one undo step). */
  onCommit: (value: string) => void;
  testId: string;
}

/** A labelled text input that commits on Enter or blur; blank text is an error and is not written. */
export function TextField({ label, value, onCommit, testId }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const error = draft !== null && draft.trim() === '' ? `${label} is required.` : null;

  const commit = () => {
    if (draft === null || error) return;
    const next = draft.trim();
    if (next !== value) onCommit(next);
    setDraft(null);
  };

  return (
    <div className="run-field">
      <label className="run-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="run-field__input"
        type="text"
        data-testid={testId}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="run-field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
