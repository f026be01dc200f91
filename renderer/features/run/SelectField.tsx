import { useId, type ReactNode } from 'react';

/** One choice of a select field. */
export interface SelectChoice<T extends string> {
  value: T;
  label: string;
  /** Choices with the same group are listed under it. */
  group?: string;
}

/** Props of a select design field. */
export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  choices: ReadonlyArray<SelectChoice<T>>;
  /** Called when the user picks another choice (one undo step). */
  onChange: (value: T) => void;
  testId: string;
  /** One line under the field, e.g. what the chosen option means. */
  hint?: ReactNode;
}

/** A labelled select that writes to the design as soon as another choice is picked. */
export function SelectField<T extends string>({ label, value, choices, onChange, testId, hint }: SelectFieldProps<T>) {
  const id = useId();
  const groups = new Map<string | undefined, Array<SelectChoice<T>>>();
  for (const choice of choices) groups.set(choice.group, [...(groups.get(choice.group) ?? []), choice]);
  const renderChoice = (choice: SelectChoice<T>) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  );

  return (
    <div className="run-field">
      <label className="run-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="run-field__input run-field__select"
        data-testid={testId}
        value={value}
        // Long catalog names are cut off in a narrow sidebar; the tooltip shows the whole name.
        title={choices.find((c) => c.value === value)?.label}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = event.target.value as T;
          if (next !== value) onChange(next);
        }}
      >
        {[...groups].map(([group, members]) =>
          group === undefined ? (
            members.map(renderChoice)
          ) : (
            <optgroup key={group} label={group}>
              {members.map(renderChoice)}
            </optgroup>
          ),
        )}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="run-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
