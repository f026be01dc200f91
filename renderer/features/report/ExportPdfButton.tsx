import { useCallback, useState } from 'react';
import { useCommands, useProvideService } from '../../commands';
import { serializeProjectFile } from '../../../core/project/projectFile';
import { getExportPlatform, type ExportPlatform } from '../../platform/exportPlatform';
import { useAppStoreApi } from '../../store/AppStoreProvider';
import { suggestedPdfName } from './pdfName';

/** Props of the Export PDF button (tests pass fakes; the app uses the running platform). */
export interface ExportPdfButtonProps {
  exportPlatform?: ExportPlatform;
}

/**
 * Export PDF: the proposal of every scenario of the open project. Electron prints the report route to a file
 * chosen in a save dialog; the browser opens the report in a new tab with its print dialog. While shown it is the
 * `file.exportPdf` command (File > Export PDF in Electron's menu, Ctrl/Cmd+P in the browser, where it replaces
 * printing the editor).
 */
export function ExportPdfButton({ exportPlatform = getExportPlatform() }: ExportPdfButtonProps) {
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const exportPdf = useCallback(async () => {
    const { project } = store.getState();
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await exportPlatform.exportPdf(serializeProjectFile(project), suggestedPdfName(project.proposal?.title || project.design.name));
      if (!outcome.ok && !outcome.canceled) setMessage(outcome.error);
    } finally {
      setBusy(false);
    }
  }, [store, exportPlatform]);

  useProvideService(useCommands(), 'exportPdf', exportPdf);

  return (
    <>
      <button type="button" className="button button--small" data-testid="export-pdf" disabled={busy} onClick={() => void exportPdf()} title="Export the proposal of every scenario as PDF (Ctrl+P)">
        {busy ? 'Exporting…' : 'Export PDF'}
      </button>
      {message ? (
        <span className="scenario-bar__error" role="alert" data-testid="export-pdf-error">
          {message}{' '}
          <button type="button" className="link-button" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </span>
      ) : null}
    </>
  );
}
