/** `export:save-csv`: write a CSV export where the user chose in a save dialog (atomically, like a design). */
import path from 'node:path';
import type { SaveResult } from '../ipc/contract';
import { writeFileAtomic } from './atomicWrite';

/** What the exporter is built from. */
export interface CsvExporterOptions {
  /** Ask where to save, proposing `suggestedName`; null when canceled. */
  chooseCsvPath(suggestedName: string): Promise<string | null>;
}

/** The operation behind `export:save-csv`. */
export interface CsvExporter {
  /** Save `text`; on success `handle` is empty (exports are not reopened). */
  save(text: string, suggestedName: string): Promise<SaveResult>;
}

/** Create the CSV exporter. */
export function createCsvExporter(options: CsvExporterOptions): CsvExporter {
  return {
    async save(text, suggestedName) {
      const target = await options.chooseCsvPath(suggestedName);
      if (!target) return { ok: false, canceled: true };
      try {
        // A byte-order mark makes spreadsheet programs read the file as UTF-8 (scenario names may not be ASCII).
        await writeFileAtomic(target, `\uFEFF${text}`);
        return { ok: true, handle: '', name: path.basename(target) };
      } catch (error) {
        return { ok: false, canceled: false, error: `Could not save the CSV: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}
