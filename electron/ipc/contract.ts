/**
 * The typed IPC channel map shared by main, preload and renderer (imported type-only by the renderer).
 * Channel names are `domain:verb`. File paths never travel from the renderer to main as free strings:
 * main opens dialogs and remembers which path each document came from.
 */

/** A document read from disk: its text and an opaque handle main uses to save back to the same place. */
export interface OpenedFile {
  /** Opaque token issued by main; the renderer passes it back to save in place. */
  handle: string;
  /** File name for display (no directory). */
  name: string;
  /** Raw text; the renderer validates it with core before replacing the open design. */
  text: string;
}

/** Outcome of a save. */
export type SaveResult = { ok: true; handle: string; name: string } | { ok: false; canceled: true } | { ok: false; canceled: false; error: string };

/** One crash-recovery copy: its slot (a session writes to its own, so a pending copy is never overwritten), text and time. */
export interface AutosaveCopy {
  /** Slot name: lower-case letters, digits and dashes. */
  slot: string;
  text: string;
  /** When the copy was written, ms since 1970 (UTC). */
  savedAtMs: number;
}

/** Request/response channels (ipcRenderer.invoke -> ipcMain.handle). */
export interface InvokeChannels {
  'app:info': { args: []; result: { version: string; platform: string; electron: string } };
  'file:open': { args: []; result: OpenedFile | null };
  'file:open-recent': { args: [handle: string]; result: OpenedFile | null };
  'file:recent': { args: []; result: Array<{ handle: string; name: string }> };
  'file:save': { args: [handle: string | null, text: string, suggestedName: string]; result: SaveResult };
  'file:save-as': { args: [text: string, suggestedName: string]; result: SaveResult };
  'autosave:write': { args: [text: string, slot: string]; result: void };
  /** Every crash-recovery copy, oldest first. */
  'autosave:list': { args: []; result: AutosaveCopy[] };
  'autosave:clear': { args: [slot: string]; result: void };
  /**
   * Render the `#/report` route in a hidden window and save it as PDF through a dialog. `documentText` is the
   * design to report on (the hidden window fetches it with `report:document`); without it main uses the autosave.
   */
  'report:print-pdf': { args: [suggestedName: string, documentText?: string]; result: SaveResult };
  /** The hidden report window asks for the document it should render (null outside a print). */
  'report:document': { args: []; result: string | null };
  /** The hidden report window says it has finished rendering (charts drawn, fonts loaded) and can be printed. */
  'report:ready': { args: []; result: void };
  /** Save CSV text (comparison, bill of materials) where the user picks in a save dialog; `handle` is empty on success. */
  'export:save-csv': { args: [text: string, suggestedName: string]; result: SaveResult };
}

/** Ids of the menu commands main sends to the renderer (the renderer's command registry runs them). */
export type MenuCommand =
  | 'file.new' | 'file.open' | 'file.save' | 'file.saveAs' | 'file.exportPdf'
  | 'edit.undo' | 'edit.redo' | 'edit.delete' | 'edit.duplicate' | 'edit.cut' | 'edit.copy' | 'edit.paste' | 'edit.selectAll'
  | 'view.fit' | 'view.zoomIn' | 'view.zoomOut' | 'help.about' | 'help.docs';

/** Events main pushes to the renderer. */
export interface EventChannels {
  'menu:command': MenuCommand;
  /** File > Open Recent picked an entry: the renderer checks for unsaved changes, then calls `file:open-recent`. */
  'menu:open-recent': { handle: string; name: string };
}

/** The API the preload exposes as `window.api`. */
export interface TrainwrightApi {
  invoke<C extends keyof InvokeChannels>(channel: C, ...args: InvokeChannels[C]['args']): Promise<InvokeChannels[C]['result']>;
  /** Subscribe to a main -> renderer event; returns an unsubscribe function. */
  on<C extends keyof EventChannels>(channel: C, listener: (payload: EventChannels[C]) => void): () => void;
}

/** Channels the preload is allowed to invoke (checked at runtime too). */
export const INVOKE_CHANNELS: ReadonlyArray<keyof InvokeChannels> = [
  'app:info', 'file:open', 'file:open-recent', 'file:recent', 'file:save', 'file:save-as',
  'autosave:write', 'autosave:list', 'autosave:clear', 'report:print-pdf', 'report:document', 'report:ready', 'export:save-csv',
];

/** Channels the preload lets the renderer listen to. */
export const EVENT_CHANNELS: ReadonlyArray<keyof EventChannels> = ['menu:command', 'menu:open-recent'];
