import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { ProjectFile } from '../../core';
import { createDocumentSlice, type DocumentFile, type DocumentInit, type DocumentSlice } from './documentSlice';
import { createResultsSlice, type ResultsSlice } from './resultsSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';

/** The whole renderer state: the document (undoable) and the results (derived, never undone). */
export type AppState = DocumentSlice & ResultsSlice & SelectionSlice;

/** The part of the state undo and redo travel through. */
export type UndoableState = Pick<AppState, 'project'>;

/** Undo steps kept. */
export const UNDO_LIMIT = 200;

/**
 * Create the renderer store. The temporal (undo) middleware wraps the combined store, records only the
 * document (`partialize`) and skips updates that leave it unchanged (`equality`), so a new evaluation
 * result or a selection change never becomes an empty undo step.
 */
export function createAppStore(init: DocumentInit) {
  return createStore<AppState>()(
    temporal(
      (...args) => ({
        ...createDocumentSlice(init)(...args),
        ...createResultsSlice(...args),
        ...createSelectionSlice(...args),
      }),
      {
        partialize: (state): UndoableState => ({ project: state.project }),
        equality: (past, current) => past.project === current.project,
        limit: UNDO_LIMIT,
      },
    ),
  );
}

/** The renderer store, with `temporal` for undo and redo. */
export type AppStore = ReturnType<typeof createAppStore>;

/** Undo the last document change, if any. */
export function undo(store: AppStore): void {
  store.temporal.getState().undo();
}

/** Redo the last undone document change, if any. */
export function redo(store: AppStore): void {
  store.temporal.getState().redo();
}

/** Replace the open project (new or opened file) and forget the undo history of the previous one. */
export function replaceProject(store: AppStore, project: ProjectFile, file: DocumentFile | null): void {
  store.setState({ project, file, savedProject: project, selection: [] });
  store.temporal.getState().clear();
}

/** Whether the open project differs from what was last opened, created or saved. */
export function isDirty(state: Pick<AppState, 'project' | 'savedProject'>): boolean {
  return state.project !== state.savedProject;
}
