/** The Open Recent list, kept as JSON in the app's userData folder. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

/** How many recent files are remembered. */
export const RECENT_FILES_LIMIT = 10;

const RecentStoreSchema = z.object({ paths: z.array(z.string().refine((p) => path.isAbsolute(p))) });

/** The recent-files list: most recent first, absolute paths, never more than the limit. */
export interface RecentFiles {
  /** Paths that still exist, most recent first (missing ones are dropped from the store). */
  list(): Promise<string[]>;
  /** Put `filePath` first. */
  add(filePath: string): Promise<void>;
  /** Forget `filePath`. */
  remove(filePath: string): Promise<void>;
}

/** A recent-files list stored at `storePath` (a JSON file in userData); a corrupt store reads as empty. */
export function createRecentFiles(storePath: string, limit = RECENT_FILES_LIMIT): RecentFiles {
  const read = async (): Promise<string[]> => {
    try {
      const parsed = RecentStoreSchema.safeParse(JSON.parse(await readFile(storePath, 'utf8')));
      return parsed.success ? parsed.data.paths.slice(0, limit) : [];
    } catch {
      return [];
    }
  };
  const write = (paths: string[]): Promise<void> => writeFileAtomic(storePath, JSON.stringify({ paths }, null, 2));
  return {
    async list() {
      const paths = await read();
      const present = (await Promise.all(paths.map(async (p) => ((await exists(p)) ? p : null)))).filter((p) => p !== null);
      if (present.length !== paths.length) await write(present);
      return present;
    },
    async add(filePath) {
      const paths = await read();
      await write([filePath, ...paths.filter((p) => p !== filePath)].slice(0, limit));
    },
    async remove(filePath) {
      await write((await read()).filter((p) => p !== filePath));
    },
  };
}

async function exists(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
