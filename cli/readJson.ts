import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './errors';

/** Largest input file accepted, bytes. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Reads and parses a JSON file, turning every failure into a message naming the file. */
export function readJsonFile(file: string): unknown {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (size > MAX_BYTES) throw new UsageError(`${file}: ${(size / 1e6).toFixed(1)} MB is larger than the ${MAX_BYTES / 1e6} MB limit`);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}
