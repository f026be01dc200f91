import { parseBoundedJson } from '../core/project/jsonDepth';
import { UsageError } from './errors';
import { readRegularFileSync } from '../electron/main/readRegularFile';

/** Largest input file accepted, bytes (design, project and case files; templates have their own smaller limit). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a regular file as UTF-8 text, at most `maxBytes` (see `readRegularFileSync`: folders, devices, pipes
 * and sockets are refused before anything is read). Every failure is a UsageError naming the file (exit code 2).
 */
export function readInputText(file: string, maxBytes: number = MAX_INPUT_BYTES): string {
  const read = readRegularFileSync(file, maxBytes);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}${/not a file|not text/.test(read.reason) ? '; give the path of a JSON file' : ''}`);
  return read.text;
}

/** Reads and parses a JSON file (shape limits checked before parsing), turning every failure into a message naming the file and the JSON path. */
export function readJsonFile(file: string): unknown {
  const parsed = parseBoundedJson(readInputText(file));
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.errors.map((e) => (e.path === '(root)' ? e.message : `${e.path}: ${e.message}`)).join('; ')}`);
  return parsed.value;
}
