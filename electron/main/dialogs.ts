/** Electron's native open/save dialogs, the only source of file paths besides the recent list. */
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { FileDialogs } from './files';

const DESIGN_FILTERS: FileFilter[] = [
  { name: 'Trainwright design', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];
const PDF_FILTERS: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];
const CSV_FILTERS: FileFilter[] = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }];

/** The dialogs for designs and PDFs. */
export interface AppDialogs extends FileDialogs {
  /** Ask where to save a PDF, proposing `suggestedName`; null when canceled. */
  choosePdfPath(suggestedName: string): Promise<string | null>;
  /** Ask where to save a CSV export, proposing `suggestedName`; null when canceled. */
  chooseCsvPath(suggestedName: string): Promise<string | null>;
}

/** A file name safe to propose in a dialog: no directories or reserved characters, with `extension`. */
export function safeFileName(suggestedName: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = suggestedName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^\.+/, '').trim().slice(0, 120);
  const base = cleaned || 'Untitled';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/** Dialogs parented to the window `getWindow` returns (modal to it when there is one). */
export function electronDialogs(getWindow: () => BrowserWindow | null): AppDialogs {
  const save = async (title: string, name: string, filters: FileFilter[]): Promise<string | null> => {
    const options = { title, defaultPath: path.join(app.getPath('documents'), name), filters };
    const window = getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    async chooseOpenPath() {
      const options = { title: 'Open design', defaultPath: app.getPath('documents'), filters: DESIGN_FILTERS, properties: ['openFile' as const] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: (suggestedName) => save('Save design', safeFileName(suggestedName, 'json'), DESIGN_FILTERS),
    choosePdfPath: (suggestedName) => save('Export PDF', safeFileName(suggestedName.replace(/\.json$/i, ''), 'pdf'), PDF_FILTERS),
    chooseCsvPath: (suggestedName) => save('Export CSV', safeFileName(suggestedName.replace(/\.csv$/i, ''), 'csv'), CSV_FILTERS),
  };
}
