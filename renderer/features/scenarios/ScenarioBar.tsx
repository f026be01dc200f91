import { useState, type KeyboardEvent } from 'react';
import { canAddScenario, listScenarios } from '../../../core/project/scenarios';
import { useAppStore, useAppStoreApi } from '../../store/AppStoreProvider';
import { ExportPdfButton, type ExportPdfButtonProps } from '../report/ExportPdfButton';
import './scenarios.css';

/** Props of the scenario bar. */
export interface ScenarioBarProps {
  /** Whether the comparison is shown instead of the canvas. */
  comparing: boolean;
  onToggleCompare: () => void;
  /** Passed to the Export PDF button (tests). */
  exportProps?: ExportPdfButtonProps;
}

/**
 * The scenarios of the project as tabs above the canvas: click to open one, double-click (or F2) to rename;
 * Duplicate copies the open one and opens the copy; Delete removes the open one; Compare shows them side by
 * side. Every change is one undo step.
 */
export function ScenarioBar({ comparing, onToggleCompare, exportProps }: ScenarioBarProps) {
  const store = useAppStoreApi();
  const project = useAppStore((state) => state.project);
  const scenarios = listScenarios(project);
  const active = scenarios.find((s) => s.active)!;
  const [editing, setEditing] = useState<{ id: string; draft: string } | null>(null);

  const commit = (): void => {
    if (!editing) return;
    store.getState().renameScenario(editing.id, editing.draft);
    setEditing(null);
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
    }
  };

  const remove = (): void => {
    if (scenarios.length > 1 && window.confirm(`Delete the scenario "${active.name}"? Undo brings it back.`)) store.getState().deleteScenario(active.id);
  };

  return (
    <div className="scenario-bar" data-testid="scenario-bar">
      <div role="tablist" aria-label="Scenarios" className="scenario-bar__tabs">
        {scenarios.map((s) =>
          editing?.id === s.id ? (
            <input
              key={s.id}
              className="scenario-bar__field"
              aria-label="Scenario name"
              data-testid="scenario-name-field"
              value={editing.draft}
              maxLength={200}
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
              onChange={(event) => setEditing({ id: s.id, draft: event.currentTarget.value })}
              onKeyDown={onFieldKey}
              onBlur={commit}
            />
          ) : (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.active}
              className="scenario-bar__tab"
              data-testid="scenario-tab"
              data-active={s.active || undefined}
              title={`${s.name}. Double-click to rename.`}
              onClick={() => store.getState().switchScenario(s.id)}
              onDoubleClick={() => setEditing({ id: s.id, draft: s.name })}
              onKeyDown={(event) => {
                if (event.key === 'F2') {
                  event.preventDefault();
                  setEditing({ id: s.id, draft: s.name });
                }
              }}
            >
              {s.name}
            </button>
          ),
        )}
      </div>
      <div className="scenario-bar__actions">
        <button type="button" className="button button--small" data-testid="scenario-duplicate" disabled={!canAddScenario(project)} onClick={() => store.getState().duplicateScenario()} title="Copy the open scenario and open the copy">
          Duplicate
        </button>
        <button type="button" className="button button--small" data-testid="scenario-rename" onClick={() => setEditing({ id: active.id, draft: active.name })}>
          Rename
        </button>
        <button type="button" className="button button--small button--danger" data-testid="scenario-delete" disabled={scenarios.length < 2} onClick={remove} title={scenarios.length < 2 ? 'A project keeps at least one scenario' : `Delete "${active.name}"`}>
          Delete
        </button>
        <span className="scenario-bar__divider" aria-hidden="true" />
        <button type="button" className="button button--small" aria-pressed={comparing} data-testid="compare-toggle" onClick={onToggleCompare}>
          {comparing ? 'Back to the design' : `Compare (${scenarios.length})`}
        </button>
        <ExportPdfButton {...exportProps} />
      </div>
    </div>
  );
}
