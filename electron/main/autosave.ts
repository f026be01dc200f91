/**
 * Crash recovery: the renderer writes the open design here every few seconds; on the next start it reads it
 * back and offers to restore. A clean save or a clean exit clears it.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { formatSizeMB, MAX_PROJECT_SIZE_BYTES } from './projectCheck';

/** File name of the autosave inside userData. */
export const AUTOSAVE_FILE_NAME = 'autosave.trainwright.json';

/** The autosave slot behind the `autosave:*` channels. */
export interface Autosave {
  /** Replace the autosave with `text` (atomically: a crash mid-write keeps the previous one). */
  write(text: string): Promise<void>;
  /** The last autosave, or null when there is none. */
  read(): Promise<string | null>;
  /** Remove the autosave. */
  clear(): Promise<void>;
  /** Remove the autosave synchronously, for the quit path where no promise will be awaited. */
  clearSync(): void;
}

/** The autosave slot in `userDataDir`. */
export function createAutosave(userDataDir: string): Autosave {
  const filePath = path.join(userDataDir, AUTOSAVE_FILE_NAME);
  return {
    async write(text) {
      const sizeBytes = Buffer.byteLength(text, 'utf8');
      if (sizeBytes > MAX_PROJECT_SIZE_BYTES) {
        throw new Error(`The design is ${formatSizeMB(sizeBytes)}; autosave keeps designs up to ${formatSizeMB(MAX_PROJECT_SIZE_BYTES)}.`);
      }
      await writeFileAtomic(filePath, text);
    },
    async read() {
      try {
        if ((await stat(filePath)).size > MAX_PROJECT_SIZE_BYTES) return null;
        return await readFile(filePath, 'utf8');
      } catch {
        return null;
      }
    },
    async clear() {
      await rm(filePath, { force: true });
    },
    clearSync() {
      rmSync(filePath, { force: true });
    },
  };
}
