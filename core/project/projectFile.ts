import { z } from 'zod';
import { DesignSchema, type Design } from '../model/design';
import type { InputError } from '../engineApi';
import { zodToInputErrors } from './zodErrors';
import { CURRENT_PROJECT_VERSION, migrateProject } from './migrations';

/** The envelope every project file has. */
export const PROJECT_FORMAT = 'trainwright/project';

/** A project file as the current version writes it. */
export const ProjectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(CURRENT_PROJECT_VERSION),
  design: DesignSchema,
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

/** Outcome of reading a project file. */
export type LoadProjectResult = { ok: true; project: ProjectFile; migratedFrom?: number } | { ok: false; errors: InputError[] };

/** Largest project file accepted, bytes of text (a hostile or broken file must not hang the app). */
export const MAX_PROJECT_TEXT_LENGTH = 20 * 1024 * 1024;

/** Deepest JSON nesting accepted. */
const MAX_DEPTH = 64;

function depthOf(value: unknown, limit: number): number {
  // Iterative walk so a deeply nested hostile file cannot overflow the stack.
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Parses, checks and migrates a project file's text. Never throws: errors name the JSON path. */
export function loadProject(text: string): LoadProjectResult {
  if (text.length > MAX_PROJECT_TEXT_LENGTH) {
    return { ok: false, errors: [{ path: '(root)', message: `file is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_PROJECT_TEXT_LENGTH / 1e6} MB` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return loadProjectValue(raw);
}

/** Checks and migrates an already-parsed project value. */
export function loadProjectValue(raw: unknown): LoadProjectResult {
  if (depthOf(raw, MAX_DEPTH) > MAX_DEPTH) {
    return { ok: false, errors: [{ path: '(root)', message: `nesting deeper than ${MAX_DEPTH} levels` }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object with "format": "trainwright/project"' }] };
  }
  const envelope = raw as Record<string, unknown>;
  if (envelope.format !== PROJECT_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `expected "${PROJECT_FORMAT}", found ${JSON.stringify(envelope.format) ?? 'nothing'}` }] };
  }
  const migrated = migrateProject(envelope);
  if (!migrated.ok) return migrated;
  const parsed = ProjectFileSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, errors: zodToInputErrors(parsed.error) };
  return migrated.from === CURRENT_PROJECT_VERSION
    ? { ok: true, project: parsed.data }
    : { ok: true, project: parsed.data, migratedFrom: migrated.from };
}

/** Wraps a design in the current envelope. */
export function toProjectFile(design: Design): ProjectFile {
  return { format: PROJECT_FORMAT, version: CURRENT_PROJECT_VERSION, design };
}

/** Serializes a project for saving (stable, pretty-printed). */
export function serializeProject(design: Design): string {
  return `${JSON.stringify(toProjectFile(design), null, 2)}\n`;
}
