import { ClusterSharingButton } from '../cluster/ClusterSharingEntry';
import { StorageSizingButton } from '../storage/StorageSizingEntry';
import { isDirty } from '../../store/appStore';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ResultsStatus } from '../../store/resultsSlice';
import { DesignName } from '../document/DesignName';
import type { DocumentController } from '../document/documentController';
import { FileButtons } from '../document/FileButtons';

/** What the status indicator says for each results status. */
export const STATUS_LABELS: Record<ResultsStatus, string> = {
  idle: 'Not evaluated',
  stale: 'Update pending',
  computing: 'Computing…',
  current: 'Results current',
  error: 'Cannot evaluate',
};

/** Props of the top bar. */
export interface TopBarProps {
  /** File commands for the New / Open / Save / Save As buttons (from `useDocumentCommands`); without it there are no file buttons. */
  commands?: DocumentController;
}

/** The window's top bar: app name, file buttons, the open design (renamable) and whether the results describe it. */
export function TopBar({ commands }: TopBarProps = {}) {
  const fileName = useAppStore((state) => state.file?.name ?? null);
  const dirty = useAppStore(isDirty);
  const status = useAppStore((state) => state.status);

  return (
    <header className="top-bar">
      <span className="top-bar__brand">Trainwright</span>
      {commands ? <FileButtons commands={commands} /> : null}
      <span className="top-bar__divider" aria-hidden="true" />
      <DesignName />
      <span className="top-bar__file" data-testid="document-file" title={fileName ?? 'Not saved yet'}>
        {fileName ?? 'Not saved to a file'}
        {dirty ? (
          <span className="top-bar__dirty" data-testid="dirty-marker">
            {' '}
            · edited
          </span>
        ) : null}
      </span>
      <span className="top-bar__spacer" />
      <StorageSizingButton />
      <ClusterSharingButton />
      <span className={`status status--${status}`} data-testid="results-status" data-status={status} role="status" aria-live="polite">
        <span className="status__dot" aria-hidden="true" />
        {STATUS_LABELS[status]}
      </span>
    </header>
  );
}
