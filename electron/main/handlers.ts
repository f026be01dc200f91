/** Every invoke channel of the contract, registered through the sender-checking `handle()`. */
import { app } from 'electron';
import { z } from 'zod';
import { AUTOSAVE_SLOT, type Autosave } from './autosave';
import type { FileService } from './files';
import { handle } from './ipc';
import type { CsvExporter } from './csvExport';
import type { ReportPrinter } from './pdf';

/** The services the handlers delegate to. */
export interface HandlerServices {
  files: FileService;
  autosave: Autosave;
  printer: ReportPrinter;
  csv: CsvExporter;
}

/** Largest CSV export accepted from the renderer, characters (a comparison of 32 scenarios is a few kB). */
const MAX_CSV_LENGTH = 5_000_000;

const NAME = z.string().max(1_000);

/** Register the handlers for all `InvokeChannels`. */
export function registerHandlers({ files, autosave, printer, csv }: HandlerServices): void {
  handle('app:info', z.tuple([]), () => ({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' }));
  handle('file:open', z.tuple([]), () => files.open());
  handle('file:open-recent', z.tuple([z.string()]), (_event, fileHandle) => files.openRecent(fileHandle));
  handle('file:recent', z.tuple([]), () => files.recent());
  handle('file:save', z.tuple([z.string().nullable(), z.string(), NAME]), (_event, fileHandle, text, name) => files.save(fileHandle, text, name));
  handle('file:save-as', z.tuple([z.string(), NAME]), (_event, text, name) => files.saveAs(text, name));
  handle('autosave:write', z.tuple([z.string(), AUTOSAVE_SLOT]), (_event, text, slot) => autosave.write(text, slot));
  handle('autosave:list', z.tuple([]), () => autosave.list());
  handle('autosave:clear', z.tuple([AUTOSAVE_SLOT]), (_event, slot) => autosave.clear(slot));
  handle('report:print-pdf', z.tuple([NAME, z.string().optional()]), async (_event, name, text) =>
    printer.print(name, text ?? (await autosave.read())));
  handle('report:document', z.tuple([]), (event) => printer.documentFor(event.sender.id));
  handle('report:ready', z.tuple([]), (event) => printer.markReady(event.sender.id));
  handle('export:save-csv', z.tuple([z.string().max(MAX_CSV_LENGTH), NAME]), (_event, text, name) => csv.save(text, name));
}
