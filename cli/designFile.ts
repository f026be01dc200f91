import { loadProjectValue } from '../core';
import { UsageError } from './errors';
import { readJsonFile } from './readJson';

/**
 * Reads a design file, or a project file and its open design. `fromProject` says which, so error paths can be
 * prefixed with `design.` for a project. A bad project is a UsageError naming the file and the JSON paths.
 */
export function readDesignFile(file: string): { design: unknown; fromProject: boolean } {
  const raw = readJsonFile(file);
  if (!(raw && typeof raw === 'object' && 'format' in raw)) return { design: raw, fromProject: false };
  const loaded = loadProjectValue(raw);
  if (!loaded.ok) throw new UsageError(`${file}: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { design: loaded.project.design, fromProject: true };
}
