import { isDirty } from '../../store/appStore';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ResultsStatus } from '../../store/resultsSlice';

/** What the status indicator says for each results status. */
export const STATUS_LABELS: Record<ResultsStatus, string> = {
  idle: 'Not evaluated',
  stale: 'Update pending',
  computing: 'Computing…',
  current: 'Results current',
  error: 'Cannot evaluate',
};

/** The window's top bar: app name, the open design and whether the results describe it. */
export function TopBar() {
  const designName = useAppStore((state) => state.project.design.name);
  const fileName = useAppStore((state) => state.file?.name ?? null);
  const dirty = useAppStore(isDirty);
  const status = useAppStore((state) => state.status);

  return (
    <header className="top-bar">
      <span className="top-bar__brand">Trainwright</span>
      <span className="top-bar__divider" aria-hidden="true" />
      <h1 className="top-bar__design" data-testid="design-name" title={fileName ?? 'Not saved yet'}>
        {designName}
      </h1>
      <span className="top-bar__file">
        {fileName ?? 'Not saved to a file'}
        {dirty ? <span className="top-bar__dirty"> · edited</span> : null}
      </span>
      <span className="top-bar__spacer" />
      <span className={`status status--${status}`} data-testid="results-status" data-status={status} role="status" aria-live="polite">
        <span className="status__dot" aria-hidden="true" />
        {STATUS_LABELS[status]}
      </span>
    </header>
  );
}
