import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { numberRule, parseNumberField } from './numberRule';

/** Props of a numeric design field. */
export interface NumberFieldProps {
  /** Field name: the input's accessible label and the subject of its error message. */
  label: string;
  /** Unit shown after the input and in the error message, e.g. `h`, `$/kWh`. */
  unit: string;
  /** The value in the design; undefined when an optional field is empty. */
  value: number | undefined;
  /** The field's schema in the design (e.g. `RunSettingsSchema.shape.prefetchDepth`): its bounds are the field's. */
  schema: z.ZodType;
  /** Called once per committed edit with a valid value (undefined = emptied optional field). */
  onCommit: (value: number | undefined) => void;
  testId: string;
  /** Present for optional fields: what an empty field means, shown as the placeholder (e.g. "Young/Daly optimum"). */
  emptyMeans?: string;
  /** One line under the field. */
  hint?: ReactNode;
  /** False for symbolic units that read badly after a range (`×`, `:1`): the error then states the bare range. */
  unitInError?: boolean;
}

/**
 * A labelled number input with its unit. It validates as the user types and writes to the design only
 * on Enter or blur, so one edit is one undo step; an invalid value shows an inline error naming the
 * field and the allowed range and is never written. Escape drops the edit.
 */
export function NumberField({ label, unit, value, schema, onCommit, testId, emptyMeans, hint, unitInError = true }: NumberFieldProps) {
  const id = useId();
  // null while not editing: the input then shows the design's value, so undo and redo show through.
  const [draft, setDraft] = useState<string | null>(null);
  const rule = numberRule(schema);
  const optional = emptyMeans !== undefined;
  const parsed = draft === null ? null : parseNumberField(draft, rule, label, unitInError ? unit : '', optional);
  const error = parsed && !parsed.ok ? parsed.error : null;

  const commit = () => {
    if (!parsed || !parsed.ok) return;
    if (parsed.value !== value) onCommit(parsed.value);
    setDraft(null);
  };

  const describedBy = [unit ? `${id}-unit` : '', hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="run-field">
      <label className="run-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="run-field__control">
        <input
          id={id}
          className="run-field__input run-field__input--number"
          type="text"
          inputMode={rule.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellCheck={false}
          data-testid={testId}
          value={draft ?? (value === undefined ? '' : String(value))}
          placeholder={emptyMeans}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        <span id={`${id}-unit`} className="run-field__unit">
          {unit}
        </span>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="run-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="run-field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
