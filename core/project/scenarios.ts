/**
 * Scenario operations on a project file. Pure: each returns a new project (or the same object when nothing
 * changes, so the undo history records no empty step). `project.design` is always the open scenario's design.
 *
 * One name per scenario: a scenario's name and its design's name are the same string everywhere (tab, title,
 * file, CSV, PDF). The file keeps both fields for its format; every operation here writes them equal, and a
 * file whose two names differ is read with the scenario's (the tab's) name.
 */
import type { Design } from '../model/design';
import { FIRST_SCENARIO_ID } from './migrations';
import type { ProjectFile } from './projectFile';
import { MAX_SCENARIOS, type Scenario } from './scenarioSchema';

/** One scenario as the UI lists it. */
export interface ScenarioEntry extends Scenario {
  /** Whether this is the open scenario (its design is `project.design`). */
  active: boolean;
}

/** Name of the open scenario when the file names none. */
function activeName(project: ProjectFile): string {
  return project.activeScenarioName ?? project.design.name;
}

/** Every scenario of the project in tab order, the open one included. */
export function listScenarios(project: ProjectFile): ScenarioEntry[] {
  const others = (project.scenarios ?? []).map((s) => ({ ...s, active: false }));
  const index = Math.min(project.activeScenarioIndex ?? 0, others.length);
  const active: ScenarioEntry = { id: project.activeScenarioId ?? FIRST_SCENARIO_ID, name: activeName(project), design: project.design, active: true };
  return [...others.slice(0, index), active, ...others.slice(index)];
}

/** The project with every scenario field present (defaults for a project built from one design). */
export function normalizeScenarios(project: ProjectFile): ProjectFile {
  const all = listScenarios(project);
  return fromEntries(project, all, all.findIndex((s) => s.active));
}

/** `design` carrying `name` (the same object when it already does). */
function named(design: Design, name: string): Design {
  return design.name === name ? design : { ...design, name };
}

function fromEntries(project: ProjectFile, all: readonly Scenario[], activeIndex: number): ProjectFile {
  const active = all[activeIndex]!;
  return {
    ...project,
    design: named(active.design, active.name),
    activeScenarioId: active.id,
    activeScenarioName: active.name,
    activeScenarioIndex: activeIndex,
    scenarios: all.filter((_, i) => i !== activeIndex).map(({ id, name, design }) => ({ id, name, design: named(design, name) })),
    proposal: project.proposal ?? {},
  };
}

/**
 * After an edit of the open design: if it renamed the design, the open scenario takes the new name (one name
 * per scenario). The same project when the names agree.
 */
export function followDesignName(project: ProjectFile): ProjectFile {
  const name = project.design.name;
  return project.activeScenarioName === undefined || project.activeScenarioName === name ? project : { ...project, activeScenarioName: name };
}

/** Open scenario `id`: its design becomes `project.design`. Unknown or already open: the same project. */
export function switchScenario(project: ProjectFile, id: string): ProjectFile {
  const all = listScenarios(project);
  const index = all.findIndex((s) => s.id === id);
  if (index < 0 || all[index]!.active) return project;
  return fromEntries(project, all, index);
}

/** A scenario id not used in the project: `scenario-N`. */
export function newScenarioId(project: ProjectFile): string {
  const used = new Set(listScenarios(project).map((s) => s.id));
  let n = used.size + 1;
  while (used.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

/** `name (copy)`, then `name (copy 2)`, ... whichever is not taken. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  let candidate = `${base} (copy)`;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base} (copy ${n})`;
  return candidate.slice(0, 200);
}

/** Whether another scenario can be added (the project holds at most `MAX_SCENARIOS`). */
export function canAddScenario(project: ProjectFile): boolean {
  return listScenarios(project).length < MAX_SCENARIOS;
}

/**
 * Copy the open scenario's design into a new scenario right after it and open the copy, so the edits that
 * follow change the copy and the original stays as it was. At `MAX_SCENARIOS`: the same project.
 */
export function duplicateActiveScenario(project: ProjectFile, name?: string): ProjectFile {
  if (!canAddScenario(project)) return project;
  const all = listScenarios(project);
  const index = all.findIndex((s) => s.active);
  const copy: Scenario = {
    id: newScenarioId(project),
    name: (name?.trim() || copyName(all[index]!.name, all.map((s) => s.name))).slice(0, 200),
    design: project.design,
  };
  return fromEntries(project, [...all.slice(0, index + 1), copy, ...all.slice(index + 1)], index + 1);
}

/** Rename scenario `id`; an empty name, an unknown id or the same name: the same project. */
export function renameScenario(project: ProjectFile, id: string, name: string): ProjectFile {
  const trimmed = name.trim().slice(0, 200);
  const all = listScenarios(project);
  const index = all.findIndex((s) => s.id === id);
  if (!trimmed || index < 0 || all[index]!.name === trimmed) return project;
  const renamed = all.map((s, i) => (i === index ? { ...s, name: trimmed } : s));
  return fromEntries(project, renamed, all.findIndex((s) => s.active));
}

/**
 * Delete scenario `id`. Deleting the open one opens its right neighbour (the left one at the end).
 * The last scenario cannot be deleted, and an unknown id changes nothing: the same project.
 */
export function deleteScenario(project: ProjectFile, id: string): ProjectFile {
  const all = listScenarios(project);
  const index = all.findIndex((s) => s.id === id);
  if (index < 0 || all.length === 1) return project;
  const rest = all.filter((_, i) => i !== index);
  const activeIndex = all[index]!.active ? Math.min(index, rest.length - 1) : rest.findIndex((s) => s.active);
  return fromEntries(project, rest, activeIndex);
}

/** The design of scenario `id`, or undefined. */
export function scenarioDesign(project: ProjectFile, id: string): Design | undefined {
  return listScenarios(project).find((s) => s.id === id)?.design;
}
