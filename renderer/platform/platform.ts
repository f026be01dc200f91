import type { AutosaveCopy, MenuCommand } from './contract';

export type { AutosaveCopy } from './contract';

/** Largest design file the renderer opens, bytes; larger files are refused before they are read or parsed. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Human-readable size, e.g. `25.3 MB`. */
export function formatSizeMB(sizeBytes: number): string {
  return `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** An entry of the Open Recent menu (Electron). */
export interface RecentDocument {
  /** Opaque handle main issued for the file. */
  handle: string;
  /** File name for display. */
  name: string;
}

/** Where the renderer runs: inside the Electron shell, or in a plain browser. */
export type PlatformKind = 'electron' | 'web';

/** A document the user picked to open. */
export interface OpenedDocument {
  /** File name for display, without directory. */
  name: string;
  /** Raw text; the caller validates it with core before replacing the open project. */
  text: string;
  /** Opaque handle to save back to the same file; null where the platform cannot (browser). */
  handle: string | null;
}

/** Outcome of a save: where it went, or why it did not happen. */
export type SaveOutcome =
  | { ok: true; file: { name: string; handle: string | null } }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; error: string };

/** The operating-system services the renderer uses; one implementation per `PlatformKind`. */
export interface Platform {
  readonly kind: PlatformKind;
  /**
   * Ask the user for a project file; null when they cancel. Rejects with a readable message when the file
   * cannot be read or is larger than `MAX_DOCUMENT_BYTES` (checked before reading it).
   */
  openFile: () => Promise<OpenedDocument | null>;
  /** Read a file picked from the Open Recent menu; rejects with a readable message (moved, deleted, too large). */
  openRecent: (handle: string) => Promise<OpenedDocument | null>;
  /**
   * Save `text` back to the file `handle` came from; without a handle, where the user chooses
   * (Electron) or as a download named `suggestedName` (browser).
   */
  save: (handle: string | null, text: string, suggestedName: string) => Promise<SaveOutcome>;
  /** Save `text` where the user chooses (Electron) or as a download (browser). */
  saveAs: (text: string, suggestedName: string) => Promise<SaveOutcome>;
  /** Keep a crash-recovery copy of the open project in `slot` (overwriting that slot only). */
  writeAutosave: (text: string, slot: string) => Promise<void>;
  /** Every crash-recovery copy, oldest first (empty when there is none). */
  readAutosaves: () => Promise<AutosaveCopy[]>;
  /** Drop the copy in `slot` (after a save, a restore or a discard). */
  clearAutosave: (slot: string) => Promise<void>;
  /** Listen to commands from the application menu; returns an unsubscribe function. The browser has no menu. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Listen to picks from File > Open Recent; returns an unsubscribe function. The browser has no menu. */
  onOpenRecent: (listener: (entry: RecentDocument) => void) => () => void;
}
