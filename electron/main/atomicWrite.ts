/** Crash-safe file writes: a reader sees either the old file or the complete new one, never half of it. */
import { randomUUID } from 'node:crypto';
import { lstat, open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write `data` to `filePath` atomically: write a temp file in the same directory (same file system, so the
 * rename is atomic), fsync it, rename it over the target, then fsync the directory. On any failure the temp
 * file is removed and the original file is untouched. Keeps the original's permission bits.
 */
export async function writeFileAtomic(linkOrFile: string, data: string | Uint8Array): Promise<void> {
  // A symbolic link is written through: the file it points to gets the new contents, the link stays a link.
  const filePath = await writeTarget(linkOrFile);
  const dir = path.dirname(filePath);
  const tempPath = path.join(dir, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  const mode = await existingMode(filePath);
  try {
    const file = await open(tempPath, 'wx');
    try {
      if (mode !== null) await file.chmod(mode);
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Name pattern of this module's temporary files: `.NAME.<uuid>.tmp`. */
const TEMP_FILE = /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/**
 * Remove temporary files an interrupted save left in `dir` (`.NAME.<uuid>.tmp`, older than `minAgeMs` so a
 * save in progress is never touched). Returns the names removed; a folder that cannot be read is skipped.
 */
export async function removeStaleTempFiles(dir: string, minAgeMs = 60_000, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const file = path.join(dir, name);
    try {
      const info = await lstat(file);
      if (!info.isFile() || now - info.mtimeMs < minAgeMs) continue;
      await rm(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** The file a write to `filePath` should replace: the final target of a symbolic link, else the path itself. */
async function writeTarget(filePath: string): Promise<string> {
  try {
    if (!(await lstat(filePath)).isSymbolicLink()) return filePath;
  } catch {
    return filePath;
  }
  try {
    return await realpath(filePath);
  } catch {
    // A dangling link: create the file it names.
    return path.resolve(path.dirname(filePath), await readlink(filePath));
  }
}

async function existingMode(filePath: string): Promise<number | null> {
  try {
    return (await stat(filePath)).mode & 0o777;
  } catch {
    return null;
  }
}

// The rename is only durable once the directory entry is on disk; Windows cannot open directories, so skip there.
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is already synced.
  }
}
