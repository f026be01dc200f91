/**
 * Crash recovery: the renderer writes the open design here every few seconds; on the next start it reads the
 * copies back and offers each one. A session writes to its own slot, so edits made while an earlier copy is
 * still offered never overwrite it; a copy stays until the user restores or discards it. A clean save or a
 * clean exit clears only the slots this session wrote, and a renderer crash keeps them for the next start.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AutosaveCopy } from '../ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { formatSizeMB, MAX_PROJECT_SIZE_BYTES } from './projectCheck';

/** File name of the default (`main`) slot inside userData. */
export const AUTOSAVE_FILE_NAME = 'autosave.trainwright.json';

/** A slot name as the renderer may send it: it becomes part of a file name, so nothing else. */
export const AUTOSAVE_SLOT = z.string().regex(/^[a-z0-9-]{1,40}$/, 'autosave slots are 1-40 lower-case letters, digits and dashes');

const fileNameOf = (slot: string): string => (slot === 'main' ? AUTOSAVE_FILE_NAME : `autosave-${slot}.trainwright.json`);
const SLOT_FILE = /^autosave(?:-([a-z0-9-]{1,40}))?\.trainwright\.json$/;

/** The autosave slots behind the `autosave:*` channels. */
export interface Autosave {
  /** Replace the copy in `slot` (default `main`) with `text`, atomically: a crash mid-write keeps the previous one. */
  write(text: string, slot?: string): Promise<void>;
  /** Every copy, oldest first, with when it was written. */
  list(): Promise<AutosaveCopy[]>;
  /** The newest copy's text, or null when there is none. */
  read(): Promise<string | null>;
  /** Remove the copy in `slot`; without a slot, every slot this session wrote. */
  clear(slot?: string): Promise<void>;
  /** On a clean exit: remove the slots this session wrote, unless `keepForRecovery` was called. Synchronous for the quit path. */
  clearSync(): void;
  /** The renderer crashed: keep this session's copies for the next start, whatever happens before the exit. */
  keepForRecovery(): void;
}

/** The autosave slots in `userDataDir`. */
export function createAutosave(userDataDir: string): Autosave {
  const written = new Set<string>();
  let keep = false;
  const fileOf = (slot: string) => path.join(userDataDir, fileNameOf(AUTOSAVE_SLOT.parse(slot)));
  const list = async (): Promise<AutosaveCopy[]> => {
    let names: string[];
    try {
      names = await readdir(userDataDir);
    } catch {
      return [];
    }
    const copies: AutosaveCopy[] = [];
    for (const name of names) {
      const match = SLOT_FILE.exec(name);
      if (!match) continue;
      try {
        const info = await stat(path.join(userDataDir, name));
        // Too big to be a design the app wrote: leave it unread rather than load it into memory.
        if (!info.isFile() || info.size > MAX_PROJECT_SIZE_BYTES) continue;
        copies.push({ slot: match[1] ?? 'main', text: await readFile(path.join(userDataDir, name), 'utf8'), savedAtMs: info.mtimeMs });
      } catch {
        // Removed meanwhile: nothing to offer.
      }
    }
    return copies.sort((a, b) => a.savedAtMs - b.savedAtMs);
  };
  return {
    async write(text, slot = 'main') {
      const sizeBytes = Buffer.byteLength(text, 'utf8');
      if (sizeBytes > MAX_PROJECT_SIZE_BYTES) {
        throw new Error(`The design is ${formatSizeMB(sizeBytes)}; autosave keeps designs up to ${formatSizeMB(MAX_PROJECT_SIZE_BYTES)}.`);
      }
      const file = fileOf(slot);
      written.add(slot);
      await writeFileAtomic(file, text);
    },
    list,
    async read() {
      return (await list()).at(-1)?.text ?? null;
    },
    async clear(slot) {
      const slots = slot === undefined ? [...written] : [slot];
      await Promise.all(slots.map((s) => rm(fileOf(s), { force: true })));
    },
    clearSync() {
      if (keep) return;
      for (const slot of written) rmSync(fileOf(slot), { force: true });
    },
    keepForRecovery() {
      keep = true;
    },
  };
}

/** What `keepAutosaveOnRendererCrash` listens to (a window's webContents). */
export interface CrashSource {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
}

/** Keep the autosave when the renderer process dies (crashed, killed, out of memory), so closing the window afterwards loses nothing. */
export function keepAutosaveOnRendererCrash(contents: CrashSource, autosave: Autosave): void {
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') autosave.keepForRecovery();
  });
}
