import type { OpenedFile, SaveResult, TrainwrightApi } from './contract';
import type { OpenedDocument, Platform, SaveOutcome } from './platform';

declare global {
  interface Window {
    /** The typed IPC bridge the Electron preload exposes; absent in a plain browser. */
    api?: TrainwrightApi;
  }
}

function toOutcome(result: SaveResult): SaveOutcome {
  if (result.ok) return { ok: true, file: { name: result.name, handle: result.handle } };
  return result;
}

/**
 * Electron rejects a failed invoke with "Error invoking remote method 'file:open': Error: <message>"; the user
 * should read only the message main wrote.
 */
export function remoteMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

async function readable<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw new Error(remoteMessage(error), { cause: error });
  }
}

function toOpened(opened: OpenedFile | null): OpenedDocument | null {
  return opened ? { name: opened.name, text: opened.text, handle: opened.handle } : null;
}

/** The platform inside Electron: files, autosave and menu commands go through the preload's `window.api`. */
export function createElectronPlatform(api: TrainwrightApi): Platform {
  return {
    kind: 'electron',
    openFile: async () => toOpened(await readable(api.invoke('file:open'))),
    openRecent: async (handle) => toOpened(await readable(api.invoke('file:open-recent', handle))),
    save: async (handle, text, suggestedName) => toOutcome(await readable(api.invoke('file:save', handle, text, suggestedName))),
    saveAs: async (text, suggestedName) => toOutcome(await readable(api.invoke('file:save-as', text, suggestedName))),
    writeAutosave: (text, slot) => api.invoke('autosave:write', text, slot),
    readAutosaves: () => api.invoke('autosave:list'),
    clearAutosave: (slot) => api.invoke('autosave:clear', slot),
    onMenuCommand: (listener) => api.on('menu:command', listener),
    onOpenRecent: (listener) => api.on('menu:open-recent', listener),
  };
}
