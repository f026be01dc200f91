/** Crash-safe file writes: a reader sees either the old file or the complete new one, never half of it. */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write `data` to `filePath` atomically: write a temp file in the same directory (same file system, so the
 * rename is atomic), fsync it, rename it over the target, then fsync the directory. On any failure the temp
 * file is removed and the original file is untouched. Keeps the original's permission bits.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
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
