/**
 * Reading a file a user named, safely: regular files only (never a folder, a device such as /dev/zero or
 * /dev/urandom, a FIFO or a socket), the size checked before reading, and never more than the limit read,
 * even when the file grows meanwhile. Opened without blocking, so a FIFO cannot hang the caller. Used by
 * the desktop app's Open and by the `trainwright` command.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** The file's text, or why it was not read (a phrase to follow the file's name: `"x.json" is a folder, not a file`). */
export type ReadFileResult = { ok: true; text: string } | { ok: false; reason: string; code?: string };

// MB of 1024 x 1024 bytes, as the app's other size messages.
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a device';
  if (stat.isBlockDevice()) return 'a disk device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const OPEN_FAILURES: Record<string, string> = {
  ENOENT: 'no such file', EACCES: 'is not readable (permission denied)', EPERM: 'is not readable (permission denied)',
  EISDIR: 'is a folder, not a file', ENOTDIR: 'is not reachable: a part of its path is not a folder', ELOOP: 'is a loop of symbolic links',
  ENAMETOOLONG: 'has a path that is too long', EMFILE: 'cannot be opened now (too many open files)', EIO: 'cannot be read (an input/output error)',
};

/** Reads `file` as UTF-8 text of at most `maxBytes` bytes. Never throws. */
export function readRegularFileSync(file: string, maxBytes: number): ReadFileResult {
  const failed = (error: unknown): ReadFileResult => {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, code, reason: (code && OPEN_FAILURES[code]) ?? `cannot be read (${code ?? (error as Error).message})` };
  };
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failed(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `is ${kindOf(stat)}, not a file` };
    if (stat.size > maxBytes) return { ok: false, reason: `is ${mb(stat.size)}; the limit for this kind of file is ${mb(maxBytes)}` };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // One byte more than the size checked above: the file grew while being read.
      if (length === buffer.length) return { ok: false, reason: `changed while being read (it grew past ${mb(length - 1)}); try again` };
    }
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)) };
    } catch {
      return { ok: false, reason: 'is not text (not valid UTF-8)' };
    }
  } catch (error) {
    return failed(error);
  } finally {
    closeSync(fd);
  }
}
