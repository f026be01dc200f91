import { useId, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';
import './document.css';

/** Longest design name the project format accepts. */
export const MAX_DESIGN_NAME_LENGTH = 200;

/**
 * The design's name in the top bar; double-click it (or focus it and press Enter or F2) to rename.
 * Enter or leaving the field commits the name as one undo step; Escape cancels.
 */
export function DesignName() {
  const store = useAppStoreApi();
  const name = useAppStore((state) => state.project.design.name);
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = useId();

  const commit = (): void => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next && next !== name) {
      store.getState().updateDesign((design) => {
        design.name = next;
      });
    }
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
    }
  };

  const onNameKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setDraft(name);
    }
  };

  if (draft !== null) {
    return (
      <h1 className="top-bar__design" data-testid="design-name">
        <input
          className="design-name__field"
          aria-label="Design name"
          value={draft}
          maxLength={MAX_DESIGN_NAME_LENGTH}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={onFieldKey}
          onBlur={commit}
        />
      </h1>
    );
  }
  return (
    <>
      <h1 className="top-bar__design" data-testid="design-name">
        <button type="button" className="design-name__button" title="Double-click to rename" aria-describedby={hintId} onDoubleClick={() => setDraft(name)} onKeyDown={onNameKey}>
          {name}
        </button>
      </h1>
      <span id={hintId} hidden>
        Double-click or press Enter to rename the design
      </span>
    </>
  );
}
