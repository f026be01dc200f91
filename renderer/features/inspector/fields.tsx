import { useEffect, useId, useState, type ReactNode } from 'react';

/** Props of a number field that commits on Enter or blur, never on each keystroke (one edit = one undo step). */
export interface NumberFieldProps {
  label: string;
  /** Unit shown after the input, e.g. "W", "GB". */
  unit?: string;
  value: number | undefined;
  /** Called with a valid number, or undefined when the field is cleared and `optional`. */
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  optional?: boolean;
  /** Shown when empty, e.g. the catalog value an empty field falls back to. */
  placeholder?: string;
  testId?: string;
}

/** Why `text` is not an acceptable value, or null. */
export function numberProblem(text: string, p: Pick<NumberFieldProps, 'label' | 'min' | 'max' | 'integer' | 'optional'>): string | null {
  if (text.trim() === '') return p.optional ? null : `${p.label} is required.`;
  const x = Number(text);
  if (!Number.isFinite(x)) return `${p.label} must be a number.`;
  if (p.integer && !Number.isInteger(x)) return `${p.label} must be a whole number.`;
  if (p.min !== undefined && x < p.min) return `${p.label} must be at least ${p.min.toLocaleString('en-US')}.`;
  if (p.max !== undefined && x > p.max) return `${p.label} must be at most ${p.max.toLocaleString('en-US')}.`;
  return null;
}

export function NumberField(props: NumberFieldProps) {
  const { label, unit, value, onCommit, placeholder, testId } = props;
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText(value === undefined ? '' : String(value));
    setProblem(null);
  }, [value]);

  const commit = () => {
    const p = numberProblem(text, props);
    setProblem(p);
    if (p) return;
    const next = text.trim() === '' ? undefined : Number(text);
    if (next !== value) onCommit(next);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__input">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          data-testid={testId}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(value === undefined ? '' : String(value));
              setProblem(null);
            }
          }}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
      {problem ? (
        <span className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({ label, value, onCommit, testId, maxLength = 200 }: { label: string; value: string; onCommit: (value: string) => void; testId?: string; maxLength?: number }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const t = text.trim();
    if (t === '') setText(value);
    else if (t !== value) onCommit(t.slice(0, maxLength));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__input">
        <input id={id} value={text} maxLength={maxLength} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      </span>
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, testId }: { label: string; value: T; options: Array<{ value: T; label: string }>; onChange: (value: T) => void; testId?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__input">
        <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section">
      <h3 className="inspector__heading">{title}</h3>
      {children}
    </section>
  );
}
