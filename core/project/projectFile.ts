import { z } from 'zod';
import { parseBoundedJson, tooDeepPath } from './jsonDepth';
import { DesignSchema, type Design } from '../model/design';
import type { InputError } from '../engineApi';
import { zodToInputErrors } from './zodErrors';
import { CURRENT_PROJECT_VERSION, migrateProject } from './migrations';
import { ProposalSchema, ScenarioSchema, MAX_SCENARIOS } from './scenarioSchema';
import { normalizeScenarios } from './scenarios';
import { ProjectClusterSchema } from './clusterSection';

/** The envelope every project file has. */
export const PROJECT_FORMAT = 'trainwright/project';

/**
 * A project file as the current version writes it. `design` is the open (active) scenario's design, so
 * everything that edits or evaluates "the design" keeps working; `scenarios` holds the others. The scenario
 * fields are optional in the type so a project built in code from one design stays valid (one scenario).
 */
export const ProjectFileSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    // Typed as a number, not the literal: `loadProjectValue` migrates every file to the current version
    // first, and code that builds a project in memory need not change with each format bump.
    version: z.number().int().refine((v): boolean => v === CURRENT_PROJECT_VERSION, { message: `expected version ${CURRENT_PROJECT_VERSION} after migration` }),
    design: DesignSchema,
    /** Id of the open scenario (the one `design` belongs to). */
    activeScenarioId: z.string().min(1).max(120).optional(),
    /** Name of the open scenario, e.g. "Baseline" or "NVMe upgrade". */
    activeScenarioName: z.string().min(1).max(200).optional(),
    /** Place of the open scenario in the list of all scenarios (tabs keep their order when switching). */
    activeScenarioIndex: z.number().int().min(0).max(MAX_SCENARIOS).optional(),
    /** The scenarios that are not open, in order (the open one is inserted at `activeScenarioIndex`). */
    scenarios: z.array(ScenarioSchema).max(MAX_SCENARIOS - 1).optional(),
    /** Cover details, deadline and budget of the PDF proposal and the comparison. */
    proposal: ProposalSchema.optional(),
    /** The cluster-sharing what-if (tenants, workload mix, policies); absent = none edited yet. */
    cluster: ProjectClusterSchema.optional(),
  })
  .superRefine((project, ctx) => {
    const ids = new Set<string>([project.activeScenarioId ?? '']);
    project.scenarios?.forEach((scenario, i) => {
      if (ids.has(scenario.id)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `scenario id "${scenario.id}" is used twice` });
      ids.add(scenario.id);
    });
  });
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

/** Outcome of reading a project file. */
export type LoadProjectResult = { ok: true; project: ProjectFile; migratedFrom?: number } | { ok: false; errors: InputError[] };

/** Largest project file accepted, bytes of text (a hostile or broken file must not hang the app). */
export const MAX_PROJECT_TEXT_LENGTH = 20 * 1024 * 1024;

/** Deepest JSON nesting accepted. */
const MAX_DEPTH = 64;

/** Parses, checks and migrates a project file's text. Never throws: errors name the JSON path. */
export function loadProject(text: string): LoadProjectResult {
  if (text.length > MAX_PROJECT_TEXT_LENGTH) {
    return { ok: false, errors: [{ path: '(root)', message: `file is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_PROJECT_TEXT_LENGTH / 1e6} MB` }] };
  }
  const parsed = parseBoundedJson(text);
  return parsed.ok ? loadProjectValue(parsed.value) : parsed;
}

/** Checks and migrates an already-parsed project value. */
export function loadProjectValue(raw: unknown): LoadProjectResult {
  const deep = tooDeepPath(raw, MAX_DEPTH);
  if (deep) return { ok: false, errors: [{ path: deep, message: `nesting deeper than ${MAX_DEPTH} levels` }] };
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
  // Read with one name per scenario (see scenarios.ts): a design named apart from its tab takes the tab's name.
  const project = normalizeScenarios(parsed.data);
  return migrated.from === CURRENT_PROJECT_VERSION
    ? { ok: true, project }
    : { ok: true, project, migratedFrom: migrated.from };
}

/** Wraps a design in the current envelope, as a project of one scenario. */
export function toProjectFile(design: Design): ProjectFile {
  return normalizeScenarios({ format: PROJECT_FORMAT, version: CURRENT_PROJECT_VERSION, design });
}

/** Serializes a project of one design for saving (stable, pretty-printed). */
export function serializeProject(design: Design): string {
  return `${JSON.stringify(toProjectFile(design), null, 2)}\n`;
}

/** Serializes a whole project, every scenario and the proposal details, for saving (stable, pretty-printed). */
export function serializeProjectFile(project: ProjectFile): string {
  return `${JSON.stringify(normalizeScenarios({ ...project, version: CURRENT_PROJECT_VERSION }), null, 2)}\n`;
}
