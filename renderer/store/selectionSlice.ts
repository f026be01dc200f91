import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** One selected thing on the canvas. Selection is view state: never part of the document or its undo history. */
export type SelectionItem =
  | { type: 'server'; serverTypeId: string }
  | { type: 'component'; serverTypeId: string; componentId: string }
  | { type: 'link'; serverTypeId: string; linkId: string }
  | { type: 'fabric' }
  | { type: 'shared-storage' };

/** The flow-graph id of a selectable thing; also the React Flow node/edge id. */
export function flowId(item: SelectionItem): string {
  switch (item.type) {
    case 'server':
      return `server:${item.serverTypeId}`;
    case 'component':
      return `part:${item.serverTypeId}:${item.componentId}`;
    case 'link':
      return `link:${item.serverTypeId}:${item.linkId}`;
    case 'fabric':
      return 'fabric';
    case 'shared-storage':
      return 'shared-storage';
  }
}

/** The selection slice: what the canvas has selected, read by the inspector. */
export interface SelectionSlice {
  selection: SelectionItem[];
  /** Replace the selection; a selection equal to the current one (same ids, same order) changes nothing. */
  setSelection: (items: SelectionItem[]) => void;
}

/** Create the selection slice for the combined store. */
export const createSelectionSlice: StateCreator<AppState, [['temporal', unknown]], [], SelectionSlice> = (set, get) => ({
  selection: [],
  setSelection: (items) => {
    const current = get().selection;
    if (current.length === items.length && current.every((item, i) => flowId(item) === flowId(items[i]!))) return;
    set({ selection: items });
  },
});
