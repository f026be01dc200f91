import type { InputError } from '../engineApi';

/** The version this build writes. Bump it and add `migrations[old]` when the format changes. */
export const CURRENT_PROJECT_VERSION = 3;

/** Id the migration gives the one scenario of a version-1 file. */
export const FIRST_SCENARIO_ID = 'scenario-1';

/**
 * `migrations[n]` upgrades a version-n project to version n+1. Never edit one once shipped.
 * - 1 -> 2: scenarios. A version-1 file held one design; it becomes the active (and only) scenario,
 *   named after the design, with no other scenarios and no proposal details yet.
 * - 2 -> 3: the cluster-sharing what-if (`cluster`). A version-2 file has none, so nothing changes; the
 *   version moves so that an older app refuses a file with a cluster instead of dropping it on save.
 */
export const migrations: Record<number, (project: Record<string, unknown>) => Record<string, unknown>> = {
  1: (project) => {
    const design = project.design as { name?: unknown } | undefined;
    const name = typeof design?.name === 'string' && design.name.trim() ? design.name : 'Scenario 1';
    return { ...project, activeScenarioId: FIRST_SCENARIO_ID, activeScenarioName: name, activeScenarioIndex: 0, scenarios: [], proposal: {} };
  },
  2: (project) => project,
};

/** Runs the migrations from the file's version up to the current one. */
export function migrateProject(
  envelope: Record<string, unknown>,
): { ok: true; value: Record<string, unknown>; from: number } | { ok: false; errors: InputError[] } {
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: 'version', message: `expected a positive integer version, found ${JSON.stringify(version) ?? 'nothing'}` }] };
  }
  if (version > CURRENT_PROJECT_VERSION) {
    return {
      ok: false,
      errors: [{ path: 'version', message: `this file was written by a newer Trainwright (format version ${version}); this app reads up to version ${CURRENT_PROJECT_VERSION}. Update the app to open it.` }],
    };
  }
  let value = envelope;
  for (let v = version; v < CURRENT_PROJECT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [{ path: 'version', message: `no migration from version ${v}` }] };
    value = { ...step(value), version: v + 1 };
  }
  return { ok: true, value, from: version };
}
