/** The check main runs before writing a design to disk: the size limit, then core's own project loader. */
import { loadProject } from '../../core/project/projectFile';

/** Largest design file Trainwright opens or saves, in bytes. */
export const MAX_PROJECT_SIZE_BYTES = 20 * 1024 * 1024;

/** Human-readable size, e.g. `25.3 MB`. */
export function formatSizeMB(sizeBytes: number): string {
  return `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Null when `text` is a valid Trainwright project within the size limit (as core's `loadProject` reads it),
 * otherwise a sentence saying what is wrong, naming the JSON path of the first problem.
 */
export function checkProjectText(text: string): string | null {
  const sizeBytes = Buffer.byteLength(text, 'utf8');
  if (sizeBytes > MAX_PROJECT_SIZE_BYTES) {
    return `The design is ${formatSizeMB(sizeBytes)}; Trainwright saves files up to ${formatSizeMB(MAX_PROJECT_SIZE_BYTES)}.`;
  }
  const loaded = loadProject(text);
  if (loaded.ok) return null;
  const [first] = loaded.errors;
  const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : '';
  return `The design was not saved because it is not a valid Trainwright project: ${first?.path ?? '(root)'}: ${first?.message ?? 'invalid'}${more}.`;
}
