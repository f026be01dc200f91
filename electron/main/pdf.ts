/**
 * `report:print-pdf`: render the `#/report` route in a hidden window, print it with Chromium's PDF printer
 * and save it where the user chose. The hidden window asks for its document with `report:document` and
 * says `report:ready` once drawn; without that signal it is printed after `readyTimeoutMs`.
 */
import path from 'node:path';
import type { SaveResult } from '../ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { trustContents } from './ipc';
import { createWindow } from './window';

/** What the printer is built from. */
export interface ReportPrinterOptions {
  preloadPath: string;
  /** The report page, e.g. `app://trainwright/index.html#/report`. */
  reportUrl: string;
  /** Ask where to save the PDF; null when canceled. */
  choosePdfPath(suggestedName: string): Promise<string | null>;
  /** Longest wait for `report:ready` before printing anyway, in milliseconds. */
  readyTimeoutMs?: number;
}

/** The operations behind the `report:*` channels. */
export interface ReportPrinter {
  /** Print the report of `documentText` to a PDF file; on success `handle` is empty (PDFs are not reopened). */
  print(suggestedName: string, documentText: string | null): Promise<SaveResult>;
  /** The document the hidden window with this web contents id should render (null for any other sender). */
  documentFor(contentsId: number): string | null;
  /** The hidden window with this web contents id has finished drawing. */
  markReady(contentsId: number): void;
}

/** Create the report printer. */
export function createReportPrinter(options: ReportPrinterOptions): ReportPrinter {
  const documents = new Map<number, string | null>();
  const readySignals = new Map<number, () => void>();
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;

  return {
    async print(suggestedName, documentText) {
      const target = await options.choosePdfPath(suggestedName);
      if (!target) return { ok: false, canceled: true };
      const window = createWindow({ preloadPath: options.preloadPath, show: false });
      const contents = window.webContents;
      trustContents(contents);
      documents.set(contents.id, documentText);
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve) => {
        readySignals.set(contents.id, resolve);
        timer = setTimeout(resolve, readyTimeoutMs);
      });
      try {
        await window.loadURL(options.reportUrl);
        await ready;
        const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
        await writeFileAtomic(target, pdf);
        return { ok: true, handle: '', name: path.basename(target) };
      } catch (error) {
        return { ok: false, canceled: false, error: `Could not export the PDF: ${error instanceof Error ? error.message : String(error)}` };
      } finally {
        clearTimeout(timer);
        documents.delete(contents.id);
        readySignals.delete(contents.id);
        window.destroy();
      }
    },
    documentFor: (contentsId) => documents.get(contentsId) ?? null,
    markReady: (contentsId) => readySignals.get(contentsId)?.(),
  };
}
