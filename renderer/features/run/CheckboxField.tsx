import { useId, type ReactNode } from 'react';

/** Props of an on/off design field. */
export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  /** Called on every toggle (one undo step). */
  onChange: (checked: boolean) => void;
  testId: string;
  hint?: ReactNode;
}

/** A labelled checkbox that writes to the design when toggled. */
export function CheckboxField({ label, checked, onChange, testId, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="run-field run-field--checkbox">
      <div className="run-field__check">
        <input
          id={id}
          type="checkbox"
          data-testid={testId}
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="run-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
