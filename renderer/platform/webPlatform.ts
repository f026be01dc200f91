import { formatSizeMB, MAX_DOCUMENT_BYTES, type AutosaveCopy, type Platform, type SaveOutcome } from './platform';

/** localStorage key of the browser's crash-recovery copy (the `main` slot; other slots add `:SLOT`). */
export const AUTOSAVE_KEY = 'trainwright:autosave';

/** localStorage key prefix of when each slot was written (ms since 1970). */
const AUTOSAVE_TIME_KEY = 'trainwright:autosave-at:';

const slotKey = (slot: string): string => (slot === 'main' ? AUTOSAVE_KEY : `${AUTOSAVE_KEY}:${slot}`);

function autosaveCopies(storage: Storage): AutosaveCopy[] {
  const copies: AutosaveCopy[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || (key !== AUTOSAVE_KEY && !key.startsWith(`${AUTOSAVE_KEY}:`))) continue;
    const slot = key === AUTOSAVE_KEY ? 'main' : key.slice(AUTOSAVE_KEY.length + 1);
    const text = storage.getItem(key);
    if (text === null) continue;
    copies.push({ slot, text, savedAtMs: Number(storage.getItem(AUTOSAVE_TIME_KEY + slot)) || 0 });
  }
  return copies.sort((a, b) => a.savedAtMs - b.savedAtMs);
}

/** File types the open dialog offers. */
export const PROJECT_FILE_ACCEPT = '.trainwright,.json,application/json';

/** Browser services the web platform uses (injectable for tests). */
export interface WebEnvironment {
  document: Document;
  storage: Storage;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
}

function browserEnvironment(): WebEnvironment {
  return {
    document: window.document,
    storage: window.localStorage,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
  };
}

function pickFile(document: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = PROJECT_FILE_ACCEPT;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(env: WebEnvironment, text: string, name: string): SaveOutcome {
  try {
    const url = env.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = env.document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    env.document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the click; revoke on the next turn so the browser can still read it.
    setTimeout(() => env.revokeObjectURL(url), 0);
    return { ok: true, file: { name, handle: null } };
  } catch (error) {
    return { ok: false, canceled: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The platform in a plain browser: open through `<input type="file">`, save as a download (a browser
 * cannot write back to the file it read), autosave to localStorage, no application menu.
 */
export function createWebPlatform(env: WebEnvironment = browserEnvironment()): Platform {
  return {
    kind: 'web',
    openFile: async () => {
      const file = await pickFile(env.document);
      if (!file) return null;
      // Refuse before reading: a huge file would be held in memory and parsed for nothing.
      if (file.size > MAX_DOCUMENT_BYTES) {
        throw new Error(`"${file.name}" is ${formatSizeMB(file.size)}; Trainwright opens design files up to ${formatSizeMB(MAX_DOCUMENT_BYTES)}.`);
      }
      // Read at most one byte past the limit: a special file that reports no size (a device, a pipe) cannot flood memory.
      let text: string;
      try {
        text = await file.slice(0, MAX_DOCUMENT_BYTES + 1).text();
      } catch {
        throw new Error(`"${file.name}" could not be read: it is a folder, a special file or no longer there. Pick a design file.`);
      }
      if (text.length > MAX_DOCUMENT_BYTES) throw new Error(`"${file.name}" is larger than ${formatSizeMB(MAX_DOCUMENT_BYTES)}, the largest design file Trainwright opens.`);
      return { name: file.name, text, handle: null };
    },
    save: async (_handle, text, suggestedName) => download(env, text, suggestedName),
    saveAs: async (text, suggestedName) => download(env, text, suggestedName),
    writeAutosave: async (text, slot) => {
      env.storage.setItem(slotKey(slot), text);
      env.storage.setItem(AUTOSAVE_TIME_KEY + slot, String(Date.now()));
    },
    readAutosaves: async () => autosaveCopies(env.storage),
    clearAutosave: async (slot) => {
      env.storage.removeItem(slotKey(slot));
      env.storage.removeItem(AUTOSAVE_TIME_KEY + slot);
    },
    // A browser has no recent-files list it may read back: it cannot reopen a path without a new pick.
    openRecent: async () => null,
    onMenuCommand: () => () => undefined,
    onOpenRecent: () => () => undefined,
  };
}
