import type { z } from 'zod';
import type { InputError } from '../engineApi';

/** Formats a JSON path as `serverTypes[0].components[3].model`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Turns zod issues into path + message pairs a person can act on. */
export function zodToInputErrors(error: z.ZodError, prefix = ''): InputError[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: formatPath(issue.path, prefix),
    message: issue.message,
  }));
}
