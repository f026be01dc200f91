/**
 * Opening and saving designs. Paths come only from dialogs or the recent list; the renderer gets opaque
 * handles and passes them back, so it can never name a path itself.
 */
import { randomUUID } from 'node:crypto';
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile, SaveResult } from '../ipc/contract';
import { removeStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { checkProjectText, MAX_PROJECT_SIZE_BYTES } from './projectCheck';
import { readRegularFileSync } from './readRegularFile';
import type { RecentFiles } from './recentFiles';

/** The dialogs the file service needs (Electron's in the app, fakes in tests). */
export interface FileDialogs {
  /** Ask for a design to open; null when canceled. */
  chooseOpenPath(): Promise<string | null>;
  /** Ask where to save a design, proposing `suggestedName`; null when canceled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** What the file service is built from. */
export interface FileServiceOptions {
  dialogs: FileDialogs;
  recent: RecentFiles;
  /** Null when the text may be written, else the reason it may not (defaults to the project envelope check). */
  check?: (text: string) => string | null;
  /** Called after every successful save (main clears the autosave then). */
  onSaved?: () => void;
  /** Called when the recent list may have changed (main rebuilds the menu then). */
  onRecentChanged?: () => void;
}

/** The operations behind the `file:*` channels. */
export interface FileService {
  open(): Promise<OpenedFile | null>;
  openRecent(handle: string): Promise<OpenedFile | null>;
  recent(): Promise<Array<{ handle: string; name: string }>>;
  save(handle: string | null, text: string, suggestedName: string): Promise<SaveResult>;
  saveAs(text: string, suggestedName: string): Promise<SaveResult>;
}

/** Create the file service; handles live for the life of the process. */
export function createFileService(options: FileServiceOptions): FileService {
  const { dialogs, recent } = options;
  const check = options.check ?? checkProjectText;
  const pathsByHandle = new Map<string, string>();
  const handlesByPath = new Map<string, string>();

  const handleFor = (filePath: string): string => {
    let handle = handlesByPath.get(filePath);
    if (!handle) {
      handle = randomUUID();
      handlesByPath.set(filePath, handle);
      pathsByHandle.set(handle, filePath);
    }
    return handle;
  };

  // The recent list is a convenience: a full or read-only user-data folder must never fail an Open or a Save.
  const remember = async (filePath: string): Promise<void> => {
    try {
      await recent.add(filePath);
      options.onRecentChanged?.();
    } catch (error) {
      console.warn(`Could not update the recent-files list: ${reason(error)}`);
    }
  };

  const read = async (filePath: string): Promise<OpenedFile> => {
    const name = path.basename(filePath);
    const result = readRegularFileSync(filePath, MAX_PROJECT_SIZE_BYTES);
    if (!result.ok) {
      const error = new Error(`"${name}" ${result.reason}.`);
      Object.assign(error, { code: result.code });
      throw error;
    }
    await remember(filePath);
    return { handle: handleFor(filePath), name, text: result.text };
  };

  const write = async (filePath: string, text: string): Promise<SaveResult> => {
    const name = path.basename(filePath);
    const problem = check(text);
    if (problem) return { ok: false, canceled: false, error: problem };
    if (await isReadOnly(filePath)) {
      return { ok: false, canceled: false, error: `"${name}" is read-only, so it was not changed. Use Save As to save the design under another name.` };
    }
    try {
      await writeFileAtomic(filePath, text);
    } catch (error) {
      return { ok: false, canceled: false, error: `Could not save "${name}": ${reason(error)}` };
    }
    await remember(filePath);
    options.onSaved?.();
    return { ok: true, handle: handleFor(filePath), name };
  };

  const saveAs = async (text: string, suggestedName: string): Promise<SaveResult> => {
    const filePath = await dialogs.chooseSavePath(suggestedName);
    return filePath ? write(filePath, text) : { ok: false, canceled: true };
  };

  return {
    async open() {
      const filePath = await dialogs.chooseOpenPath();
      return filePath ? read(filePath) : null;
    },
    async openRecent(handle) {
      const filePath = pathsByHandle.get(handle);
      if (!filePath) throw new Error('That recent file is no longer known; pick it with File > Open.');
      try {
        return await read(filePath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        await recent.remove(filePath);
        options.onRecentChanged?.();
        throw new Error(`"${path.basename(filePath)}" could not be opened: it was moved or deleted.`, { cause: error });
      }
    },
    async recent() {
      try {
        return (await recent.list()).map((filePath) => ({ handle: handleFor(filePath), name: path.basename(filePath) }));
      } catch {
        return [];
      }
    },
    async save(handle, text, suggestedName) {
      const filePath = handle ? pathsByHandle.get(handle) : undefined;
      return filePath ? write(filePath, text) : saveAs(text, suggestedName);
    },
    saveAs,
  };
}

/**
 * On start: remove the temporary files interrupted saves left beside recent files and in the user-data folder.
 * Never fails (a folder that cannot be read is skipped); returns the files removed.
 */
export async function removeInterruptedSaves(userDataDir: string, recent: RecentFiles): Promise<string[]> {
  let paths: string[] = [];
  try {
    paths = await recent.list();
  } catch {
    // No recent list: the user-data folder is still cleaned.
  }
  const dirs = [...new Set([userDataDir, ...paths.map((p) => path.dirname(p))])];
  const removed = await Promise.all(dirs.map(async (dir) => (await removeStaleTempFiles(dir)).map((name) => path.join(dir, name))));
  return removed.flat();
}

/**
 * Whether an existing file must not be overwritten: no write permission bit set (mode 444; checked on the bits,
 * because an administrator may write anyway), or not writable by this user. A file that does not exist is not.
 */
async function isReadOnly(filePath: string): Promise<boolean> {
  let mode: number;
  try {
    mode = (await stat(filePath)).mode;
  } catch {
    return false;
  }
  if ((mode & 0o222) === 0) return true;
  try {
    await access(filePath, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'ENOSPC') return 'the disk is full.';
  if (code === 'EROFS') return 'the location is read-only.';
  return error instanceof Error ? error.message : String(error);
}
