import { produce, type Draft } from 'immer';
import type { StateCreator } from 'zustand';
import type { ProjectFile } from '../../core';
import type { Proposal } from '../../core/project/scenarioSchema';
import type { ProjectCluster } from '../../core/project/clusterSection';
import { deleteScenario, duplicateActiveScenario, followDesignName, renameScenario, switchScenario } from '../../core/project/scenarios';
import type { AppState } from './appStore';

/** The design document of a project file (what the engine evaluates). */
export type ProjectDesign = ProjectFile['design'];

/** Where the open document lives. */
export interface DocumentFile {
  /** File name for display, without directory. */
  name: string;
  /** Opaque handle the platform uses to save back to the same place; null when there is none (web, new file). */
  handle: string | null;
}

/** The document slice: the open project, the only undoable state. */
export interface DocumentSlice {
  /** The open project. Replaced (never mutated) on every change, so identity tells whether it changed. */
  project: ProjectFile;
  /** Where the project was opened from or last saved to; null for a new, never-saved project. */
  file: DocumentFile | null;
  /** The project as last opened, created or saved; the document is dirty while `project !== savedProject`. */
  savedProject: ProjectFile;
  /** Change the design through an immer recipe; one call is one undo step. */
  updateDesign: (recipe: (design: Draft<ProjectDesign>) => void) => void;
  /** Record that `project` was saved to `file`. */
  markSaved: (file: DocumentFile) => void;
  /** Open scenario `id` (its design becomes `project.design`); one undo step. Clears the canvas selection. */
  switchScenario: (id: string) => void;
  /** Copy the open scenario into a new one right after it and open the copy; one undo step. */
  duplicateScenario: (name?: string) => void;
  /** Rename scenario `id`; one undo step (none for an empty or unchanged name). */
  renameScenario: (id: string, name: string) => void;
  /** Delete scenario `id` (never the last one); deleting the open one opens a neighbour. One undo step. */
  deleteScenario: (id: string) => void;
  /** Change the proposal details (cover, deadline, budget) through an immer recipe; one undo step. */
  updateProposal: (recipe: (proposal: Draft<Proposal>) => void) => void;
  /**
   * Change the cluster-sharing what-if through an immer recipe; one undo step. A project without one starts
   * from a copy of `initial` (the view's example).
   */
  updateCluster: (recipe: (cluster: Draft<ProjectCluster>) => void, initial: ProjectCluster) => void;
}

/** Initial contents of the document slice. */
export interface DocumentInit {
  project: ProjectFile;
  file?: DocumentFile | null;
}

/** Create the document slice for the combined store. */
export function createDocumentSlice(init: DocumentInit): StateCreator<AppState, [['temporal', unknown]], [], DocumentSlice> {
  return (set, get) => ({
    project: init.project,
    file: init.file ?? null,
    savedProject: init.project,
    updateDesign: (recipe) => {
      const next = followDesignName(
        produce(get().project, (draft) => {
          recipe(draft.design);
        }),
      );
      if (next !== get().project) set({ project: next });
    },
    markSaved: (file) => set({ file, savedProject: get().project }),
    switchScenario: (id) => {
      const next = switchScenario(get().project, id);
      // The selection names parts of the design being closed.
      if (next !== get().project) set({ project: next, selection: [] });
    },
    duplicateScenario: (name) => {
      const next = duplicateActiveScenario(get().project, name);
      if (next !== get().project) set({ project: next });
    },
    renameScenario: (id, name) => {
      const next = renameScenario(get().project, id, name);
      if (next !== get().project) set({ project: next });
    },
    deleteScenario: (id) => {
      const project = get().project;
      const next = deleteScenario(project, id);
      if (next === project) return;
      set(next.design === project.design ? { project: next } : { project: next, selection: [] });
    },
    updateProposal: (recipe) => {
      const next = produce(get().project, (draft) => {
        draft.proposal ??= {};
        recipe(draft.proposal);
      });
      if (next !== get().project) set({ project: next });
    },
    updateCluster: (recipe, initial) => {
      const project = get().project;
      const start = project.cluster ? project : { ...project, cluster: structuredClone(initial) };
      const next = produce(start, (draft) => {
        recipe(draft.cluster!);
      });
      // A recipe that changes nothing is no undo step (nor is one that leaves the example as it was).
      if (project.cluster ? next === project : JSON.stringify(next.cluster) === JSON.stringify(initial)) return;
      set({ project: next });
    },
  });
}
