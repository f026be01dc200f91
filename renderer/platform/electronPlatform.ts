import type { SaveResult, TrainwrightApi } from './contract';
import type { Platform, SaveOutcome } from './platform';

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

/** The platform inside Electron: files, autosave and menu commands go through the preload's `window.api`. */
export function createElectronPlatform(api: TrainwrightApi): Platform {
  return {
    kind: 'electron',
    openFile: async () => {
      const opened = await api.invoke('file:open');
      return opened ? { name: opened.name, text: opened.text, handle: opened.handle } : null;
    },
    save: async (handle, text, suggestedName) => toOutcome(await api.invoke('file:save', handle, text, suggestedName)),
    saveAs: async (text, suggestedName) => toOutcome(await api.invoke('file:save-as', text, suggestedName)),
    writeAutosave: (text) => api.invoke('autosave:write', text),
    readAutosave: () => api.invoke('autosave:read'),
    clearAutosave: () => api.invoke('autosave:clear'),
    onMenuCommand: (listener) => api.on('menu:command', listener),
  };
}
