import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { AppState, AppStore, UndoableState } from './appStore';

const AppStoreContext = createContext<AppStore | null>(null);

/** Makes `store` the store of every component below it (one store per window; tests make their own). */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext value={store}>{children}</AppStoreContext>;
}

/** The store itself, for actions and helpers that take the store (`undo`, `replaceProject`). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi: no AppStoreProvider above this component.');
  return store;
}

/** Select from the renderer state; the component re-renders when the selected value changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** Select from the undo history (e.g. whether undo is possible). */
export function useUndoHistory<T>(selector: (state: TemporalState<UndoableState>) => T): T {
  return useStore(useAppStoreApi().temporal, selector);
}
