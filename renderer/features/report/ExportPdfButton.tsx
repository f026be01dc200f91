import { useCallback, useEffect, useState } from 'react';
import { serializeProjectFile } from '../../../core/project/projectFile';
import { getExportPlatform, type ExportPlatform } from '../../platform/exportPlatform';
import { getPlatform } from '../../platform/getPlatform';
import type { Platform } from '../../platform/platform';
import { useAppStoreApi } from '../../store/AppStoreProvider';
import { suggestedPdfName } from './pdfName';

/** Props of the Export PDF button (tests pass fakes; the app uses the running platform). */
export interface ExportPdfButtonProps {
  exportPlatform?: ExportPlatform;
  platform?: Pick<Platform, 'kind' | 'onMenuCommand'>;
}

/**
 * Export PDF: the proposal of every scenario of the open project. Electron prints the report route to a file
 * chosen in a save dialog; the browser opens the report in a new tab with its print dialog. Also runs on
 * File > Export PDF (Electron's menu) and on Ctrl/Cmd+P in the browser, where it replaces printing the editor.
 */
export function ExportPdfButton({ exportPlatform = getExportPlatform(), platform = getPlatform() }: ExportPdfButtonProps) {
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

  useEffect(() => {
    const stopMenu = platform.onMenuCommand((command) => {
      if (command === 'file.exportPdf') void exportPdf();
    });
    const onKeyDown = (event: KeyboardEvent): void => {
      // Electron's menu owns Ctrl/Cmd+P there; the browser would print the editor instead of the proposal.
      if (platform.kind === 'electron' || event.defaultPrevented || event.altKey || event.shiftKey) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        if (!event.repeat) void exportPdf();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stopMenu();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [platform, exportPdf]);

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
