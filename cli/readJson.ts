import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { parseBoundedJson } from '../core/project/jsonDepth';
import { UsageError } from './errors';

/** Largest input file accepted, bytes (design, project and case files; templates have their own smaller limit). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** What a file that is not a regular file is, in the user's words. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a device';
  if (stat.isBlockDevice()) return 'a disk device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The reason an `open` failed, in the user's words. */
function openFailure(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${file}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`${file}: permission denied (the file is not readable by you)`);
  if (code === 'EISDIR') return new UsageError(`${file}: is a folder, not a file`);
  if (code === 'ENOTDIR') return new UsageError(`${file}: a part of the path is not a folder`);
  if (code === 'ELOOP') return new UsageError(`${file}: too many symbolic links`);
  if (code === 'ENAMETOOLONG') return new UsageError(`${file}: the path is too long`);
  return new UsageError(`${file}: cannot be read (${code ?? (error as Error).message})`);
}

/**
 * Reads a regular file as UTF-8 text, at most `maxBytes`. Refuses folders, devices (/dev/zero, /dev/urandom),
 * pipes and sockets before reading anything, checks the size before reading, and never reads more than
 * `maxBytes + 1` bytes even when the file grows meanwhile. Opens without blocking, so a FIFO cannot hang it.
 * Every failure is a UsageError naming the file (exit code 2).
 */
export function readInputText(file: string, maxBytes: number = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openFailure(file, error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${file}: is ${kindOf(stat)}, not a file; give the path of a JSON file`);
    if (stat.size > maxBytes) throw new UsageError(`${file}: ${mb(stat.size)} is larger than the ${mb(maxBytes)} limit for this kind of file`);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // One byte more than the size checked above: the file grew while being read.
      if (length === buffer.length) throw new UsageError(`${file}: changed while being read (it grew past ${mb(length - 1)}); try again`);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new UsageError(`${file}: not text (it is not valid UTF-8); give a JSON file`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw openFailure(file, error);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a JSON file (shape limits checked before parsing), turning every failure into a message naming the file and the JSON path. */
export function readJsonFile(file: string): unknown {
  const parsed = parseBoundedJson(readInputText(file));
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.errors.map((e) => (e.path === '(root)' ? e.message : `${e.path}: ${e.message}`)).join('; ')}`);
  return parsed.value;
}
